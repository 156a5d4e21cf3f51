"""Date expressions in a document, normalised against its publication date.

Candidates come from the parser's DATE entities and from patterns it misses; whatever the normaliser cannot read
('recent weeks', 'many months', 'the weeks preceding') is not a date and is dropped. 'Four days after the invasion
began' is resolved when the report dates the invasion itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc

from dossier.extract.dates import (
    CONTEXT_RELATIVE,
    MONTH_PATTERN,
    NUMBER_WORDS,
    SEASON_PATTERN,
    normalise_time,
    relative_to,
    shift,
)
from dossier.extract.spans import TakenSpans
from dossier.extract.tokens import TokenFinder
from dossier.model import TimeExpr

_PATTERNS = re.compile(
    rf"\b(?:(?:early|late|mid-?|the (?:beginning|start|end|middle) of)\s*)?{MONTH_PATTERN}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d{{2}}|\s+(?:this|last) year)?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_PATTERN}(?:,?\s+(?:19|20)\d{{2}})?\b"
    r"|\b(?:last|this) (?:week|month|year)\b|\byesterday\b|\b(?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:since|in|after|before|from|until|by) (?:19|20)\d{2}\b"
    rf"|\b(?:(?:early|late|mid-?)\s+)?(?:last|this|next)\s+{MONTH_PATTERN}\b"
    r"|\b(?:early|late|mid-?|the (?:beginning|start|end|middle) of(?: the)?)\s*(?:(?:19|20)\d{2}|(?:this|last|next) year|year)\b"
    r"|\b(?:tomorrow|next (?:week|month|year))\b"
    rf"|\b(?:{'|'.join(NUMBER_WORDS)}|\d+) (?:days?|weeks?|months?|years?) ago\b"
    r"|\bthis (?:morning|afternoon|evening)\b|\btonight\b|\blast night\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+of\s+{MONTH_PATTERN}(?:,?\s+(?:19|20)\d{{2}})?\b"
    rf"|\b(?:(?:earlier|later)\s+)?(?:in\s+the|this|last|next)\s+{SEASON_PATTERN}\b(?!\s+of\b)"
    rf"|\b(?:the\s+)?{SEASON_PATTERN}\s+of\s+(?:19|20)\d{{2}}\b"
    r"|" + CONTEXT_RELATIVE,
    re.IGNORECASE,
)
# Relative to a date the report has just given, not to the publication ('A year earlier, its accounts were frozen').
_ANCHORED = re.compile(r"^(\w+)\s+(days?|weeks?)\s+(after|before)\s+(?:the\s+)?(\w+)", re.IGNORECASE)
# A capitalised month name that is something else ("May" as a verb, "March" as a noun) needs a day or year with it.
_AMBIGUOUS_MONTH = re.compile(r"^(?:in\s+)?(may|march)$", re.IGNORECASE)


def _stem(word: str) -> str:
    return word.lower()[:4]


def extract_times(text: str, parsed: Sequence[tuple[int, Doc]], published: date | None) -> list[TimeExpr]:
    spans: list[tuple[int, int]] = []
    for offset, doc in parsed:
        for ent in doc.ents:
            if ent.label_ == "DATE":
                spans.append((offset + ent.start_char, offset + ent.end_char))
    spans += [(m.start(), m.end()) for m in _PATTERNS.finditer(text)]
    found: list[TimeExpr] = []
    taken = TakenSpans()
    counted: list[tuple[int, int]] = []
    token_at = TokenFinder(parsed)
    anchors = AnchorDates(parsed, published)
    # Longest first, so 'early April 2022' wins over 'April 2022'.
    for start, end in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if taken.overlaps(start, end):
            continue
        surface = text[start:end]
        anchored = _anchored(text, start, surface, anchors)
        if anchored is not None:
            found.append(anchored)
            taken.add(anchored.start, anchored.end)
            continue
        if _AMBIGUOUS_MONTH.match(surface) and not surface[0].isupper() and not surface.lower().startswith("in "):
            continue
        if _HYPOTHETICAL_ONLY.search(surface) and in_condition(token_at, start):
            continue  # 'if he wanted Belarus tomorrow, he could take it': no day is meant
        if _not_a_date(text, start, end):
            continue
        if re.fullmatch(CONTEXT_RELATIVE, surface, re.IGNORECASE):
            counted.append((start, end))  # resolved once every date before it is known
            taken.add(start, end)
            continue
        value = normalise_time(surface, published, speaks_of_future(token_at, start))
        if value.value is None and value.reason != "relative to a publication date the report does not give":
            continue
        found.append(TimeExpr(start, end, surface, value.value, value.reason))
        taken.add(start, end)
    found = _years_set_around(text, found, token_at)
    for start, end in sorted(counted):
        reference = _reference(found, start, published)
        value = relative_to(text[start:end], reference) if reference else None
        if value is not None and value.value is not None:
            found.append(TimeExpr(start, end, text[start:end], value.value, None))
    return sorted(found, key=lambda t: t.start)


_YEARLESS = re.compile(rf"^(?:(?:on|in|by|since|until|from|of)\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_PATTERN}"
                       rf"|{MONTH_PATTERN}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?)$", re.IGNORECASE)


def _years_set_around(text: str, found: list[TimeExpr], token_at: TokenFinder) -> list[TimeExpr]:
    """Rule `year_from_the_report`: a day or month written without a year ('May 23', 'in March') takes the year the
    report gives it elsewhere ('May 23, 2021'), else the year its sentence names; only without
    either is it counted back from the publication date."""
    full = {}
    for t in found:
        m = re.search(r"\b((?:19|20)\d{2})\b", t.text)
        if m and t.value and re.match(r"\d{4}-\d{2}", t.value):
            full.setdefault(t.value[5:], t.value[:4])
    out = []
    for t in found:
        if t.value and re.match(r"\d{4}-\d{2}", t.value) and _YEARLESS.match(t.text.strip()):
            year = full.get(t.value[5:]) or _year_in_sentence(text, t.start, token_at)
            if year and year != t.value[:4]:
                t = TimeExpr(t.start, t.end, t.text, f"{year}{t.value[4:]}", t.unresolved)
        out.append(t)
    return out


def _year_in_sentence(text: str, start: int, token_at: TokenFinder) -> str | None:
    """The last year written before `start` in its sentence that dates the clause ('In 2020, the protests began in
    May'), not a noun in it ('since its launch in 2003 and as of February')."""
    window = max(0, start - 600)  # a sentence is not longer; a report with no full stops is not read back to its start
    stop = max(text.rfind(". ", window, start), text.rfind("\n", window, start))
    begin = stop + 1 if stop >= 0 else window
    for m in reversed(list(re.finditer(r"(?<![\d,.$€£-])((?:19|20)\d{2})(?![\d%])", text[begin:start]))):
        token = token_at(begin + m.start())
        node = token.head if token is not None else None
        while node is not None and node.pos_ not in ("VERB", "AUX", "NOUN", "PROPN") and node.head.i != node.i:
            node = node.head
        if node is not None and node.pos_ in ("VERB", "AUX"):
            return m.group(1)
    return None


def _not_a_date(text: str, start: int, end: int) -> bool:
    """Rules `title_year` and `date_range`: 'George Orwell’s 1984' names a book; 'on Jan. 21-25' is a span of days,
    which is not annotated as a date."""
    surface = text[start:end]
    if re.fullmatch(r"(?:19|20)\d{2}", surface) and re.search(r"[’']s\s+$", text[max(0, start - 4):start]):
        return True
    return bool(re.match(r"\s*[-–]\s*\d{1,4}\b", text[end:end + 7])) and bool(re.search(r"\d$", surface))


def _reference(found: Sequence[TimeExpr], start: int, published: date | None) -> str | None:
    """The date the report last gave before `start` (the time its narration stands at), else the publication."""
    before = [t for t in found if t.value and t.end <= start and re.match(r"\d{4}", t.value)]
    if before:
        return max(before, key=lambda t: t.start).value
    return published.isoformat() if published else None


_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_PLANNED = {"schedule", "plan", "slate", "postpone", "delay", "due", "expect", "set"}  # 'scheduled for 11 November' 
# Forward-relative words that, in a condition, name no day at all.
_HYPOTHETICAL_ONLY = re.compile(r"\b(tomorrow|next (week|month|year))\b", re.IGNORECASE)


def in_condition(token_at: TokenFinder, start: int) -> bool:
    """Whether the expression sits in an 'if' or 'unless' clause or in the clause that such a condition governs
    ('if he wanted to, he could do it tomorrow')."""
    token = token_at(start)
    steps = 0
    while token is not None and steps < 8:
        if token.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless")
                for clause in (token, *(k for k in token.children if k.dep_ == "advcl")) for c in clause.children):
            return True
        if token.head is token:
            return False
        token, steps = token.head, steps + 1
    return False


