"""Normalising a date expression against the publication date, at the precision the text gives it:
'2022' (year), '2022-03' (month), '2022-03-17' (day), '2022-W09' (ISO week).

Day and month without a year resolve to the nearest such date not after publication, unless the text names the
year. Without a publication date, relative expressions stay unresolved and say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dossier.lexicon import en

MONTHS = {m: i for i, m in enumerate(en.MONTH_NAMES, start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(en.WEEKDAY_NAMES)}
# How many: 'two weeks ago', 'a month ago'.
NUMBER_WORDS = {**{w: en.NUMBER_WORDS[w] for w in en.number_words(1, 12)}, "a": 1, "an": 1}

MONTH_PATTERN = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_Y = r"((?:19|20)\d{2})"
SEASON_PATTERN = r"(spring|summer|autumn|fall|winter)"
# Expressions counted from the date the report has just given: 'a year earlier', 'the year before', 'two days later',
# 'the previous month', 'the day after'.
_COUNTED_FROM = (rf"(?:({'|'.join(NUMBER_WORDS)}|\d+)\s+(day|week|month|year)s?\s+(earlier|later|before)"
                 r"|the\s+(day|week|month|year)\s+(before|after)|the\s+(previous|following|next)\s+(day|week|month|year))")
CONTEXT_RELATIVE = rf"\b{_COUNTED_FROM}\b"
# Words around a date that do not change it: 'since 2020', 'in early March', 'on 17 March'.
_LEAD = re.compile(r"^(?:(?:since|after|before|from|until|till|by|in|on|at|during|of|the|around|about|through|throughout)\s+)+")


@dataclass(frozen=True)
class TimeValue:
    value: str | None
    reason: str | None = None  # why `value` is None


NO_PUBLICATION = TimeValue(None, "relative to a publication date the report does not give")


def _iso(d: date) -> str:
    return d.isoformat()


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _month_before(month: int, day: int | None, published: date, future: bool = False) -> int:
    """The year of the nearest (day, month) not after publication; not before it when the text speaks of what will
    happen ('the vote will be held on 7 April')."""
    year = published.year
    if future:
        return year + 1 if (month, day or 31) < (published.month, published.day) else year
    if (month, day or 1) > (published.month, published.day):
        year -= 1
    return year


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


OUTSIDE_CALENDAR = "outside the calendar (years 1 to 9999)"


def normalise_time(text: str, published: date | None, future: bool = False) -> TimeValue:
    """`_normalise_time`, clamped to the calendar: 'in the year 9999', '10,000,000 days ago' or 'tomorrow' in a report
    dated 9999-12-31 have no value, and say why."""
    try:
        return _normalise_time(text, published, future)
    except (OverflowError, ValueError):
        return TimeValue(None, OUTSIDE_CALENDAR)


def _normalise_time(text: str, published: date | None, future: bool = False) -> TimeValue:
    """The ISO value of one date expression. Unknown shapes give TimeValue(None, reason). `future` says the sentence
    speaks of what is to come, so a day or month without a year is the next one rather than the last."""
    low = " ".join(text.lower().replace("–", "-").split()).strip(" .,;")
    low = _LEAD.sub("", low)
    if re.fullmatch(r"(19|20)\d{2}\s*[-/]\s*(19|20)?\d{2}", low):
        return TimeValue(None, "an interval, not a date")
    for rule in (_absolute, _month_part, _year_part, _season, _relative):
        found = rule(low, published, future)
        if found is not None:
            return found
    return TimeValue(None, "not a date this normaliser reads")


def _absolute(low: str, published: date | None, future: bool = False) -> TimeValue | None:
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", low):
        return TimeValue(low)
    if m := re.fullmatch(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_PATTERN},?(?:\s+{_Y})?", low):
        return _day(int(m.group(1)), MONTHS[m.group(2)[:3] if m.group(2)[:4] != "sept" else "sept"], m.group(3), published,
                    future)
    if m := re.fullmatch(rf"{MONTH_PATTERN}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?(?:\s+{_Y})?", low):
        return _day(int(m.group(2)), MONTHS[m.group(1)[:3]], m.group(3), published, future)
    if m := re.fullmatch(rf"{MONTH_PATTERN},?\s+{_Y}", low):
        return TimeValue(f"{m.group(2)}-{MONTHS[m.group(1)[:3]]:02d}")
    if m := re.fullmatch(rf"{MONTH_PATTERN}\s+(?:this|of this)\s+year", low):
        return TimeValue(f"{published.year}-{MONTHS[m.group(1)[:3]]:02d}") if published else NO_PUBLICATION
    if m := re.fullmatch(rf"{MONTH_PATTERN}\s+(?:last|of last)\s+year", low):
        return TimeValue(f"{published.year - 1}-{MONTHS[m.group(1)[:3]]:02d}") if published else NO_PUBLICATION
    if m := re.fullmatch(MONTH_PATTERN, low):
        if published is None:
            return NO_PUBLICATION
        month = MONTHS[m.group(1)[:3]]
        return TimeValue(f"{_month_before(month, None, published, future)}-{month:02d}")
    if m := re.fullmatch(rf"(last|this|next)\s+{MONTH_PATTERN}", low):
        if published is None:
            return NO_PUBLICATION
        month = MONTHS[m.group(2)[:3]]
        return TimeValue(f"{_named_month_year(m.group(1), month, published)}-{month:02d}")
    if m := re.fullmatch(rf"(?:the\s+)?(?:year\s+)?{_Y}s?", low):
        return TimeValue(m.group(1)) if not low.endswith("s") else TimeValue(None, "a decade, not a date")
    return None


def _named_month_year(which: str, month: int, published: date) -> int:
    """'last June' is the June before this month, 'next June' the one after, 'this June' this year's."""
    if which == "this":
        return published.year
    if which == "last":
        return published.year if month < published.month else published.year - 1
    return published.year if month > published.month else published.year + 1


