"""Who said what: direct quotes and reported statements, with source, cue, content and hedge.

Reported statements are read off the dependency parse: the clause a reporting verb governs, the object of a verb of
announcing, what someone is called on to do, the clause after "according to". Quotes are found by their marks
(`quotes.py`) and given the speaker of the reporting verb beside them; a quote with no verb of its own continues the
speaker before it. Each construction is one function, so that `dossier eval --explain` can show which one misfires.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from dossier.extract.hedging import UNNAMED_SOURCE_NOUNS, hedge_cue, is_caveat
from dossier.extract.interviews import Interview, find_interview
from dossier.extract.quotes import QuoteSpan, find_quotes
from dossier.model import Attribution, Mention

# Verbs whose clausal complement is what the subject said, thought or claimed.
CLAUSE_VERBS = frozenset("""say tell add argue contend believe claim deny announce declare proclaim warn insist stress
note explain write post tweet state reply respond acknowledge admit suggest allege report confirm predict promise
think hope fear understand conclude assert maintain recall estimate complain emphasise emphasize reiterate vow
threaten accuse agree disclose reveal testify concede boast""".split())
# Verbs whose direct object is the content ("announced the creation of ...").
OBJECT_VERBS = frozenset("deny announce proclaim declare report confirm acknowledge admit unveil".split())
# Verbs of asking someone to do something: the content is who is asked and what to do.
APPEAL_VERBS = frozenset("call urge appeal ask encourage implore want demand".split())
# Words for speech and writing that can stand beside a direct quote.
QUOTE_VERBS = CLAUSE_VERBS | APPEAL_VERBS | frozenset("ask shout chant read describe call continue".split())
# Adjectives of conviction: "confident that ...", "aware of ...".
CONVICTION_ADJECTIVES = frozenset("confident convinced certain sure aware adamant".split())
# Nouns that carry a reported clause: "reports that ...", "Putin's announcement that ...", "raised fears that ...".
CLAIM_NOUNS = frozenset("""report claim allegation rumour rumor statement announcement warning assertion suggestion
fear fears hope belief view argument accusation promise pledge""".split())
PRONOUNS = frozenset("he she him her they them we i it".split())
RELATIVE_PRONOUNS = frozenset("who whom which that".split())
PERSON_PRONOUNS = frozenset("he she him her".split())
SHORT_QUOTE_WORDS = 4


@dataclass(frozen=True)
class _Found:
    """An attribution before its source is resolved: character spans into the document's clean text."""

    source: tuple[int, int] | None
    source_head: Token | None
    head_at: int | None  # the source head's offset in the clean text
    cue: tuple[int, int] | None
    content: tuple[int, int]
    direct: bool
    sentence_span: tuple[int, int]


def _source_phrase(head: Token) -> list[Token]:
    """The noun phrase that names a source, without the clauses that describe it ('an officer who uses ...')."""
    clauses = [c for c in head.children if c.dep_ in ("relcl", "acl", "advcl")]
    return _trimmed(_subtree(head, exclude=clauses))


def _found(source: Sequence[Token] | None, head: Token | None, cue: Sequence[Token] | None, content: Sequence[Token],
           anchor: Token, offset: int) -> _Found | None:
    content = _trimmed(_same_clause_group(list(content), anchor))
    if source and head is not None and head.pos_ in ("NOUN", "PROPN") and head in source:
        source = _source_phrase(head) or source
    if not content:
        return None
    return _Found(_span(source, offset) if source else None, head, offset + head.idx if head is not None else None,
                  _span(cue, offset) if cue else None, _span(content, offset), False, _span(anchor.sent, offset))


def _span(tokens: Sequence[Token] | Span, offset: int) -> tuple[int, int]:
    first, last = tokens[0], tokens[-1]
    return offset + first.idx, offset + last.idx + len(last.text)


def _trimmed(tokens: list[Token]) -> list[Token]:
    """Drop the grammar at the edges of a content span: 'that', conjunctions, punctuation, quote marks."""
    while tokens and (tokens[0].dep_ in ("mark", "cc", "punct") or tokens[0].is_punct or tokens[0].is_space
                      or tokens[0].lower_ in ("that",)):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    return tokens


