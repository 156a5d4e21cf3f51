"""Reported statements read off the dependency parse: who (the subject), the cue (the reporting verb or phrase), and
what (the clause it governs). One named function per construction, so that `dossier eval --explain` can show which
one misfires; `attributions.py` adds quotes, speakers and hedges on top.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dossier.extract import phrases
from dossier.extract.hedging import has_owner
from dossier.lexicon import en
from dossier.lexicon.en import (
    APPEAL_VERBS,
    CLAIM_NOUNS,
    CLAUSE_VERBS,
    CONVICTION_ADJECTIVES,
    OBJECT_VERBS,
    PERSON_PRONOUNS,
    PRONOUNS,
    QUOTE_VERBS,
    RELATIVE_PRONOUNS,
)

__all__ = ["PERSON_PRONOUNS", "PRONOUNS", "QUOTE_VERBS", "Found", "reported_statements"]

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
               as_found: bool = False) -> Found | None:
    """A finding from token lists. The source is cut down to the phrase its head names ('an officer who uses ...'
    loses the clause), unless `as_found`: a source read off the token sequence is already that phrase."""
    content = trimmed(same_clause_group(list(content), anchor))
    if source and head is not None and head.pos_ in ("NOUN", "PROPN") and head in source and not as_found:
        source = source_phrase(head) or source
    if source and content and content[0].i < source[0].i <= content[-1].i:
        content = trimmed([t for t in content if t.i < source[0].i])  # 'X met Y, the state agency Belta said'
        parts = phrases.split_commas(content)
        tail = phrases.strip_edges(parts[-1]) if len(parts) > 1 else []
        if tail and phrases.is_noun_phrase(tail) and phrases.is_description(tail) and phrases.is_name(list(source)):
            source = [t for t in tail[0].doc[tail[0].i:source[-1].i + 1]]  # the apposition belongs to the source
            content = trimmed([t for t in content if t.i < tail[0].i])
    counter = next((t for t in content if _is_counter_claim(t)), None)
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


CONTRASTIVE_MARKS = frozenset({"while", "whereas", "although", "though"})


def subtree(token: Token, exclude: Iterable[Token] = ()) -> list[Token]:
    """The token's subtree without `exclude`, and without contrastive clauses ('..., while X said ...'), which are
    the writer setting another voice beside the reported one, not part of what was reported."""
    contrast = [t for t in token.subtree if t.i != token.i and t.dep_ == "advcl"
                and any(c.dep_ == "mark" and c.lower_ in CONTRASTIVE_MARKS for c in t.children)]
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


def _citing(verb: Token) -> tuple[Token, Token] | None:
    """'X, citing Y, said that ...': (the cited source, the relay's participle)."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.lemma_ in ("cite", "quote") and child.tag_ == "VBG":
            cited = next((c for c in child.children if c.dep_ == "dobj"), None)
            if cited is not None:
                return cited, child
    return None


# -- rules over the parse: each takes a trigger token and the paragraph's offset --------------------------------

def impersonal_attribution(verb: Token, offset: int) -> Found | None:
    """'It is said that ...', 'it was reported that ...', 'it is thought that ...': an unnamed source."""
    if verb.lemma_ not in en.IMPERSONAL_VERBS or verb.tag_ != "VBN":
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj", "expl")), None)
    complement = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if subject is None or subject.lower_ != "it" or complement is None:
        return None
    aux = [c for c in verb.children if c.dep_ in ("auxpass", "aux")]
    return make_found(None, None, sorted([subject, *aux, verb], key=lambda t: t.i), subtree(complement), verb, offset,
                      rule="impersonal_attribution", hedge=f"unnamed source: it is {verb.text}",
                      described="unnamed source")


def unsaid(verb: Token) -> bool:
    """Rule `not_said`: 'did not say how many', 'declined to say where', 'refused to comment': nothing was said."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and (verb.head.lemma_ in en.REFUSAL_VERBS or any(c.dep_ == "neg"
                                                                             for c in verb.head.children))


def clause_attribution(verb: Token, offset: int) -> Found | None:
    """'X said (that) CLAUSE' and 'CLAUSE, X said': the clausal complement of a reporting verb. 'X, citing Y,
    said ...' is Y's statement, which X relays."""
    if verb.lemma_ not in CLAUSE_VERBS or verb.pos_ not in ("VERB", "AUX") or unsaid(verb):
        return None
    complement = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if complement is None or not _has_subject(complement):
        return None
    content = trimmed(subtree(complement))
    subject = subject_of(verb)
    citing = _citing(verb)
    carried = _carried_by(verb)
    if subject is None and citing is not None:
        # 'Ukrinform, citing the General Staff, reported that ...' with the relay misread: the phrase before the comma.
        opening = phrases.strip_edges(phrases.split_commas([t for t in verb.sent if t.i < citing[1].i])[0])
        subject = opening[-1] if opening and len(opening) <= 6 and opening[0].text[:1].isupper() else None
    if not content or subject is None:
        return None
    if citing is not None:
        cited, participle = citing
        return make_found(subtree(cited), cited, [verb], content, verb, offset, rule="clause_attribution",
                          relay=source_phrase(subject))
    return make_found(subtree(subject), subject, cue_tokens(verb), content, verb, offset, rule="clause_attribution",
                      relay=carried)


def _carried_by(verb: Token) -> list[Token] | None:
    """'In comments carried by the state news agency BelTA, Lukashenko said ...': the relay of a venue phrase."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        for venue in prep.children:
            for acl in venue.children:
                if acl.dep_ == "acl" and acl.lemma_ in en.RELAY_VERBS | {"broadcast", "air"}:
                    agent = next((c for c in acl.children if c.dep_ == "agent"), None)
                    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                    if by is not None:
                        return source_phrase(by)
    return None


def _has_subject(clause: Token) -> bool:
    """A reported clause says something of something: it has a subject, or is an order or a question."""
    return (any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children) or clause.tag_ == "VB"
            or clause.dep_ == "conj" or any(c.dep_ == "conj" and _has_subject(c) for c in clause.children)
            or clause.pos_ not in ("VERB", "AUX"))


