"""Statements read from a preposition, a noun, an adjective or an adverb: 'according to X', 'from the EU's
viewpoint', 'reportedly', 'Putin's announcement that ...', 'his threat to ...', 'X is confident that ...'."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.speech import phrases
from dossier.extract.speech.statements import (
    Found,
    make_found,
    phrase_head,
    rest_after,
    source_phrase,
    subject_of,
    subtree,
    trimmed,
)
from dossier.lexicon import en
from dossier.lexicon.en import CLAIM_NOUNS, CONVICTION_ADJECTIVES, PRONOUNS, RELATIVE_PRONOUNS


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
    """'from the EU's viewpoint', 'in Moscow's view', 'in the eyes of X': what the phrase qualifies is X's view.
    'In his words, ...' is what he said, unhedged."""
    words = noun.lower_ == "words"
    if noun.lemma_.lower() not in en.VIEWPOINT_NOUNS and not words or noun.pos_ != "NOUN":
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
                      offset, rule="viewpoint_attribution",
                      hedge=None if words else f"a party's view: {prep.text} {noun.text}")


def reportedly_attribution(adverb: Token, offset: int) -> Found | None:
    """'The police reportedly sent 15 titles to an expert': the clause is what unnamed reports say."""
    if adverb.lower_ not in ("reportedly",) or adverb.dep_ != "advmod" or adverb.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = adverb.head
    if verb.lemma_ in en.CLAUSE_VERBS and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # 'Lukashenko reportedly said that ...': his statement, hedged by the adverb
    skip = [c for c in verb.children if c.dep_ in ("conj", "cc") and c.i > verb.i]
    content = [t for t in subtree(verb, exclude=[adverb, *skip])]
    return make_found(None, None, [adverb], content, adverb, offset, rule="reportedly_attribution",
                      hedge="reportedly", described="unnamed reports")


def claim_noun_attribution(noun: Token, offset: int) -> Found | None:
    """'reports that CLAUSE', 'Putin's announcement that CLAUSE', 'a briefing raised fears that CLAUSE', 'his threat to
    flood the EU with migrants'."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLAIM_NOUNS | en.INTENT_NOUNS:
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
    if clause is None and noun.lemma_.lower() in en.INTENT_NOUNS:
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
