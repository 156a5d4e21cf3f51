"""The timeline across reports: the same happening told by several reports becomes one entry that lists them all."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from dossier.model import Document, Event
from dossier.packs import PackEntity
from dossier.resolve.entities import actor_key

SAME_WORDING = 80  # token-set similarity at which two clauses of the same date say the same thing
SIMILAR_WORDING = 55  # ... enough when they also name an actor in common


@dataclass(frozen=True)
class TimelineSource:
    doc_id: str
    title: str
    outlet: str | None
    published: str | None
    start: int
    end: int
    what: str


@dataclass
class TimelineEntry:
    date: str
    what: str
    actors: list[str] = field(default_factory=list)
    sources: list[TimelineSource] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    doc_ids: set[str] = field(default_factory=set, repr=False)  # which reports are among the sources already

    @property
    def start(self) -> date:
        return period_start(self.date)


def period_start(value: str) -> date:
    """The first day of a period: '2022' -> 1 Jan, '2022-03' -> 1 Mar, '2022-W09' -> its Monday."""
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def build_timeline(items: Iterable[tuple[Document, Event]], index: Mapping[str, PackEntity]) -> list[TimelineEntry]:
    """Entries in date order; within a date, an event joins the entry whose wording it shares (or nearly shares
    while naming an actor in common), else starts its own."""
    entries: list[TimelineEntry] = []
    by_date: dict[str, list[TimelineEntry]] = {}
    for doc, event in sorted(items, key=lambda item: (item[0].published or "9999", item[1].start)):
        keys = {actor_key(a, index) for a in event.actors}
        source = TimelineSource(doc.id, doc.title, doc.outlet, doc.published, event.start, event.end, event.what)
        match = next((e for e in by_date.get(event.date, []) if _same_happening(e, event, keys)), None)
        if match is None:
            match = TimelineEntry(event.date, event.what)
            by_date.setdefault(event.date, []).append(match)
            entries.append(match)
        if doc.id not in match.doc_ids:
            match.sources.append(source)
            match.doc_ids.add(doc.id)
        for actor in event.actors:
            name = index[actor].name if actor in index else actor
            if name not in match.actors:
                match.actors.append(name)
        match.keys |= keys
    return sorted(entries, key=lambda e: (e.start, e.date))


def _same_happening(entry: TimelineEntry, event: Event, keys: set[str]) -> bool:
    similarity = fuzz.token_set_ratio(entry.what.lower(), event.what.lower())
    return similarity >= SAME_WORDING or (similarity >= SIMILAR_WORDING and bool(entry.keys & keys))


def filter_timeline(entries: list[TimelineEntry], index: Mapping[str, PackEntity], start: str | None = None,
                    end: str | None = None, actor: str | None = None) -> list[TimelineEntry]:
    """Entries whose period starts within [start, end] (ISO dates or shorter), naming `actor` under any spelling."""
    lo = period_start(start) if start else None
    hi = period_start(end) if end else None
    wanted = actor_key(actor, index) if actor else None
    out = []
    for e in entries:
        if (lo and e.start < lo) or (hi and e.start > hi):
            continue
        if wanted and wanted not in e.keys and not any(actor.lower() in a.lower() for a in e.actors):
            continue
        out.append(e)
    return out