def _is_counter_claim(noun: Token) -> bool:
    """'a claim Minsk denies', 'a charge she rejects': a claim noun set after a comma, disputed in its clause."""
    return (noun.lemma_.lower() in CLAIM_NOUNS | en.CHARGE_NOUNS and noun.i > 0 and noun.doc[noun.i - 1].text in (",", "a",
                                                                                                               "an")
            and any(c.dep_ == "relcl" and c.lemma_ in en.DENIAL_VERBS for c in noun.children))


def counter_claim_attribution(verb: Token, offset: int) -> Found | None:
    """'Western officials say Russia has moved troops into Belarus, a claim Minsk denies': Minsk denies the clause
    the claim stands for."""
    if verb.lemma_ not in en.DENIAL_VERBS or verb.dep_ != "relcl" or not _is_counter_claim(verb.head):
        return None
    noun = verb.head
    subject = subject_of(verb)
    first = min(t.i for t in noun.subtree)
    sent = [t for t in verb.sent if t.i < first]
    said = [t for t in sent if t.lemma_ in CLAUSE_VERBS and any(c.dep_ == "ccomp" for c in t.children)]
    if said:
        start = min(t.i for c in said[-1].children if c.dep_ == "ccomp" for t in c.subtree)
        sent = [t for t in sent if t.i >= start]
    if subject is None or not sent:
        return None
    return make_found(subtree(subject), subject, [verb], sent, verb, offset, rule="counter_claim_attribution")


def relay_as_saying_attribution(verb: Token, offset: int) -> Found | None:
    """'TASS quoted Peskov as saying that ...', 'Peskov was quoted by TASS as saying ...', 'X cited Y as saying':
    the speaker is the one quoted, the other the relay."""
    if verb.lemma_ not in ("quote", "cite"):
        return None
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    saying = next((c for c in as_.children if c.lemma_ in CLAUSE_VERBS), None) if as_ is not None else None
    if saying is None:
        return None
    complement = next((c for c in saying.children if c.dep_ in ("ccomp", "dobj")), None)
    if complement is None:
        return None
    if verb.tag_ == "VBN":
        speaker = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        relay = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    else:
        speaker = next((c for c in verb.children if c.dep_ == "dobj"), None)
        relay = subject_of(verb)
    if speaker is None:
        return None
    return make_found(subtree(speaker), speaker, [verb, as_, saying], subtree(complement), verb, offset,
                      rule="relay_as_saying_attribution", relay=source_phrase(relay) if relay is not None else None)


