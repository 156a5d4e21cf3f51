"""Who speaks a quotation: the reporting verb beside it, a label before a colon, the statement it stands inside, the
verb that names something with it, or the person its paragraph is about. Each is a named rule; a quote none of them
gives a speaker to is left for the speaker before it to continue (`attributions.py`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Token

from dossier.extract.spans import SpanIndex
from dossier.extract.speech import phrases
from dossier.extract.speech.quotes import QuoteSpan
from dossier.extract.speech.statements import (
    SHORT_QUOTE_WORDS,
    Found,
    cue_tokens,
    make_found,
    phrase_head,
    span_of,
    subject_of,
    subtree,
)
from dossier.extract.tokens import TokenFinder
from dossier.lexicon import en
from dossier.lexicon.en import PERSON_PRONOUNS, QUOTE_VERBS

MAX_LABEL_WORDS = 14


def quote_cue(quote: QuoteSpan, finder: TokenFinder, text: str = "",
              quotes: SpanIndex[QuoteSpan] = SpanIndex(())) -> tuple[Token, int] | None:
    """The reporting verb outside the quote, in the sentences it touches (or a short one right after it). A verb
    right after an earlier quote is that quote's ('“A,” said X. “B”'), not this one's."""
    ends = quotes.ends
    for offset, doc in finder.paragraphs(quote.start, quote.end):
        sents = [s for s in doc.sents if offset + s.start_char < quote.end and offset + s.end_char > quote.start]
        following = [s for s in doc.sents if offset + s.start_char >= quote.end][:1]
        if following and len(following[0]) <= 8:
            sents += following
        best = None
        for sent in sents:
            for token in sent:
                at = offset + token.idx
                inside = quote.start <= at < quote.end
                if inside or token.lemma_ not in QUOTE_VERBS or token.pos_ not in ("VERB", "AUX"):
                    continue
                earlier = ends[bisect_right(ends, at) - 1] if ends and ends[0] <= at else None
                if at < quote.start and earlier is not None and not re.search(r"\w", text[earlier:at]):
                    continue
                if _speaker_of(token, quote, offset) is None:
                    continue
                distance = quote.start - at if at < quote.start else at - quote.end
                if best is None or distance < best[0]:
                    best = (distance, token, offset)
        if best is not None:
            return best[1], best[2]
    return None


def _speaker_of(verb: Token, quote: QuoteSpan, offset: int) -> list[Token] | None:
    """The verb's subject when the parse gives one outside the quote, else the noun phrase beside the verb on the
    token sequence ('“...,” the president's spokeswoman, Natalya Eismont, said')."""
    subject = subject_of(verb)
    if subject is not None and not quote.start <= offset + subject.idx < quote.end:
        return subtree(subject)
    sent = [t for t in verb.sent]
    between = phrases.strip_edges([t for t in sent if quote.end <= offset + t.idx and t.i < verb.i])
    if between and phrases.is_noun_phrase(between):
        return between
    after = phrases.source_after(verb)
    if after is not None and offset + verb.idx >= quote.end:
        return after
    return None


def speaker_by_verb(verb: Token, offset: int, quote: QuoteSpan) -> Found:
    """Rule `quote_verb`: the quote with the reporting verb beside it and that verb's speaker."""
    speaker = _speaker_of(verb, quote, offset) or []
    head = subject_of(verb)
    if head is None or quote.start <= offset + head.idx < quote.end:
        head = phrase_head(speaker) if speaker else None
    found = make_found(speaker or None, head, cue_tokens(verb), [verb], verb, offset, rule="quote_verb")
    assert found is not None  # the verb itself is the placeholder content
    sentence = (min(quote.start, found.sentence_span[0]), max(quote.end, found.sentence_span[1]))
    return replace(found, content=(quote.inner_start, quote.inner_end), direct=True, sentence_span=sentence)


def speaker_by_label(text: str, quote: QuoteSpan, finder: TokenFinder) -> Found | None:
    """Rule `colon_label`: 'Tatsiana Khomich, sister of Maria Kalesnikava: “Maria tore up her passport”': the words
    before a colon on the quote's own line name its speaker."""
    line_start = text.rfind("\n", max(0, quote.start - 300), quote.start) + 1
    line_start = line_start or max(0, quote.start - 300)
    label = text[line_start:quote.start]
    match = re.match(r"^\s*(.+?)\s*:\s*$", label)
    if match is None or len(match.group(1).split()) > MAX_LABEL_WORDS or re.search(r"[.!?]\s", match.group(1)):
        return None
    start = line_start + match.start(1)
    end = line_start + match.end(1)
    for offset, doc in finder.paragraphs(start, end):
        tokens = [t for t in doc if start <= offset + t.idx < end]
        if not tokens:
            continue
        verb = next((t for t in tokens if t.lemma_ in en.COLON_VERBS and t.pos_ == "VERB"), None)
        speaker = phrases.strip_edges(tokens if verb is None else [t for t in tokens if t.i < verb.i])
        if not speaker or not phrases.is_noun_phrase(speaker):
            return None
        head = phrase_head(speaker)
        return Found(span_of(speaker, offset), head, offset + head.idx if head is not None else None,
                     span_of([verb], offset) if verb is not None else None, (quote.inner_start, quote.inner_end),
                     True, (start, quote.end), rule="colon_label")
    return None


def speaker_by_naming(quote: QuoteSpan, finder: TokenFinder) -> Found | None:
    """Rule `naming_verb`: 'Lukashenko called the protesters “sheep”': the one who calls something by the quoted name
    says it."""
    for offset, doc in finder.paragraphs(quote.start):
        before = [t for t in doc if offset + t.idx < quote.start]
        sentence_start = before[-1].sent.start if before else 0
        for token in reversed(before[-10:]):
            if token.i < sentence_start:
                return None
            if token.lemma_ in en.NAMING_VERBS and token.pos_ == "VERB":
                subject = subject_of(token)
                if subject is None or token.tag_ == "VBN" and subject.dep_ == "nsubjpass":
                    return None
                found = make_found(subtree(subject), subject, [token], [token], token, offset, rule="naming_verb")
                return replace(found, content=(quote.inner_start, quote.inner_end), direct=True) if found else None
        return None
    return None


def speaker_by_paragraph(quote: QuoteSpan, finder: TokenFinder,
                         quotes: SpanIndex[QuoteSpan] = SpanIndex(())) -> Found | None:
    """Rule `paragraph_person`: the person the paragraph is about: the nearest earlier sentence of the quote's
    paragraph whose subject is a named person or a personal pronoun. A quote set down after 'She previously avoided
    ...' is hers."""
    for offset, doc in finder.paragraphs(quote.start):
        earlier = [s for s in doc.sents if offset + s.end_char <= quote.start]
        for sent in reversed(earlier):
            subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")
                            and (t.lower_ in PERSON_PRONOUNS or t.ent_type_ == "PERSON")
                            and not quotes.holds(offset + t.idx)), None)
            if subject is not None:
                found = make_found(subtree(subject), subject, None, [subject], subject, offset,
                                   rule="paragraph_person")
                return replace(found, content=(quote.inner_start, quote.inner_end), direct=True,
                               sentence_span=(quote.start, quote.end)) if found else None
        return None
    return None