def speaks_of_future(token_at: TokenFinder, start: int) -> bool:
    """Whether the verb governing the expression at `start` is future: 'will begin on April 7', 'is due to be
    published in May' (an infinitive under a present-tense clause), not 'was forced to resign in May'."""
    token = token_at(start)
    if token is None:
        return False
    head = token
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # 'is expected to be published ... and come into force on Thursday'
    aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    if aux & _FUTURE_AUX or head.lemma_ in _PLANNED:
        return True
    if "to" not in aux:
        return False
    clause = head.head  # the infinitive's clause: future when that clause is in the present tense
    for _ in range(4):
        finite = [t for t in (clause, *clause.children) if t.dep_ in ("aux", "auxpass", "ROOT", "conj", "ccomp")
                  or t is clause]
        tags = {t.tag_ for t in finite}
        if tags & {"VBD"}:
            return False
        if tags & {"VBZ", "VBP"}:
            return True
        if clause.head is clause:
            break
        clause = clause.head
    return False


class AnchorDates:
    """The day-precise dates of a report's sentences, by the stems of the happenings each sentence names, so that
    'four days after the invasion' finds the invasion's date without reading every earlier sentence again. Built on
    first use: most reports have no such phrase."""

    def __init__(self, parsed: Sequence[tuple[int, Doc]], published: date | None) -> None:
        self.parsed, self.published = parsed, published
        self.by_stem: dict[str, list[tuple[int, bool, str, str]]] | None = None  # (sentence start, long, lemma, date)

    def _build(self) -> dict[str, list[tuple[int, bool, str, str]]]:
        by_stem: dict[str, list[tuple[int, bool, str, str]]] = {}
        for offset, doc in self.parsed:
            for sent in doc.sents:
                days = [v for v in (normalise_time(e.text, self.published).value for e in sent.ents
                                    if e.label_ == "DATE") if v and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)]
                if not days:
                    continue
                for t in sent:
                    if t.pos_ in ("NOUN", "VERB", "PROPN"):
                        by_stem.setdefault(_stem(t.lemma_), []).append(
                            (offset + sent.start_char, len(t.text) >= 6, t.lemma_.lower(), days[-1]))
        return by_stem

    def before(self, start: int, anchor: str, word: str) -> str | None:
        """The date of the last sentence before `start` that names the happening (its stem; a short word only as
        itself)."""
        if self.by_stem is None:
            self.by_stem = self._build()
        entries = self.by_stem.get(anchor, [])
        for s_start, long, lemma, day in reversed(entries[:bisect_left(entries, (start,))]):
            if long or lemma == word:
                return day
        return None


def _anchored(text: str, start: int, surface: str, anchors: AnchorDates) -> TimeExpr | None:
    """'Four days after the invasion began': the report's own date for the anchor event, shifted."""
    match = _ANCHORED.match(text[start:start + 80])
    if not match:
        return None
    amount = NUMBER_WORDS.get(match.group(1).lower()) or (int(match.group(1)) if match.group(1).isdigit() else None)
    if amount is None:
        return None
    # The anchor event's date: a day-precise date in an earlier sentence that names the same happening.
    best = anchors.before(start, _stem(match.group(4)), match.group(4).lower())
    if best is None:
        return None
    sign = 1 if match.group(3).lower() == "after" else -1
    end = start + len(match.group(0))
    rest = re.match(r"\s+(?:began|started|begun)\b", text[end:end + 12])
    end += rest.end() if rest else 0
    return TimeExpr(start, end, text[start:end], shift(best, sign * amount, match.group(2).lower()), None)
