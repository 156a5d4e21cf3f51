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


@dataclass(frozen=True)
class Conflict:
    """Two independent reports giving values for one measure and period that cannot both hold, and why."""

    first: SeriesPoint
    second: SeriesPoint
    why: str

    def __iter__(self):  # a conflict reads as the pair it is: `for a, b in series.conflicts`
        return iter((self.first, self.second))


@dataclass
class Series:
    measure: str
    points: list[SeriesPoint] = field(default_factory=list)
    changes: list[tuple[SeriesPoint, SeriesPoint]] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    total_points: int | None = None  # all its points, when `points` holds only the newest

    @property
    def count(self) -> int:
        return self.total_points if self.total_points is not None else len(self.points)


def measure_of(q: Quantity, synonyms: Mapping[str, str] | None = None,
               names: Mapping[str, str] | None = None) -> str | None:
    """What a figure measures (`Quantity.measure`, read off its sentence), with the thing counted named as the pack
    names it (`synonyms`: 'fighter' -> 'volunteer') and whose it is as the pack names that actor (`names`: a
    spelling -> the actor's name, so 'age of Sergei Tikhanovsky' and 'age of Tsikhanouski' are one measure)."""
    if not q.measure:
        return None
    measure = q.measure
    holder = re.match(r"(age of |prison sentence of )(.+)$|(.*) \((.+)\)$", measure)
    if holder and names:
        head, name = (holder.group(1), holder.group(2)) if holder.group(1) else (holder.group(3) + " (", holder.group(4))
        known = names.get(name) or names.get(name.split()[-1])
        if known:
            measure = head + known + (")" if head.endswith("(") else "")
    if not synonyms:
        return measure
    if measure in synonyms:
        return synonyms[measure]
    return " ".join(synonyms.get(w, w) for w in measure.split(" "))


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


def figure_series(rows: Sequence[tuple[Document, Quantity]], family: Mapping[str, str],
                  synonyms: Mapping[str, str] | None = None, names: Mapping[str, str] | None = None) -> list[Series]:
    """Measures reported at least twice, points in time order; a change where the value moves between periods, a
    conflict where two independent reports give incompatible values for the same measure and month."""
    by_measure: dict[str, list[SeriesPoint]] = defaultdict(list)
    for doc, q in rows:
        measure = measure_of(q, synonyms, names)
        if measure is not None and q.value is not None:
            by_measure[measure].append(SeriesPoint(doc, q, q.when or doc.published))
    out = []
    for measure, points in by_measure.items():
        if len(points) < 2:
            continue
        points.sort(key=lambda p: (p.when or "9999", p.doc.id, p.quantity.start))
        series = Series(measure, points)
        months = [_month(p.when) for p in points]
        for (a, month_a), (b, month_b) in zip(zip(points, months), zip(points[1:], months[1:])):
            if month_a != month_b and not compatible(a.quantity, b.quantity):
                series.changes.append((a, b))
        by_month: dict[str, list[SeriesPoint]] = defaultdict(list)  # only points of one month can conflict
        for p, month in zip(points, months):
            if p.when is not None and len(p.when) >= 7:
                by_month[month].append(p)
        for same_time in by_month.values():
            for i, a in enumerate(same_time):
                for b in same_time[i + 1:]:
                    independent = family.get(a.doc.id, a.doc.id) != family.get(b.doc.id, b.doc.id)
                    if independent and not compatible(a.quantity, b.quantity):
                        series.conflicts.append(Conflict(a, b, _why(measure, a, b)))
        out.append(series)
    return sorted(out, key=lambda s: (-len({p.doc.id for p in s.points}), s.measure))


def _allowed(q: Quantity) -> str:
    low, high = interval(q) or (q.value, q.value)
    if high == float("inf"):
        return f"at least {low:,.6g}"
    return f"{low:,.6g}" if low == high else f"{low:,.6g} to {high:,.6g}"


def _why(measure: str, a: SeriesPoint, b: SeriesPoint) -> str:
    """The reason a fact-checker reads: who says what, for which measure and month, and why both cannot hold."""
    def who(p: SeriesPoint) -> str:
        return p.doc.outlet or p.doc.title or p.doc.id[:8]

    return (f"{who(a)} gives {a.quantity.text!r} ({_allowed(a.quantity)}) and {who(b)} gives {b.quantity.text!r} "
            f"({_allowed(b.quantity)}) for {measure} in {_month(a.when)}: the two do not overlap, and neither report "
            "copies the other")
