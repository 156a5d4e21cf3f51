"""Reported statements read off the dependency parse: who (the subject), the cue (the reporting verb or phrase), and
what (the clause it governs). One named function per construction, so that `dossier eval --explain` can show which
one misfires; `attributions.py` adds quotes, speakers and hedges on top.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dossier.extract.hedging import UNNAMED_SOURCE_NOUNS

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
class Found:
    """An attribution before its source is resolved: character spans into the document's clean text."""

    source: tuple[int, int] | None
    source_head: Token | None
    head_at: int | None  # the source head's offset in the clean text
    cue: tuple[int, int] | None
    content: tuple[int, int]
    direct: bool
    sentence_span: tuple[int, int]


def source_phrase(head: Token) -> list[Token]:
    """The noun phrase that names a source, without the clauses that describe it ('an officer who uses ...')."""
    clauses = [c for c in head.children if c.dep_ in ("relcl", "acl", "advcl")]
    return trimmed(subtree(head, exclude=clauses))


def make_found(source: Sequence[Token] | None, head: Token | None, cue: Sequence[Token] | None, content: Sequence[Token],
           anchor: Token, offset: int) -> Found | None:
    content = trimmed(same_clause_group(list(content), anchor))
    if source and head is not None and head.pos_ in ("NOUN", "PROPN") and head in source:
        source = source_phrase(head) or source
    if not content:
        return None
    return Found(span_of(source, offset) if source else None, head, offset + head.idx if head is not None else None,
                  span_of(cue, offset) if cue else None, span_of(content, offset), False, span_of(anchor.sent, offset))


def span_of(tokens: Sequence[Token] | Span, offset: int) -> tuple[int, int]:
    first, last = tokens[0], tokens[-1]
    return offset + first.idx, offset + last.idx + len(last.text)


def trimmed(tokens: list[Token]) -> list[Token]:
    """Drop the grammar at the edges of a content span: 'that', conjunctions, punctuation, quote marks."""
    while tokens and (tokens[0].dep_ in ("mark", "cc", "punct") or tokens[0].is_punct or tokens[0].is_space
                      or tokens[0].lower_ in ("that",)):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    return tokens


CONTRASTIVE_MARKS = frozenset({"while", "whereas", "although", "though"})


def subtree(token: Token, exclude: Iterable[Token] = ()) -> list[Token]:
    """The token's subtree without `exclude`, and without contrastive clauses ('..., while X said ...'), which are
    the writer setting another voice beside the reported one, not part of what was reported."""
    contrast = [t for t in token.subtree if t is not token and t.dep_ == "advcl"
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
        if child.dep_ in ("nsubj", "nsubjpass"):
            # 'a monitor who asked not to be named': the relative clause's subject is the noun it hangs off.
            if child.lower_ in RELATIVE_PRONOUNS:
                return verb.head if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") else None
            return child
    # "... and declared that ...": a conjoined verb shares the first verb's subject.
    if verb.dep_ == "conj":
        return subject_of(verb.head)
    # "confident that ..." hangs off a clause whose subject is the holder of the conviction.
    if verb.dep_ in ("acomp", "amod", "advcl", "xcomp") and verb.head is not verb:
        return subject_of(verb.head)
    # "..., Tsikhanouskaya, a former teacher, now calls herself ...": a name the parser misread as an apposition.
    if verb.dep_ == "ROOT":
        before = [t for t in verb.sent if t.i < verb.i and t.dep_ == "appos" and t.pos_ == "PROPN"]
        if before and verb.i - before[-1].i <= 8:
            return before[-1]
    return None


def cue_tokens(verb: Token) -> list[Token]:
    """The verb with its particle or governing preposition ('called on', 'appealing to', 'pointed out')."""
    extra = [c for c in verb.children if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("on", "for", "to", "of"))
             and verb.lemma_ in APPEAL_VERBS | {"aware"}]
    return sorted([verb, *extra[:1]], key=lambda t: t.i)


def clause_attribution(verb: Token, offset: int) -> Found | None:
    """'X said (that) CLAUSE' and 'CLAUSE, X said': the clausal complement of a reporting verb."""
    if verb.lemma_ not in CLAUSE_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return None
    complement = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if complement is None:
        return None
    content = trimmed(subtree(complement))
    subject = subject_of(verb)
    if not content or subject is None:
        return None
    return make_found(subtree(subject), subject, cue_tokens(verb), content, verb, offset)