def speaker_officially(text: str, quote: QuoteSpan, finder: TokenFinder) -> Found | None:
    """Rule `official_line`: 'Moscow moved troops in, officially for “training”': the official line is the sentence
    subject's."""
    if "officially" not in text[max(0, quote.start - 30):quote.start].lower():
        return None
    for offset, doc in finder.paragraphs(quote.start):
        for sent in doc.sents:
            if offset + sent.start_char <= quote.start < offset + sent.end_char:
                subject = subject_of(sent.root)
                marker = next((t for t in sent if t.lower_ == "officially"), None)
                if subject is None or marker is None:
                    return None
                cue = [t for t in sent if marker.i <= t.i and offset + t.idx < quote.start and not t.is_punct]
                found = make_found(subtree(subject), subject, cue, [marker], sent.root, offset, rule="official_line")
                return replace(found, content=(quote.inner_start, quote.inner_end), direct=True) if found else None
    return None


def speaker_by_clause(quote: QuoteSpan, finder: TokenFinder) -> Found | None:
    """Rule `clause_subject`: a quoted term inside a clause whose source the text does not name ('the police
    reportedly sent 15 titles to an expert to determine whether they contained “extremist materials”'): the term is
    the clause's subject's."""
    for offset, doc in finder.paragraphs(quote.inner_start):
        token = next((t for t in doc if offset + t.idx >= quote.inner_start), None)
        for _ in range(10):
            if token is None or token.head.i == token.i:
                return None
            token = token.head
            if token.pos_ in ("VERB", "AUX"):
                subject = subject_of(token)
                if subject is not None and not quote.start <= offset + subject.idx < quote.end and \
                        subject.lower_ not in en.RELATIVE_PRONOUNS | en.PRONOUNS:
                    found = make_found(subtree(subject), subject, None, [subject], token, offset,
                                       rule="clause_subject")
                    return replace(found, content=(quote.inner_start, quote.inner_end), direct=True) if found else None
    return None


def speech_shaped(text: str, quote: QuoteSpan, has_cue: bool) -> bool:
    """Words someone said, however few: a quote that ends a sentence or clause inside its marks with a reporting verb
    beside it ('“We will not leave,” he said'), or a headline quote before a colon ('“I keep my keys”: a nurse').
    Punctuation alone proves nothing: American style puts the comma inside a scare quote too."""
    inner = text[quote.inner_start:quote.inner_end].strip()
    if has_cue and inner.endswith((".", ",", "!", "?", "…")):
        return True
    # A sentence of its own: capitalised, closed by its own stop, standing after another sentence ('“We will respond.”').
    before = text[:quote.start].rstrip()
    if inner[:1].isupper() and inner.endswith((".", "!", "?")) and (not before or before.endswith(
            (".", "!", "?", "”", '"', "\n", ":"))):
        return True
    starts_paragraph = quote.start == 0 or text[:quote.start].endswith("\n")
    return starts_paragraph and text[quote.end:quote.end + 1] == ":"


def is_short(text: str, quote: QuoteSpan, has_cue: bool) -> bool:
    return quote.words(text) <= SHORT_QUOTE_WORDS and not speech_shaped(text, quote, has_cue)
