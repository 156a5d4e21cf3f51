"""Sourcing: each finding's source resolved through the report's memory of who is who, its hedge attached, as the
`Attribution` records the store keeps. Findings are read in text order, so a pronoun can go to the speaker before it
and a quote with no speaker of its own can continue theirs."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from dossier.extract.spans import SpanIndex
from dossier.extract.speech import hedging
from dossier.extract.speech.headlines import same_role
from dossier.extract.speech.speakers import CALLED, GROUP, ORG, PERSON, PLACE, Referent, SpeakerMemory
from dossier.extract.speech.statements import Found
from dossier.extract.tokens import TokenFinder
from dossier.lexicon import en
from dossier.model import Attribution

UNNAMED_SPEAKER = "unnamed speaker"
QUOTE_ONLY_REACH = 400


_BLOCK_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]*(?:[•▪●◦‣-]|\*|\d+[.)])\s")


class Blocks:
    """Which block of the report a position is in. Blocks end at blank lines and at list items: each bullet is a
    paragraph of its own."""

    def __init__(self, text: str) -> None:
        self.ends = [m.end() for m in _BLOCK_BREAK.finditer(text)]

    def index(self, position: int) -> int:
        return bisect_right(self.ends, position)


def _is_quote_only(text: str, content: tuple[int, int]) -> bool:
    """The quote is its paragraph (nothing outside the marks but punctuation), looked for within a few hundred
    characters of it: a paragraph of running text is never that long outside its quote."""
    reach = QUOTE_ONLY_REACH
    start = text.rfind("\n\n", max(0, content[0] - reach), content[0])
    if start < 0 and content[0] > reach:
        return False
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", content[1], content[1] + reach)
    if end < 0 and len(text) - content[1] > reach:
        return False
    end = len(text) if end < 0 else end
    outside = text[start:content[0] - 1] + text[content[1] + 1:end]
    return not any(ch.isalnum() for ch in outside)


@dataclass
class _Speaker:
    text: str
    key: str | None
    paragraph: int
    referent: Referent | None
    end: int  # where what they said ends


# A sentence closed by its mark; it starts only after another's end or a line break, so that a long line with no mark
# is read once, not once from each of its characters.
_SENTENCE = re.compile(r"(?<![^.!?\n])[^.!?\n]+[.!?]")


class Sourcing:
    """Sources resolved through the report's memory, in text order, with the speakers noted as they come."""

    def __init__(self, text: str, memory: SpeakerMemory, tokens: TokenFinder):
        self.text = text
        self.memory = memory
        self.tokens = tokens
        self.blocks = Blocks(text)
        self.caveats = {self.blocks.index(m.start()) for m in _SENTENCE.finditer(text) if hedging.is_caveat(m.group())}
        self.last: _Speaker | None = None

    def run(self, candidates: list[tuple[Found, bool]]) -> list[Attribution]:
        self.spoken = SpanIndex(f.content for f, _ in candidates if f.direct)
        out: list[tuple[Found, Attribution]] = []
        for found, own_cue in candidates:
            attribution = self._attribution(found, own_cue)
            if attribution is not None:
                out.append((found, attribution))
        others = [b for _, b in out]  # once: a list per attribution was quadratic in a long report
        return [self._named_later(found, a, others) for found, a in out]

    @staticmethod
    def _named_later(found: Found, attribution: Attribution, others: Sequence[Attribution]) -> Attribution:
        """Rule `headline_source`: a headline's role tag ('...: Official') is the source the body names with that
        word ('Election officials in Belarus said ...')."""
        if found.rule != "headline_tag" or attribution.source_key is not None:
            return attribution
        later = next((b for b in others if b.start > attribution.end and same_role(attribution.source, b.source)), None)
        return replace(attribution, source=later.source, source_key=later.source_key) if later else attribution

    def _attribution(self, found: Found, own_cue: bool) -> Attribution | None:
        text = self.text
        found = replace(found, content=_without_dateline(text, _whole_words(text, found.content)))
        paragraph = self.blocks.index(found.content[0])
        resolved = self._source(found)
        if resolved is None:
            return None  # 'it', 'which', 'many': no one who speaks
        source_text, key, referent = resolved
        if found.direct and (not source_text or found.rule == "paragraph_person") and self._continues(found, paragraph):
            source_text, key, referent = self.last.text, self.last.key, self.last.referent
        if not source_text:
            if not found.direct:
                return None
            source_text = UNNAMED_SPEAKER
        cue = (found.cue if own_cue else None)
        cue_text = text[cue[0]:cue[1]] if cue else None
        hedge = self._hedge(found, cue_text, paragraph)
        relay = text[found.relay[0]:found.relay[1]] if found.relay else None
        spans = [x for x in (*found.content, *(found.source or ()), *(cue or ())) if x is not None]
        attribution = Attribution(
            start=min(spans), end=max(spans), source=source_text, source_key=key,
            source_start=found.source[0] if found.source else None, source_end=found.source[1] if found.source else None,
            cue=cue_text, cue_start=cue[0] if cue else None, cue_end=cue[1] if cue else None,
            content=_content_text(text, found.content), content_start=found.content[0], content_end=found.content[1],
            direct=found.direct, hedged=hedge is not None, hedge=hedge, relay=relay,
        )
        if source_text != UNNAMED_SPEAKER and found.hedge is None or found.rule == "quote_verb":
            if key is not None or found.direct or referent is not None:
                self.last = _Speaker(source_text, key, paragraph, referent, max(spans))
        if referent is not None:
            self.memory.spoke(referent, found.source[0] if found.source else found.content[0])
        return attribution

    def _continues(self, found: Found, paragraph: int) -> bool:
        """Rule `continued_quote`: a quote with no speaker of its own continues the last speaker when it is a
        paragraph of its own, or when no sentence of the writer's stands between it and the last speaker's
        attribution ('“A,” the ministry said in a statement. “B”')."""
        if self.last is None:
            return False
        if _is_quote_only(self.text, found.content):
            return True
        if paragraph - self.last.paragraph > 1:
            return False
        between = self.text[self.last.end:found.content[0]]
        rest = re.split(r"[.!?…][”\"’]?\s", between, maxsplit=1)
        return len(rest) < 2 or not re.search(r"\w", rest[1])

    def _source(self, found: Found) -> tuple[str, str | None, Referent | None] | None:
        """(source as shown, actor key, referent); ('', None, None) for a quote with no speaker yet; None when the
        only source is a word that names no one."""
        if found.source is None:
            return (found.described or "", None, None)
        start, end = found.source
        phrase = self.text[start:end]
        head = found.source_head
        at = start
        if head is not None and any(c.dep_ == "conj" for c in head.children) and re.search(r"\band\b", phrase):
            together = Referent(phrase, None, GROUP, plural=True)  # 'Kyiv and the opposition', 'X and Y'
            return (phrase, None, together)
        named = self._named(found)
        if named is not None:
            return named
        if head is not None and head.lower_ in en.FIRST_SINGULAR_PRONOUNS | en.FIRST_PLURAL_PRONOUNS and \
                not found.direct and not self.spoken.holds(at):
            return None  # the writer's own 'I believe', 'we think': no one else's statement
        if head is not None and head.lower_ in en.PRONOUNS | en.RELATIVE_PRONOUNS and (
                head.i == 0 or head.nbor(-1).lower_ not in ("of",)) and len(phrase.split()) <= 2:
            if self.spoken.holds(at) and head.lower_ in en.PERSON_PRONOUNS:
                return (phrase, None, None)  # 'he' inside someone's quoted words is somebody else
            speaks_as_we = found.direct and bool(re.search(r"\b(?:we|our|us)\b", self.text[found.content[0]:
                                                                                        found.content[1]], re.I))
            referent = self.memory.pronoun(head.lower_, at, speaks_as_we)
            if referent is not None:
                return self._shown(referent)
            if head.lower_ in en.NO_SPEAKER_WORDS | en.RELATIVE_PRONOUNS:
                return None if not found.direct else ("", None, None)
            return (phrase, None, None)
        if head is not None and head.lower_ in en.NO_SPEAKER_WORDS and len(phrase.split()) == 1:
            group = self.memory.quantified(head.lower_, at) if head.lower_ in en.QUANTIFIER_WORDS else None
            if group is not None:
                return self._shown(group)
            return None if not found.direct else ("", None, None)
        if head is not None:
            referent = self.memory.description(head, at)
            if referent is not None:
                return self._shown(referent)
        body = head is not None and head.lemma_.lower() in en.GROUP_NOUNS and head.tag_ not in ("NNS", "NNPS")
        role = head.lower_ if head is not None else ""
        described = Referent(phrase, None, ORG if body else GROUP,
                             gender="f" if role in en.FEMALE_ROLE_NOUNS else "m" if role in en.MALE_ROLE_NOUNS else None,
                             plural=head is not None and head.tag_ in ("NNS", "NNPS"),
                             roles={head.lemma_.lower()} if head is not None else set())
        return (phrase, None, described)

    def _named(self, found: Found) -> tuple[str, str | None, Referent | None] | None:
        """Rule `named_source`: a person or organisation named in the source phrase stands behind it ('a poll
        commissioned by Chatham House'); a place only when it heads the phrase ('Kyiv says'), not in a description
        ('a monitor in Minsk'). A possessor is not the speaker ('Lukashenka’s opponents'), except of something
        written or said ('Eismont's statement')."""
        start, end = found.source
        head_at = found.head_at
        head = found.source_head
        document = head is not None and head.lemma_.lower() in en.DOCUMENT_NOUNS
        best = None
        for (m_start, m_end), referent in self.memory.names_near(start, end):
            overlaps_head = head_at is not None and m_start <= head_at < m_end
            if not (start <= m_start and m_end <= end) and not overlaps_head:
                continue
            possessor = head_at is not None and m_end <= head_at and self.text[m_end:m_end + 2] in en.POSSESSIVE_MARKS
            if possessor and not document:
                continue
            heads = overlaps_head or possessor
            if referent.kind == PLACE and not heads:
                continue
            rank = (not heads, {PERSON: 0, ORG: 1}.get(referent.kind, 2), -m_start)
            if best is None or rank < best[0]:
                best = (rank, referent, (m_start, m_end), heads)
        if best is None:
            return self._possessor_by_name(found) if document else None
        _, referent, (m_start, m_end), heads = best
        mention_text = self.text[m_start:m_end]
        if re.search(r"\s(?:of|for|in|on|and)$", mention_text):  # the tagger cut the name short: 'Ministry of ... of'
            mention_text = self.text[m_start:max(m_end, end)]
        called = head_at is not None and re.search(CALLED + r"\s+(?:the\s+)?$", self.text[head_at:m_start])
        if heads or called:  # 'Kyiv says', 'a group known as the Cyber Partisans'
            return (mention_text, referent.key or mention_text, referent)
        describes_someone = head is not None and head.lemma_.lower() in en.PERSON_NOUNS | en.GROUP_NOUNS | en.MEMBER_NOUNS
        if describes_someone and (referent.kind != PERSON or self._embedded(m_start, m_end, head_at)):
            return None  # 'a source in the delegation of the EU' is a source, not the EU
        if referent.kind == PERSON:
            return (mention_text, referent.key or mention_text, referent)
        return (self.text[start:end], referent.key or mention_text, referent)

    def _embedded(self, start: int, end: int, head_at: int | None) -> bool:
        """A name inside a description of someone else ('a spokesperson for Lithuania's prime minister X', 'the
        president's spokeswoman'), rather than beside it as its apposition ('the president of Belarus, Alexander
        Lukashenko', 'opposition leader Sviatlana Tsikhanouskaya')."""
        if self.text[end:end + 2] in en.POSSESSIVE_MARKS:
            return True
        if head_at is None:
            return False
        between = self.text[min(end, head_at):max(start, head_at)]
        if "," in between or re.search(CALLED + r"\s+(?:the\s+)?$", between):
            return False
        return bool(re.search(r"\b(?:of|for|to|by|with|from|at|in|on|about|against)\b", between))

    def _possessor_by_name(self, found: Found) -> tuple[str, str | None, Referent] | None:
        """'Eismont's statement said': a possessor the tagger did not mark, known by the name of someone the report
        named before."""
        head = found.source_head
        owner = next((c for c in head.children if c.dep_ == "poss"), None) if head is not None else None
        if owner is None:
            return None
        referent = self.memory.person_named(owner.text, found.source[0])
        return self._shown(referent) if referent is not None else None

    @staticmethod
    def _shown(referent: Referent) -> tuple[str, str | None, Referent]:
        return (referent.name, referent.key, referent)

    def _hedge(self, found: Found, cue_text: str | None, paragraph: int) -> str | None:
        sentence = self.text[found.sentence_span[0]:found.sentence_span[1]]
        spans = [x for x in (*found.content, *(found.source or ()), *(found.cue or ())) if x is not None]
        statement = (min(spans), max(spans))
        sentence_tokens = self._tokens_in(found.sentence_span)
        names_someone = found.source is not None and self.memory.named(*found.source) is not None
        return (hedging.sentence_hedge(sentence)
                or found.hedge
                or hedging.doubt_verb_hedge(cue_text)
                or hedging.word_hedge(sentence_tokens, statement, found.content, self._offset)
                or hedging.unnamed_source_hedge(found.source_head, names_someone)
                or ("writer's caveat" if paragraph in self.caveats else None))

    def _tokens_in(self, span: tuple[int, int]) -> list:
        out = []
        token = self.tokens(span[0])
        while token is not None and self._offset(token) < span[1]:
            out.append(token)
            if token.i + 1 >= len(token.doc):
                break
            token = token.doc[token.i + 1]
        return out

    def _offset(self, token) -> int:
        return self.tokens.offset_of(token) + token.idx


def _whole_words(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Rule `cut_off_excerpt`: words that run into the end of a report cut off mid-word ('... and allow them to w')
    end at their last whole sentence, or else their last whole word."""
    a, b = span
    end = len(text.rstrip())
    if b < end or text[a:b].rstrip().endswith(en.SENTENCE_END_MARKS):
        return span
    sentence_end = max(text.rfind(mark, a, b) for mark in (". ", "! ", "? "))
    if sentence_end > a:
        return a, sentence_end + 1
    space = text.rfind(" ", a, b)
    return (a, space) if space > a else span


_DATELINE = re.compile(en.DATELINE_PATTERN)


def _without_dateline(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Rule `dateline`: 'VILNIUS (Reuters) - ' before a report's first sentence is where and who, not what was
    said."""
    match = _DATELINE.match(text, span[0], span[1])
    return (match.end(), span[1]) if match and match.end() < span[1] else span


def _content_text(text: str, span: tuple[int, int]) -> str:
    """The content as printed, with the reopening mark of a quote continued over paragraphs taken out."""
    return re.sub(r"\n\s*\n\s*[“\"«‘']", "\n\n", text[span[0]:span[1]])
