"""Every statement rule, run over the tokens that can start one; findings inside another's content are part of it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from dossier.extract.speech.phrase_rules import (
    according_attribution,
    claim_noun_attribution,
    conviction_attribution,
    reportedly_attribution,
    viewpoint_attribution,
)
from dossier.extract.speech.statements import Found, unsaid
from dossier.extract.speech.verb_rules import (
    appeal_attribution,
    as_attribution,
    clause_attribution,
    counter_claim_attribution,
    evidence_attribution,
    impersonal_attribution,
    information_origin_attribution,
    object_attribution,
    parenthetical_attribution,
    perception_attribution,
    relay_as_saying_attribution,
    self_description_attribution,
    speech_act_attribution,
    trailing_source_attribution,
)
from dossier.lexicon import en
from dossier.lexicon.en import APPEAL_VERBS, CLAIM_NOUNS, CLAUSE_VERBS, CONVICTION_ADJECTIVES, OBJECT_VERBS

RULES = (counter_claim_attribution, impersonal_attribution, relay_as_saying_attribution, clause_attribution, object_attribution,
         self_description_attribution, perception_attribution, speech_act_attribution, appeal_attribution,
         as_attribution, parenthetical_attribution, trailing_source_attribution, according_attribution,
         viewpoint_attribution, reportedly_attribution, information_origin_attribution, claim_noun_attribution,
         conviction_attribution, evidence_attribution)


# Every rule starts from a token whose lemma (or, for 'according', whose form) is one of these words: only those
# tokens are looked at, read off the token arrays without making a Token object for every word of the report.
_TRIGGERS = frozenset({*CLAUSE_VERBS, *OBJECT_VERBS, *APPEAL_VERBS, *CLAIM_NOUNS, *CONVICTION_ADJECTIVES, "according",
                       *en.SPEECH_ACT_VERBS, *en.PERCEPTION_VERBS, *en.EVIDENCE_VERBS, *en.VIEWPOINT_NOUNS,
                       *en.IMPERSONAL_VERBS, *en.INTENT_NOUNS, *en.SELF_DESCRIPTION_VERBS, *en.CITING_VERBS,
                       "reportedly", "come", "accuse", "words", *en.DENIAL_VERBS,
                       *en.FINDING_VERBS})


# Longer than any sentence a reporter writes: what the parser reads as one sentence of this length has no sentence
# ends (a list, a table, hostile text), and reading statements off it costs its length for each of its verbs.
MAX_SENTENCE_TOKENS = 400


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
            if token.sent.end - token.sent.start > MAX_SENTENCE_TOKENS:
                continue  # rule `no_sentence`: a run of words with no sentence end is a list or noise, not speech
            for rule in RULES:
                hit = rule(token, offset)
                if hit is not None:
                    found.append(hit)
                    break
    return outside_each_other(found)


def outside_each_other(found: list[Found]) -> list[Found]:
    """Findings not inside the content of another that starts no later and reaches furthest, with the source inside
    that content too (or no source): one pass over the findings in order, not every pair."""
    ordered = sorted(found, key=lambda f: (f.content[0], -f.content[1]))
    kept: list[Found] = []
    widest: Found | None = None
    for f in ordered:
        if widest is not None and f.content[1] <= widest.content[1] and (
                f.source is None or widest.content[0] <= f.source[0] < widest.content[1]):
            continue
        kept.append(f)
        if widest is None or f.content[1] > widest.content[1]:
            widest = f
    order = {id(f): n for n, f in enumerate(found)}
    return sorted(kept, key=lambda f: order[id(f)])