CONTRASTIVE_MARKS = frozenset({"while", "whereas", "although", "though"})


def _subtree(token: Token, exclude: Iterable[Token] = ()) -> list[Token]:
    """The token's subtree without `exclude`, and without contrastive clauses ('..., while X said ...'), which are
    the writer setting another voice beside the reported one, not part of what was reported."""
    contrast = [t for t in token.subtree if t is not token and t.dep_ == "advcl"
                and any(c.dep_ == "mark" and c.lower_ in CONTRASTIVE_MARKS for c in t.children)]
    skip = {t.i for e in (*exclude, *contrast) for t in e.subtree}
    return [t for t in token.subtree if t.i not in skip]


def _same_clause_group(tokens: list[Token], anchor: Token) -> list[Token]:
    """Content never crosses a semicolon on its way to the cue: what stands beyond it is another statement."""
    semis = [t.i for t in anchor.sent if t.text == ";"]
    return [t for t in tokens if not any(min(t.i, anchor.i) < s < max(t.i, anchor.i) for s in semis)]


def _subject(verb: Token) -> Token | None:
    # 'the economist Kateryna Bondar argues' can come out with two subjects: the name is the speaker.
    subjects = sorted((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")),
                      key=lambda c: (c.ent_type_ not in ("PERSON", "ORG"), c.pos_ != "PROPN"))
    for child in subjects[:1]:
        if child.dep_ in ("nsubj", "nsubjpass"):
            # 'a monitor who asked not to be named': the relative clause's subject is the noun it hangs off.
            if child.lower_ in RELATIVE_PRONOUNS:
                return verb.head if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") else None
            return child
    # "... and declared that ...": a conjoined verb shares the first verb's subject.
    if verb.dep_ == "conj":
        return _subject(verb.head)
    # "confident that ..." hangs off a clause whose subject is the holder of the conviction.
    if verb.dep_ in ("acomp", "amod", "advcl", "xcomp") and verb.head is not verb:
        return _subject(verb.head)
    # "..., Tsikhanouskaya, a former teacher, now calls herself ...": a name the parser misread as an apposition.
    if verb.dep_ == "ROOT":
        before = [t for t in verb.sent if t.i < verb.i and t.dep_ == "appos" and t.pos_ == "PROPN"]
        if before and verb.i - before[-1].i <= 8:
            return before[-1]
    return None


def _cue_tokens(verb: Token) -> list[Token]:
    """The verb with its particle or governing preposition ('called on', 'appealing to', 'pointed out')."""
    extra = [c for c in verb.children if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("on", "for", "to", "of"))
             and verb.lemma_ in APPEAL_VERBS | {"aware"}]
    return sorted([verb, *extra[:1]], key=lambda t: t.i)


def clause_attribution(verb: Token, offset: int) -> _Found | None:
    """'X said (that) CLAUSE' and 'CLAUSE, X said': the clausal complement of a reporting verb."""
    if verb.lemma_ not in CLAUSE_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return None
    complement = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if complement is None:
        return None
    content = _trimmed(_subtree(complement))
    subject = _subject(verb)
    if not content or subject is None:
        return None
    return _found(_subtree(subject), subject, _cue_tokens(verb), content, verb, offset)


def object_attribution(verb: Token, offset: int) -> _Found | None:
    """'X announced the creation of Y': the object of a verb of announcing or denying is the content."""
    if verb.lemma_ not in OBJECT_VERBS or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subject = _subject(verb)
    if obj is None or subject is None:
        return None
    content = _trimmed(_subtree(obj))
    return _found(_subtree(subject), subject, [verb], content, verb, offset)


