"""Interviews in question-and-answer form: who answers, and which paragraphs are answers.

In a Q&A the answers are the interviewee's words, set down without quotation marks, and a quotation with no speaker
(a headline quote, say) is the interviewee's too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dossier.lexicon import en
from dossier.model import Mention

MIN_QUESTIONS = 2
MAX_QUESTION_WORDS = 40


@dataclass(frozen=True)
class Interview:
    interviewee: Mention
    answers: tuple[tuple[int, int], ...]  # paragraph spans in the clean text
    starts: int = 0  # where the questions begin: quotes after it (and in the title) with no speaker are the answers'


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S(?:.*?\S)?(?=\n[ \t]*\n|\s*$)", text, flags=re.S)]


def is_question(paragraph: str) -> bool:
    return paragraph.rstrip().endswith("?") and len(paragraph.split()) <= MAX_QUESTION_WORDS and "\n" not in paragraph


# A speaker's label before a paragraph of a transcript: 'Tatsiana Khomich (TK): ...', 'TK: ...', 'Q: ...'.
_LABEL = re.compile(r"(?P<name>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}?)[ \t]*(?:\((?P<abbr>[A-Z]{1,4})\))?[ \t]*:[ \t]+(?=\S)")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def labelled_paragraphs(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, int, int, int] | None]:
    """(speaker, label start, label end, words start) for each paragraph that opens with a speaker's label; an
    abbreviation ('TK') is read as the name it was given for ('Tatsiana Khomich (TK)')."""
    full: dict[str, str] = {}
    out: list[tuple[str, int, int, int] | None] = []
    for a, b in spans:
        match = _LABEL.match(text, a, b)
        if match is None or len(match.group("name")) > 60 or match.group("name").lower() in en.NOT_SPEAKER_LABELS:
            out.append(None)
            continue
        name, abbr = match.group("name"), match.group("abbr")
        if abbr:
            full[abbr] = name
        elif name in full:
            name = full[name]
        out.append((name, match.start("name"), match.end("name"), match.end()))
    return out


def find_labelled_interview(text: str, mentions: Sequence[Mention]) -> Interview | None:
    """Rule `labelled_transcript`: paragraphs opened by speakers' labels, one of whom asks the questions: the other's
    paragraphs, and those that follow them unlabelled, are answers."""
    spans = paragraphs(text)
    labels = labelled_paragraphs(text, spans)
    speakers = {label[0] for label in labels if label is not None}
    if len(speakers) < 2 and not speakers & {"Q", "A"}:
        return None
    asks: dict[str, int] = {}
    for label, (a, b) in zip(labels, spans):
        if label is not None:
            asks[label[0]] = asks.get(label[0], 0) + text[a:b].rstrip().endswith("?")
    order = [label[0] for label in labels if label is not None]
    interviewer = max(asks, key=lambda s: (asks[s], s.lower() in en.QUESTION_LABELS, -order.index(s)))
    if not asks[interviewer] and interviewer.lower() not in en.QUESTION_LABELS:
        return None
    others = [s for s in speakers if s != interviewer]
    if not others:
        return None
    interviewee = max(others, key=lambda s: (order.count(s), -order.index(s)))
    who = None
    if interviewee.lower() in en.ANSWER_LABELS:
        first = next(a for label, (a, _) in zip(labels, spans) if label is not None)
        named = [m for m in mentions if m.label == "PERSON" and m.end <= first and len(m.text.split()) >= 2]
        who = named[0] if named else None
    else:
        label = next(label for label in labels if label is not None and label[0] == interviewee)
        who = Mention(label[1], label[2], text[label[1]:label[2]], "PERSON", 0)
        if _initials(interviewee) == who.text:  # only the abbreviation is printed: name the person by the full label
            who = next((m for m in mentions if m.text == interviewee), who)
    if who is None:
        return None
    answers = []
    current = None
    for label, (a, b) in zip(labels, spans):
        if label is not None:
            current = label[0]
            if current == interviewee:
                answers.append((label[3], b))
        elif current == interviewee:
            answers.append((a, b))
    first = next(label[1] for label in labels if label is not None)
    return Interview(who, tuple(answers), first) if answers else None


def find_interview(text: str, mentions: Sequence[Mention], authors: Sequence[str] = ()) -> Interview | None:
    """A Q&A: a transcript with speakers' labels, or at least two paragraphs that are questions standing alone;
    None for any other report."""
    labelled = find_labelled_interview(text, mentions)
    if labelled is not None:
        return labelled
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
    return Interview(named[0], tuple(answers), first_question)
