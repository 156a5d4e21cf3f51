"""Who said what: quotes and reported statements with source, cue, content and hedge.

Reported statements come from the parse (`statements.py`); quotes are found by their marks (`quotes.py`) and given
the speaker of the reporting verb beside them, else the speaker before them, the person the paragraph is about, or
an interview's interviewee. Sources are then resolved to actors, and hedges attached.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from dossier.extract.hedging import UNNAMED_SOURCE_NOUNS, hedge_cue, is_caveat
from dossier.extract.interviews import Interview, find_interview
from dossier.extract.quotes import QuoteSpan, find_quotes
from dossier.extract.statements import (
    PERSON_PRONOUNS,
    PRONOUNS,
    QUOTE_VERBS,
    SHORT_QUOTE_WORDS,
    Found,
    cue_tokens,
    make_found,
    reported_statements,
    subject_of,
    subtree,
)
from dossier.extract.tokens import paragraph_end
from dossier.model import Attribution, Mention


# Verbs whose clausal complement is what the subject said, thought or claimed.
def _quote_cue(quote: QuoteSpan, parsed: Sequence[tuple[int, Doc]]) -> tuple[Token, int] | None:
    """The reporting verb outside the quote, in the sentences it touches (or a short one right after it)."""
    for offset, doc in parsed:
        end = paragraph_end(offset, doc)
        if not (offset <= quote.start < end + 1 or offset < quote.end <= end):
            continue
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
                if subject_of(token) is None:
                    continue
                distance = quote.start - at if at < quote.start else at - quote.end
                if best is None or distance < best[0]:
                    best = (distance, token, offset)
        if best is not None:
            return best[1], best[2]
    return None


def _paragraph_person(quote: QuoteSpan, parsed: Sequence[tuple[int, Doc]]) -> Found | None:
    """The person the paragraph is about: the nearest earlier sentence of the quote's paragraph whose subject is a
    named person or a personal pronoun. A quote set down after 'She previously avoided ...' is hers."""
    for offset, doc in parsed:
        if not offset <= quote.start < paragraph_end(offset, doc):
            continue
        earlier = [s for s in doc.sents if offset + s.end_char <= quote.start]
        for sent in reversed(earlier):
            subject = subject_of(sent.root)
            if subject is not None and (subject.lower_ in PERSON_PRONOUNS or subject.ent_type_ == "PERSON"):
                return make_found(subtree(subject), subject, None, [subject], sent.root, offset)
        return None
    return None


_BLOCK_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]*(?:[•▪●◦‣-]|\*|\d+[.)])\s")


def _paragraph_index(text: str, position: int) -> int:
    """Blocks end at blank lines and at list items: each bullet is a paragraph of its own."""
    return len(_BLOCK_BREAK.findall(text, 0, position))


def _is_quote_only(text: str, quote: QuoteSpan) -> bool:
    """The quote is its paragraph (nothing outside the marks but punctuation)."""
    start = text.rfind("\n\n", 0, quote.start)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", quote.end)
    end = len(text) if end < 0 else end
    outside = text[start:quote.start] + text[quote.end:end]
    return not any(ch.isalnum() for ch in outside)


@dataclass(frozen=True)
class _Resolver:
    """Turns a source span into the actor it names, using the document's mentions and the speakers so far."""

    mentions: Sequence[Mention]
    keys: dict[str, str]

    def mention_at(self, start: int, end: int, head: int | None, text: str = "") -> Mention | None:
        # 'Lukashenka’s opponents': a possessor before the head is not who speaks.
        inside = [m for m in self.mentions if m.start >= start and m.end <= end
                  and not (head is not None and m.end <= head and text[m.end:m.end + 2] in ("’s", "'s"))]
        if head is not None:
            for m in inside:
                if m.start <= head < m.end:
                    return m
        ranked = sorted(inside, key=lambda m: ({"PERSON": 0, "ORG": 1}.get(m.label, 2), -m.start))
        return ranked[0] if ranked else None

    def last_person_before(self, position: int) -> Mention | None:
        before = [m for m in self.mentions if m.label == "PERSON" and m.end <= position]
        return before[-1] if before else None


