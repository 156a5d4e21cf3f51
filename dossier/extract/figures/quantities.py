"""Figures a reader tracks: counts of people, troops and arrests, percentages, money, sentence lengths.

Numbers that are dates, inside quotations (rhetorical counts), ordinals or the pronoun 'one of' are not figures.
Each figure carries its approximation marker and bound, the thing it counts and its unit (`counted`), and the time it
refers to when its sentence fixes one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from dossier.extract.dates import MONTHS
from dossier.extract.figures.about import anchor_of, describe, level_of
from dossier.extract.figures.candidates import FIGURE_LABELS, TIME_UNITS, figure_candidates
from dossier.extract.figures.counted import about, head_token, unit
from dossier.extract.figures.measure import measure
from dossier.extract.figures.numbers import APPROX_MARKERS, marker_before, parse_amount, scale_of
from dossier.extract.figures.units import is_lexicon_unit, rate_after, unit_after
from dossier.extract.figures.when import dated
from dossier.extract.spans import SpanIndex, TakenSpans
from dossier.extract.speech.quotes import QuoteSpan
from dossier.extract.tokens import TokenFinder
from dossier.lexicon import en
from dossier.model import Quantity, TimeExpr


def extract_quantities(text: str, parsed: Sequence[tuple[int, Doc]], times: Sequence[TimeExpr],
                       quotes: Sequence[QuoteSpan], published: date | None = None) -> list[Quantity]:
    blocked = SpanIndex([(t.start, t.end) for t in times] + [(q.start, q.end) for q in quotes])
    quoted = SpanIndex((q.start, q.end) for q in quotes)
    spans, names = figure_candidates(text, parsed)
    name_index = SpanIndex(names)
    valued = sorted((t for t in times if t.value), key=lambda t: t.start)
    valued_starts = [t.start for t in valued]
    tokens = TokenFinder(parsed)
    out: list[Quantity] = []
    back: set[int] = set()  # figures that are the level of a count pointing back ('this figure has risen to 97%')
    dates_said: dict[int, str | None] = {}  # a figure's start -> the date that governs it, as a description says it
    taken = TakenSpans()
    # the longest span first; of two alike, the one whose kind names a unit ('year of age') before a tagger label
    for start, end, kind, rule in sorted(spans, key=lambda s: (s[0] - s[1], s[0], s[2] in FIGURE_LABELS)):
        if taken.overlaps(start, end):
            continue
        if kind in FIGURE_LABELS and blocked.overlaps(start, end):
            continue
        if quoted.holds(start):
            continue
        start, end = _with_marker(text, start, end)
        sign = re.search(r"(?:\bminus[\s-]?|(?<![\w\d])-)$", text[max(0, start - 7):start], re.IGNORECASE)
        if sign and not text[start:end].lower().startswith(tuple(APPROX_MARKERS)):
            start -= len(sign.group(0))
        surface = text[start:end]
        if kind != "ORDINAL" and _not_a_figure(text, start, end, surface):  # a series' ordinal is a count
            continue
        amount = parse_amount(surface[:-1] if kind == "metre" and surface.endswith("m") else surface)  # not 'million'
        if amount.value is None and not amount.approx:
            continue
        head = head_token(tokens, start, end)
        first = tokens(start)
        if head is not None and first is not None and first.ent_type_ not in ("DATE", "TIME") and _in_a_date(head):
            head = None  # rule `date_not_counted`: '2.1 last year' counts no years; the date only dates the figure
        word = tokens.last_in(start, end) if surface.lower() == "one" else None
        if word is not None and word.dep_ != "nummod" and (
                word.pos_ != "NUM" or any(c.dep_ in ("det", "amod") for c in word.children)):
            continue  # 'the same one', 'a new one': the pronoun
        if (kind == "CARDINAL" or surface.isdigit()) and (
                (kind == "CARDINAL" and _names_a_thing(tokens, start, head))
                or any(a < start and end <= b for a, b in name_index.holding(start))):
            continue
        last = tokens.last_in(start, end)
        counted = about(head, first, last)
        measured = unit(text, start, end, kind, head)
        own = range(first.i, last.i + 1) if first is not None and last is not None and first.doc is last.doc \
            else range(0)
        anchor = anchor_of(head, own) if head is not None else last
        level = level_of(anchor)
        if level[0] == "back":
            back.add(start)
        when, date_said = dated(anchor, tokens, valued, valued_starts, published, not _measures(measured),
                                _is_duration(measured))
        if date_said is not None:
            dates_said[start] = _date_phrase(text, date_said)
        out.append(Quantity(
            start=start, end=end, text=surface, value=amount.value, high=amount.high, unit=measured,
            about=describe(counted, head, own, (measured or "").startswith("percent"), _is_duration(measured),
                           dates_said.get(start), level=level),
            counted=counted, approx=amount.approx, bound=amount.bound, when=when,
            measure=measure(measured, head, anchor, own, last, ordinal=kind == "ORDINAL", level=level), rule=rule,
        ))
        taken.add(start, end)
    found = _elided_units(text, _level_units(text, _join_ranges(text, sorted(out, key=lambda q: q.start))), dates_said)
    return _pointing_back(respectively(text, tokens, found), back)


_TO_LEVEL = re.compile(r"(?i)\b(?:to|at)\s+(?:(?:a\s+close\s+of|end\s+at|close\s+at|finish\s+at)\s+)?$")


def _level_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """'The index rose 64.06 points to 4,577.10': a level reached after a change, written bare, is in the change's
    unit; so is a level written before its change ('closed at 7,123, down 45 points'). Not after a percentage ('fell 1.1% to 1,334': the level is no percentage) and not across sentences."""
    out: list[Quantity] = []
    for q in found:
        change = next((p for p in reversed(out) if p.unit and not p.unit.startswith("percent")), None)
        if (q.unit is None and change is not None and q.start - change.end < 80
                and _TO_LEVEL.search(text[max(0, q.start - 25):q.start])
                and not re.search(r"[.;!?]\s", text[change.end:q.start]) and is_lexicon_unit(change.unit)):
            q = replace(q, unit=change.unit)
        out.append(q)
    for i, q in enumerate(out[:-1]):  # 'the index (16,369.03, up 58.06 points)': the level, then its change
        change = out[i + 1]
        if (q.unit is None and q.value is not None and change.unit and not change.unit.startswith("percent")
                and is_lexicon_unit(change.unit) and _THEN_CHANGE.fullmatch(text[q.end:change.start])):
            out[i] = replace(q, unit=change.unit)
    return out


_THEN_CHANGE = re.compile(r"(?i)\s*,?\s*\(?(?:up|down|higher|lower|a (?:rise|fall|gain|drop) of)\s+(?:by\s+)?")


_COORDINATED = re.compile(r"(?i)(?:,|\b(?:and|but|while|whilst|including|against|versus|compared (?:with|to)|"
                          r"from|than)\b)")


def _elided_units(text: str, found: list[Quantity], dates_said: dict[int, str | None] | None = None) -> list[Quantity]:
    """'6 million homes, including 1.5 million in the capital', 'up 2 percent but down by 1': a bare number in a
    clause coordinated with an earlier figure of its sentence counts what that figure counts."""
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        between = text[last.end:q.start] if last is not None else ""
        if (last is not None and q.unit is None and q.value is not None and last.unit and last.value is not None
                and last.unit.rstrip("s") not in TIME_UNITS and len(between) < 80  # not after '3 years'
                and not re.search(r"[.;!?:]\s|\(|\)", between) and _COORDINATED.search(between)
                and not re.match(r"[-–/]", text[q.end:q.end + 1])
                and not _TO_LEVEL.search(text[max(0, q.start - 25):q.start])):  # 'closed at 1,334' is a level
            per = rate_after(text[q.end:q.end + 30]) if " per " not in last.unit else None
            own_date = (dates_said or {}).get(q.start)  # 'on 20 November, another 32': its own date, not the last's
            about = q.about or (f"{last.counted} {own_date}" if last.counted and own_date else last.about)
            q = replace(q, unit=f"{last.unit} per {per}" if per else last.unit, about=about,
                        counted=q.counted or last.counted, measure=q.measure or last.measure)
        out.append(q)
    return out


def _join_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """Rule `range`: '1 to 1.5 degrees', '252 miles to 287 miles', 'between 15kHz and 17kHz': two figures joined so
    are one range."""
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        change_then_level = (re.search(r"\bby\s*$", text[max(0, (last.start if last else 0) - 4):last.start if last else 0])
                             and last.value and q.value and abs(q.value / last.value) > 2)
        between = last is not None and re.search(r"(?i)\bbetween\s+$", text[max(0, last.start - 9):last.start])
        opened = last is not None and re.match(r"(?i)between\s", last.text)  # the tagger's 'between 2' of '... and 3'

        joined = re.fullmatch(r"\s*(?:to|-|–|-to-)\s*", text[last.end:q.start]) if last is not None else None
        # 'two or three people', 'eight or nine euros': a rough amount, when the two are close ('5 or 50' are choices)
        rough = (last is not None and re.fullmatch(r"\s+or\s+", text[last.end:q.start]) and last.value
                 and q.value is not None and q.value <= 2 * last.value
                 and not re.search(r"(?i)\brespectively\b", re.split(r"[.;!?]", text[q.end:q.end + 150])[0]))
        # ('25k or 40k cheaper than its two rivals respectively' are two figures, paired in order)
        if (last is not None and last.value is not None and q.value is not None and last.high is None
                and not change_then_level
                and q.high is None
                and (joined or rough or ((between or opened) and re.fullmatch(r"\s+and\s+", text[last.end:q.start])))
                and q.value > last.value and (last.unit == q.unit or re.fullmatch(r"[\d.,]+", last.text))):
            start = last.start - len(between.group(0)) if between else last.start
            scale = scale_of(q.text)  # 'US $89 to $93 billion': the bare lower end is in billions too
            low = last.value * scale if re.fullmatch(r"[\d.,]+", last.text) and last.value <= q.value / scale else last.value
            out[-1] = Quantity(start=start, end=q.end, text=text[start:q.end], value=low, high=q.value,
                               unit=q.unit or last.unit, about=q.about or last.about, approx=True, bound="range",
                               when=last.when, counted=q.counted or last.counted,
                               measure=q.measure or last.measure, rule="range")
            continue
        out.append(q)
    return out


def _in_a_date(token: Token) -> bool:
    """'last year', 'this month': a date with no number of its own ('15, 11 and 14 years' is a length)."""
    if token.ent_type_ not in ("DATE", "TIME"):
        return False
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return ent is not None and not any(t.like_num for t in ent)


def _names_a_thing(tokens: TokenFinder, start: int, head: Token | None) -> bool:
    """'iPhone 11', 'Part 3', 'the S&P 500': a bare number right after a name is part of the name; 'the 1863
    uprising', 'the 2020 election': a year before a singular noun names the event."""
    token = tokens.exactly_at(start)
    if token is None or not token.text.isdigit():
        return False
    if (len(token.text) == 4 and 1000 <= int(token.text) < 2200 and head is not None and head.i == token.i + 1
            and head.tag_ == "NN"):
        return True
    if head is not None and head.i > token.i and head.tag_ in ("NNP", "NN") and head.text[:1].isupper() and len(head) > 2 \
            and int(token.text) > 1 and head.lower_ not in MONTHS:
        return True  # '787 Dreamliner', '11 Pro Max': a model number; '5 Leopard tanks' counts the tanks
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if before.lower_ in _LABEL_WORDS:
        return True  # 'category 4', 'Article 23', 'stage 3': a label, not a count
    if (before.text == "(" and after is not None and after.text == ")" and token.i > 1
            and token.doc[token.i - 2].pos_ == "PROPN"):
        return True  # 'Dak Prescott (4)': a player's number, a note's mark
    named = before.pos_ == "PROPN" and (before.text[:1].isupper() or any(c.isupper() for c in before.text[1:]))
    return named and (after is None or not (after.pos_ == "NOUN" and after.text.islower()) or head is before)