def _day(day: int, month: int, year: str | None, published: date | None, future: bool = False) -> TimeValue:
    if year:
        y = int(year)
    elif published is None:
        return NO_PUBLICATION
    else:
        y = _month_before(month, day, published, future)
    try:
        return TimeValue(_iso(date(y, month, day)))
    except ValueError:
        return TimeValue(None, "no such day")


_PART = (r"(?:the\s+)?(?:early|late|mid|mid-|middle of|beginning of|start of|end of|first half of|second half of|"
         r"first days of|last days of)(?:\s+the)?")


def _month_part(low: str, published: date | None, future: bool = False) -> TimeValue | None:
    """'early March', 'late March 2022', 'the beginning of February', 'mid-April', 'the end of May last year',
    'late last July'."""
    m = re.fullmatch(rf"{_PART}\s*-?\s*(?:(last|this|next)\s+)?{MONTH_PATTERN}(?:\s+{_Y}|\s+(this|last) year)?", low)
    if not m:
        return None
    month = MONTHS[m.group(2)[:3]]
    if m.group(3):
        return TimeValue(f"{m.group(3)}-{month:02d}")
    if published is None:
        return NO_PUBLICATION
    if m.group(1):
        return TimeValue(f"{_named_month_year(m.group(1), month, published)}-{month:02d}")
    if m.group(4) == "this":
        return TimeValue(f"{published.year}-{month:02d}")
    if m.group(4) == "last":
        return TimeValue(f"{published.year - 1}-{month:02d}")
    return TimeValue(f"{_month_before(month, None, published, future)}-{month:02d}")


def _year_part(low: str, published: date | None, future: bool = False) -> TimeValue | None:
    """'early 2011', 'mid-2012', 'late last year', 'the end of the year', 'early this year': the year."""
    m = re.fullmatch(rf"{_PART}\s*-?\s*(?:{_Y}|(this|last|next) year|year)", low)
    if not m:
        return None
    if m.group(1):
        return TimeValue(m.group(1))
    if published is None:
        return NO_PUBLICATION
    return TimeValue(str(published.year + {"last": -1, "next": 1}.get(m.group(2) or "this", 0)))


def _season(low: str, published: date | None, future: bool = False) -> TimeValue | None:
    """'the summer of 2024', 'earlier in the spring', 'last winter': the year the season falls in."""
    m = re.fullmatch(rf"(?:(?:earlier|later)\s+)?(?:(?:in\s+)?the\s+|(this|last|next)\s+)?{SEASON_PATTERN}"
                     rf"(?:\s+of\s+{_Y})?", low)
    if not m:
        return None
    if m.group(3):
        return TimeValue(m.group(3))
    if published is None:
        return NO_PUBLICATION
    starts = en.SEASONS[m.group(2)]
    if m.group(1) == "last":
        return TimeValue(str(published.year - 1 if starts >= published.month else published.year))
    if m.group(1) == "next":
        return TimeValue(str(published.year + 1 if starts <= published.month else published.year))
    return TimeValue(str(published.year))


def relative_to(text: str, reference: str) -> TimeValue:
    """`_relative_to`, clamped to the calendar."""
    try:
        return _relative_to(text, reference)
    except (OverflowError, ValueError):
        return TimeValue(None, OUTSIDE_CALENDAR)


