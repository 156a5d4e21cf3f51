"""Which mentions name the same actor, across reports: the pack, surnames within a report, transliteration-aware
matching of personal names across reports, and the user's own merge and split decisions, which win."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from typing import Protocol

from dossier.model import AliasDecision, Linked
from dossier.packs import Pack, PackEntity
from dossier.resolve.names import fold, is_cyrillic, nominative, same_person


class _Union:
    """Union-find whose roots prefer keys that already exist (so stored keys keep their names), then the smallest."""

    def __init__(self, existing: frozenset[str] = frozenset()) -> None:
        self.parent: dict[str, str] = {}
        self.existing = existing

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, other = sorted((ra, rb), key=lambda k: (k not in self.existing, k))
            self.parent[other] = keep


class Known(Protocol):
    """What earlier batches resolved: the stored side of incremental resolution (empty for a one-off run)."""

    def keys_of(self, surfaces: Collection[str]) -> dict[str, str]:
        """The actor key each already-known surface (outside any one report's shorthand) has."""

    def votes_of(self, surfaces: Collection[str]) -> dict[str, Counter]:
        """How earlier mentions of each surface were labelled."""

    def people_in(self, blocks: Collection[str]) -> list[tuple[str, str]]:
        """(surface, key) of known multi-word personal names outside the pack whose surname block is one of these."""


class NothingKnown:
    def keys_of(self, surfaces: Collection[str]) -> dict[str, str]:
        return {}

    def votes_of(self, surfaces: Collection[str]) -> dict[str, Counter]:
        return {}

    def people_in(self, blocks: Collection[str]) -> list[tuple[str, str]]:
        return []


def surname_block(name: str) -> str:
    """Names are compared only within a block: the first letter of the folded surname (transliterations keep it)."""
    folded = fold(name).split()
    return folded[-1][:1] if folded else ""


def resolve_actors(mentions: Iterable[tuple[str, str, str]], pack: Pack,
                   decisions: Iterable[AliasDecision] = ()) -> dict[tuple[str, str], str]:
    """(doc, surface, label) -> actor key for every distinct (doc, surface). Pack entities keep their pack id."""
    return link_batch(mentions, pack, decisions, NothingKnown()).links


def link_batch(mentions: Iterable[tuple[str, str, str]], pack: Pack, decisions: Iterable[AliasDecision],
               known: Known) -> Linked:
    """Resolve a batch of new mentions against what earlier batches resolved, without revisiting those: a key that
    already exists keeps its name, and only names in the same surname block are compared."""
    rows = list(dict.fromkeys(mentions))
    decisions = list(decisions)
    index = pack.alias_index()
    folded_pack: dict[str, PackEntity] = {fold(s): e for e in pack.entities for s in e.spellings}
    surfaces = {s for _, s, _ in rows}
    labels: dict[str, Counter] = defaultdict(Counter, {s: Counter(c) for s, c in known.votes_of(surfaces).items()})
    for _, surface, label in rows:
        labels[surface][label] += 1
    is_person = {s: c.most_common(1)[0][0] == "PERSON" for s, c in labels.items()}

    pack_people = [(s, e) for e in pack.entities if e.type == "PERSON" for s in e.spellings if len(s.split()) > 1]
    found_in_pack: dict[str, str | None] = {}

    def pack_id(surface: str) -> str | None:
        if surface not in found_in_pack:
            entity = index.get(surface) or folded_pack.get(fold(surface))
            if entity is None and len(surface.split()) > 1 and is_person.get(surface, True):
                # rule `pack_person`: a full name the pack spells otherwise ('Мария Колесникова', 'Maria Kolesnikova')
                matches = {e.id: e for spelling, e in pack_people if same_person(surface, spelling)}
                entity = next(iter(matches.values())) if len(matches) == 1 else None
            found_in_pack[surface] = entity.id if entity else None
        return found_in_pack[surface]

    # A Russian name in another case is the name in the nominative (rule `nominative`): 'Александром Лукашенко'.
    canonical = {s: nominative(s, is_person.get(s, False)) for s in surfaces  # a pack spelling is as the pack says
                 if is_cyrillic(s) and s not in index and labels[s].most_common(1)[0][0] in ("PERSON", "GPE", "LOC")}
    canonical = {s: n for s, n in canonical.items() if n != s}

    # Within a report, a bare surname is the full name it shortens.
    local: dict[tuple[str, str], str] = {}
    spelled_out: dict[str, set[str]] = defaultdict(set)  # acronym -> the names reports spell it out as
    by_doc: dict[str, list[str]] = defaultdict(list)
    for doc, surface, _ in rows:
        by_doc[doc].append(surface)
    for doc, in_doc in by_doc.items():
        full = {canonical.get(s, s) for s in in_doc if is_person.get(s) and len(s.split()) > 1}
        for s in in_doc:
            n = canonical.get(s, s)
            if n != s:
                local[(doc, s)] = n
            # The small model often tags a bare Slavic surname ORG: a surname of a person named here is that person.
            if labels[s].most_common(1)[0][0] in ("PERSON", "ORG") and len(n.split()) == 1 and pack_id(n) is None:
                longer = [f for f in full if fold(f.split()[-1]) == fold(n)]
                if len(longer) == 1:
                    local[(doc, s)] = longer[0]
                # rule `first_name_in_report`: a bare first name of a Russian report's one person so named
                elif not longer and is_cyrillic(n) and is_person.get(s):
                    firsts = [f for f in full if fold(f.split()[0]) == fold(n)]
                    if len(firsts) == 1:
                        local[(doc, s)] = firsts[0]
            # An acronym of a name the report spells out ('General Motors (GM)', 'U.S.') is that name.
            if (doc, s) not in local and pack_id(s) is None and is_acronym(s):
                spelled = [f for f in in_doc if f != s and initials(f) == s.replace(".", "")]
                if len(set(spelled)) == 1:
                    local[(doc, s)] = spelled[0]
                    spelled_out[s].add(spelled[0])

    splits = {frozenset((fold(d.a), fold(d.b))) for d in decisions if d.kind == "split"}
    names = sorted({local.get((d, s), s) for d, s, _ in rows})
    # An organisation's name without its legal form ('Apple Inc.', 'Fiat Group SpA') is the same organisation.
    bases = {n: org_base(n) for n in names if not is_person.get(n, True) and pack_id(n) is None}
    bases = {n: b for n, b in bases.items() if b != n and b}
    named = {*names, *bases.values(), *(n for d in decisions if d.kind == "merge" for n in (d.a, d.b))}
    existing = known.keys_of(named)
    union = _Union(frozenset(existing.values()))
    for name in names:
        union.find(pack_id(name) or name)
    for name, key in existing.items():
        if pack_id(name) is None and name in names:
            union.union(name, key)
    # An acronym that the reports spell out one way only is that name in the reports that do not spell it out.
    for acronym, full in spelled_out.items():
        if len(full) == 1 and acronym in names:
            union.union(pack_id(acronym) or acronym, pack_id(next(iter(full))) or next(iter(full)))
    by_base: dict[str, list[str]] = defaultdict(list)
    for name, base in bases.items():
        by_base[base].append(name)
    for base, group in by_base.items():
        anchor = pack_id(base) or existing.get(base) or (base if base in names else group[0])
        for name in group:
            if frozenset((fold(name), fold(base))) not in splits:
                union.union(anchor, name)
    # Across reports: personal names outside the pack that are the same person under another spelling.
    people = [n for n in names if is_person.get(n, True) and pack_id(n) is None and len(n.split()) > 1]
    blocks = {n: surname_block(n) for n in people}
    by_block: dict[str, list[str]] = defaultdict(list)
    for n in people:
        by_block[blocks[n]].append(n)
    earlier: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for surface, key in known.people_in(by_block):
        earlier[surname_block(surface)].append((surface, key))
    for block, group in by_block.items():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if frozenset((fold(a), fold(b))) not in splits and same_person(a, b):
                    union.union(a, b)
            for b, key in earlier[block]:
                if b != a and frozenset((fold(a), fold(b))) not in splits and same_person(a, b):
                    union.union(a, key)
    for d in decisions:
        if d.kind == "merge":
            union.union(_key_of(d.a, pack_id, names, existing), _key_of(d.b, pack_id, names, existing))

    def key(name: str) -> str:
        return union.find(pack_id(name) or name)

    return Linked(
        links={(doc, s): key(local.get((doc, s), s)) for doc, s, _ in rows},
        surface_keys={s: key(s) for s in surfaces},
        votes={s: labels[s] for s in surfaces},
        blocks=blocks,
        renamed={k: union.find(k) for k in set(existing.values()) if union.find(k) != k},
    )


_LEGAL_FORMS = re.compile(r"(?:,?\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|group|holdings?|"
                          r"s\.?p\.?a|n\.?v|ag|sa|se|gmbh|oao|pao|ooo|jsc)\.?)+$", re.IGNORECASE)
_MINOR = {"of", "and", "the", "for", "&", "de", "du", "des"}


def org_base(name: str) -> str:
    """An organisation's name without its legal form: 'General Motors Corporation' -> 'General Motors'."""
    return _LEGAL_FORMS.sub("", name).strip(" ,")


def is_acronym(name: str) -> bool:
    bare = name.replace(".", "")
    return 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()


def initials(name: str) -> str:
    """'General Motors' -> 'GM'; 'Organisation for Security and Co-operation in Europe' -> 'OSCE'."""
    words = [w for w in re.split(r"[\s-]+", org_base(name)) if w and w.lower() not in _MINOR]
    return "".join(w[0] for w in words if w[0].isupper()) if len(words) > 1 else ""


def _key_of(name: str, pack_id, names: list[str], existing: Mapping[str, str]) -> str:
    """A name the user typed, as the key it has in this corpus (pack id, known key, or the spelling it matches)."""
    found = pack_id(name) or existing.get(name)
    if found:
        return found
    folded = fold(name)
    return next((n for n in names if fold(n) == folded), name)
