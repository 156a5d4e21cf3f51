"""Quotation spans in clean text: where the quotation marks are, before anyone asks who speaks.

Handles curly, straight and guillemet double quotes, British single quotes (told apart from apostrophes), quotes that
run over several paragraphs (each continued paragraph reopens with a quotation mark and the earlier one is left
open, as style guides prescribe), and a last quote whose closing mark never comes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "'": "'"}
SINGLE = {"‘", "'"}


@dataclass(frozen=True)
class QuoteSpan:
    """`start`/`end` include the marks; `inner_start`/`inner_end` are the words between them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool

    def words(self, text: str) -> int:
        return len(text[self.inner_start:self.inner_end].split())


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _opens_single(text: str, i: int) -> bool:
    """A single mark opens a quote when it follows a space or an opening bracket and a letter follows it."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not _is_word_char(before) and before not in "’'" and (after.isalpha() or after in "“\"")


def _closes_single(text: str, i: int) -> bool:
    """A single mark closes a quote when text precedes it and no letter follows (else it is an apostrophe)."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalpha()


def find_quotes(text: str) -> list[QuoteSpan]:
    """Quotation spans in reading order, innermost marks ignored (a quote inside a quote is part of it)."""
    spans: list[QuoteSpan] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch not in OPENERS or (ch in SINGLE and not _opens_single(text, i)) or (ch == '"' and not _opens_double(text, i)):
            i += 1
            continue
        closer = OPENERS[ch]
        end = _find_close(text, i + 1, ch, closer)
        if end is None:
            # Unclosed: the quote runs to the end of its paragraph; a next paragraph that reopens continues it.
            stop = _paragraph_end(text, i)
            reopened = _reopens(text, stop, ch)
            if reopened is not None:
                end = _find_close(text, reopened + 1, ch, closer)
                if end is not None:
                    spans.append(QuoteSpan(i, end + 1, i + 1, end, True))
                    i = end + 1
                    continue
            spans.append(QuoteSpan(i, stop, i + 1, len(text[:stop].rstrip()), False))
            i = stop
            continue
        spans.append(QuoteSpan(i, end + 1, i + 1, end, True))
        i = end + 1
    spans = [s for s in spans if len(text[s.inner_start:s.inner_end].strip()) >= 3]
    spans += [d for d in dash_quotes(text) if not any(s.start < d.end and d.start < s.end for s in spans)]
    return sorted(spans, key=lambda s: s.start)


# Speech set down as in Russian and Ukrainian print: a line opens with a dash, and a dash after a comma (or !, ?)
# hands over to the writer ("— We will not leave, — Tsikhanouskaya said.").
_DASH_LINE = re.compile(r"(?m)^[ \t]*([—–])[ \t]+(?=\S)")
_DASH_HANDOVER = re.compile(r"[,!?…][ \t]+[—–][ \t]+")


def dash_quotes(text: str) -> list[QuoteSpan]:
    """Lines of speech introduced by a dash: the words up to the dash that hands over to the writer, or to the end
    of the line."""
    out = []
    for match in _DASH_LINE.finditer(text):
        begin = match.end()
        line_end = text.find("\n", begin)
        line_end = len(text) if line_end < 0 else line_end
        handover = _DASH_HANDOVER.search(text, begin, line_end)
        end = handover.start() + 1 if handover else len(text[:line_end].rstrip())
        if len(text[begin:end].split()) >= 2:
            out.append(QuoteSpan(match.start(1), end, begin, end, True))
    return out


def _opens_double(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    return not _is_word_char(before) or before in "([{"


def _find_close(text: str, start: int, opener: str, closer: str) -> int | None:
    """Index of the closing mark within the paragraph (and across paragraphs that reopen with the opener). A mark
    that opens a quote inside the quote (after a space, before a word) opens a nested one, which closes first; a
    "“" after a word and before no letter closes a quote it opened ('“Music for Adults“', as some pages print it)."""
    i = start
    depth = 0
    para_end = _paragraph_end(text, start)
    while i < len(text):
        if i >= para_end:
            return None
        ch = text[i]
        if _opens_nested(text, i, opener, closer):
            depth += 1
        elif ch == closer and (closer not in SINGLE and closer != "’" or _closes_single(text, i)) \
                or ch == opener == "“" and _closes_like_closer(text, i):
            if closer == '"' and opener == '"' and i + 1 < len(text) and _is_word_char(text[i + 1]):
                i += 1
                continue
            if depth == 0:
                return i
            depth -= 1
        i += 1
    return None


def _opens_nested(text: str, i: int, opener: str, closer: str) -> bool:
    """The quote's own opening mark again, after a space and before a word: a quote inside the quote."""
    if text[i] != opener or opener in SINGLE:
        return False
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{") and (after.isalnum() or after in "‘'")


def _closes_like_closer(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _paragraph_end(text: str, i: int) -> int:
    match = re.compile(r"\n[ \t]*\n").search(text, i)
    return match.start() if match else len(text.rstrip())


def _reopens(text: str, para_end: int, opener: str) -> int | None:
    """The index of the opener that starts the next paragraph, if it does."""
    match = re.compile(r"\n[ \t]*\n[ \t]*").match(text, para_end)
    if match and match.end() < len(text) and text[match.end()] == opener:
        return match.end()
    return None