def object_attribution(verb: Token, offset: int) -> Found | None:
    """'X announced the creation of Y': the object of a verb of announcing or denying is the content."""
    if verb.lemma_ not in OBJECT_VERBS or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subject = subject_of(verb)
    if obj is None or subject is None:
        return None
    content = trimmed(subtree(obj))
    return make_found(subtree(subject), subject, [verb], content, verb, offset)


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
        content = trimmed([t for t in purpose.subtree if t is not marker])
        cue = [verb, marker]
    else:
        cue = cue_tokens(verb)
        content = trimmed(rest_after(verb, cue[-1]))
    if not content:
        return None
    return make_found(subtree(subject), subject, cue, content, verb, offset)


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
    return make_found(subtree(subject), subject, [verb, reflexive], trimmed(subtree(complement)), verb, offset)


def parenthetical_attribution(verb: Token, offset: int) -> Found | None:
    """'CLAUSE, she said, ...': the parser hangs the reporting verb off the clause it reports."""
    if verb.lemma_ not in CLAUSE_VERBS or verb.dep_ != "parataxis" or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    subject = subject_of(verb)
    content = trimmed([t for t in subtree(verb.head, exclude=[verb]) if t.i < verb.i])
    if subject is None or not content:
        return None
    return make_found(subtree(subject), subject, [verb], content, verb, offset)


def depiction_attribution(verb: Token, offset: int) -> Found | None:
    """'Images indicating X', 'videos appeared to show X': pictures with no one named behind them."""
    if verb.lemma_ not in ("indicate", "show", "suggest", "depict"):
        return None
    holder = verb.head if verb.dep_ == "acl" else subject_of(verb)
    if holder is None or holder.lower_ not in UNNAMED_SOURCE_NOUNS:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "ccomp")), None)
    if obj is None:
        return None
    source = [t for t in subtree(holder, exclude=[verb]) if not t.is_punct] if verb.dep_ == "acl" else subtree(holder)
    return make_found(source, holder, [verb], trimmed(subtree(obj)), verb, offset)


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
    return make_found(subtree(subject), subject, [verb], content, verb, offset)


def according_attribution(token: Token, offset: int) -> Found | None:
    """'According to X, CLAUSE': X is the source, the rest of the clause the content."""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None:
        return None
    content = trimmed(subtree(token.head, exclude=[token]))
    if not content or token.head is token:
        return None
    return make_found(subtree(source), source, [token, to], content, token, offset)


def claim_noun_attribution(noun: Token, offset: int) -> Found | None:
    """'reports that CLAUSE', 'Putin's announcement that CLAUSE', 'a briefing raised fears that CLAUSE'."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLAIM_NOUNS:
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
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
    return make_found(source_tokens, head, cue, content, noun, offset)


def published_report_attribution(noun: Token, offset: int) -> Found | None:
    """'X posted a report on Y', 'X published a statement about Y': the subject of the report is its content."""
    if noun.lemma_.lower() not in ("report", "statement", "account") or noun.dep_ != "dobj":
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "about")), None)
    topic = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    subject = subject_of(noun.head)
    if topic is None or subject is None:
        return None
    return make_found(subtree(subject), subject, [noun.head, noun, prep], trimmed(subtree(topic)), noun, offset)


def conviction_attribution(adjective: Token, offset: int) -> Found | None:
    """'X is confident that CLAUSE', 'X is aware of Y'."""
    if adjective.lemma_.lower() not in CONVICTION_ADJECTIVES:
        return None
    clause = next((c for c in adjective.children if c.dep_ == "ccomp"), None)
    of = next((c for c in adjective.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    target = clause or (next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None)
    subject = subject_of(adjective) or (subject_of(adjective.head) if adjective.head is not adjective else None)
    if target is None or subject is None:
        return None
    cue = [adjective] + ([of] if of is not None and clause is None else [])
    content = trimmed(subtree(target)) if clause is not None else trimmed(rest_after(adjective, cue[-1]))
    return make_found(subtree(subject), subject, cue, content, adjective, offset)


RULES = (clause_attribution, object_attribution, self_description_attribution, appeal_attribution, as_attribution,
         parenthetical_attribution, according_attribution, claim_noun_attribution, conviction_attribution,
         depiction_attribution)


# Every rule starts from a token whose lemma (or, for 'according', whose form) is one of these words: only those
# tokens are looked at, read off the token arrays without making a Token object for every word of the report.
_TRIGGERS = frozenset({*CLAUSE_VERBS, *OBJECT_VERBS, *APPEAL_VERBS, *CLAIM_NOUNS, *CONVICTION_ADJECTIVES, "according",
                       "call", "describe", "consider", "regard", "style", "proclaim", "indicate", "show", "suggest",
                       "depict"})


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
            for rule in RULES:
                hit = rule(token, offset)
                if hit is not None:
                    found.append(hit)
                    break
    return [f for f in found if not any(o is not f and o.content[0] <= f.content[0] and f.content[1] <= o.content[1]
                                        and (f.source is None or o.content[0] <= f.source[0]) for o in found)]
