"""Character spans of a report, asked 'does anything here overlap this?' in logarithmic time.

Extractors check each candidate against the spans already taken (times, quotes, figures). A scan over a list per
candidate makes a report's cost grow with the square of its length; these answer from sorted arrays instead.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """A fixed set of [start, end) spans, which may overlap one another; each may carry an item (a quote, a time)
    that `holding` and `within` hand back."""

    def __init__(self, spans: Iterable[tuple[int, int]], items: Iterable[T] | None = None) -> None:
        pairs = list(zip(spans, items)) if items is not None else [(s, s) for s in spans]
        ordered = sorted(((span, item) for span, item in pairs if span[0] < span[1]), key=lambda p: p[0])
        self.starts = [a for (a, _), _ in ordered]
        self.spans = [span for span, _ in ordered]
        self.items = [item for _, item in ordered]
        self.reach = list(accumulate((b for _, b in self.spans), max))  # furthest end among the first k spans
        self.ends = sorted(b for _, b in self.spans)

    def overlaps(self, start: int, end: int) -> bool:
        """Some span shares a character with [start, end) (an empty range asks about the character at start)."""
        k = bisect_left(self.starts, max(end, start + 1))  # spans that begin before `end`
        return k > 0 and self.reach[k - 1] > start

    def holds(self, at: int) -> bool:
        """Some span covers the character at `at`."""
        return self.overlaps(at, at + 1)

    def holding(self, at: int) -> list:
        """What covers the character at `at` (the spans, or their items), in order of start."""
        return self.within(at, at + 1)

    def within(self, start: int, end: int) -> list:
        """What overlaps [start, end) (the spans, or their items), in order of start. Walks back only while a
        span could still reach `start`."""
        k = bisect_left(self.starts, max(end, start + 1))
        found = []
        while k > 0 and self.reach[k - 1] > start:
            k -= 1
            if self.spans[k][1] > start:
                found.append(self.items[k])
        return found[::-1]


class TakenSpans:
    """Spans claimed one by one, none overlapping another: the first claim on a stretch of text wins."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.spans, (end,))  # spans that begin before `end` (ties at `end` do not overlap)
        return k > 0 and self.spans[k - 1][1] > start

    def add(self, start: int, end: int) -> None:
        insort(self.spans, (start, end))

    def __iter__(self):
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)