_LABEL_WORDS = frozenset({"category", "article", "part", "section", "chapter", "stage", "phase", "level", "round",
                          "game", "grade", "class", "type", "no", "no.", "number", "page", "row", "seat", "room", "gate",
                          "channel", "route", "highway", "flight", "ward", "district", "zone", "paragraph", "clause",
                          "item", "step", "episode", "season", "volume", "issue", "tier", "division", "unit", "block"})


def _with_marker(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in the approximation marker before the number ('an estimated 30,000')."""
    marker = marker_before(text[max(0, start - 25):start].rstrip())
    if marker and not text[start:end].lower().startswith(tuple(APPROX_MARKERS)):
        gap = text[max(0, start - 25):start]
        at = gap.lower().rstrip().rfind(marker.lower())
        return max(0, start - 25) + at, end
    return start, end


_MONEY_MARKS = ("$", "€", "£", "¥", "₽", "₴")
_ADDRESS = re.compile(r"(?:[-–]\d+[a-z]?)?\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:Road|Street|Avenue|Lane|Way|Drive|Boulevard|Place|Square|Court|"
                      r"Terrace|Crescent|Highway|Parkway|Rd|St|Ave|Blvd)\b")


def _not_a_figure(text: str, start: int, end: int, surface: str) -> bool:
    low = surface.lower()
    if re.fullmatch(r"(?:19|20)\d{2}(?:['’′]?s)?", low) and text[max(0, start - 1):start] not in _MONEY_MARKS:
        # a year, or a year's; '$2000' is money
        return True
    if re.fullmatch(r"one", low) and re.match(r"\s+of\b", text[end:end + 4]):  # 'one of the ...'
        return True
    if re.fullmatch(r"half|(?:a |one )?(?:third|quarter)", low) and text[end:end + 1] == "-":  # 'half-staff'
        return True
    if re.fullmatch(r"\d+\s*[/⁄]\s*\d+", low) and not (re.match(r"\s+of\b", text[end:end + 4])
                                                        or unit_after(text[end:end + 30])):
        return True  # '24/7', 'on 3/4': a slash with nothing measured after it is no fraction
    if re.fullmatch(r"\d+(?:st|nd|rd|th)|first|second|third", low):
        return True
    if re.fullmatch(r"\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?", low) or (
            re.fullmatch(r"\d{1,2}(?:[.:]\d{2})?", low) and re.match(r"\s*[ap]\.m\.|\s*[ap]m\b", text[end:end + 6])):
        return True  # '2 p.m.', '1.05am': a time of day
    if re.search(r"\d:\d", low):
        return True  # '1:36.6' (a lap time), '2:1', '10:45': a clock, a time or a score, no amount
    if _ADDRESS.match(text, end) and re.fullmatch(r"\d+[a-z]?(?:-\d+)?", low):
        return True  # '12 Harbour View Road', '16-18 Industrial Avenue': a street number
    if re.fullmatch(r"1\d{3}|20\d{2}|21\d{2}", low) and re.search(r"(?i)\b(?:between|from|since|until|till)\s+$",
                                                                   text[max(0, start - 9):start]):
        return True  # 'between 1600 and ...': a year
    years = re.fullmatch(r"(?:between |from )?(\d{4})\s*(?:and|to|-|–)\s*(\d{4})", low)
    if years and all(1000 <= int(y) < 2200 for y in years.groups()) and int(years[1]) < int(years[2]) \
            and not re.match(r"\s+[a-z]+s\b", text[end:end + 30]) and text[max(0, start - 1):start] not in _MONEY_MARKS:
        return True  # 'between 1600 and 1900' are years; 'between 1500 and 1700 troops' a count
    return not _AMOUNT_WORD.search(low)


# Anything that says how many: a digit, a number word, a scale, a collective, a vague amount, a share.
_AMOUNT_WORD = re.compile("|".join([r"\d", *en.number_words(1, 50), *en.SCALE_WORDS, "dozen", "several", "few", "many",
                                    "half", "third", "quarter", "fourth", "fifth", "tenth"]))


def _measures(unit: str | None) -> bool:
    """A length of time or a unit of measurement ('five-year', '700-kilometre'): it holds at no particular time."""
    name = (unit or "").split(" per ")[0]
    if not name or name == "percent" or re.fullmatch(r"[A-Z]{3}", name):
        return False  # a share or a sum of money holds at a time, as a count does
    return is_lexicon_unit(name) or name.rstrip("s") in TIME_UNITS


def _is_duration(unit: str | None) -> bool:
    return (unit or "").split(" per ")[0].rstrip("s") in TIME_UNITS


def _date_phrase(text: str, t: TimeExpr | None) -> str | None:
    """A governing date as a description says it, with its preposition ('on 4 September', 'last week')."""
    if t is None:
        return None
    if re.search(r"(?i)\bas\s+of\s+$", text[max(0, t.start - 8):t.start]):
        return None  # 'As of today, the EU has introduced four packages': the frame of a state, not of the count
    before = re.search(r"(?i)\b(on|in|at|by|during|since|until|from)\s+$", text[max(0, t.start - 8):t.start])
    said = t.text if not re.match(r"(?i)(?:last|this|next|early|late|the|a|an)\b", t.text) else t.text[:1].lower() + t.text[1:]
    return (before.group(1).lower() + " " if before else "") + said


_RESPECTIVELY = re.compile(r"(?i)\brespectively\b")
_LISTED = re.compile(r"(\d[\d,.]*)(\s*(?:,|and|,\s*and)\s*)(\d[\d,.]*)(.*)$")


def respectively(text: str, tokens: TokenFinder, found: list[Quantity]) -> list[Quantity]:
    """Rule `respectively`: 'Losik, Kalesnikava and Babaryka were sentenced to 15, 11 and 14 years respectively':
    the figures are a list, not a range, each paired in order with the names listed in its sentence, whose they
    are. Figures are found by bisection, so a report full of 'respectively' costs no scan per mark."""
    marks = [m.start() for m in _RESPECTIVELY.finditer(text)]
    if not marks:
        return found
    found = sorted(found, key=lambda q: q.start)
    starts = [q.start for q in found]
    replaced: dict[int, list[Quantity]] = {}  # index in `found` -> the figures it becomes
    done: set[int] = set()
    for mark in marks:
        token = tokens(mark)
        if token is None:
            continue
        sentence = token.sent
        offset = tokens.offset_of(token)
        lo, hi = offset + sentence.start_char, offset + mark
        if lo in done:
            continue
        done.add(lo)
        at = range(bisect_left(starts, lo), bisect_left(starts, hi))
        listed = [(i, part) for i in at for part in _split_list(text, found[i])]
        people = [e for e in sentence.ents if e.label_ == "PERSON" and offset + e.end_char <= mark]
        if len(listed) < 2 or len(people) != len(listed):
            continue
        unit = listed[-1][1].unit
        for (i, q), person in zip(listed, people):
            name = person.text
            about = re.sub(r"\s*\brespectively\b", "", q.about or "").strip()
            measure = q.measure
            if measure and (measure.startswith("prison sentence of ") or measure.startswith("age of ")):
                measure = measure[:measure.index(" of ") + 4] + name  # whose it is, as figures.measure read it
            said = measure if measure and measure.startswith("prison sentence of ") else \
                (f"{about} ({name})" if about else name)
            replaced.setdefault(i, []).append(replace(q, about=said, measure=measure, unit=unit or q.unit))
    return [part for i, q in enumerate(found) for part in replaced.get(i, [q])]


def _split_list(text: str, q: Quantity) -> list[Quantity]:
    """'11 and 14 years' read as a range is two figures in a 'respectively' list, each in the unit."""
    m = _LISTED.match(q.text)
    second = parse_amount(m.group(3)).value if m else None
    if not m or second is None:
        return [q]
    first_end = q.start + m.end(1)
    second_start = q.start + m.start(3)
    return [replace(q, end=first_end, text=text[q.start:first_end], value=parse_amount(m.group(1)).value, high=None,
                    approx=False, bound=None),
            replace(q, start=second_start, text=text[second_start:q.end], value=second, high=None, approx=False,
                    bound=None)]


POINTING_BACK_CHARS = 1_500  # how far back 'this figure' may find the figure it means


def _pointing_back(found: list[Quantity], back: set[int]) -> list[Quantity]:
    """Rule `level_of_a_count`, pointing back: 'this figure has now risen to 97%' counts what the figure before it
    counted, when one stands shortly before it."""
    if not back:
        return found
    out: list[Quantity] = []
    for q in found:
        before = out[-1] if out else None
        if q.start in back and before is not None and q.start - before.end < POINTING_BACK_CHARS:
            q = replace(q, about=before.about, counted=before.counted, measure=before.measure or q.measure)
        out.append(q)
    return out
