"""Figures across reports: the same measure (what is counted, in what unit) as a series over time, with the changes
a reader should see and the conflicts a fact-checker should: two values for one thing at one time that cannot both
be true."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from dossier.model import Document, Quantity

ABOUT_TOLERANCE = 0.1  # 'about 200' allows 180-220


@dataclass(frozen=True)
class SeriesPoint:
    doc: Document
    quantity: Quantity
    when: str | None  # the time the figure refers to, else its report's publication date


@dataclass
class Series:
    measure: str
    points: list[SeriesPoint] = field(default_factory=list)
    changes: list[tuple[SeriesPoint, SeriesPoint]] = field(default_factory=list)
    conflicts: list[tuple[SeriesPoint, SeriesPoint]] = field(default_factory=list)


def measure_of(q: Quantity) -> str | None:
    """What a figure measures: its unit ('volunteer', 'troop', 'arrest'); for percentages and money, with the first
    word of what they are of ('percent of respondents')."""
    if q.unit in (None, "", "years", "hours", "days", "weeks", "months"):
        return None
    if q.unit == "percent" or re.fullmatch(r"[A-Z]{3}", q.unit or ""):
        first = next((w for w in re.findall(r"[a-z]+", (q.counted or "").lower()) if len(w) > 3), None)
        return f"{q.unit} of {first}" if first else None
    return q.unit


def interval(q: Quantity) -> tuple[float, float] | None:
    """The values a figure allows: 'up to 200' is (0, 200], 'more than 800' [800, inf), 'about 200' 180-220."""
    if q.value is None:
        return None
    v = q.value
    return {"max": (0.0, v), "min": (v, float("inf")), "about": (v * (1 - ABOUT_TOLERANCE), v * (1 + ABOUT_TOLERANCE)),
            "range": (v, q.high if q.high is not None else v)}.get(q.bound or "", (v, v))


def compatible(a: Quantity, b: Quantity) -> bool:
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def _month(value: str | None) -> str | None:
    return value[:7] if value and re.match(r"\d{4}-\d{2}", value) else value


def figure_series(rows: Sequence[tuple[Document, Quantity]], family: Mapping[str, str]) -> list[Series]:
    """Measures reported at least twice, points in time order; a change where the value moves between periods, a
    conflict where two independent reports give incompatible values for the same month."""
    by_measure: dict[str, list[SeriesPoint]] = defaultdict(list)
    for doc, q in rows:
        measure = measure_of(q)
        if measure is not None and q.value is not None:
            by_measure[measure].append(SeriesPoint(doc, q, q.when or doc.published))
    out = []
    for measure, points in by_measure.items():
        if len(points) < 2:
            continue
        points.sort(key=lambda p: (p.when or "9999", p.doc.id, p.quantity.start))
        series = Series(measure, points)
        for a, b in zip(points, points[1:]):
            if _month(a.when) != _month(b.when) and not compatible(a.quantity, b.quantity):
                series.changes.append((a, b))
        for i, a in enumerate(points):
            for b in points[i + 1:]:
                same_time = _month(a.when) == _month(b.when) and a.when is not None
                independent = family.get(a.doc.id, a.doc.id) != family.get(b.doc.id, b.doc.id)
                if same_time and independent and not compatible(a.quantity, b.quantity):
                    series.conflicts.append((a, b))
        out.append(series)
    return sorted(out, key=lambda s: (-len({p.doc.id for p in s.points}), s.measure))
