"""Group mentions into actors. Version 1: spellings the pack knows join their pack entity; any other name stands
for itself; the type is voted across all mentions so that one mislabelled mention does not decide it."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from dossier.model import Actor, AliasDecision, MentionRow
from dossier.packs import Pack, PackEntity
from dossier.resolve.actors import resolve_actors

# Nationality adjectives (NORP: "Belarusian", "Russian") are mentions but not actors unless asked for.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT"})


def actor_key(text: str, index: Mapping[str, PackEntity]) -> str:
    """The actor a mention stands for: its pack entity when the pack knows the spelling, else the name itself."""
    entity = index.get(text)
    return entity.id if entity else text


def group_mentions(rows: Iterable[MentionRow], pack: Pack, labels: frozenset[str] = ACTOR_LABELS,
                   decisions: Iterable[AliasDecision] = ()) -> list[Actor]:
    """Actors by number of documents, then mentions. Spellings join by the pack, by surname within a report, by
    transliteration-aware matching across reports, and by the user's decisions."""
    rows = list(rows)
    keys = resolve_actors(((r.doc_id, r.text, r.label) for r in rows), pack, decisions)
    counted: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        counted[keys[(row.doc_id, row.text)]][(row.doc_id, row.text, row.label)] += 1
    by_id = {e.id: e for e in pack.entities}
    found = (summarise(key, [(*k, n) for k, n in c.items()], by_id.get(key)) for key, c in counted.items())
    return rank([a for a in found if a.type in labels])


@dataclass
class Tally:
    """The counts an actor's summary is made from. Counts from new reports add to it, so the summary of an actor
    named in 60,000 stored reports is brought up to date without reading them again."""

    votes: Counter = field(default_factory=Counter)  # label -> mentions
    mentions: Counter = field(default_factory=Counter)  # surface -> mentions
    reports: Counter = field(default_factory=Counter)  # surface -> reports that use it
    documents: int = 0

    def add(self, links: Iterable[tuple[str, str, str, int]]) -> Tally:
        """Links of reports not counted before: (doc, surface, label, mentions)."""
        docs_of: dict[str, set[str]] = defaultdict(set)
        for doc, surface, label, n in links:
            self.votes[label] += n
            self.mentions[surface] += n
            docs_of[surface].add(doc)
        for surface, docs in docs_of.items():
            self.reports[surface] += len(docs)
        self.documents += len(set().union(*docs_of.values())) if docs_of else 0
        return self

    def actor(self, key: str, entity: PackEntity | None) -> Actor:
        """The pack's name and type when the pack knows the actor, else its most reported full spelling and the
        label most of its mentions carry."""
        name = entity.name if entity else max(self.reports, key=lambda s: (len(s.split()) > 1, self.reports[s], s))
        return Actor(
            key=key,
            name=name,
            type=entity.type if entity else self.votes.most_common(1)[0][0],
            mentions=sum(self.votes.values()),
            documents=self.documents,
            spellings=tuple(s for s, _ in self.mentions.most_common()),
            kind=entity.kind if entity else None,
        )

    def as_json(self) -> dict:
        return {"votes": self.votes, "mentions": self.mentions, "reports": self.reports, "documents": self.documents}

    @classmethod
    def from_json(cls, data: dict) -> Tally:
        return cls(Counter(data["votes"]), Counter(data["mentions"]), Counter(data["reports"]), data["documents"])


def summarise(key: str, links: Iterable[tuple[str, str, str, int]], entity: PackEntity | None) -> Actor:
    """One actor from all its (doc, surface, label, mentions) links."""
    return Tally().add(links).actor(key, entity)


def rank(actors: Iterable[Actor]) -> list[Actor]:
    return sorted(actors, key=lambda a: (-a.documents, -a.mentions, a.name))
