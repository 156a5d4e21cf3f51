"""Time expressions as TimeML TIMEX3 (DATE, TIME, DURATION, SET), for interchange and for scoring dossier where the
field publishes its numbers (TempEval-3).

Dates are dossier's own (`extract_times`, the normaliser every report goes through); this module adds what a
timeline does not need but TimeML records: durations ('eight years', 'the past several months'), references to the
present or past ('now', 'the past'), recurring times ('every morning'), times of day, seasons, decades and
centuries, and the two years of an interval ('2009-2010'), which dossier itself declines to call a date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc

from dossier.extract.dates import CONTEXT_RELATIVE, NUMBER_WORDS, SEASON_PATTERN, WEEKDAYS
from dossier.extract.times import extract_times


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str | None = None


_PREPOSITION = re.compile(r"^(?:on|in|since|after|before|from|until|till|by|during|at|of|for|through)\s+", re.I)
_UNIT = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "month": "M",
         "year": "Y", "decade": "Y", "century": "Y", "centuries": "Y"}
_SCALE = {"decade": 10, "century": 100, "centuries": 100}
_VAGUE = r"several|a few|few|many|some|a couple of|couple of|a number of"
_AMOUNT = rf"(?:a|an|one|\d+(?:\.\d+)?|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}|{_VAGUE})"
_UNITS = r"(second|minute|hour|day|night|week|month|year|decade|century|centuries)"
_DURATION = re.compile(
    rf"\b(?:(?:the\s+)?(?:past|last|next|previous|coming|following|recent)\s+)?"
    rf"(?:(?:almost|nearly|about|around|roughly|more than|over|under|less than|at least|some|a mere|just)\s+)?"
    rf"({_AMOUNT})[\s-]+(?:more\s+|full\s+|long\s+)?{_UNITS}s?\b(?:['’](?!s))?", re.I)
_UNIT_ALONE = re.compile(r"\b(?:the\s+)?(?:past|last|next|previous|coming|following)\s+(decade|century|year|month|week)\b",
                         re.I)
_RACE_TIME = re.compile(r"\b(\d{1,2}):(\d{2}):(\d{2})\b")
_BARE_UNITS = re.compile(r"\b(?:(?:in|over|for|within)\s+)?((?:recent|the coming|the past)\s+)?"
                         r"(years|months|weeks|days|decades|hours|minutes)\b", re.I)
_REFS = re.compile(r"\b(right now|now|currently|at present|presently|the present|nowadays|these days|the past|"
                   r"recently|lately|formerly|the future|in future|soon)\b", re.I)
_REF_VALUE = {"the past": "PAST_REF", "recently": "PAST_REF", "lately": "PAST_REF", "formerly": "PAST_REF",
              "the future": "FUTURE_REF", "in future": "FUTURE_REF", "soon": "FUTURE_REF"}
_SETS = re.compile(r"\b(?:(every|each)\s+(day|week|month|year|morning|afternoon|evening|night|season|summer|winter)"
                   r"|(daily|weekly|monthly|annually|yearly|nightly))\b", re.I)
_SET_VALUE = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "season": "XXXX-WI", "daily": "P1D",
              "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "nightly": "P1D",
              "morning": "XXXX-XX-XXTMO", "afternoon": "XXXX-XX-XXTAF", "evening": "XXXX-XX-XXTEV",
              "night": "XXXX-XX-XXTNI", "summer": "XXXX-SU", "winter": "XXXX-WI"}
_DAY_PART = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_WEEKDAY_PART = re.compile(r"\b(?:(last|this|tomorrow|yesterday)\s+)?(monday|tuesday|wednesday|thursday|friday|"
                           r"saturday|sunday)?\s*(morning|afternoon|evening|night)\b|\b(tonight|last night)\b", re.I)
_CLOCK = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|am|pm)(?=\W|$)"
                    r"|\b(\d{1,2}):(\d{2})(?!:\d)(?:\s*(?:GMT|UTC|ET|EST|EDT|BST))?\b",
                    re.I)
_SEASON = re.compile(r"\b(?:(last|this|next|early|late)\s+)?(spring|summer|fall|autumn|winter)"
                     r"(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b", re.I)
_SEASON_CODE = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_DECADE = re.compile(r"\b(?:(19|20)(\d)0s|(\d{1,2})(?:st|nd|rd|th)\s+century)\b", re.I)
_INTERVAL = re.compile(r"\b((?:19|20)\d{2})\s*(?:[-–/]|\band\b|\bto\b)\s*((?:19|20)?\d{2})\b")
_QUARTER = re.compile(r"\b(?:the\s+)?(first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+quarter"
                      r"(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b", re.I)
_QUARTER_NUMBER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}


def timexes(text: str, parsed: Sequence[tuple[int, Doc]], dct: date | None) -> list[Timex]:
    """Every time expression in the text, at most one per span: dossier's dates first, then the longest of the rest."""
    # A time of day that extends one of dossier's dates ('Friday afternoon') replaces it.
    found: list[Timex] = _day_parts(text, dct)
    for t in extract_times(text, parsed, dct):
        if _OWN_CONVENTION.search(t.text):
            continue  # seasons ('2012-SU') and spans counted from another date are written TimeML's way below
        point = _point(text, t.start, t.end, t.value) if t.value else None
        if point and not any(point.start < f.end and f.start < point.end for f in found):
            found.append(point)
    candidates = [*_intervals(text), *_durations(text), *_units_alone(text), *_race_times(text),
                  *_bare_durations(text), *_refs(text), *_sets(text), *_clocks(text, dct), *_seasons(text, dct),
                  *_decades(text), *_quarters(text, dct)]
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if not any(c.start < t.end and t.start < c.end for t in found):
            found.append(c)
    return sorted(found, key=lambda t: t.start)


