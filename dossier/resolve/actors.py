"""Which mentions name the same actor, across reports: the pack, shorthands within a report, transliteration-aware
matching of personal names across reports, and the user's own merge and split decisions, which win. The rules are
named, in `join_rules.py`; this module runs them and says why each spelling has the key it has."""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from collections.abc import Iterable

from dossier.model import AliasDecision, Join, Linked, Step
from dossier.packs import Pack
from dossier.resolve.join_rules import (
    EARLIER,
    JOIN_RULES,
    REPORT_RULES,
    Batch,
    Known,
    Names,
    NothingKnown,
    PackLookup,
    Report,
    legal_bases,
    plain_forms,
    read_nominative,
    surname_block,
)


class _Union:
    """Union-find whose roots prefer keys that already exist (so stored keys keep their names), then the smallest.
    The root of a set is its least member by that order, whatever order the joins came in; the joins that merged two
    sets are kept (a spanning forest), to say why."""

    def __init__(self, existing: frozenset[str] = frozenset()) -> None:
        self.parent: dict[str, str] = {}
        self.existing = existing
        self.made: list[Join] = []

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, join: Join) -> None:
        ra, rb = self.find(join.a), self.find(join.b)
        if ra != rb:
            keep, other = sorted((ra, rb), key=lambda k: (k not in self.existing, k))
            self.parent[other] = keep
            self.made.append(join)


def resolve_actors(mentions: Iterable[tuple[str, str, str]], pack: Pack,
                   decisions: Iterable[AliasDecision] = ()) -> dict[tuple[str, str], str]:
    """(doc, surface, label) -> actor key for every distinct (doc, surface). Pack entities keep their pack id."""
    return link_batch(mentions, pack, decisions, NothingKnown()).links


def link_batch(mentions: Iterable[tuple[str, str, str]], pack: Pack, decisions: Iterable[AliasDecision],
               known: Known) -> Linked:
    """Resolve a batch of new mentions against what earlier batches resolved, without revisiting those: a key that
    already exists keeps its name, and only names in the same surname block are compared."""
    rows = list(dict.fromkeys(mentions))
    surfaces = {s for _, s, _ in rows}
    labels: dict[str, Counter] = defaultdict(Counter, {s: Counter(c) for s, c in known.votes_of(surfaces).items()})
    for _, surface, label in rows:
        labels[surface][label] += 1
    is_person = {s: c.most_common(1)[0][0] == "PERSON" for s, c in labels.items()}
    batch = Batch(rows, labels, is_person, PackLookup(pack, is_person), list(decisions), known)

    shorthands = _read_shorthands(batch)
    names = Names(sorted({shorthands[(d, s)][-1][1] if (d, s) in shorthands else s for d, s, _ in rows}), shorthands)
    named = {*names.names, *legal_bases(batch, names.names).values(),
             *(n for d in batch.decisions if d.kind == "merge" for n in (d.a, d.b))}
    batch.existing = known.keys_of(named)
    union = _Union(frozenset(batch.existing.values()))
    for name in names.names:
        union.find(batch.node(name))
    for _, rule in JOIN_RULES:
        for join in rule(batch, names):
            union.join(join)
    in_pack = [Join(n, found[1], found[0]) for n in names.names if (found := batch.pack_id.rule_of(n)) and found[1] != n]

    def key(name: str) -> str:
        return union.find(batch.node(name))

    people = [n for n in names.names if batch.is_person(n) and batch.pack_id(n) is None and len(n.split()) > 1]
    return Linked(
        links={(doc, s): key(shorthands[(doc, s)][-1][1] if (doc, s) in shorthands else s) for doc, s, _ in rows},
        surface_keys={s: key(s) for s in surfaces},
        votes={s: labels[s] for s in surfaces},
        blocks={n: surname_block(n) for n in people},
        plains=plain_forms(batch, names.names),
        renamed={k: union.find(k) for k in set(batch.existing.values()) if union.find(k) != k},
        shorthands=shorthands,
        joins=tuple(in_pack + [j for j in union.made if j.rule != EARLIER]),
    )


def _read_shorthands(batch: Batch) -> dict[tuple[str, str], tuple[Step, ...]]:
    """(doc, surface) -> the steps the report rules took from it to the name it shortens, for the shorthands."""
    by_doc: dict[str, list[str]] = defaultdict(list)
    for doc, surface, _ in batch.rows:
        by_doc[doc].append(surface)
    out: dict[tuple[str, str], tuple[Step, ...]] = {}
    for doc, in_doc in by_doc.items():
        # A report's full personal names, each as the nominative reads it.
        full = frozenset(read_nominative(batch, s) or s for s in in_doc
                         if batch.is_person(s, False) and len(s.split()) > 1)
        report = Report(doc, in_doc, full)
        for surface in in_doc:
            name, steps = surface, []
            for rule_name, rule in REPORT_RULES:
                read = rule(batch, report, surface, name)
                if read is not None:
                    name = read
                    steps.append((rule_name, read))
            if steps:
                out[(doc, surface)] = tuple(steps)
    return out



def reasons(linked: Linked) -> dict[tuple[str, str], tuple[Step, ...]]:
    """(doc, surface) -> the steps from the spelling to its actor's key: the report rules' readings, then the joins
    (the fewest) that lead to the key. No steps: the spelling is its own actor."""
    joined = paths(linked.joins)
    out = {}
    for (doc, surface), key in linked.links.items():
        steps = linked.shorthands.get((doc, surface), ())
        name = steps[-1][1] if steps else surface
        out[(doc, surface)] = steps + joined(key).get(name, ())
    return out


def paths(joins: Iterable[Join]):
    """A function from a key to {name: the steps from that name to the key}, over the given joins."""
    adjacent: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for j in joins:
        adjacent[j.a].append((j.rule, j.b))
        adjacent[j.b].append((j.rule, j.a))
    found: dict[str, dict[str, tuple[Step, ...]]] = {}

    def to(key: str) -> dict[str, tuple[Step, ...]]:
        if key not in found:
            steps: dict[str, tuple[Step, ...]] = {key: ()}
            queue = deque([key])
            while queue:
                here = queue.popleft()
                for rule, there in adjacent[here]:
                    if there not in steps:
                        steps[there] = ((rule, here), *steps[here])
                        queue.append(there)
            found[key] = steps
        return found[key]

    return to


def because(steps: Iterable[Step]) -> str:
    """Steps as a person reads them: '→ Sviatlana Tsikhanouskaya (surname_in_report) → tsikhanouskaya (pack)'."""
    said = " ".join(f"→ {name} ({rule})" for rule, name in steps)
    return said or "its own name"