def object_attribution(verb: Token, offset: int) -> Found | None:
    """'X announced the creation of Y', 'X rejected the official figures': the object is the content."""
    if verb.lemma_ not in OBJECT_VERBS or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subject = subject_of(verb)
    if obj is None or subject is None:
        return None
    content = trimmed(subtree(obj))
    return make_found(subtree(subject), subject, [verb], content, verb, offset, rule="object_attribution")


def speech_act_attribution(verb: Token, offset: int) -> Found | None:
    """'X thanked Y for Z', 'X criticised it for its alleged ideology', 'X accused the West of ...': whom the act
    is addressed to, and why, is what was said."""
    if verb.lemma_ not in en.SPEECH_ACT_VERBS | {"accuse"} or verb.pos_ != "VERB" or verb.tag_ == "VBN" and not any(
            c.dep_ in ("aux",) for c in verb.children):
        return None
    subject = subject_of(verb)
    if subject is None:
        return None
    stop = {t.i for c in verb.children if c.dep_ in ("conj", "advcl") and c.i > verb.i
            or c.dep_ == "cc" for t in c.subtree}
    rest = trimmed([t for t in verb.subtree if t.i > verb.i and t.i not in stop])
    if not rest:
        return None
    return make_found(subtree(subject), subject, [verb], rest, verb, offset, rule="speech_act_attribution")


def perception_attribution(verb: Token, offset: int) -> Found | None:
    """'what they saw as official manipulation', 'many view it as a "special operation"': the view is what follows
    'as'."""
    if verb.lemma_ not in en.PERCEPTION_VERBS:
        return None
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    what = next((c for c in as_.children if c.dep_ in ("pobj", "pcomp")), None) if as_ is not None else None
    if what is None or any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children):
        return None
    subject = subject_of(verb)
    if subject is None or verb.tag_ == "VBN" and subject.dep_ == "nsubjpass":
        return None
    return make_found(subtree(subject), subject, [verb, as_], subtree(what), verb, offset,
                      rule="perception_attribution")


def appeal_attribution(verb: Token, offset: int) -> Found | None:
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
    subject = subject_of(verb)
    if subject is None:
        return None
    if purpose is not None and prep is None:
        marker = next(m for m in purpose.children if m.lower_ == "for")
        content = trimmed([t for t in purpose.subtree if t.i != marker.i])
        cue = [verb, marker]
    else:
        cue = cue_tokens(verb)
        content = trimmed(rest_after(verb, cue[-1]))
    if not content:
        return None
    return make_found(subtree(subject), subject, cue, content, verb, offset, rule="appeal_attribution")


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


def self_description_attribution(verb: Token, offset: int) -> Found | None:
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
    subject = subject_of(verb)
    if complement is None or subject is None:
        return None
    return make_found(subtree(subject), subject, [verb, reflexive], trimmed(subtree(complement)), verb, offset,
                      rule="self_description_attribution")


def parenthetical_attribution(verb: Token, offset: int) -> Found | None:
    """'CLAUSE, she said, ...': the parser hangs the reporting verb off the clause it reports."""
    if verb.lemma_ not in CLAUSE_VERBS or verb.dep_ != "parataxis" or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    subject = subject_of(verb)
    content = trimmed([t for t in subtree(verb.head, exclude=[verb]) if t.i < verb.i])
    if subject is None or not content:
        return None
    return make_found(subtree(subject), subject, [verb], content, verb, offset, rule="parenthetical_attribution")