def _relative_to(text: str, reference: str) -> TimeValue:
    """'a year earlier' from the date the report last gave (a day, a month or a year), at that date's precision."""
    m = re.fullmatch(_COUNTED_FROM, " ".join(text.lower().split()))
    if not m:
        return TimeValue(None, "not a date this normaliser reads")
    if m.group(2):
        amount, unit, direction = _number(m.group(1)) or 1, m.group(2), m.group(3)
    elif m.group(4):
        amount, unit, direction = 1, m.group(4), m.group(5)
    else:
        amount, unit, direction = 1, m.group(7), m.group(6)
    sign = 1 if direction in ("later", "after", "following", "next") else -1
    parts = [int(p) for p in re.findall(r"\d+", reference)]
    year, month, day = (parts + [1, 1])[:3] if len(parts) >= 1 else (None, None, None)
    precision = len(parts)
    if unit == "year":
        year += sign * amount
        return TimeValue("-".join([f"{year:04d}", *(f"{x:02d}" for x in (month, day)[:precision - 1])]))
    if unit == "month" and precision >= 2:
        index = year * 12 + month - 1 + sign * amount
        return TimeValue(f"{index // 12:04d}-{index % 12 + 1:02d}")
    if unit in ("day", "week") and precision == 3:
        return TimeValue(_iso(date(year, month, day) + timedelta(days=sign * amount * (7 if unit == "week" else 1))))
    return TimeValue(None, "finer than the date it is counted from")


def _relative(low: str, published: date | None, future: bool = False) -> TimeValue | None:
    """'last week', 'yesterday', 'on Sunday', 'last month', 'a year ago', 'two weeks ago', 'this year', 'next year'."""
    simple = {
        "today": lambda p: _iso(p), "yesterday": lambda p: _iso(p - timedelta(days=1)),
        "tomorrow": lambda p: _iso(p + timedelta(days=1)), "next week": lambda p: _week(p + timedelta(days=7)),
        "next month": lambda p: f"{(p.replace(day=28) + timedelta(days=4)):%Y-%m}",
        "next year": lambda p: str(p.year + 1),
        "this week": _week, "last week": lambda p: _week(p - timedelta(days=7)),
        "this month": lambda p: f"{p.year}-{p.month:02d}",
        "last month": lambda p: f"{(p.replace(day=1) - timedelta(days=1)):%Y-%m}",
        "this year": lambda p: str(p.year), "last year": lambda p: str(p.year - 1),
        "this morning": lambda p: _iso(p), "this afternoon": lambda p: _iso(p), "this evening": lambda p: _iso(p),
        "tonight": lambda p: _iso(p), "last night": lambda p: _iso(p - timedelta(days=1)),
        "the previous year": lambda p: str(p.year - 1), "the past week": lambda p: _week(p - timedelta(days=7)),
    }
    if low in simple:
        return TimeValue(simple[low](published)) if published else NO_PUBLICATION
    if m := re.fullmatch(r"(?:last\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+night|\s+morning|\s+evening)?", low):
        if published is None:
            return NO_PUBLICATION
        if future and not low.startswith("last"):
            return TimeValue(_iso(published + timedelta(days=(WEEKDAYS[m.group(1)] - published.weekday()) % 7)))
        back = (published.weekday() - WEEKDAYS[m.group(1)]) % 7
        return TimeValue(_iso(published - timedelta(days=back or (7 if low.startswith("last") else 0))))
    if m := re.fullmatch(r"(\w+)\s+(day|week|month|year)s?\s+ago", low):
        n = _number(m.group(1))
        if n is None:
            return None
        if published is None:
            return NO_PUBLICATION
        unit = m.group(2)
        if unit == "day":
            return TimeValue(_iso(published - timedelta(days=n)))
        if unit == "week":
            return TimeValue(_week(published - timedelta(weeks=n)))
        if unit == "month":
            month_index = published.year * 12 + published.month - 1 - n
            return TimeValue(f"{month_index // 12}-{month_index % 12 + 1:02d}")
        return TimeValue(str(published.year - n))
    return None


def week_start(value: str) -> str:
    """The Monday of an ISO week value ('2022-W09' -> '2022-02-28')."""
    year, week = value.split("-W")
    return date.fromisocalendar(int(year), int(week), 1).isoformat()


def shift(value: str, amount: int, unit: str) -> str | None:
    """A day value moved by N days or weeks ('four days after 24 February'); None for coarser values."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    days = amount * (7 if unit.startswith("week") else 1)
    try:
        return _iso(date.fromisoformat(value) + timedelta(days=days))
    except (OverflowError, ValueError):
        return None  # beyond the calendar


def as_date(published: str | None) -> date | None:
    """A publication date as a date; a month or year alone counts from its first day."""
    if not published:
        return None
    parts = published.split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None