def appeal_attribution(verb: Token, offset: int) -> _Found | None:
    """'X called on Y to do Z', 'X urged Y to Z', 'X wants Y to Z', 'X called for Y to be Z': who is asked, and what."""
    if verb.lemma_ not in APPEAL_VERBS:
        return None
    children = list(verb.children)
    action = next((c for c in children if c.dep_ in ("xcomp", "ccomp")), None)
    prep = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("on", "for", "to")), None)
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    purpose = next((c for c in children if c.dep_ == "advcl" and any(m.lower_ == "for" and m.dep_ == "mark"
                                                                     for m in c.children)), None)
    if verb.lemma_ == "call" and prep is None and purpose is None:
        return None
    # Someone must be asked ('urged Belarusians to ...'); only wanting needs no one ('wants to see ...').
    if obj is None and prep is None and purpose is None and verb.lemma_ != "want":
        return None
    if action is None and prep is None and purpose is None:
        return None
    subject = _subject(verb)
    if subject is None:
        return None
    if purpose is not None and prep is None:
        marker = next(m for m in purpose.children if m.lower_ == "for")
        content = _trimmed([t for t in purpose.subtree if t is not marker])
        cue = [verb, marker]
    else:
        cue = _cue_tokens(verb)
        content = _trimmed(_after(verb, cue[-1]))
    if not content:
        return None
    return _found(_subtree(subject), subject, cue, content, verb, offset)


def _after(head: Token, last_cue: Token) -> list[Token]:
    """The rest of the sentence after the cue, up to a trailing participle clause (', arguing that ...') or a
    semicolon: the parser often hangs what is asked for off the clause above the cue, not off the cue."""
    out: list[Token] = []
    for token in head.sent:
        if token.i <= last_cue.i:
            continue
        if token.text == ";" or (out and token.dep_ == "advcl" and token.tag_ == "VBG" and token.nbor(-1).text == ","):
            break
        out.append(token)
    return out


def self_description_attribution(verb: Token, offset: int) -> _Found | None:
    """'X calls herself Y', 'X describes himself as Y': what someone claims to be."""
    if verb.lemma_ not in ("call", "describe", "consider", "regard", "style", "proclaim"):
        return None
    reflexive = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_.endswith(("self", "selves"))), None)
    if reflexive is None:
        return None
    complement = next((c for c in verb.children if c.dep_ in ("oprd", "attr", "ccomp", "xcomp")), None)
    if complement is None:
        as_prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        complement = next((c for c in as_prep.children if c.dep_ == "pobj"), None) if as_prep is not None else None
    subject = _subject(verb)
    if complement is None or subject is None:
        return None
    return _found(_subtree(subject), subject, [verb, reflexive], _trimmed(_subtree(complement)), verb, offset)


def parenthetical_attribution(verb: Token, offset: int) -> _Found | None:
    """'CLAUSE, she said, ...': the parser hangs the reporting verb off the clause it reports."""
    if verb.lemma_ not in CLAUSE_VERBS or verb.dep_ != "parataxis" or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    subject = _subject(verb)
    content = _trimmed([t for t in _subtree(verb.head, exclude=[verb]) if t.i < verb.i])
    if subject is None or not content:
        return None
    return _found(_subtree(subject), subject, [verb], content, verb, offset)


def depiction_attribution(verb: Token, offset: int) -> _Found | None:
    """'Images indicating X', 'videos appeared to show X': pictures with no one named behind them."""
    if verb.lemma_ not in ("indicate", "show", "suggest", "depict"):
        return None
    holder = verb.head if verb.dep_ == "acl" else _subject(verb)
    if holder is None or holder.lower_ not in UNNAMED_SOURCE_NOUNS:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "ccomp")), None)
    if obj is None:
        return None
    source = [t for t in _subtree(holder, exclude=[verb]) if not t.is_punct] if verb.dep_ == "acl" else _subtree(holder)
    return _found(source, holder, [verb], _trimmed(_subtree(obj)), verb, offset)


def as_attribution(verb: Token, offset: int) -> _Found | None:
    """'As X argues, CLAUSE': the main clause is the content."""
    if verb.lemma_ not in CLAUSE_VERBS or verb.dep_ != "advcl" or not any(c.lower_ == "as" for c in verb.children):
        return None
    subject = _subject(verb)
    if subject is None:
        return None
    content = _trimmed(_subtree(verb.head, exclude=[verb]))
    if not content:
        return None
    return _found(_subtree(subject), subject, [verb], content, verb, offset)


