"""Sentences and named-entity mentions with character spans into the clean text."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from dossier.extract.line_breaks import line_pieces
from dossier.model import Findings, Mention, Sentence

# Named things; numbers and dates are the business of the quantity and time extractors.
NAMED_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})
# The longest piece the parser gets at once, and the longest run of characters without a space in it: work that looks
# around inside a paragraph stays bounded, and the tokenizer, which strips punctuation off a run one mark at a time,
# never meets a hostile run of 50,000 brackets whole. Prose paragraphs are far shorter than either.
CHUNK_CHARS = 10_000
DEFAULT_BATCH = 256  # pieces per parser batch (spaCy's own default)
BATCH_CHARS = 50_000  # characters per parser batch
MAX_RUN = 500
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN},}}")
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)\]]*(?=\s)")

_LEADING = re.compile(r"^(the|The|a|an)\s+")
_TRAILING = re.compile(r"(['’]s|['’])$")


def trim_mention(text: str, start: int, end: int) -> tuple[str, int, int]:
    """'the Soviet Union' -> 'Soviet Union', 'Lukashenka’s' -> 'Lukashenka': the name, not its grammar."""
    lead = _LEADING.match(text)
    if lead and len(text) > lead.end():
        start, text = start + lead.end(), text[lead.end():]
    trail = _TRAILING.search(text)
    if trail and trail.start() > 0:
        end, text = end - len(trail.group()), text[: trail.start()]
    return text, start, end


def chunks(text: str, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, paragraph): sentences never cross a paragraph break (a title is never glued to the lede) nor a line
    break that ends a sentence (a headline, a list item); a very long paragraph is cut at line breaks, or at `limit`,
    so the parser never gets a whole huge report at once."""
    for match in re.finditer(r"\S(?:.*?\S)?(?=\n[ \t]*\n|\s*$)", text, flags=re.S):
        for at, piece in line_pieces(match.group()):
            yield from _within_limit(match.start() + at, piece, limit)


def _within_limit(start: int, piece: str, limit: int) -> Iterator[tuple[int, str]]:
    """A piece over `limit` cut at its last line break, else its last sentence end, else its last space in the
    second half of the window; a run of MAX_RUN characters or more with no space is cut off and taken in bites."""
    pos, size = 0, len(piece)
    while pos < size:
        end = min(size, pos + limit)
        run = _LONG_RUN.search(piece, pos, end)
        if run is not None:
            cut = run.start() if run.start() > pos else min(size, pos + MAX_RUN)
        else:
            cut = end if end == size else _soft_cut(piece, pos, end)
        if piece[pos:cut].strip():
            yield start + pos, piece[pos:cut]
        pos = cut
        while pos < size and piece[pos].isspace():
            pos += 1


def _soft_cut(piece: str, pos: int, end: int) -> int:
    line = piece.rfind("\n", pos, end)
    if line > pos:
        return line + 1
    half = pos + (end - pos) // 2
    sentence = None
    for sentence in _SENTENCE_END.finditer(piece, half, end):
        pass
    if sentence is not None:
        return sentence.end()
    space = piece.rfind(" ", half, end)
    return space + 1 if space > pos else end


Key = TypeVar("Key")
Parsed = list[tuple[int, Doc]]


def parse(text: str, nlp: Language) -> Parsed:
    """(offset, Doc) for each paragraph of one text: `parse_many` of one."""
    return next(parse_many([(None, text)], lambda: nlp))[1]


def parse_many(items: Iterable[tuple[Key, str]], nlp: Callable[[], Language],
               batch_size: int | None = None) -> Iterator[tuple[Key, Parsed]]:
    """(key, text) -> (key, its paragraphs parsed), in the order given, with the paragraphs of many texts in each of
    the parser's batches: a report is a handful of paragraphs, and batches that small leave spaCy well below the
    speed it reaches on a stream. Texts are read lazily, so memory holds about one batch, not the corpus; `nlp` is
    called only if some text has words, so that a run over nothing new loads no model."""
    pending: deque[tuple[Key, int, Parsed]] = deque()  # texts fed to the parser and not yet handed back

    def pieces() -> Iterator[tuple[str, tuple[Parsed, int]]]:
        for key, text in items:
            paragraphs = list(chunks(text))
            parsed: Parsed = []
            pending.append((key, len(paragraphs), parsed))
            for offset, paragraph in paragraphs:
                yield paragraph, (parsed, offset)

    def finished() -> Iterator[tuple[Key, Parsed]]:
        while pending and len(pending[0][2]) == pending[0][1]:
            key, _, parsed = pending.popleft()
            yield key, parsed

    language = None
    for group in _batches(pieces(), batch_size or DEFAULT_BATCH, BATCH_CHARS):
        language = language or nlp()
        for doc, (parsed, offset) in language.pipe(group, as_tuples=True, batch_size=len(group)):
            parsed.append((offset, doc))
            yield from finished()
    yield from finished()


def _batches(stream: Iterator[tuple[str, object]], most: int, chars: int) -> Iterator[list[tuple[str, object]]]:
    """The parser's batches, each at most `most` pieces and about `chars` characters: the parser's working memory
    follows the characters in a batch, so a batch of long pieces (a report written as one line) is held to the
    size of a batch of ordinary paragraphs."""
    group: list[tuple[str, object]] = []
    size = 0
    for piece in stream:
        group.append(piece)
        size += len(piece[0])
        if len(group) >= most or size >= chars:
            yield group
            group, size = [], 0
    if group:
        yield group


def findings_from_docs(doc_id: str, parsed: Iterable[tuple[int, Doc]]) -> Findings:
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    for offset, sdoc in parsed:
        first = len(sentences)
        paragraph = sdoc.text
        starts: list[int] = []  # token where each sentence starts, and the index it is stored under (None: blank)
        stored: list[int | None] = []
        for sent in sdoc.sents:
            starts.append(sent.start)
            if not paragraph[sent.start_char:sent.end_char].strip():
                stored.append(None)
                continue
            stored.append(len(sentences))
            sentences.append(Sentence(len(sentences), offset + sent.start_char, offset + sent.end_char))
        for ent in sdoc.ents:
            if ent.label_ not in NAMED_LABELS:
                continue
            text, start, end = trim_mention(paragraph[ent.start_char:ent.end_char], offset + ent.start_char,
                                            offset + ent.end_char)
            at = bisect_right(starts, ent.start) - 1
            sentence = stored[at] if at >= 0 and stored[at] is not None else first
            mentions.append(Mention(start, end, text, ent.label_, sentence))
    return Findings(doc_id, tuple(sentences), tuple(mentions))