def trailing_source_attribution(verb: Token, offset: int) -> Found | None:
    """'CONTENT, the president's spokeswoman, Natalya Eismont, said in a statement.' and 'CONTENT, said Peskov.':
    read off the token sequence, since the parser hangs such a source off the content."""
    if verb.lemma_ not in CLAUSE_VERBS or verb.pos_ != "VERB" or any(c.dep_ == "ccomp" and c.i > verb.i
                                                                      for c in verb.children):
        return None
    after = [t for t in verb.sent if t.i > verb.i]
    tail = phrases.split_commas(after)[0] if after else []
    if any(t.lower_ == "that" or t.is_quote or t.text == ":" for t in tail) or phrases.is_clause(tail):
        return None
    split = phrases.source_before(verb)
    if split is not None:
        content, source = split
    else:
        before = phrases.strip_edges([t for t in verb.sent if t.i < verb.i])
        source = phrases.source_after(verb)
        if source is None or not before or verb.nbor(-1).text != ",":
            return None
        content = before
    if not content or content[0].is_quote or content[-1].is_quote:
        return None
    if content[0].tag_ in ("VBN", "VBG") and not any(t.dep_ in ("nsubj", "nsubjpass") for t in content):
        return None  # 'Asked whether ..., Lukashenko said': the circumstance, not what was said
    head = phrase_head(source)
    if head is None:
        return None
    return make_found(source, head, [verb], content, verb, offset, rule="trailing_source_attribution", as_found=True)


def as_attribution(verb: Token, offset: int) -> Found | None:
    """'As X argues, CLAUSE': the main clause is the content."""
    if verb.lemma_ not in CLAUSE_VERBS or verb.dep_ != "advcl" or not any(c.lower_ == "as" for c in verb.children):
        return None
    subject = subject_of(verb)
    if subject is None:
        return None
    content = trimmed(subtree(verb.head, exclude=[verb]))
    if not content:
        return None
    return make_found(subtree(subject), subject, [verb], content, verb, offset, rule="as_attribution")


def according_attribution(token: Token, offset: int) -> Found | None:
    """'According to X, CLAUSE' and 'CLAUSE, according to X': X with the description beside it ('Igor Karpenko,
    the commission's chairman'); the rest of the sentence is the content."""
    if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.nbor(1).lower_ != "to":
        return None
    to = token.nbor(1)
    sent = token.sent
    before = phrases.strip_edges([t for t in sent if t.i < token.i])
    after = [t for t in sent if t.i > to.i]
    if before and phrases.is_clause(before) and not (before[-1].is_quote and before[0].is_quote):
        source = phrases.strip_edges(_source_to_end(after))
        content = before
    else:
        split = phrases.phrase_then_clause(after)
        if split is None:
            return None
        source, content = split
    head = phrase_head(source) if source else None
    if head is None or not content:
        return None
    relay = _cited_by(source)
    if relay is not None:
        source = [t for t in source if t.i < relay[0].i]
    return make_found(source, head, [token, to], content, token, offset, rule="according_attribution",
                      relay=relay[1] if relay else None, as_found=True)


def _source_to_end(tokens: list[Token]) -> list[Token]:
    """A source at the end of a sentence, up to the clause that describes it (', who spoke to CPJ')."""
    out: list[Token] = []
    for part in phrases.split_commas(tokens):
        words = phrases.strip_edges(part)
        if out and (not words or words[0].lower_ in RELATIVE_PRONOUNS or words[0].tag_ == "VBG"
                    or phrases.is_clause(words)):
            break
        out += ([t for t in tokens if out and out[-1].i < t.i < words[0].i] if out and words else []) + words
    return out


def _cited_by(source: list[Token]) -> tuple[Token, list[Token]] | None:
    """'the results from the commission that were cited by the state news agency Belta': (where the relay clause
    starts, the relay)."""
    for t in source:
        if t.lemma_ in en.RELAY_VERBS and t.tag_ == "VBN":
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            relay = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if relay is not None:
                start = next((c for c in t.children if c.dep_ == "nsubjpass" and c.lower_ in RELATIVE_PRONOUNS), t)
                phrase = [x for x in source_phrase(relay) if not x.like_num and x.ent_type_ not in ("DATE", "TIME")
                          and x.lower_ != "on"]
                return start, phrase
    return None


def viewpoint_attribution(noun: Token, offset: int) -> Found | None:
    """'from the EU's viewpoint', 'in Moscow's view', 'in the eyes of X': what the phrase qualifies is X's view."""
    if noun.lemma_.lower() not in en.VIEWPOINT_NOUNS or noun.pos_ != "NOUN":
        return None
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in ("from", "in") or prep.head.i == prep.i:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if owner is None or owner.lower_ in PRONOUNS and owner.lower_ in ("my", "our"):
        return None
    anchor = prep.head
    # Inside a relative clause the view is of the thing described ('the vote that was not properly held').
    target = anchor.head if anchor.dep_ == "relcl" else anchor
    content = trimmed(subtree(target, exclude=[prep]))
    return make_found(subtree(owner), owner, [prep, *[t for t in subtree(noun) if t.i > owner.i]], content, noun,
                      offset, rule="viewpoint_attribution", hedge=f"a party's view: {prep.text} {noun.text}")


