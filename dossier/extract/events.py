"""Events: a clause with a resolved date is a happening a reader would put on a timeline."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dossier.extract.tokens import TokenFinder
from dossier.model import Event, Mention, TimeExpr

MAX_WHAT_CHARS = 160
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"})


def extract_events(text: str, parsed: Sequence[tuple[int, Doc]], times: Sequence[TimeExpr],
                   mentions: Sequence[Mention]) -> list[Event]:
    """One event per resolved date: its evidence is the clause of the verb the date belongs to."""
    events = []
    token_at = TokenFinder(parsed)
    for time in times:
        if not time.value or _ends_a_period(text, time):
            continue
        clause = _clause(token_at, time)
        if clause is None:
            continue
        start, end = clause
        what = " ".join(text[start:end].split())
        if len(what) > MAX_WHAT_CHARS:
            what = what[:MAX_WHAT_CHARS].rsplit(" ", 1)[0] + " …"
        actors = tuple(dict.fromkeys(m.text for m in mentions if start <= m.start and m.end <= end
                                     and m.label in ACTOR_LABELS))
        events.append(Event(time.value, start, end, what, actors))
    return events


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