def according_attribution(token: Token, offset: int) -> _Found | None:
    """'According to X, CLAUSE': X is the source, the rest of the clause the content."""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None:
        return None
    content = _trimmed(_subtree(token.head, exclude=[token]))
    if not content or token.head is token:
        return None
    return _found(_subtree(source), source, [token, to], content, token, offset)


def claim_noun_attribution(noun: Token, offset: int) -> _Found | None:
    """'reports that CLAUSE', 'Putin's announcement that CLAUSE', 'a briefing raised fears that CLAUSE'."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLAIM_NOUNS:
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
    if clause is None:
        return published_report_attribution(noun, offset)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    source = owner or (_subject(noun.head) if noun.dep_ in ("dobj", "attr") else None)
    if source is None or source.lower_ in ("there", "it"):
        # An unowned "reports that ...": the reports themselves are the source.
        source_tokens = [t for t in _subtree(noun, exclude=[clause]) if not t.is_punct]
        head = noun
    else:
        source_tokens, head = _subtree(source), source
    cue = [noun.head, noun] if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else [noun]
    content = _trimmed(_subtree(clause))
    return _found(source_tokens, head, cue, content, noun, offset)


def published_report_attribution(noun: Token, offset: int) -> _Found | None:
    """'X posted a report on Y', 'X published a statement about Y': the subject of the report is its content."""
    if noun.lemma_.lower() not in ("report", "statement", "account") or noun.dep_ != "dobj":
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "about")), None)
    topic = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    subject = _subject(noun.head)
    if topic is None or subject is None:
        return None
    return _found(_subtree(subject), subject, [noun.head, noun, prep], _trimmed(_subtree(topic)), noun, offset)


def conviction_attribution(adjective: Token, offset: int) -> _Found | None:
    """'X is confident that CLAUSE', 'X is aware of Y'."""
    if adjective.lemma_.lower() not in CONVICTION_ADJECTIVES:
        return None
    clause = next((c for c in adjective.children if c.dep_ == "ccomp"), None)
    of = next((c for c in adjective.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    target = clause or (next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None)
    subject = _subject(adjective) or (_subject(adjective.head) if adjective.head is not adjective else None)
    if target is None or subject is None:
        return None
    cue = [adjective] + ([of] if of is not None and clause is None else [])
    content = _trimmed(_subtree(target)) if clause is not None else _trimmed(_after(adjective, cue[-1]))
    return _found(_subtree(subject), subject, cue, content, adjective, offset)


RULES = (clause_attribution, object_attribution, self_description_attribution, appeal_attribution, as_attribution,
         parenthetical_attribution, according_attribution, claim_noun_attribution, conviction_attribution,
         depiction_attribution)


def reported_statements(parsed: Sequence[tuple[int, Doc]]) -> list[_Found]:
    """Every construction's findings, less those that sit inside another's content: a reported speaker's own report
    of what others do ('she contends that Belarusians will reject ...') is part of what she said."""
    found: list[_Found] = []
    for offset, doc in parsed:
        for token in doc:
            for rule in RULES:
                hit = rule(token, offset)
                if hit is not None:
                    found.append(hit)
                    break
    return [f for f in found if not any(o is not f and o.content[0] <= f.content[0] and f.content[1] <= o.content[1]
                                        and (f.source is None or o.content[0] <= f.source[0]) for o in found)]


def _quote_cue(quote: QuoteSpan, parsed: Sequence[tuple[int, Doc]]) -> tuple[Token, int] | None:
    """The reporting verb outside the quote, in the sentences it touches (or a short one right after it)."""
    for offset, doc in parsed:
        if not (offset <= quote.start < offset + len(doc.text) + 1 or offset < quote.end <= offset + len(doc.text)):
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
                if _subject(token) is None:
                    continue
                distance = quote.start - at if at < quote.start else at - quote.end
                if best is None or distance < best[0]:
                    best = (distance, token, offset)
        if best is not None:
            return best[1], best[2]
    return None


def _paragraph_person(quote: QuoteSpan, parsed: Sequence[tuple[int, Doc]]) -> _Found | None:
    """The person the paragraph is about: the nearest earlier sentence of the quote's paragraph whose subject is a
    named person or a personal pronoun. A quote set down after 'She previously avoided ...' is hers."""
    for offset, doc in parsed:
        if not offset <= quote.start < offset + len(doc.text):
            continue
        earlier = [s for s in doc.sents if offset + s.end_char <= quote.start]
        for sent in reversed(earlier):
            subject = _subject(sent.root)
            if subject is not None and (subject.lower_ in PERSON_PRONOUNS or subject.ent_type_ == "PERSON"):
                return _found(_subtree(subject), subject, None, [subject], sent.root, offset)
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
    candidates: list[tuple[_Found, bool]] = []  # (found, is the cue its own)
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
            candidates.append((_Found(None, None, None, None, content, True, (quote.start, quote.end)), False))
    if interview is not None:
        candidates = _interview_answers(interview, candidates)
    candidates.sort(key=lambda c: c[0].content[0])
    return _resolve(text, candidates, resolver)


def _interview_answers(interview: Interview, candidates: list[tuple[_Found, bool]]) -> list[tuple[_Found, bool]]:
    """Answers are the interviewee's words; so is any quotation the text gives no speaker."""
    who = interview.interviewee
    speaker = dict(source=(who.start, who.end), source_head=None, head_at=who.start)
    out = [(replace(f, **speaker), own) if f.direct and f.source is None else (f, own) for f, own in candidates]
    taken = [f.content for f, _ in out if f.direct]
    for a, b in interview.answers:
        if not any(a <= s < b for s, _ in taken):
            out.append((_Found(None, None, None, None, (a, b), True, (a, b)), False))
            out[-1] = (replace(out[-1][0], **speaker), False)
    return out


