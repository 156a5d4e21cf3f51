"""Hedges: the words with which a writer marks a claim as unverified, alleged or merely official, attached to the
statement they qualify and not to its neighbour.

A hedge phrase ('could not be independently verified', 'an anonymous source', 'it is said') qualifies its sentence; an
adverb ('allegedly', 'reportedly') the statement it stands in; an adjective ('alleged', 'suspected') only the thing it
describes, so 'detained for suspected tax evasion, according to CPJ' is CPJ's plain report of a suspicion, while 'a
report on alleged acts of sabotage' is hedged. A named outlet is no unnamed source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from dossier.extract.speech.statements import Found
from dossier.extract.tokens import TokenFinder
from dossier.lexicon import en

_PHRASE = re.compile("|".join(en.HEDGE_PATTERNS), re.IGNORECASE)
_CAVEAT = re.compile("|".join(en.CAVEAT_PATTERNS), re.IGNORECASE)
# How far an adjective may sit below the head of what a statement says and still qualify the statement.
ADJECTIVE_REACH = 2


def is_caveat(sentence: str) -> bool:
    return _CAVEAT.search(sentence) is not None


def sentence_hedge(sentence: str) -> str | None:
    """Rule `hedge_phrase`: a phrase that qualifies everything its sentence reports."""
    match = _PHRASE.search(sentence)
    return match.group(0) if match else None


def word_hedge(tokens: Sequence[Token], statement: tuple[int, int], content: tuple[int, int],
               offset_of) -> str | None:
    """Rules `hedge_adverb` and `hedge_adjective`: an adverb anywhere in the statement (source, cue, content); an
    adjective in the source phrase, or near the head of the content ('alleged acts'), not deep inside it."""
    for token in tokens:
        at = offset_of(token)
        if not statement[0] <= at < statement[1]:
            continue
        low = token.lower_
        if low in en.HEDGE_ADVERBS:
            return token.text
        if low in en.HEDGE_ADJECTIVES and token.dep_ == "amod":  # 'alleged acts', not 'people suspected of ...'
            if not content[0] <= at < content[1] or _depth_in(token, content, offset_of) <= ADJECTIVE_REACH:
                return token.text
    return None


def _depth_in(token: Token, span: tuple[int, int], offset_of) -> int:
    """Steps from a token up to the head of the phrase of `span` it belongs to."""
    depth = 0
    while token.head.i != token.i and span[0] <= offset_of(token.head) < span[1]:
        token = token.head
        depth += 1
    return depth


def doubt_verb_hedge(cue: str | None) -> str | None:
    """Rule `doubt_verb`: 'the press service claims that ...': the writer keeps a distance from what is claimed."""
    if cue is None:
        return None
    first = cue.split()[0].lower() if cue.split() else ""
    stem = re.sub(r"(s|ed|ing)$", "", first)  # 'alleged' and 'alleging' lose the e of 'allege'
    return first if stem in en.DOUBT_VERBS or stem + "e" in en.DOUBT_VERBS else None


def unnamed_source_hedge(head: Token | None, names_someone: bool) -> str | None:
    """Rule `unnamed_source`: reports, pictures or posts with no one named behind them ('according to reports'); a
    report by a named outlet is no unnamed source."""
    if head is None or head.lower_ not in en.UNNAMED_SOURCE_NOUNS or names_someone or has_owner(head):
        return None
    return f"unnamed source: {head.text}"


def has_owner(head: Token) -> bool:
    """Someone stands behind it: 'her video', 'a video released by her office', 'a report from the ministry'."""
    for child in head.children:
        if child.dep_ == "poss":
            return True
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return True
        if child.dep_ == "acl" and any(c.dep_ == "agent" for c in child.children):
            return True
    return False


def disputed(text: str, tokens: TokenFinder, statements: list[Found]) -> list[Found]:
    """Rule `disputed_in_the_sentence`: a statement the same sentence reports as denied ('Western officials say Russia
    has moved troops into Belarus, a claim Minsk denies'; '65%, a figure the opposition dismissed') is hedged.
    Rule `disputed_official_figures`: where the report says the official figures or results were rejected or rigged,
    the figures officials give in it are hedged too."""
    counters = [f for f in statements if f.rule == "counter_claim_attribution" and f.source and f.cue]
    rejection = next((f for f in statements if _rejects_figures(text, tokens, f)), None)
    out = []
    for f in statements:
        counter = next((c for c in counters if c is not f and c.content[0] < f.content[1]
                        and f.content[0] < c.content[1]), None)
        if counter is not None and f.hedge is None:
            f = replace(f, hedge=f"disputed: {text[counter.source[0]:counter.source[1]]} "
                                 f"{text[counter.cue[0]:counter.cue[1]]}")
        elif rejection is not None and f is not rejection and f.hedge is None and _official_figure(text, f):
            what = " ".join(text[rejection.content[0]:rejection.content[1]].split()[:8])
            f = replace(f, hedge=f"disputed: {text[rejection.source[0]:rejection.source[1]]} "
                                 f"{text[rejection.cue[0]:rejection.cue[1]]} {what}")
        out.append(f)
    return out


def _rejects_figures(text: str, tokens: TokenFinder, f: Found) -> bool:
    """'rejected the official figures', 'believe the results of the vote were rigged'."""
    if f.source is None or f.cue is None:
        return False
    words = set(re.findall(r"[a-z]+", text[f.content[0]:f.content[1]].lower()))
    cue = tokens(f.cue[0])
    rejecting = cue is not None and cue.lemma_ in en.DENIAL_VERBS
    return bool(words & en.FIGURE_NOUNS) and (rejecting or bool(words & en.FALSIFIED_WORDS))


def _official_figure(text: str, f: Found) -> bool:
    """A figure or result given by an official source ('Election officials said ... 80% of the votes')."""
    head = f.source_head
    official = head is not None and head.lemma_.lower() in en.OFFICIAL_NOUNS or (
        f.source is not None and "official" in text[f.source[0]:f.source[1]].lower())
    return official and bool(re.search(r"\d", text[f.content[0]:f.content[1]]))
