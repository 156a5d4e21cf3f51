"""Who said what: quotes and reported statements with source, cue, content, relay and hedge.

Reported statements come from the parse and the token sequence (`statements.py`, `relays.py`), accusations from
`charges.py`, quotes from their marks (`quotes.py`) with their speakers (`quote_speakers.py`). Sources are then
resolved through the report's memory of who is who (`speakers.py`) and hedges attached (`hedging.py`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from dossier.extract.spans import SpanIndex
from dossier.extract.speech import quote_speakers
from dossier.extract.speech.charges import accusations
from dossier.extract.speech.headlines import headline_tag
from dossier.extract.speech.hedging import disputed
from dossier.extract.speech.interviews import Interview, find_interview
from dossier.extract.speech.quotes import QuoteSpan, find_quotes
from dossier.extract.speech.relays import anaphoric_relays, apply_relays
from dossier.extract.speech.rules import MAX_SENTENCE_TOKENS, reported_statements
from dossier.extract.speech.sourcing import Sourcing
from dossier.extract.speech.speakers import SpeakerMemory
from dossier.extract.speech.statements import Found
from dossier.extract.tokens import TokenFinder
from dossier.model import Attribution, Mention

# A statement whose content is a quote with no more than this many words outside the marks is reported once, as the
# quote ('she said “...”'); with more, the statement and the quote inside it are both listed.
MAX_WORDS_OUTSIDE_QUOTE = 2


def extract_attributions(text: str, parsed: Sequence[tuple[int, Doc]], mentions: Sequence[Mention],
                         authors: Sequence[str] = ()) -> list[Attribution]:
    """Every quote and reported statement of one document, in text order, with sources resolved."""
    quotes = find_quotes(text)
    quote_index = SpanIndex(((q.start, q.end) for q in quotes), quotes)
    tokens = TokenFinder(parsed)
    memory = SpeakerMemory(text, parsed, mentions, [(q.start, q.end) for q in quotes], tokens)
    statements = disputed(text, tokens, apply_relays(reported_statements(parsed), anaphoric_relays(parsed)))
    headline = headline_tag(text, parsed)
    if headline is not None and not any(s.content[0] < headline.content[1] for s in statements):
        statements.insert(0, headline)
    charges = accusations(parsed, tokens, statements, quotes)
    candidates: list[tuple[Found, bool]] = [(f, True) for f in charges]
    taken = {f.content for f in charges if f.direct}
    for statement in statements:
        if _inside_a_quote(statement, quote_index):
            continue  # a statement inside someone's quoted words is part of what they said
        quote = _the_quote(text, statement, quote_index)
        if quote is None:
            candidates.append((statement, True))
        elif (quote.inner_start, quote.inner_end) not in taken:
            # 'she said “...”': the construction that found the statement gives the quote its speaker.
            taken.add((quote.inner_start, quote.inner_end))
            candidates.append((replace(statement, content=(quote.inner_start, quote.inner_end), direct=True), True))
    for quote in quotes:
        if (quote.inner_start, quote.inner_end) not in taken:
            found = _quote_speaker(text, quote, tokens, quote_index, candidates)
            if found is not None:
                candidates.append(found)
    interview = find_interview(text, mentions, authors)
    if interview is not None:
        candidates = _interview_answers(text, interview, candidates)
    candidates.sort(key=lambda c: c[0].content[0])
    return Sourcing(text, memory, tokens).run(candidates)


def _inside_a_quote(statement: Found, quotes: SpanIndex[QuoteSpan]) -> bool:
    at = statement.cue[0] if statement.cue else statement.source[0] if statement.source else None
    return at is not None and quotes.holds(at)


def _the_quote(text: str, found: Found, quotes: SpanIndex[QuoteSpan]) -> QuoteSpan | None:
    """The one quote a statement's content is, with hardly a word outside its marks: it is reported once, as the
    quote."""
    a, b = found.content
    outside = text[a:b]
    inside = []
    for q in quotes.within(a, b):
        lo, hi = max(q.start, a), min(q.end, b)
        inside.append(q)
        outside = outside.replace(text[lo:hi], " ")
    if len(inside) != 1 or len(re.findall(r"\w+", outside)) > MAX_WORDS_OUTSIDE_QUOTE:
        return None
    return inside[0]


def _quote_speaker(text: str, quote: QuoteSpan, tokens: TokenFinder, quotes: SpanIndex[QuoteSpan],
                   candidates: list[tuple[Found, bool]]) -> tuple[Found, bool] | None:
    content = (quote.inner_start, quote.inner_end)
    opening = tokens(quote.start)
    if opening is not None and opening.sent.end - opening.sent.start > MAX_SENTENCE_TOKENS:
        # rule `no_sentence`: the parser found no sentence end around the quote; looking for its speaker in a
        # 'sentence' of thousands of words costs that length for each of its quotes, and finds no one.
        return Found(None, None, None, None, content, True, (quote.start, quote.end), rule="unattributed_quote"), False
    cue = quote_speakers.quote_cue(quote, tokens, text, quotes)
    if quote_speakers.is_short(text, quote, cue is not None):
        holder = next((f for f, _ in candidates if not f.direct and f.content[0] <= quote.start
                       and quote.end <= f.content[1] + 1), None)
        if holder is not None and holder.source is None:
            # A term quoted in what unnamed reports say is the term of the clause's subject, hedged alike.
            inner = quote_speakers.speaker_by_clause(quote, tokens)
            if inner is not None:
                return replace(inner, hedge=holder.hedge), True
        if holder is not None:
            return replace(holder, content=content, direct=True, rule="quote_in_statement"), True
        found = quote_speakers.speaker_by_naming(quote, tokens) or quote_speakers.speaker_officially(text, quote, tokens)
        return (found, True) if found is not None else None  # else a scare quote: words set apart, said by no one
    if cue is not None:
        verb, offset = cue
        return quote_speakers.speaker_by_verb(verb, offset, quote), True
    labelled = quote_speakers.speaker_by_label(text, quote, tokens)
    if labelled is not None:
        return labelled, True
    topic = quote_speakers.speaker_by_paragraph(quote, tokens, quotes)
    if topic is not None:
        return topic, False
    return Found(None, None, None, None, content, True, (quote.start, quote.end), rule="unattributed_quote"), False


def _interview_answers(text: str, interview: Interview,
                       candidates: list[tuple[Found, bool]]) -> list[tuple[Found, bool]]:
    """Answers are the interviewee's words; so is any quotation the text gives no speaker."""
    who = interview.interviewee
    answers = SpanIndex(interview.answers)
    speaker = dict(source=(who.start, who.end), source_head=None, head_at=who.start)
    title_end = text.find("\n")

    def answered(f: Found) -> bool:  # in the transcript, or a headline quote
        return f.direct and f.source is None and (f.content[0] >= interview.starts or f.content[0] < title_end)

    def inside_an_answer(f: Found) -> bool:  # what the interviewee reports others said is part of the answer
        return not f.direct and f.cue is not None and answers.holds(f.cue[0])

    out = [(replace(f, **speaker), own) if answered(f) else (f, own) for f, own in candidates if not inside_an_answer(f)]
    taken = sorted(f.content[0] for f, _ in out if f.direct)
    for a, b in interview.answers:
        if bisect_left(taken, a) == bisect_left(taken, b):  # no direct quote begins within the answer
            out.append((Found(None, None, None, None, (a, b), True, (a, b), rule="interview_answer"), False))
            out[-1] = (replace(out[-1][0], **speaker), False)
    return out


