"""The time a figure refers to: a date that governs it in the parse, not any date that happens to be near.

Each decision is a named rule:
- `governing_date`: a date attached to the figure's own clause, or to a clause that holds it ('On May 18,
  authorities raided the offices ... and detained 15 employees'); not one inside another clause ('Syarhei, detained
  since 2020, was given an 18-year sentence' is dated by 'In December', not by 2020), and not the date of a report
  about it ('officials said on Monday that ... had won 80%': Monday is when they said it).
- `narrative_date`: a figure whose sentence has no date of its own takes the date the paragraphs before it last
  set ('At that time, several thousand people demonstrated'), a date of something that happened: not the day a
  thing was said, nor one still to come.
- `no_time_for_a_rule`: a rule or a habit ('must win 5%', 'used to catch a few dozen a year') holds at no time.
- `ongoing_state`: a figure in a state that runs up to the report ('up to 200 volunteers are fighting', 'she has
  been held for 2 years') or in something that recurs up to it ('groups of several dozen people every day') holds
  over the month of the report, not on its day.
- `as_of_publication`: a figure in the present or present perfect ('360 political prisoners are held', 'have been
  recognised') holds on the day the report was published; so does a figure nothing in its sentence or the
  paragraphs before it dates (a news report tells what happened as of its dateline). Not a length or an area,
  which hold at no particular time.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from datetime import date
from itertools import takewhile

from spacy.tokens import Token

from dossier.extract.tokens import TokenFinder
from dossier.lexicon import en
from dossier.model import TimeExpr

VERBS = ("VERB", "AUX")
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def clause_verb(token: Token | None) -> Token | None:
    """The verb of the clause a token stands in."""
    for _ in range(12):
        if token is None:
            return None
        if _is_verb(token):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def dated(anchor: Token | None, tokens: TokenFinder, times: Sequence[TimeExpr], starts: Sequence[int],
          published: date | None, counts_things: bool = True, duration: bool = False,
          ) -> tuple[str | None, TimeExpr | None]:
    """The time the figure whose phrase is `anchor` refers to; `times` are the report's valued times in order,
    `starts` where each begins (looked up by bisection, so a report's figures cost no scan of all its dates).
    `counts_things`: a count of people or things (a length or an area holds at no particular time)."""
    if anchor is None:
        return None, None
    verb = clause_verb(anchor)
    sentence = anchor.sent
    offset = tokens.offset_of(anchor)
    lo, hi = offset + sentence.start_char, offset + sentence.end_char
    at = offset + anchor.idx
    found: list[tuple[int, int, TimeExpr]] = []
    for t in times[bisect_left(starts, lo):bisect_left(starts, hi)]:
        top = _top(tokens, t)
        level = _governs(top, anchor, verb) if top is not None and top.doc is anchor.doc else 0
        if level:
            # the nearest date before the figure, then the nearest after ('on 4 September — another 30')
            found.append((level, 0 if t.start < at else 1, abs(t.start - at), t))
    if found:
        level, _, _, t = min(found, key=lambda f: f[:3])
        return t.value, (t if level == 1 else None)
    if verb is not None and (any(c.tag_ == "MD" for c in verb.children if c.dep_ in ("aux", "auxpass"))
                             or verb.dep_ == "xcomp" and verb.head.lemma_ == "use"
                             and any(c.lower_ == "to" for c in verb.children)):
        return None, None  # rule `no_time_for_a_rule`: 'a candidate must secure over 50%', 'guards used to catch a
        # few dozen a year' hold at no particular time
    if published is not None and verb is not None and (_ongoing(verb, duration) or _recurring(verb)):
        return published.isoformat()[:7], None  # rule `ongoing_state`: 'has been imprisoned for 2 years'
    now = published.isoformat() if published is not None and counts_things else None
    if now and verb is not None and _present(verb):
        return now, None  # rule `as_of_publication`
    paragraphs = tokens.before(lo, NARRATIVE_PARAGRAPHS)
    since = paragraphs[0][0] if paragraphs else offset
    for t in reversed(times[bisect_left(starts, since):bisect_left(starts, lo)]):
        if _sets_the_date(t) and _dates_a_happening(tokens, t):
            return t.value, None  # rule `narrative_date`
    return now, None  # rule `as_of_publication`: an undated figure holds as of the day the report was published


NARRATIVE_PARAGRAPHS = 8  # how far back a paragraph's date still frames a figure


def _top(tokens: TokenFinder, t: TimeExpr) -> Token | None:
    """The token of a date expression whose head lies outside it."""
    first = tokens(t.start)
    if first is None:
        return None
    offset = tokens.offset_of(first)
    inside = takewhile(lambda x: offset + x.idx < t.end, first.doc[first.i:])  # not the rest of the paragraph
    return next((x for x in inside if not (t.start <= offset + x.head.idx < t.end) or x.head.i == x.i), first)


def _governs(top: Token, anchor: Token, verb: Token | None) -> int:
    """Rule `governing_date`: climbing from the date, the first verb met is the figure's clause verb or one whose
    clause holds it (not across a reporting verb's complement); a date on the figure's own phrase governs too.
    1 when it does so directly; 2 through a participle on one of the clause's nouns ('the election held on
    Sunday'); 3 through a relative clause on one ('protests that followed Sunday's vote'), not one that reports
    ('results that were cited on Monday'); 0 when it does not govern; a comparison's base ('than last year's')
    never does."""
    node, level = top, 1
    for _ in range(16):
        if node.i == anchor.i:
            return level
        if node.lower_ in en.COMPARISON_WORDS:
            return 0
        if _is_verb(node) and node.i != top.i:
            if node.dep_ == "acl" and level == 1 and node.head.pos_ in ("NOUN", "PROPN") and node.head.dep_ != "ROOT":
                node, level = node.head, 2  # a participle on a noun: the noun's clause decides
                continue
            if node.dep_ == "relcl" and level == 1 and node.head.pos_ in ("NOUN", "PROPN") \
                    and node.lemma_ not in en.CLAUSE_VERBS | en.RELAY_VERBS:
                node, level = node.head, 3  # 'in a crackdown on protests that followed Sunday's vote': last resort
                continue
            break
        if node.head.i == node.i:
            break
        node = node.head
    else:
        return 0
    if verb is None or not _is_verb(node):
        return 0
    if node.dep_ == "conj" and node.head.i == verb.i and top.i > node.i:
        return level  # 'one person was killed and dozens were injured on Sunday': a trailing date both share
    climb = verb
    for _ in range(12):
        if climb.i == node.i:
            return level
        if climb.dep_ == "ccomp" and climb.head.lemma_ in en.CLAUSE_VERBS:
            return 0  # the date of the saying, not of what was said
        if climb.dep_ in ("acl", "relcl", "advcl") and climb.i != verb.i:
            return 0
        if climb.head.i == climb.i:
            return 0
        climb = climb.head
    return 0


def _dates_a_happening(tokens: TokenFinder, t: TimeExpr) -> bool:
    """A date that sets a narrative dates something that happened: not the day something was said ('officials said
    on Monday'), nor something still to come ('results are expected by 5 February', 'will meet on Friday')."""
    top = _top(tokens, t)
    verb = clause_verb(top) if top is not None else None
    if verb is None:
        return True
    for v in (verb, verb.head if verb.dep_ in ("xcomp", "ccomp") else verb):
        if v.lemma_ in en.CLAUSE_VERBS or v.lemma_ in en.EXPECTATION_VERBS:
            return False
        if any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lemma_ == "will") for c in v.children):
            return False
    return True


