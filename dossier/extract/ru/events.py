"""Dated happenings in Russian: one event per resolved date of the body, its evidence the clause of the verb the date
belongs to (the sentence, cut at the clause marks around the date); the date of a caption, of what is still to come
('будет', future verbs) or of a state ('с 1994 года') makes none."""

from __future__ import annotations

import re

from dossier.extract.events import event_of
from dossier.extract.ru.nlp import Parsed
from dossier.model import Event, Mention, TimeExpr

_STATE = re.compile(r"(?i)\b(?:с|со|до|начиная\s+с|после)\s*$")
_CLAUSE_MARKS = re.compile(r"[;:—–]|,\s+(?:а|но|однако|когда|который|которая|которое|которые|где)\b")


def extract_events(parsed: Parsed, times: list[TimeExpr], mentions: list[Mention], published: str | None) -> list[Event]:
    text = parsed.text
    events, seen = [], set()
    for time in times:
        if not time.value or time.in_furniture or (published and time.value > published):
            continue
        if _STATE.search(text[max(0, time.start - 15):time.start]):
            continue
        sentence = next(((s, e) for s, e in parsed.sentences if s <= time.start < e), None)
        if sentence is None:
            continue
        start, end = _clause(text, sentence, time)
        verbs = [t for t in parsed.tokens if start <= t.start < end and t.pos == "VERB"]
        if not verbs or any(t.feats.get("Tense") == "Fut" for t in verbs):
            continue  # no happening here, or one still to come
        what = " ".join(text[start:end].split()).strip(" ,.")
        if (time.value, what) in seen:
            continue
        seen.add((time.value, what))
        events.append(event_of(time.value, start, end, what, mentions))
    return events


def _clause(text: str, sentence: tuple[int, int], time: TimeExpr) -> tuple[int, int]:
    """The stretch of the sentence between the clause marks around the date."""
    start, end = sentence
    before = [m.end() for m in _CLAUSE_MARKS.finditer(text, start, time.start)]
    after = [m.start() for m in _CLAUSE_MARKS.finditer(text, time.end, end)]
    return (before[-1] if before else start), (after[0] if after else end)
