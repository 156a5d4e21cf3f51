"""A batch of reports joined to the picture across reports kept in the store: each statement to the claim group it
repeats (rule `same_claim`), each dated event to the timeline entry of the happening it tells (rules `same_date` and
`same_happening`), each figure with a measure to its series. Earlier reports are reached through the store's indexes
(`picturing`: dossier.store.picturing.Picturing), so adding 1,000 reports to 100,000 reads the 1,000 and what they touch."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from dossier.model import Attribution, Document, EntryState, Event, GroupState, Quantity
from dossier.packs import PackEntity
from dossier.resolve.actor_tally import actor_key
from dossier.resolve.claims import SAME_CONTENT, free_text_key
from dossier.resolve.figures import measure_of
from dossier.resolve.timeline import NEAR_DAYS, dates_meet, finer, period_start, same_happening

if TYPE_CHECKING:
    from dossier.store.picturing import Picturing

UNDATED = "~"  # an undated report's place in date order: after every date


@dataclass(frozen=True)
class Naming:
    """What the pack says that the picture needs: its spellings, its names for actors and for counted things."""

    index: Mapping[str, PackEntity]
    names: Mapping[str, str]
    synonyms: Mapping[str, str]


def picture_batch(picturing: Picturing, documents: Sequence[Document], naming: Naming) -> None:
    ids = [d.id for d in documents]
    docs = {d.id: d for d in documents}
    families = picturing.copy_components(ids)
    links = picturing.links_in(ids)
    _claims(picturing, docs, links, families)
    _timeline(picturing, docs, picturing.records("events", ids), naming, links)
    _figures(picturing, docs, picturing.records("quantities", ids), naming)
    picturing.mark(ids)


def _claims(picturing: Picturing, docs: Mapping[str, Document], keys: Mapping[tuple[str, str], str],
            families: Mapping[str, frozenset[str]]) -> None:
    rows = picturing.records("attributions", list(docs))
    rows.sort(key=lambda r: (docs[r[1]].published or "9999", r[1], r[2].start))

    def source_key(doc_id: str, a: Attribution) -> str:
        if a.source_key is not None and (doc_id, a.source_key) in keys:
            return keys[(doc_id, a.source_key)]
        return free_text_key(a.source)

    keyed = [(row_id, doc_id, a, source_key(doc_id, a)) for row_id, doc_id, a in rows]
    groups = picturing.groups_of({k for *_, k in keyed})
    for row_id, doc_id, a, key in keyed:
        doc, family = docs[doc_id], families.get(doc_id, frozenset((doc_id,)))
        group = _same_claim(groups[key], a.content)
        if group is None:
            group = GroupState(None, key, a.source, a.content, doc.published, doc.published, 0, 0, False, [])
            groups[key].append(group)
        root = min(family)
        if root not in group.families and (group.id is None or len(family) == 1
                                           or not picturing.has_family(group.id, family)):
            group.independent += 1  # rule `independent_sources`: a copy of a report already counted adds none
        group.families.add(root)
        if doc_id not in group.docs:
            group.reports += 1
            group.docs.add(doc_id)
        group.first_seen = min(filter(None, (group.first_seen, doc.published)), default=None)
        group.last_seen = max(filter(None, (group.last_seen, doc.published)), default=None)
        if a.hedged:
            group.hedged = True
            if a.hedge and a.hedge not in group.hedges:
                group.hedges.append(a.hedge)
        group.members.append({"attribution_id": row_id, "doc_id": doc_id, "family": root,
                              "published": doc.published or UNDATED, "outlet": doc.outlet})
        group.dirty = True
    picturing.save_groups(g for found in groups.values() for g in found)


def _same_claim(candidates: list, content: str):
    """Rule `same_claim`: the group of the same source whose content is most like this one, if alike enough
    (token-sort similarity SAME_CONTENT: the same statement reworded, not any statement sharing its words)."""
    if not candidates:
        return None
    best = process.extractOne(content.lower(), [g.content.lower() for g in candidates], scorer=fuzz.token_sort_ratio,
                              score_cutoff=SAME_CONTENT)
    return candidates[best[2]] if best else None


def _timeline(picturing: Picturing, docs: Mapping[str, Document], events: list[tuple[int, str, Event]], naming: Naming,
              links: Mapping[tuple[str, str], str]) -> None:
    events.sort(key=lambda r: (docs[r[1]].published or "9999", r[1], r[2].start))
    wanted: set[str] = set()
    around: set[tuple[str, str]] = set()
    for _, _, e in events:
        wanted |= _holding(e.date)
        if len(e.date) == 10:
            day = period_start(e.date)
            around.add(((day - timedelta(days=NEAR_DAYS)).isoformat(), (day + timedelta(days=NEAR_DAYS)).isoformat()))
    known = picturing.entries_near(wanted, around) if events else []
    by_year: dict[str, list] = defaultdict(list)
    for entry in known:
        by_year[entry.date[:4]].append(entry)
    for _, doc_id, event in events:
        # the actors as the store links them (so 'Максиму Знаку' is Maksim Znak in any report), else by the pack
        keys = {links.get((doc_id, a)) or actor_key(a, naming.index) for a in event.actors}
        year = int(event.date[:4])
        near = [e for y in (year - 1, year, year + 1) for e in by_year.get(str(y), []) if dates_meet(e.date, event.date)]
        entry = next((e for e in near if same_happening(e, event, keys)), None)
        if entry is None:
            entry = EntryState(None, event.date, period_start(event.date).isoformat(), event.what, [], set(), 0)
            by_year[event.date[:4]].append(entry)
        elif finer(event.date, entry.date):
            entry.date, entry.start = event.date, period_start(event.date).isoformat()
        if doc_id not in entry.doc_ids and (entry.id is None or not picturing.has_source(entry.id, doc_id)):
            entry.sources += 1
            entry.new_sources.append({"doc_id": doc_id, "start": event.start, "end": event.end, "what": event.what,
                                      "published": docs[doc_id].published or UNDATED})
        entry.doc_ids.add(doc_id)
        for actor in event.actors:
            name = naming.names.get(actor, actor)
            if name not in entry.actors:
                entry.actors.append(name)
        entry.new_keys |= keys - entry.keys
        entry.keys |= keys
        entry.dirty = True
    picturing.save_entries(e for found in by_year.values() for e in found)


def _holding(value: str) -> set[str]:
    """A date and the periods that hold it: '2022-05-23' -> itself, '2022-05', '2022'."""
    out = {value}
    if "-W" not in value:
        out |= {value[:4], value[:7]} if len(value) >= 7 else {value[:4]}
    return out


def _figures(picturing: Picturing, docs: Mapping[str, Document], quantities: list[tuple[int, str, Quantity]], naming: Naming) -> None:
    points = []
    for row_id, doc_id, q in quantities:
        measure = measure_of(q, naming.synonyms, naming.names)
        if measure is not None and q.value is not None:
            points.append({"quantity_id": row_id, "doc_id": doc_id, "measure": measure,
                           "when": q.when or docs[doc_id].published})
    picturing.save_points(points)