def _is_verb(token: Token) -> bool:
    """A verb heading a clause; not 'According' of 'According to a poll', which the tagger calls a verb."""
    return token.pos_ in VERBS and token.dep_ not in ("prep", "agent")


def _sets_the_date(t: TimeExpr) -> bool:
    """A date precise enough to carry a narrative (a day, a week or a month), not a bare year."""
    return bool(t.value) and len(t.value) >= 7


def _recurring(verb: Token) -> bool:
    """Rule `ongoing_state`, iterated: 'guards now stumble upon groups of several dozen people every day' happens
    again and again up to the report (a habit of the past is 'used to', which holds at no time)."""
    for c in verb.children:
        if c.dep_ == "npadvmod" and c.lemma_ in ("day", "week", "night", "month") \
                and any(d.lower_ in ("every", "each") for d in c.children):
            return True
        if c.dep_ == "advmod" and c.lower_ in ("daily", "weekly", "nightly"):
            return True
    return False


def _ongoing(verb: Token, duration: bool = False) -> bool:
    """A state that runs up to the report ('is currently fighting', 'has been imprisoned for 2 years'), not an event
    of a day: a present progressive, or a present perfect that says how long ('for', 'since')."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    progressive = verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in PRESENT_TAGS for a in aux)
    perfect = verb.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in PRESENT_TAGS for a in aux)
    lasting = duration or any(c.dep_ == "prep" and c.lower_ in ("for", "since") for c in verb.children)
    return progressive or (perfect and lasting)  # 'have been released' is an event; 'has been held for' a state


def _present(verb: Token) -> bool:
    """The clause speaks of now: a present verb, or a perfect ('have been recognised')."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(w.tag_ in PRESENT_TAGS for w in words)