def reportedly_attribution(adverb: Token, offset: int) -> Found | None:
    """'The police reportedly sent 15 titles to an expert': the clause is what unnamed reports say."""
    if adverb.lower_ not in ("reportedly",) or adverb.dep_ != "advmod" or adverb.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = adverb.head
    skip = [c for c in verb.children if c.dep_ in ("conj", "cc") and c.i > verb.i]
    content = [t for t in subtree(verb, exclude=[adverb, *skip])]
    return make_found(None, None, [adverb], content, adverb, offset, rule="reportedly_attribution",
                      hedge="reportedly", described="unnamed reports")


def information_origin_attribution(verb: Token, offset: int) -> Found | None:
    """'Information on the incidents has come from Kyiv and the opposition': where the information comes from is
    its source."""
    if verb.lemma_ != "come":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    from_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    origin = next((c for c in from_.children if c.dep_ == "pobj"), None) if from_ is not None else None
    if subject is None or origin is None or subject.lemma_.lower() not in en.INFORMATION_NOUNS:
        return None
    cue = [t for t in verb.sent if t.i in (verb.i, from_.i) or subject.i < t.i < from_.i and t.head.i == verb.i]
    return make_found(subtree(origin), origin, sorted(cue, key=lambda t: t.i), subtree(subject), verb, offset,
                      rule="information_origin_attribution")


INTENT_NOUNS = frozenset("threat promise pledge call demand vow offer plan proposal ultimatum".split())


