"""Group mentions into actors. Version 1: spellings the pack knows join their pack entity; any other name stands
for itself; the type is voted across all mentions so that one mislabelled mention does not decide it."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from dossier.packs import Pack, PackEntity
from dossier.resolve.actors import AliasDecision, display_names, resolve_actors
from dossier.model import MentionRow

# Nationality adjectives (NORP: "Belarusian", "Russian") are mentions but not actors unless asked for.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT"})


@dataclass(frozen=True)
class Actor:
    key: str
    name: str
    type: str
    mentions: int
    documents: int
    spellings: tuple[str, ...]
    kind: str | None = None


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
    names = display_names(keys, pack)
    votes: dict[str, Counter] = defaultdict(Counter)
    spellings: dict[str, Counter] = defaultdict(Counter)
    docs: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        key = keys[(row.doc_id, row.text)]
        votes[key][row.label] += 1
        spellings[key][row.text] += 1
        docs[key].add(row.doc_id)
    by_id = {e.id: e for e in pack.entities}
    actors = []
    for key, label_votes in votes.items():
        entity = by_id.get(key)
        label = entity.type if entity else label_votes.most_common(1)[0][0]
        if label not in labels:
            continue
        actors.append(Actor(
            key=key,
            name=names[key],
            type=label,
            mentions=sum(label_votes.values()),
            documents=len(docs[key]),
            spellings=tuple(s for s, _ in spellings[key].most_common()),
            kind=entity.kind if entity else None,
        ))
    return sorted(actors, key=lambda a: (-a.documents, -a.mentions, a.name))
