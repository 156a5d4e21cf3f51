"""A synthetic corpus for benchmarks: many varied reports composed from the sample reports' sentences.

Each report takes sentences from several samples, with counts and days altered, so that every report is a distinct
document while reading like this field's prose. The sentence pool is small (about a hundred sentences), so reports
do share sentences and some pairs overlap enough to be linked as copies: the corpus measures cost, not copy
detection. Deterministic for a given seed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from dossier.model import ReadFailure
from dossier.read import find_sources, read_source
from dossier.read.clean import clean_report

OUTLETS = ("Baltic Wire Service", "Eastern Ledger", "Northern Courier", "Vistula Policy Centre", "Minsk Exile Review")


def sentence_pool(paths: Sequence[str]) -> list[str]:
    pool = []
    for source in find_sources(paths):
        if isinstance(source, ReadFailure):
            continue
        for raw in read_source(source):
            if isinstance(raw, ReadFailure):
                continue
            document = clean_report(raw)
            if document.is_english:
                body = document.text.split("\n\n", 1)[-1]
                pool += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", body) if len(s.split()) >= 6]
    return pool


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def _vary(sentence: str, rng: random.Random) -> str:
    """Other days and counts, so that no two reports are copies; years stay what they are."""
    sentence = re.sub(rf"\b([1-9]|[12]\d|3[01])\s({_MONTHS})\b", lambda m: f"{rng.randint(1, 28)} {m.group(2)}", sentence)

    def count(m: re.Match) -> str:
        digits = m.group(1).replace(",", "")
        if len(digits) == 4 and digits[:2] in ("18", "19", "20"):
            return m.group(0)
        return f"{rng.randint(2, 90) * 10 ** max(len(digits) - 1, 0):,}"

    return re.sub(r"\b(\d{1,3}(?:,\d{3})+|\d+)\b(?=\s+[a-z])", count, sentence)


def synthetic_reports(pool: Sequence[str], count: int, seed: int = 7, sentences: int = 6) -> Iterator[tuple[str, str]]:
    """(file name, text) for `count` reports of `sentences` sentences each, with a header block and a title."""
    rng = random.Random(seed)
    for n in range(count):
        chosen = [_vary(s, rng) for s in rng.sample(pool, min(sentences, len(pool)))]
        title = " ".join(chosen[0].split()[:9]).rstrip(",.;:") + f" ({n + 1})"
        day = f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        header = f"DATE: {day}\nOUTLET: {rng.choice(OUTLETS)}\n\n"
        paragraphs = ["\n\n".join(chosen[i:i + 2]) for i in range(0, len(chosen), 2)]
        yield f"report-{n:07d}.txt", header + title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def long_report(pool: Sequence[str], size: int, seed: int = 7) -> str:
    """One report of about `size` characters: a title, then paragraphs of three to six varied sentences."""
    rng = random.Random(seed)
    parts, length = ["DATE: 2022-03-01\nOUTLET: Long Reads\n\nA long report on the situation\n\n"], 0
    while length < size:
        paragraph = " ".join(_vary(rng.choice(pool), rng) for _ in range(rng.randint(3, 6))) + "\n\n"
        parts.append(paragraph)
        length += len(paragraph)
    return "".join(parts)


def write_corpus(pool: Sequence[str], count: int, folder: Path, seed: int = 7) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in synthetic_reports(pool, count, seed):
        (folder / name).write_text(text, encoding="utf-8")
    return count
