"""Events: a clause with a resolved date is a happening a reader would put on a timeline."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dossier.extract.dates import week_start
from dossier.extract.times import speaks_of_future
from dossier.extract.tokens import TokenFinder
from dossier.lexicon import en
from dossier.model import Event, Mention, TimeExpr

MAX_WHAT_CHARS = 160
_DATELINE = re.compile(en.DATELINE_PATTERN)
EVENT_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"})  # and groups (NORP)


def extract_events(text: str, parsed: Sequence[tuple[int, Doc]], times: Sequence[TimeExpr],
                   mentions: Sequence[Mention], published: str | None = None) -> list[Event]:
    """One event per resolved date that dates a happening: its evidence is the clause of the verb the date belongs
    to. Dates of states, of datelines, of what is still to come and of words cut off by the page make none."""
    events = []
    seen: set[tuple[str, str]] = set()
    token_at = TokenFinder(parsed)
    for time in times:
        if not time.value or time.in_furniture or _ends_a_period(text, time) or _in_dateline(text, time):
            continue
        if _after(time.value, published) or speaks_of_future(token_at, time.start):
            continue  # 'will come into force on Thursday': not yet happened
        clause = _clause(token_at, time)
        if clause is None or _a_state(token_at, text, time) or _cut_off(text, clause[1]):
            continue
        start, end = clause
        what = " ".join(text[start:end].split())
        if (time.value, what.rstrip(".!?")) in seen:
            continue  # the same sentence printed twice
        seen.add((time.value, what.rstrip(".!?")))
        events.append(event_of(time.value, start, end, what, mentions))
    return events


def event_of(value: str, start: int, end: int, what: str, mentions: Sequence[Mention]) -> Event:
    """The event of a clause: its wording (cut to MAX_WHAT_CHARS at a word) and the actors named inside it."""
    if len(what) > MAX_WHAT_CHARS:
        what = what[:MAX_WHAT_CHARS].rsplit(" ", 1)[0] + " …"
    actors = tuple(dict.fromkeys(m.text for m in mentions if start <= m.start and m.end <= end
                                 and m.label in EVENT_ACTOR_LABELS))
    return Event(value, start, end, what, actors)


# Words before a date that make it the start or the reference point of a state: 'since 1994', 'as of today', 'from
# 2020', 'after 2020' (a year after which something holds).
_STATE_OPENERS = re.compile(r"(?:\bsince|\bas of|\bafter|\bbefore)\s*$", re.IGNORECASE)


def _a_state(token_at: TokenFinder, text: str, time: TimeExpr) -> bool:
    """Rule `state_not_event`: 'has ruled since 1994', 'As of today, there are 360 people', 'voting is taking place':
    what holds, not what happened."""
    surface = time.text.lower()
    opener = _STATE_OPENERS.search(text[max(0, time.start - 10):time.start])
    word = surface.split()[0] if surface.startswith(("since", "as of", "after", "before")) else \
        opener.group().split()[0].lower() if opener else None
    if word in ("since", "as"):
        return True
    if word is not None:  # 'after 2020': a year after which something holds; 'after 24 February' dates a happening
        return not re.fullmatch(r"\d{4}-\d{2}-\d{2}", time.value or "")
    token = token_at(time.start)
    verb = _governing_verb(token) if token is not None else None
    if verb is not None and any(t.lower_ == "since" for t in (*_path(token, verb), *verb.children)
                                if t.i < token.i):
        return True  # 'Since the retreat in early April 2022, Belarus has continued to ...'
    if verb is None or any(t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "attr")
                           for t in _path(token, verb)):
        return False  # the date dates a noun ('the repression in 2020'), whatever the tense around it
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ != "say":
        return True  # 'there are', 'Belarus regards'
    aux = {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBG" and bool(aux & {"VBZ", "VBP"})  # 'is taking place'


def _path(token: Token, verb: Token) -> list[Token]:
    """The words between a token and the verb it hangs under, the token excluded."""
    out, node = [], token.head
    while node.i != verb.i and node.head.i != node.i:
        out.append(node)
        node = node.head
    return out


def _after(value: str, published: str | None) -> bool:
    """Whether a date begins after the publication date (a week from its Monday, a month or year from its start)."""
    if not published:
        return False
    start = week_start(value) if "-W" in value else value
    return start[:len(published)] > published[:len(start)]


def _in_dateline(text: str, time: TimeExpr) -> bool:
    """'BRUSSELS, December 1. /TASS/.', 'Stockholm, August 16, 2021 –': where and when the wire was filed."""
    line_start = text.rfind("\n", 0, time.start) + 1
    match = _DATELINE.match(text, line_start)
    return match is not None and time.end <= match.end()


def _cut_off(text: str, end: int) -> bool:
    """The clause runs into the end of a report that was cut off mid-sentence ('On Monday morning, Belarus' Inves')."""
    rest = text[end:].strip()
    return not rest and not text.rstrip().endswith(en.SENTENCE_END_MARKS)


def _ends_a_period(text: str, time: TimeExpr) -> bool:
    """'in office until 2035': the end of a state of affairs, not something that happened then."""
    before = text[max(0, time.start - 8):time.start].lower()
    return before.rstrip().endswith(("until", "till", "through")) or time.text.lower().startswith(("until", "till"))


def _clause(token_at: TokenFinder, time: TimeExpr) -> tuple[int, int] | None:
    token = token_at(time.start)
    if token is None:
        return None
    offset, sent = token_at.offset_of(token), token.sent
    verb = _governing_verb(token)
    # 'the assault ... that began on Thursday': a relative clause is told with the noun it describes.
    if verb is not None and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        verb = verb.head
    tokens = [t for t in (verb.subtree if verb is not None else sent)
              if sent.start <= t.i < sent.end and (not t.is_punct or t.i not in (sent.start, sent.end - 1))]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("cc", "mark")):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return None
    return offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1].text)


def _governing_verb(token: Token) -> Token | None:
    for ancestor in [token, *token.ancestors]:
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ not in ("amod", "compound"):
            return ancestor
    return None
