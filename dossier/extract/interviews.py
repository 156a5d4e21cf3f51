"""Interviews in question-and-answer form: who answers, and which paragraphs are answers.

In a Q&A the answers are the interviewee's words, set down without quotation marks, and a quotation with no speaker
(a headline quote, say) is the interviewee's too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dossier.model import Mention

MIN_QUESTIONS = 2
MAX_QUESTION_WORDS = 40


@dataclass(frozen=True)
class Interview:
    interviewee: Mention
    answers: tuple[tuple[int, int], ...]  # paragraph spans in the clean text


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S(?:.*?\S)?(?=\n[ \t]*\n|\s*$)", text, flags=re.S)]


def is_question(paragraph: str) -> bool:
    return paragraph.rstrip().endswith("?") and len(paragraph.split()) <= MAX_QUESTION_WORDS and "\n" not in paragraph


def find_interview(text: str, mentions: Sequence[Mention], authors: Sequence[str] = ()) -> Interview | None:
    """A Q&A when at least two paragraphs are questions standing alone; None for any other report."""
    spans = paragraphs(text)
    flags = [is_question(text[a:b]) for a, b in spans]
    if sum(flags) < MIN_QUESTIONS:
        return None
    first_question = spans[flags.index(True)][0]
    not_authors = {a.lower() for a in authors}
    # The interviewee is introduced before the first question (title or standfirst), by a full name.
    named = [m for m in mentions if m.label == "PERSON" and m.end <= first_question and len(m.text.split()) >= 2
             and m.text.lower() not in not_authors]
    if not named:
        return None
    answers = []
    in_answer = False
    for (a, b), question in zip(spans, flags):
        if question:
            in_answer = True
        elif in_answer:
            answers.append((a, b))
    return Interview(named[0], tuple(answers))
