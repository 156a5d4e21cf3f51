"""The grammar of a reported statement: the record a rule makes (`Found`), and the pieces every rule reads off the
parse: a source's noun phrase, its head, the subject of a verb, the edges of what was said. The rules themselves are
in `verb_rules.py` (from a verb of saying) and `phrase_rules.py` (from a preposition, noun, adjective or adverb);
`rules.py` runs them all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from dossier.extract.speech import phrases
from dossier.lexicon import en
from dossier.lexicon.en import APPEAL_VERBS, CLAIM_NOUNS, PRONOUNS, RELATIVE_PRONOUNS

SHORT_QUOTE_WORDS = 4


@dataclass(frozen=True)
class Found:
    """An attribution before its source is resolved: character spans into the document's clean text.

    `rule` names the construction that found it; `hedge` is a hedge the construction itself carries (an accusation,
    an impersonal 'it is said'); `relay` the span of a source that passed the words on ('quoted by BelTA');
    `described` a source the text implies but does not print ('the authorities' behind a charge)."""

    source: tuple[int, int] | None
    source_head: Token | None
    head_at: int | None  # the source head's offset in the clean text
    cue: tuple[int, int] | None
    content: tuple[int, int]
    direct: bool
    sentence_span: tuple[int, int]
    rule: str = ""
    hedge: str | None = None
    relay: tuple[int, int] | None = None
    described: str | None = None


def source_phrase(head: Token) -> list[Token]:
    """The noun phrase that names a source, without the clauses that describe it ('an officer who uses ...')."""
    clauses = [c for c in head.children if c.dep_ in ("relcl", "acl", "advcl")]
    return trimmed(subtree(head, exclude=clauses))


def make_found(source: Sequence[Token] | None, head: Token | None, cue: Sequence[Token] | None, content: Sequence[Token],
               anchor: Token, offset: int, rule: str = "", hedge: str | None = None,
               described: str | None = None, relay: Sequence[Token] | None = None,
               as_found: bool = False, aside: bool = False) -> Found | None:
    """A finding from token lists. The source is cut down to the phrase its head names ('an officer who uses ...'
    loses the clause), unless `as_found`: a source read off the token sequence is already that phrase. Content stops
    where the source begins, unless the source is an `aside` inside it ('The regime, he said, was ...')."""
    content = trimmed(same_clause_group(list(content), anchor))
    if source and head is not None and head.pos_ in ("NOUN", "PROPN") and head in source and not as_found:
        source = source_phrase(head) or source
    if source and content and content[0].i < source[0].i <= content[-1].i and not aside:
        content = trimmed([t for t in content if t.i < source[0].i])  # 'X met Y, the state agency Belta said'
        parts = phrases.split_commas(content)
        tail = phrases.strip_edges(parts[-1]) if len(parts) > 1 else []
        if tail and phrases.is_noun_phrase(tail) and phrases.is_description(tail) and phrases.is_name(list(source)):
            source = [t for t in tail[0].doc[tail[0].i:source[-1].i + 1]]  # the apposition belongs to the source
            content = trimmed([t for t in content if t.i < tail[0].i])
    counter = next((t for t in content if is_counter_claim(t)), None)
    if counter is not None:  # '..., a claim Minsk denies': the denial is another voice
        content = trimmed([t for t in content if t.i < min(x.i for x in counter.subtree)])
    if not content:
        return None
    return Found(span_of(source, offset) if source else None, head, offset + head.idx if head is not None else None,
                 span_of(cue, offset) if cue else None, span_of(content, offset), False, span_of(anchor.sent, offset),
                 rule=rule, hedge=hedge, relay=span_of(relay, offset) if relay else None, described=described)


def span_of(tokens: Sequence[Token] | Span, offset: int) -> tuple[int, int]:
    first, last = tokens[0], tokens[-1]
    return offset + first.idx, offset + last.idx + len(last.text)


def trimmed(tokens: list[Token]) -> list[Token]:
    """Drop the grammar at the edges of a content span: 'that', conjunctions, punctuation, quote marks, and the time
    of the saying the parser hung inside what was said ('said on Monday (that) it had ...')."""
    while tokens and (tokens[0].dep_ in ("mark", "cc", "punct") or tokens[0].is_punct or tokens[0].is_space
                      or tokens[0].lower_ in ("that",)):
        tokens = tokens[1:]
    if tokens and tokens[0].lower_ in ("on", "at", "in", "late", "earlier", "last") and tokens[0].dep_ in (
            "prep", "npadvmod", "advmod"):
        when = [t for t in tokens[0].subtree]
        rest = [t for t in tokens if t not in when]
        if when and all(t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "DET") for t in when) and rest and \
                rest[0].i == when[-1].i + 1 and rest[0].dep_ in ("nsubj", "nsubjpass", "mark", "expl", "det", "compound",
                                                                 "amod", "poss", "nummod"):
            tokens = trimmed(rest)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    return tokens


def subtree(token: Token, exclude: Iterable[Token] = ()) -> list[Token]:
    """The token's subtree without `exclude`, and without contrastive clauses ('..., while X said ...'), which are
    the writer setting another voice beside the reported one, not part of what was reported."""
    contrast = [t for t in token.subtree if t.i != token.i and t.dep_ == "advcl"
                and any(c.dep_ == "mark" and c.lower_ in en.CONTRASTIVE_MARKS for c in t.children)]
    skip = {t.i for e in (*exclude, *contrast) for t in e.subtree}
    return [t for t in token.subtree if t.i not in skip]


def same_clause_group(tokens: list[Token], anchor: Token) -> list[Token]:
    """Content never crosses a semicolon on its way to the cue: what stands beyond it is another statement."""
    semis = [t.i for t in anchor.sent if t.text == ";"]
    return [t for t in tokens if not any(min(t.i, anchor.i) < s < max(t.i, anchor.i) for s in semis)]


def subject_of(verb: Token) -> Token | None:
    # 'the economist Kateryna Bondar argues' can come out with two subjects: the name is the speaker.
    subjects = sorted((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")),
                      key=lambda c: (c.ent_type_ not in ("PERSON", "ORG"), c.pos_ != "PROPN"))
    for child in subjects[:1]:
        # 'a monitor who asked not to be named': the relative clause's subject is the noun it hangs off.
        if child.lower_ in RELATIVE_PRONOUNS:
            if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
                return verb.head
            return antecedent(child)
        return child
    # "... and declared that ...": a conjoined verb shares the first verb's subject.
    if verb.dep_ == "conj":
        return subject_of(verb.head)
    # 'it is too early to say how ...': no one says anything.
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ":
        return None
    # "confident that ..." hangs off a clause whose subject is the holder of the conviction.
    if verb.dep_ in ("acomp", "amod", "advcl", "xcomp") and verb.head.i != verb.i:
        return subject_of(verb.head)
    # "..., Tsikhanouskaya, a former teacher, now calls herself ...": a name the parser misread as an apposition.
    if verb.dep_ == "ROOT":
        before = [t for t in verb.sent if t.i < verb.i and t.dep_ == "appos" and t.pos_ == "PROPN"]
        if before and verb.i - before[-1].i <= 8:
            return before[-1]
    return None


def antecedent(relative: Token) -> Token | None:
    """Rule `relative_antecedent`: the noun a 'who' stands for when the parser did not hang its clause off it
    ('groups of several dozen people every day, who would surrender and say ...'): the last noun phrase before it that
    is no time, taken up to the top of its 'of' chain."""
    chunks = [c for c in relative.doc.noun_chunks if c.end <= relative.i and c.root.dep_ not in ("npadvmod", "tmod")
              and c.root.ent_type_ not in ("DATE", "TIME") and c.root.lower_ not in PRONOUNS | RELATIVE_PRONOUNS
              and c.sent.start == relative.sent.start]
    if not chunks:
        return None
    root = chunks[-1].root
    while root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN"):
        root = root.head.head
    return root


def cue_tokens(verb: Token) -> list[Token]:
    """The verb with its particle or governing preposition ('called on', 'appealing to', 'pointed out')."""
    extra = [c for c in verb.children if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("on", "for", "to", "of"))
             and verb.lemma_ in APPEAL_VERBS | {"aware"}]
    return sorted([verb, *extra[:1]], key=lambda t: t.i)


def phrase_head(tokens: Sequence[Token]) -> Token | None:
    """The word a phrase is about: the last word of its first noun run, before any preposition ('a source in the
    delegation of the EU' is a source; 'Natalya Eismont, the spokeswoman' is Eismont)."""
    for t in tokens:
        if t.pos_ == "ADP" or t.text == ",":
            break
        if t.pos_ in ("NOUN", "PROPN", "PRON") and (t.i == tokens[-1].i or t.nbor(1).pos_ not in ("NOUN", "PROPN")
                                                     or t.nbor(1).tag_ == "POS"):
            if t.i + 1 < len(t.doc) and t.nbor(1).tag_ == "POS":
                continue  # a possessor: the head comes after it
            return t
    return next((t for t in tokens if t.pos_ in ("NOUN", "PROPN", "PRON")), None)


def rest_after(head: Token, last_cue: Token) -> list[Token]:
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


def unsaid(verb: Token) -> bool:
    """Rule `not_said`: 'did not say how many', 'declined to say where', 'refused to comment': nothing was said."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and (verb.head.lemma_ in en.REFUSAL_VERBS or any(c.dep_ == "neg"
                                                                             for c in verb.head.children))


def is_counter_claim(noun: Token) -> bool:
    """'a claim Minsk denies', 'a charge she rejects': a claim noun set after a comma, disputed in its clause."""
    return noun.lemma_.lower() in CLAIM_NOUNS | en.CHARGE_NOUNS | en.FIGURE_NOUNS and noun.i > 0 \
        and noun.doc[noun.i - 1].text in (",", "a", "an") \
        and any(c.dep_ == "relcl" and c.lemma_ in en.DENIAL_VERBS for c in noun.children)