def claim_noun_attribution(noun: Token, offset: int) -> Found | None:
    """'reports that CLAUSE', 'Putin's announcement that CLAUSE', 'a briefing raised fears that CLAUSE', 'his threat to
    flood the EU with migrants'."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLAIM_NOUNS | INTENT_NOUNS:
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
    if clause is None and noun.lemma_.lower() in INTENT_NOUNS:
        clause = next((c for c in noun.children if c.dep_ == "acl" and any(g.tag_ == "TO" for g in c.children)), None)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if clause is None or owner is None:
            return None
        return make_found(subtree(owner), owner, [noun], subtree(clause), noun, offset, rule="claim_noun_attribution")
    if clause is None:
        return published_report_attribution(noun, offset)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    source = owner or (subject_of(noun.head) if noun.dep_ in ("dobj", "attr") else None)
    if source is None or source.lower_ in ("there", "it"):
        # An unowned "reports that ...": the reports themselves are the source.
        source_tokens = [t for t in subtree(noun, exclude=[clause]) if not t.is_punct]
        head = noun
    else:
        source_tokens, head = subtree(source), source
    cue = [noun.head, noun] if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else [noun]
    content = trimmed(subtree(clause))
    return make_found(source_tokens, head, cue, content, noun, offset, rule="claim_noun_attribution")


def published_report_attribution(noun: Token, offset: int) -> Found | None:
    """'X posted a report on Y', 'X published a statement about Y': the subject of the report is its content."""
    if noun.lemma_.lower() not in ("report", "statement", "account") or noun.dep_ != "dobj":
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "about")), None)
    topic = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    subject = subject_of(noun.head)
    if topic is None or subject is None:
        return None
    return make_found(subtree(subject), subject, [noun.head, noun, prep], trimmed(subtree(topic)), noun, offset,
                      rule="published_report_attribution")


def conviction_attribution(adjective: Token, offset: int) -> Found | None:
    """'X is confident that CLAUSE', 'X is aware of Y'."""
    if adjective.lemma_.lower() not in CONVICTION_ADJECTIVES:
        return None
    clause = next((c for c in adjective.children if c.dep_ == "ccomp"), None)
    of = next((c for c in adjective.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    target = clause or (next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None)
    subject = subject_of(adjective) or (subject_of(adjective.head) if adjective.head.i != adjective.i else None)
    if target is None or subject is None:
        return None
    cue = [adjective] + ([of] if of is not None and clause is None else [])
    content = trimmed(subtree(target)) if clause is not None else trimmed(rest_after(adjective, cue[-1]))
    return make_found(subtree(subject), subject, cue, content, adjective, offset, rule="conviction_attribution")


def evidence_attribution(verb: Token, offset: int) -> Found | None:
    """'Images indicating X', 'the early count suggesting X', 'a video released by her office showed X': evidence
    that shows or suggests. What only suggests is tentative; pictures no one stands behind are unverified."""
    if verb.lemma_ not in en.EVIDENCE_VERBS:
        return None
    if verb.dep_ == "acl" or verb.tag_ == "VBG" and verb.i and verb.nbor(-1).lemma_.lower() in en.EVIDENCE_NOUNS:
        holder = verb.head if verb.dep_ == "acl" else verb.nbor(-1)  # 'the early count suggesting ...'
    else:
        holder = subject_of(verb)
    if holder is None or holder.lower_ not in en.EVIDENCE_NOUNS and holder.lemma_.lower() not in en.EVIDENCE_NOUNS:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "ccomp")), None)
    if obj is None:
        return None
    owned = has_owner(holder) or any(t.ent_type_ in ("PERSON", "ORG") for t in holder.subtree)
    hedge = (f"tentative: {verb.text}" if verb.lemma_ in en.TENTATIVE_VERBS
             else f"unnamed source: {holder.text}" if holder.lower_ in en.IMAGERY_NOUNS and not owned else None)
    source = [t for t in subtree(holder, exclude=[verb]) if not t.is_punct and t.i < verb.i] \
        if verb.dep_ == "acl" or holder.i == verb.i - 1 else subtree(holder)
    return make_found(source, holder, [verb], trimmed(subtree(obj)), verb, offset, rule="evidence_attribution",
                      hedge=hedge)


RULES = (counter_claim_attribution, impersonal_attribution, relay_as_saying_attribution, clause_attribution, object_attribution,
         self_description_attribution, perception_attribution, speech_act_attribution, appeal_attribution,
         as_attribution, parenthetical_attribution, trailing_source_attribution, according_attribution,
         viewpoint_attribution, reportedly_attribution, information_origin_attribution, claim_noun_attribution,
         conviction_attribution, evidence_attribution)


# Every rule starts from a token whose lemma (or, for 'according', whose form) is one of these words: only those
# tokens are looked at, read off the token arrays without making a Token object for every word of the report.
_TRIGGERS = frozenset({*CLAUSE_VERBS, *OBJECT_VERBS, *APPEAL_VERBS, *CLAIM_NOUNS, *CONVICTION_ADJECTIVES, "according",
                       *en.SPEECH_ACT_VERBS, *en.PERCEPTION_VERBS, *en.EVIDENCE_VERBS, *en.VIEWPOINT_NOUNS,
                       *en.IMPERSONAL_VERBS, *INTENT_NOUNS, "call", "describe", "consider", "regard", "style",
                       "proclaim", "quote", "cite", "reportedly", "come", "accuse", *en.DENIAL_VERBS})


def _candidates(doc: Doc) -> Iterable[Token]:
    strings = doc.vocab.strings
    for i, (lemma, lower) in enumerate(doc.to_array(["LEMMA", "LOWER"]).tolist()):
        word = strings[lemma]
        if word in _TRIGGERS or word.lower() in _TRIGGERS or strings[lower] in _TRIGGERS:
            yield doc[i]


def reported_statements(parsed: Sequence[tuple[int, Doc]]) -> list[Found]:
    """Every construction's findings, less those that sit inside another's content: a reported speaker's own report
    of what others do ('she contends that Belarusians will reject ...') is part of what she said."""
    found: list[Found] = []
    for offset, doc in parsed:
        for token in _candidates(doc):
            if token.pos_ in ("VERB", "AUX") and unsaid(token):
                continue
            for rule in RULES:
                hit = rule(token, offset)
                if hit is not None:
                    found.append(hit)
                    break
    return [f for f in found if not any(o is not f and o.content[0] <= f.content[0] and f.content[1] <= o.content[1]
                                        and (f.source is None or o.content[0] <= f.source[0] < o.content[1])
                                        for o in found)]