def _official_source(quote: QuoteSpan, parsed: Sequence[tuple[int, Doc]]) -> _Found | None:
    """'Moscow moved troops in, officially for "training"': the official line is the sentence subject's."""
    for offset, doc in parsed:
        for sent in doc.sents:
            if offset + sent.start_char <= quote.start < offset + sent.end_char:
                subject = _subject(sent.root)
                marker = next((t for t in sent if t.lower_ == "officially"), None)
                if subject is None or marker is None:
                    return None
                cue = [t for t in sent if marker.i <= t.i and offset + t.idx < quote.start and not t.is_punct]
                found = _found(_subtree(subject), subject, cue, [marker], sent.root, offset)
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


def _from_verb(verb: Token, offset: int, content: tuple[int, int], quote: QuoteSpan) -> _Found:
    subject = _subject(verb)
    found = _found(_subtree(subject) if subject is not None else None, subject, _cue_tokens(verb), [verb], verb, offset)
    assert found is not None  # the verb itself is the placeholder content
    sentence = (min(quote.start, found.sentence_span[0]), max(quote.end, found.sentence_span[1]))
    return replace(found, content=content, direct=True, sentence_span=sentence)


def _resolve(text: str, candidates: list[tuple[_Found, bool]], resolver: _Resolver) -> list[Attribution]:
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


def _as_quote(found: _Found) -> QuoteSpan:
    return QuoteSpan(found.content[0] - 1, found.content[1] + 1, found.content[0], found.content[1], True)


def _caveat_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"[^.!?\n]+[.!?]", text) if is_caveat(m.group())]


def _unnamed_source(found: _Found) -> str | None:
    head = found.source_head
    if head is not None and head.lower_ in UNNAMED_SOURCE_NOUNS and not any(c.dep_ == "poss" for c in head.children):
        return f"unnamed source: {head.text}"
    return None


def _content_text(text: str, span: tuple[int, int]) -> str:
    """The content as printed, with the reopening mark of a quote continued over paragraphs taken out."""
    return re.sub(r"\n\s*\n\s*[“\"«‘']", "\n\n", text[span[0]:span[1]])
