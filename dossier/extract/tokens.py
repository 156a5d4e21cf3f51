"""Finding the token at a character offset of a report parsed paragraph by paragraph, without walking every token."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc


def paragraph_end(offset: int, doc: Doc) -> int:
    """Where a parsed paragraph ends in the report, without rebuilding its text (`len(doc.text)` joins every token)."""
    return offset + doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else offset


class TokenFinder:
    """The token at a character offset of the report, by binary search over the parsed paragraphs."""

    def __init__(self, parsed: Sequence[tuple[int, Doc]]) -> None:
        self.parsed = list(parsed)
        self.offsets = [offset for offset, _ in self.parsed]
        self.ends = [paragraph_end(offset, doc) for offset, doc in self.parsed]
        self.starts: dict[int, list[int]] = {}
        self.offsets_by_doc = {id(doc): offset for offset, doc in self.parsed}

    def __call__(self, start: int):
        at = bisect_right(self.offsets, start) - 1
        if at < 0:
            return None
        offset, doc = self.parsed[at]
        if start >= self.ends[at]:
            return None
        i = bisect_left(self._starts(at), start - offset)
        return doc[i] if i < len(doc) else None

    def paragraphs(self, start: int, end: int | None = None) -> list[tuple[int, Doc]]:
        """The parsed paragraphs that hold [start, end) (just the one that holds `start` without `end`)."""
        first = bisect_right(self.offsets, start) - 1
        last = bisect_right(self.offsets, max(start, (end or start + 1) - 1)) - 1
        return [self.parsed[i] for i in range(max(first, 0), last + 1)
                if i >= 0 and self.offsets[i] <= (end or start + 1) and start <= self.ends[i]]

    def before(self, start: int, count: int) -> list[tuple[int, Doc]]:
        """The `count` parsed paragraphs that start at or before `start`, last one last."""
        at = bisect_right(self.offsets, start)
        return self.parsed[max(0, at - count):at]

    def exactly_at(self, start: int):
        """The token that begins exactly at `start`, or None."""
        token = self(start)
        return token if token is not None and self.offset_of(token) + token.idx == start else None

    def last_in(self, start: int, end: int):
        """The last token that begins within [start, end)."""
        at = bisect_right(self.offsets, end - 1) - 1
        if at < 0:
            return None
        offset, doc = self.parsed[at]
        i = bisect_left(self._starts(at), end - offset) - 1
        if i < 0 or offset + self._starts(at)[i] < start:
            return None
        return doc[i]

    def _starts(self, at: int) -> list[int]:
        if at not in self.starts:  # from the token array, without making a Token object per token
            self.starts[at] = self.parsed[at][1].to_array("IDX").tolist()
        return self.starts[at]

    def offset_of(self, token) -> int:
        """The character offset of the paragraph that holds the token."""
        return self.offsets_by_doc[id(token.doc)]
