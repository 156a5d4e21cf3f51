"""The timeline across reports: the same happening told by several reports becomes one entry that lists them all.
Entries are made as reports arrive, by `dossier.resolve.picture_batch`, with the rules here (`same_date`,
`same_happening`); an entry as pages show it is a TimelineEntry."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from dossier.model import EntryState, Event

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


def same_happening(entry: EntryState, event: Event, keys: set[str]) -> bool:
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


