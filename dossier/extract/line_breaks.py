"""Sentence boundaries at line breaks: where a paragraph is cut before the parser reads it.

Saved pages put a headline, a byline, a list item or a caption on a line of its own with no full stop, and the
parser glues it to the next line ('... with 80% votes: Official Election officials said ...'). A line ends a sentence
when it ends like one, when the next line opens a list item or a quotation, or, in text that is not hard-wrapped, when
the next line starts with a capital and the line does not stop mid-phrase. Hard-wrapped prose (lines of about one
width) breaks lines inside sentences, so there only the first two apply.
"""

from __future__ import annotations

from dossier.lexicon import en

LINE_END_MARKS = tuple(".!?:;\"”’»)…")
LINE_START_MARKS = tuple("-–—•*▪●◦“\"«‘'")
WRAPPED_SHARE = 0.7  # lines of nearly the longest line's length that make a paragraph hard-wrapped
WRAPPED_SLACK = 0.2


def is_hard_wrapped(text: str) -> bool:
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    if len(lines) < 3:
        return False
    longest = max(len(line) for line in lines)
    near = sum(len(line) >= (1 - WRAPPED_SLACK) * longest for line in lines[:-1])
    return longest >= 40 and near >= WRAPPED_SHARE * (len(lines) - 1)


def line_ends_sentence(line: str, next_line: str, wrapped: bool) -> bool:
    line, next_line = line.rstrip(), next_line.lstrip()
    if not line or not next_line:
        return False
    if line.endswith(LINE_END_MARKS) or next_line.startswith(LINE_START_MARKS):
        return True
    if wrapped:
        return False
    last_word = line.split()[-1].lower()
    return (next_line[0].isupper() or next_line[0].isdigit()) and not line.endswith((",", "-")) \
        and last_word not in en.OPEN_ENDINGS


def line_pieces(paragraph: str) -> list[tuple[int, str]]:
    """(offset, piece): the paragraph cut after each line that ends a sentence, so that the parser reads a headline,
    a byline or a list item as a sentence of its own. The pieces hold every character of the paragraph."""
    if "\n" not in paragraph:
        return [(0, paragraph)]
    wrapped = is_hard_wrapped(paragraph)
    lines = paragraph.split("\n")
    pieces: list[tuple[int, str]] = []
    start = position = 0
    for n, line in enumerate(lines[:-1]):
        position += len(line) + 1
        if line_ends_sentence(line, lines[n + 1], wrapped):
            pieces.append((start, paragraph[start:position]))
            start = position
    pieces.append((start, paragraph[start:]))
    return [(offset, piece) for offset, piece in pieces if piece.strip()]
