"""The timeline across reports: the same happening told by several reports becomes one entry that lists them all."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from dossier.model import Document, Event
from dossier.packs import PackEntity
from dossier.resolve.actor_tally import actor_key

SAME_WORDING = 80  # token-set similarity at which two clauses of the same date say the same thing
SIMILAR_WORDING = 55  # ... enough when they also name an actor in common
SHARED_ACTORS_WORDING = 40  # ... enough when they name two actors in common
NEAR_DAYS = 1  # outlets date one happening a day apart (time zones, 'on Sunday' against 'overnight')
_STOPWORDS = frozenset("""a an the of in on at to for from by with and or but as is are was were be been that this these
those it its their his her has have had said says""".split())


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
    source_count: int | None = None  # all its reports, when `sources` holds only the first few

    @property
    def count(self) -> int:
        return self.source_count if self.source_count is not None else len(self.sources)

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
    by_year: dict[str, list[TimelineEntry]] = {}
    for doc, event in sorted(items, key=lambda item: (item[0].published or "9999", item[1].start)):
        keys = {actor_key(a, index) for a in event.actors}
        source = TimelineSource(doc.id, doc.heading, doc.outlet, doc.published, event.start, event.end, event.what)
        near = [e for year in _years_around(event.date) for e in by_year.get(year, []) if dates_meet(e.date, event.date)]
        match = next((e for e in near if same_happening(e, event, keys)), None)
        if match is None:
            match = TimelineEntry(event.date, event.what)
            by_year.setdefault(event.date[:4], []).append(match)
            entries.append(match)
        elif finer(event.date, match.date):
            match.date = event.date  # one outlet says 'in May', another 'on 23 May': the entry is dated 23 May
        if doc.id not in match.doc_ids:
            match.sources.append(source)
            match.doc_ids.add(doc.id)
        for actor in event.actors:
            name = index[actor].name if actor in index else actor
            if name not in match.actors:
                match.actors.append(name)
        match.keys |= keys
    return sorted(entries, key=lambda e: (e.start, e.date))


def same_happening(entry: TimelineEntry, event: Event, keys: set[str]) -> bool:
    """Rule `same_happening`: the same wording, or similar wording and an actor in common, or looser wording and two
    actors in common; different happenings on one date stay apart."""
    similarity = fuzz.token_set_ratio(_content(entry.what), _content(event.what))
    shared = len(entry.keys & keys)
    if _script(entry.what) != _script(event.what):
        # rule `same_happening_across_languages`: a Russian and an English telling share no words; the same day and
        # two actors in common make them one happening
        return shared >= 2 and entry.date == event.date and len(event.date) == 10
    return similarity >= SAME_WORDING or (similarity >= SIMILAR_WORDING and shared >= 1) or (
        similarity >= SHARED_ACTORS_WORDING and shared >= 2)


def _script(text: str) -> str:
    cyrillic = len(re.findall(r"[а-яёА-ЯЁіўІЎ]", text))
    latin = len(re.findall(r"[a-zA-Z]", text))
    return "cyrillic" if cyrillic > latin else "latin"


def _content(what: str) -> str:
    return " ".join(w for w in re.findall(r"\w+", what.lower()) if w not in _STOPWORDS)


def _years_around(value: str) -> tuple[str, ...]:
    year = int(value[:4])
    return (str(year - 1), value[:4], str(year + 1))


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def dates_meet(a: str, b: str) -> bool:
    """Rule `same_date`: equal, one inside the other ('2022-05' holds '2022-05-23'), or days a day apart."""
    if a == b or a.startswith(b) or b.startswith(a):
        return "-W" not in a + b or a == b
    if _DAY.fullmatch(a) and _DAY.fullmatch(b):
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= NEAR_DAYS
    return False


def finer(a: str, b: str) -> bool:
    return len(a) > len(b) and "-W" not in a


def filter_timeline(entries: list[TimelineEntry], index: Mapping[str, PackEntity], start: str | None = None,
                    end: str | None = None, actor: str | None = None, multi: bool = False) -> list[TimelineEntry]:
    """Entries whose period starts within [start, end] (ISO dates or shorter), naming `actor` under any spelling;
    with `multi`, only those that several reports tell."""
    lo = period_start(start) if start else None
    hi = period_start(end) if end else None
    wanted = actor_key(actor, index) if actor else None
    out = []
    for e in entries:
        if (lo and e.start < lo) or (hi and e.start > hi):
            continue
        if wanted and wanted not in e.keys and not any(actor.lower() in a.lower() for a in e.actors):
            continue
        if multi and len(e.sources) < 2:
            continue
        out.append(e)
    return out