def extract_attributions(text: str, parsed: Sequence[tuple[int, Doc]], mentions: Sequence[Mention],
                         authors: Sequence[str] = (), keys: dict[str, str] | None = None) -> list[Attribution]:
    """Every quote and reported statement of one document, in text order, with sources resolved."""
    resolver = _Resolver(mentions, keys or {})
    interview = find_interview(text, mentions, authors)
    quotes = find_quotes(text)
    reported = reported_statements(parsed)
    candidates: list[tuple[Found, bool]] = []  # (found, is the cue its own)
    for found in reported:
        quoted = sum(max(0, min(q.inner_end, found.content[1]) - max(q.inner_start, found.content[0])) for q in quotes)
        if quoted >= 0.6 * (found.content[1] - found.content[0]):
            continue  # the content is a quote: it is reported once, as the quote
        candidates.append((found, True))
    for quote in quotes:
        cue = _quote_cue(quote, parsed)
        short = quote.words(text) <= SHORT_QUOTE_WORDS and not _speech_shaped(text, quote, cue is not None)
        content = (quote.inner_start, quote.inner_end)
        if short:
            holder = next((f for f, _ in candidates if not f.direct and f.content[0] <= quote.start
                           and quote.end <= f.content[1] + 1), None)
            if holder is not None:
                candidates.append((replace(holder, content=content, direct=True), True))
            elif _officially(text, quote):
                official = _official_source(quote, parsed)
                if official is not None:
                    candidates.append((official, True))
            continue  # a scare quote: words set apart by the writer, said by no one
        if cue is not None:
            verb, offset = cue
            candidates.append((_from_verb(verb, offset, content, quote), True))
        elif (topic := _paragraph_person(quote, parsed)) is not None:
            candidates.append((replace(topic, content=content, direct=True, sentence_span=(quote.start, quote.end)), False))
        else:
            candidates.append((Found(None, None, None, None, content, True, (quote.start, quote.end)), False))
    if interview is not None:
        candidates = _interview_answers(interview, candidates)
    candidates.sort(key=lambda c: c[0].content[0])
    return _resolve(text, candidates, resolver)


def _interview_answers(interview: Interview, candidates: list[tuple[Found, bool]]) -> list[tuple[Found, bool]]:
    """Answers are the interviewee's words; so is any quotation the text gives no speaker."""
    who = interview.interviewee
    speaker = dict(source=(who.start, who.end), source_head=None, head_at=who.start)
    out = [(replace(f, **speaker), own) if f.direct and f.source is None else (f, own) for f, own in candidates]
    taken = [f.content for f, _ in out if f.direct]
    for a, b in interview.answers:
        if not any(a <= s < b for s, _ in taken):
            out.append((Found(None, None, None, None, (a, b), True, (a, b)), False))
            out[-1] = (replace(out[-1][0], **speaker), False)
    return out


def _official_source(quote: QuoteSpan, parsed: Sequence[tuple[int, Doc]]) -> Found | None:
    """'Moscow moved troops in, officially for "training"': the official line is the sentence subject's."""
    for offset, doc in parsed:
        for sent in doc.sents:
            if offset + sent.start_char <= quote.start < offset + sent.end_char:
                subject = subject_of(sent.root)
                marker = next((t for t in sent if t.lower_ == "officially"), None)
                if subject is None or marker is None:
                    return None
                cue = [t for t in sent if marker.i <= t.i and offset + t.idx < quote.start and not t.is_punct]
                found = make_found(subtree(subject), subject, cue, [marker], sent.root, offset)
                return replace(found, content=(quote.inner_start, quote.inner_end), direct=True) if found else None
    return None


def _speech_shaped(text: str, quote: QuoteSpan, has_cue: bool) -> bool:
    """Words someone said, however few: a quote that ends a sentence or clause inside its marks with a reporting verb
    beside it ('“We will not leave,” he said'), or a headline quote before a colon ('“I keep my keys”: a nurse').
    Punctuation alone proves nothing: American style puts the comma inside a scare quote too."""
    if has_cue and text[quote.inner_start:quote.inner_end].rstrip().endswith((".", ",", "!", "?", "…")):
        return True
    starts_paragraph = quote.start == 0 or text[:quote.start].endswith("\n")
    return starts_paragraph and text[quote.end:quote.end + 1] == ":"


def _officially(text: str, quote: QuoteSpan) -> bool:
    return "officially" in text[max(0, quote.start - 30):quote.start].lower()


