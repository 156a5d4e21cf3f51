"""Which mentions name the same actor, across reports: the pack, surnames within a report, transliteration-aware
matching of personal names across reports, and the user's own merge and split decisions, which win."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from dossier.packs import Pack, PackEntity
from dossier.resolve.names import fold, same_person


@dataclass(frozen=True)
class AliasDecision:
    """A person's judgement: `merge` says a and b are one actor, `split` that they are not."""

    kind: str
    a: str
    b: str


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def resolve_actors(mentions: Iterable[tuple[str, str, str]], pack: Pack,
                   decisions: Iterable[AliasDecision] = ()) -> dict[tuple[str, str], str]:
    """(doc, surface, label) -> actor key for every distinct (doc, surface). Pack entities keep their pack id."""
    rows = list(dict.fromkeys(mentions))
    index = pack.alias_index()
    folded_pack: dict[str, PackEntity] = {fold(s): e for e in pack.entities for s in e.spellings}
    labels: dict[str, Counter] = defaultdict(Counter)
    for _, surface, label in rows:
        labels[surface][label] += 1
    is_person = {s: c.most_common(1)[0][0] == "PERSON" for s, c in labels.items()}

    def pack_id(surface: str) -> str | None:
        entity = index.get(surface) or folded_pack.get(fold(surface))
        return entity.id if entity else None

    # Within a report, a bare surname is the full name it shortens.
    local: dict[tuple[str, str], str] = {}
    by_doc: dict[str, list[str]] = defaultdict(list)
    for doc, surface, _ in rows:
        by_doc[doc].append(surface)
    for doc, surfaces in by_doc.items():
        full = [s for s in surfaces if is_person.get(s) and len(s.split()) > 1]
        for s in surfaces:
            # The small model often tags a bare Slavic surname ORG: a surname of a person named here is that person.
            if labels[s].most_common(1)[0][0] in ("PERSON", "ORG") and len(s.split()) == 1 and pack_id(s) is None:
                longer = [f for f in full if fold(f.split()[-1]) == fold(s)]
                if len(longer) == 1:
                    local[(doc, s)] = longer[0]

    splits = {frozenset((fold(d.a), fold(d.b))) for d in decisions if d.kind == "split"}
    union = _Union()
    names = sorted({local.get((d, s), s) for d, s, _ in rows})
    for name in names:
        union.find(pack_id(name) or name)
    # Across reports: personal names outside the pack that are the same person under another spelling.
    people = [n for n in names if is_person.get(n, True) and pack_id(n) is None and len(n.split()) > 1]
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            if frozenset((fold(a), fold(b))) not in splits and same_person(a, b):
                union.union(a, b)
    for d in decisions:
        if d.kind == "merge":
            union.union(_key_of(d.a, pack_id, names), _key_of(d.b, pack_id, names))
    return {(doc, s): union.find(pack_id(local.get((doc, s), s)) or local.get((doc, s), s)) for doc, s, _ in rows}


def _key_of(name: str, pack_id, names: list[str]) -> str:
    """A name the user typed, as the key it has in this corpus (pack id, or the spelling it matches)."""
    found = pack_id(name)
    if found:
        return found
    folded = fold(name)
    return next((n for n in names if fold(n) == folded), name)


def display_names(keys: Mapping[tuple[str, str], str], pack: Pack) -> dict[str, str]:
    """Each actor's name to show: the pack's, else its most frequent full spelling."""
    by_id = {e.id: e.name for e in pack.entities}
    counts: dict[str, Counter] = defaultdict(Counter)
    for (_, surface), key in keys.items():
        counts[key][surface] += 1
    return {key: by_id.get(key) or max(c, key=lambda s: (len(s.split()) > 1, c[s], s)) for key, c in counts.items()}