_OWN_CONVENTION = re.compile(rf"{SEASON_PATTERN}|{CONTEXT_RELATIVE}", re.I)


def _point(text: str, start: int, end: int, value: str) -> Timex:
    """A dossier date as TIMEX3: the extent without a leading preposition, TIME when it has a time of day."""
    lead = _PREPOSITION.match(text[start:end])
    if lead:
        start += lead.end()
    return Timex(start, end, "TIME" if "T" in value else "DATE", value)


def _intervals(text: str) -> list[Timex]:
    out = []
    for m in _INTERVAL.finditer(text):
        first, second = m.group(1), m.group(2)
        if len(second) == 2:
            second = first[:2] + second
        if int(second) > int(first):
            out += [Timex(m.start(1), m.end(1), "DATE", first), Timex(m.start(2), m.end(2), "DATE", second)]
    return out


def _amount(word: str) -> str:
    word = word.lower()
    if word in ("a", "an", "one"):
        return "1"
    if word in NUMBER_WORDS:
        return str(NUMBER_WORDS[word])
    if re.fullmatch(r"\d+(\.\d+)?", word):
        return word
    return "X"


def duration_value(amount: str, unit: str) -> str:
    """ISO 8601 duration: ('eight', 'year') -> P8Y, ('24', 'hour') -> PT24H, ('several', 'day') -> PXD."""
    unit = unit.lower().rstrip("s") if unit.lower() != "centuries" else "centuries"
    n = _amount(amount)
    if unit in _SCALE and n != "X":
        n = str(int(float(n) * _SCALE[unit]))
    code = _UNIT[unit]
    time_part = unit in ("second", "minute", "hour")
    if n != "X" and "." in n:
        n = n.rstrip("0").rstrip(".")
    return f"PT{n}{code}" if time_part else f"P{n}{code}"


def _durations(text: str) -> list[Timex]:
    out = []
    for m in _DURATION.finditer(text):
        after = text[m.end():m.end() + 12].lower()
        if re.match(r"\s*ago\b", after) or re.match(r"-old\b", after):
            continue  # 'two years ago' is a date, dossier's to read; '22-year-old' is an age
        out.append(Timex(m.start(), m.end(), "DURATION", duration_value(m.group(1), m.group(2))))
    return out


def _units_alone(text: str) -> list[Timex]:
    """'the next decade', 'the past year': one unit, counted by the word before it."""
    return [Timex(m.start(), m.end(), "DURATION", duration_value("1", m.group(1))) for m in _UNIT_ALONE.finditer(text)
            if m.group(1).lower() in ("decade", "century")]


def _race_times(text: str) -> list[Timex]:
    """'finishing in 3:07:35': hours, minutes and seconds are a duration."""
    return [Timex(m.start(), m.end(), "DURATION", f"PT{int(m.group(1))}H{int(m.group(2))}M{int(m.group(3))}S")
            for m in _RACE_TIME.finditer(text)]


