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

from spacy.tokens import Token

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
    return first if re.sub(r"(s|ed|ing)$", "", first) in en.DOUBT_VERBS or first in ("claims", "claimed", "alleges",
                                                                                      "alleged", "purports") else None


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