def _from_verb(verb: Token, offset: int, content: tuple[int, int], quote: QuoteSpan) -> Found:
    subject = subject_of(verb)
    found = make_found(subtree(subject) if subject is not None else None, subject, cue_tokens(verb), [verb], verb, offset)
    assert found is not None  # the verb itself is the placeholder content
    sentence = (min(quote.start, found.sentence_span[0]), max(quote.end, found.sentence_span[1]))
    return replace(found, content=content, direct=True, sentence_span=sentence)


def _resolve(text: str, candidates: list[tuple[Found, bool]], resolver: _Resolver) -> list[Attribution]:
    out: list[Attribution] = []
    caveat_paragraphs = {_paragraph_index(text, s) for s in _caveat_starts(text)}
    last_speaker: tuple[str, str | None, int] | None = None  # (source text, key, paragraph)
    spoken = [f.content for f, _ in candidates if f.direct]
    for found, own_cue in candidates:
        paragraph = _paragraph_index(text, found.content[0])
        # 'he' or 'she' inside someone's own quoted words is somebody else: leave it unresolved.
        within_quote = found.source is not None and any(a <= found.source[0] < b for a, b in spoken)
        source_text, key = "", None
        if found.source is not None:
            source_text = text[found.source[0]:found.source[1]]
            head = found.source_head
            if head is not None and head.lower_ in PRONOUNS:
                if head.lower_ in PERSON_PRONOUNS and not within_quote:
                    previous = last_speaker if last_speaker and last_speaker[1] else None
                    person = resolver.last_person_before(found.source[0])
                    if previous is not None:
                        source_text, key = previous[0], previous[1]
                    elif person is not None:
                        source_text, key = person.text, resolver.keys.get(person.text, person.text)
            else:
                mention = resolver.mention_at(found.source[0], found.source[1], found.head_at, text)
                heads = mention is not None and found.head_at is not None and mention.start <= found.head_at < mention.end
                # A person or organisation named in the source phrase stands behind it ('a poll commissioned by
                # Chatham House'); a place only when it heads the phrase ('Kyiv says'), not in a description
                # ('a monitor in Minsk').
                if mention is not None and (heads or mention.label in ("PERSON", "ORG")):
                    key = resolver.keys.get(mention.text, mention.text)
                    if mention.label == "PERSON" or heads:
                        source_text = mention.text
        elif found.direct and last_speaker is not None and (_is_quote_only(text, _as_quote(found))
                                                            or paragraph - last_speaker[2] <= 1):
            source_text, key = last_speaker[0], last_speaker[1]
        sentence = text[found.sentence_span[0]:found.sentence_span[1]]
        cue_text = text[found.cue[0]:found.cue[1]] if found.cue and own_cue else None
        hedge = hedge_cue(sentence) or _unnamed_source(found) or (
            "writer's caveat" if paragraph in caveat_paragraphs else None)
        out.append(Attribution(
            start=min(x for x in (found.content[0], *(found.source or ()), *(found.cue or ())) if x is not None),
            end=max(x for x in (found.content[1], *(found.source or ()), *(found.cue or ())) if x is not None),
            source=source_text, source_key=key,
            source_start=found.source[0] if found.source else None, source_end=found.source[1] if found.source else None,
            cue=cue_text, cue_start=found.cue[0] if found.cue and own_cue else None,
            cue_end=found.cue[1] if found.cue and own_cue else None,
            content=_content_text(text, found.content), content_start=found.content[0], content_end=found.content[1],
            direct=found.direct, hedged=hedge is not None, hedge=hedge,
        ))
        if source_text and (key is not None or found.direct):
            last_speaker = (source_text, key, paragraph)
    return out


def _as_quote(found: Found) -> QuoteSpan:
    return QuoteSpan(found.content[0] - 1, found.content[1] + 1, found.content[0], found.content[1], True)


def _caveat_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"[^.!?\n]+[.!?]", text) if is_caveat(m.group())]


def _unnamed_source(found: Found) -> str | None:
    head = found.source_head
    if head is not None and head.lower_ in UNNAMED_SOURCE_NOUNS and not any(c.dep_ == "poss" for c in head.children):
        return f"unnamed source: {head.text}"
    return None


def _content_text(text: str, span: tuple[int, int]) -> str:
    """The content as printed, with the reopening mark of a quote continued over paragraphs taken out."""
    return re.sub(r"\n\s*\n\s*[“\"«‘']", "\n\n", text[span[0]:span[1]])