def _bare_durations(text: str) -> list[Timex]:
    out = []
    for m in _BARE_UNITS.finditer(text):
        after = re.match(r"\s+(before|after|later|earlier)\b", text[m.end():m.end() + 10], re.I)
        if not (m.group(0).lower().startswith(("for ", "over ", "within ", "in ")) or m.group(1) or after):
            continue
        start = m.start(1) if m.group(1) else m.start(2)
        out.append(Timex(start, m.end(), "DURATION", duration_value("X", m.group(2))))
    return out


def _refs(text: str) -> list[Timex]:
    return [Timex(m.start(), m.end(), "DATE", _REF_VALUE.get(m.group(1).lower(), "PRESENT_REF"))
            for m in _REFS.finditer(text) if not re.match(r"\s+as\b", text[m.end():m.end() + 4])]  # 'as soon as' 


def _sets(text: str) -> list[Timex]:
    return [Timex(m.start(), m.end(), "SET", _SET_VALUE[(m.group(2) or m.group(3)).lower()]) for m in _SETS.finditer(text)]


def _day_parts(text: str, dct: date | None) -> list[Timex]:
    out = []
    for m in _WEEKDAY_PART.finditer(text):
        if m.group(4):
            day = dct - timedelta(days=1) if dct and m.group(4).lower() == "last night" else dct
            out.append(Timex(m.start(), m.end(), "TIME", f"{day.isoformat() if day else 'XXXX-XX-XX'}TNI"))
            continue
        relative, weekday, part = (g.lower() if g else None for g in m.groups()[:3])
        if not relative and not weekday:
            continue
        day = dct
        if dct and weekday:
            day = dct - timedelta(days=(dct.weekday() - WEEKDAYS[weekday]) % 7)
        elif dct and relative in ("tomorrow", "yesterday", "last"):
            day = dct + timedelta(days=1 if relative == "tomorrow" else -1)
        out.append(Timex(m.start(), m.end(), "TIME", f"{day.isoformat() if day else 'XXXX-XX-XX'}T{_DAY_PART[part]}"))
    return out


def _clocks(text: str, dct: date | None) -> list[Timex]:
    out = []
    for m in _CLOCK.finditer(text):
        if m.group(3):
            hour, minute = int(m.group(1)), int(m.group(2) or 0)
            if m.group(3).lower().startswith("p") and hour < 12:
                hour += 12
            if m.group(3).lower().startswith("a") and hour == 12:
                hour = 0
        else:
            hour, minute = int(m.group(4)), int(m.group(5))
        if hour > 23 or minute > 59:
            continue
        day = dct.isoformat() if dct else "XXXX-XX-XX"
        out.append(Timex(m.start(), m.end(), "TIME", f"{day}T{hour:02d}:{minute:02d}"))
    return out


def _seasons(text: str, dct: date | None) -> list[Timex]:
    out = []
    for m in _SEASON.finditer(text):
        relative, season, year = (m.group(1) or "").lower(), m.group(2).lower(), m.group(3)
        if year:
            value_year = year
        elif relative in ("last", "this", "next") and dct:
            value_year = str(dct.year + {"last": -1, "this": 0, "next": 1}[relative])
        else:
            continue  # 'the summer' alone: which one is not said
        start = m.start() if relative in ("last", "this", "next") or not relative else m.start(2)
        mod = {"early": "START", "late": "END"}.get(relative)
        out.append(Timex(start, m.end(), "DATE", f"{value_year}-{_SEASON_CODE[season]}", mod))
    return out


def _decades(text: str) -> list[Timex]:
    out = []
    for m in _DECADE.finditer(text):
        value = f"{m.group(1)}{m.group(2)}" if m.group(1) else f"{int(m.group(3)) - 1:02d}"
        out.append(Timex(m.start(), m.end(), "DATE", value))
    return out


def _quarters(text: str, dct: date | None) -> list[Timex]:
    """'the fourth quarter of 2006', 'the last quarter': a quarter of a year (the last one before publication)."""
    out = []
    for m in _QUARTER.finditer(text):
        which, year = m.group(1).lower(), m.group(2)
        if which == "last":
            if dct is None:
                continue
            current = (dct.month - 1) // 3 + 1
            number, value_year = (current - 1, dct.year) if current > 1 else (4, dct.year - 1)
        else:
            number = _QUARTER_NUMBER[which]
            value_year = int(year) if year else (dct.year if dct else None)
            if value_year is None:
                continue
        out.append(Timex(m.start(), m.end(), "DATE", f"{value_year}-Q{number}"))
    return out
