"""Dates in Russian, in every case, normalised against the publication date: '6 сентября 2021 г.', '29 января 2022
года', '30 марта', 'в августе 2020 года', 'в 1935 году', 'в четверг', 'сегодня, 23 февраля', 'вчера', 'на прошлой
неделе', 'в прошлом году', 'летом'."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dossier.lexicon import ru
from dossier.model import TimeExpr

_MONTH_GEN = "|".join(ru.MONTHS_GENITIVE)
_DAY_MONTH = re.compile(rf"(?i)\b(?:(сегодня|вчера),?\s+)?(\d{{1,2}})\s+({_MONTH_GEN})(?:\s+(\d{{4}})(?:\s*(?:года|г\.|г\b))?)?")
_MONTH_YEAR = re.compile(r"(?i)\b(?:в\s+)?(январ[еья]|феврал[еья]|март[еа]?|апрел[еья]|ма[ея]|июн[еья]|июл[еья]|"
                         r"август[еа]?|сентябр[еья]|октябр[еья]|ноябр[еья]|декабр[еья])\s+(\d{4})(?:\s*(?:года|г\.))?")
_YEAR = re.compile(r"(?i)\b(?:в\s+|к\s+|с\s+|до\s+)?(\d{4})(?:\s*(?:года|году|годом|год|г\.))(?!\w)")
_WEEKDAY = re.compile(r"(?i)\b(?:в|во)\s+(?:прошл(?:ый|ую|ое)\s+)?(понедельник|вторник|среду|четверг|пятницу|субботу|"
                      r"воскресенье)\b")
_RELATIVE = re.compile(r"(?i)\b(сегодня|вчера|позавчера|завтра)\b")
_LAST = re.compile(r"(?i)\b(?:на\s+прошлой\s+неделе|в\s+прошлом\s+(?:году|месяце)|в\s+этом\s+(?:году|месяце)|"
                   r"на\s+этой\s+неделе)\b")
_SEASON = re.compile(r"(?i)\b(зимой|весной|летом|осенью)\b")


def extract_dates(text: str, published: date | None) -> list[TimeExpr]:
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, value: str | None, why: str | None = None) -> None:
        if any(a < end and start < b for a, b in taken):
            return
        taken.append((start, end))
        found.append(TimeExpr(start, end, text[start:end], value, None if value else why))

    for m in _DAY_MONTH.finditer(text):
        day, month = int(m.group(2)), ru.MONTHS_GENITIVE[m.group(3).lower()]
        year = int(m.group(4)) if m.group(4) else _year_of(month, day, published)
        if year is None or not _valid(year, month, day):
            add(m.start(), m.end(), None, "no publication date to tell the year")
            continue
        add(m.start(), m.end(), date(year, month, day).isoformat())
    for m in _MONTH_YEAR.finditer(text):
        month = next(n for stem, n in ru.MONTH_STEMS.items() if m.group(1).lower().startswith(stem))
        add(m.start(), m.end(), f"{int(m.group(2)):04d}-{month:02d}")
    for m in _YEAR.finditer(text):
        if 1000 <= int(m.group(1)) <= 2100:
            add(m.start(), m.end(), m.group(1))
    for m in _WEEKDAY.finditer(text):
        if published is None:
            add(m.start(), m.end(), None, "no publication date")
            continue
        wanted = next(n for stem, n in ru.WEEKDAYS.items() if m.group(1).lower().startswith(stem))
        back = (published.weekday() - wanted) % 7 or 7  # the last such day before the report
        add(m.start(), m.end(), (published - timedelta(days=back)).isoformat())
    for m in _RELATIVE.finditer(text):
        if published is not None:
            add(m.start(), m.end(), (published + timedelta(days=ru.RELATIVE_DAYS[m.group(1).lower()])).isoformat())
    for m in _LAST.finditer(text):
        if published is None:
            continue
        phrase = m.group(0).lower()
        if "недел" in phrase:
            day = published - timedelta(days=7 if "прошл" in phrase else 0)
            year, week, _ = day.isocalendar()
            add(m.start(), m.end(), f"{year:04d}-W{week:02d}")
        elif "году" in phrase:
            add(m.start(), m.end(), str(published.year - ("прошл" in phrase)))
        else:
            month = published.replace(day=1) - timedelta(days=1) if "прошл" in phrase else published
            add(m.start(), m.end(), f"{month.year:04d}-{month.month:02d}")
    for m in _SEASON.finditer(text):
        if published is not None:
            start = next(n for stem, n in ru.SEASONS.items() if m.group(1).lower().startswith(stem))
            add(m.start(), m.end(), str(published.year if start <= published.month else published.year - 1))
    return sorted(found, key=lambda t: t.start)


def _year_of(month: int, day: int, published: date | None) -> int | None:
    """A day and month without a year: the publication year, or the year before when that would be well after it."""
    if published is None:
        return None
    year = published.year
    if _valid(year, month, day) and date(year, month, day) > published + timedelta(days=31):
        year -= 1
    return year


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
        return True
    except ValueError:
        return False
