"""Figures a reader tracks: counts of people, troops and arrests, percentages, money, sentence lengths.

Numbers that are dates, inside quotations (rhetorical counts), ordinals or the pronoun 'one of' are not figures.
Each figure carries its approximation marker and bound, the thing it counts (from the parse), and the time it
refers to when its sentence fixes one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from dossier.extract.figure_spans import FIGURE_LABELS, TIME_UNITS, figure_candidates
from dossier.extract.numbers import APPROX_MARKERS, marker_before, parse_amount, scale_of
from dossier.extract.quotes import QuoteSpan
from dossier.extract.tokens import TokenFinder
from dossier.extract.units import currency_before, is_lexicon_unit, rate_after, unit_after, unit_span_after
from dossier.model import Quantity, TimeExpr

CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP", "dollar": "USD", "euro": "EUR", "pound": "GBP", "rouble": "RUB",
              "ruble": "RUB", "hryvnia": "UAH"}


def extract_quantities(text: str, parsed: Sequence[tuple[int, Doc]], times: Sequence[TimeExpr],
                       quotes: Sequence[QuoteSpan]) -> list[Quantity]:
    blocked = [(t.start, t.end) for t in times] + [(q.start, q.end) for q in quotes]
    spans, names = figure_candidates(text, parsed)
    tokens = TokenFinder(parsed)
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for start, end, kind in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if any(a < end and start < b for a, b in taken):
            continue
        if kind in FIGURE_LABELS and any(a < end and start < b for a, b in blocked):
            continue
        if any(q.start <= start < q.end for q in quotes):
            continue
        start, end = _with_marker(text, start, end)
        sign = re.search(r"(?:\bminus[\s-]?|(?<![\w\d])-)$", text[max(0, start - 7):start], re.IGNORECASE)
        if sign and not text[start:end].lower().startswith(tuple(APPROX_MARKERS)):
            start -= len(sign.group(0))
        surface = text[start:end]
        if _not_a_figure(text, start, end, surface):
            continue
        amount = parse_amount(surface[:-1] if kind == "metre" and surface.endswith("m") else surface)  # not 'million'
        if amount.value is None and not amount.approx:
            continue
        head = _head_token(tokens, start, end)
        word = tokens.last_in(start, end) if surface.lower() == "one" else None
        if word is not None and word.dep_ != "nummod" and word.pos_ != "NUM":
            continue  # 'the same one', 'a new one': the pronoun
        if (kind == "CARDINAL" or surface.isdigit()) and (
                (kind == "CARDINAL" and _names_a_thing(tokens, start, head))
                or any(a <= start and end <= b and a < start for a, b in names)):
            continue
        out.append(Quantity(
            start=start, end=end, text=surface, value=amount.value, high=amount.high,
            unit=_unit(text, start, end, kind, head), about=_about(head, tokens(start), tokens.last_in(start, end)), approx=amount.approx, bound=amount.bound,
            when=_when(text, start, times),
        ))
        taken.append((start, end))
    return _elided_units(text, _level_units(text, _join_ranges(text, sorted(out, key=lambda q: q.start))))


_TO_LEVEL = re.compile(r"(?i)\b(?:to|at)\s+(?:(?:a\s+close\s+of|end\s+at|close\s+at|finish\s+at)\s+)?$")


def _level_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """'The index rose 64.06 points to 4,577.10': a level reached after a change, written bare, is in the change's
    unit. Not after a percentage ('fell 1.1% to 1,334': the level is no percentage) and not across sentences."""
    out: list[Quantity] = []
    for q in found:
        change = next((p for p in reversed(out) if p.unit and not p.unit.startswith("percent")), None)
        if (q.unit is None and change is not None and q.start - change.end < 80
                and _TO_LEVEL.search(text[max(0, q.start - 25):q.start])
                and not re.search(r"[.;!?]\s", text[change.end:q.start]) and is_lexicon_unit(change.unit)):
            q = replace(q, unit=change.unit)
        out.append(q)
    return out


_COORDINATED = re.compile(r"(?i)(?:,|\b(?:and|but|while|whilst|including|against|versus|compared (?:with|to)|"
                          r"from|than)\b)")


def _elided_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """'6 million homes, including 1.5 million in the capital', 'up 2 percent but down by 1': a bare number in a
    clause coordinated with an earlier figure of its sentence counts what that figure counts."""
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        between = text[last.end:q.start] if last is not None else ""
        if (last is not None and q.unit is None and q.value is not None and last.unit and last.value is not None
                and last.unit not in TIME_UNITS and last.unit.rstrip("s") not in TIME_UNITS and len(between) < 80
                and not re.search(r"[.;!?:]\s|\(|\)", between) and _COORDINATED.search(between)
                and not re.match(r"[-–/]", text[q.end:q.end + 1])
                and not _TO_LEVEL.search(text[max(0, q.start - 25):q.start])):  # 'closed at 1,334' is a level
            per = rate_after(text[q.end:q.end + 30]) if " per " not in last.unit else None
            q = replace(q, unit=f"{last.unit} per {per}" if per else last.unit, about=q.about or last.about)
        out.append(q)
    return out


def _join_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """'1 to 1.5 degrees', '252 miles to 287 miles', 'between 15kHz and 17kHz': two figures joined so are one range."""
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
                 and q.value is not None and q.value <= 2 * last.value)
        if (last is not None and last.value is not None and q.value is not None and last.high is None
                and not change_then_level
                and q.high is None and (joined or rough or ((between or opened) and re.fullmatch(r"\s+and\s+", text[last.end:q.start])))
                and q.value > last.value and (last.unit == q.unit or re.fullmatch(r"[\d.,]+", last.text))):
            start = last.start - len(between.group(0)) if between else last.start
            scale = scale_of(q.text)  # 'US $89 to $93 billion': the bare lower end is in billions too
            low = last.value * scale if re.fullmatch(r"[\d.,]+", last.text) and last.value <= q.value / scale else last.value
            out[-1] = Quantity(start=start, end=q.end, text=text[start:q.end], value=low, high=q.value,
                               unit=q.unit or last.unit, about=q.about or last.about, approx=True, bound="range",
                               when=last.when)
            continue
        out.append(q)
    return out


def _names_a_thing(tokens: TokenFinder, start: int, head: Token | None) -> bool:
    """'iPhone 11', 'Part 3', 'the S&P 500': a bare number right after a name is part of the name."""
    token = tokens.exactly_at(start)
    if token is None or not token.text.isdigit():
        return False
    if head is not None and head.i > token.i and head.tag_ in ("NNP", "NN") and head.text[:1].isupper() and len(head) > 2 \
            and int(token.text) > 1 and head.lower_ not in _MONTH_NAMES:
        return True  # '787 Dreamliner', '11 Pro Max': a model number; '5 Leopard tanks' counts the tanks
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if before.lower_ in _LABEL_WORDS:
        return True  # 'category 4', 'Article 23', 'stage 3': a label, not a count
    named = before.pos_ == "PROPN" and (before.text[:1].isupper() or any(c.isupper() for c in before.text[1:]))
    return named and (after is None or not (after.pos_ == "NOUN" and after.text.islower()) or head is before)


_MONTH_NAMES = frozenset("january february march april may june july august september october november december".split())
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
    return not re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                         r"fifty|hundred|thousand|million|billion|dozen|several|few|many|half|third|quarter|fourth|fifth|tenth", low)


def _head_token(tokens: TokenFinder, start: int, end: int) -> Token | None:
    last = tokens.last_in(start, end)
    if last is None:
        return None
    if last.dep_ == "conj" and last.head.like_num:
        last = last.head  # 'between 3,000 and 5,000 people': the second number hangs off the first
    if last.lower_ in ("m", "bn", "k", "mn", "million", "billion", "thousand", "millions", "thousands", "billions",
                       "hundreds", "hundred", "dozens", "dozen", "scores", "tens"):
        after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
        of = after if after is not None and after.lower_ == "of" else None
        counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if counted is not None and counted.pos_ in ("NOUN", "PROPN"):
            return counted  # '35m of its speakers', 'millions of Americans': the scale counts what follows 'of'
    if last.dep_ in ("nummod", "quantmod", "compound", "amod") and last.head.pos_ in ("NOUN", "PROPN"):
        return last.head
    if last.like_num and last.pos_ == "NUM":
        of = next((c for c in last.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if counted is not None and counted.tag_ in ("NNS", "NNPS"):
            return counted  # 'two of the mayor's deputies': a part of a group counts its members
    return last


def _about(head: Token | None, first_own: Token | None = None, last_own: Token | None = None) -> str | None:
    """The thing counted: the noun the figure modifies with what qualifies it ('volunteers from Belarus'); for
    '800 of whom were arrested', the people the clause is about and what happened to them."""
    if head is None:
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whom = next((c for c in of.children if c.lower_ in ("whom", "which", "them")), None) if of is not None else None
    if whom is not None:
        clause = head.head
        antecedent = clause.head if clause.dep_ == "relcl" else None
        return " ".join(x for x in ((antecedent.text if antecedent is not None else None), clause.lemma_) if x)
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    # What qualifies the noun on its left ('political prisoners', 'heart transplants') and on its right.
    # The approximation marker ('an estimated 5 million children') is the figure's bound, not what it counts.
    left = [t for t in head.lefts if t.dep_ in ("amod", "compound", "nmod") and not t.like_num
            and t.lower_ not in APPROX_MARKERS]
    first = min((t.left_edge.i for t in left), default=head.i)
    # Not what hangs off another noun joined to the head ('20 plants and two options'); 'Kia and Hyundai cars' whole.
    mine = range(first_own.i, last_own.i + 1) if (first_own is not None and last_own is not None
                                                  and first_own.doc is head.doc is last_own.doc) else range(0)
    if head.i in mine:  # the figure's own word heads the phrase: 'a third of the population', '$-12.4bn'
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return _about(group) if group is not None else None
    kept = {t.i for t in head.subtree if t.i == head.i or (t.i not in mine and  # not the figure's own words
        t.i >= first and t.dep_ not in ("relcl", "acl", "punct", "nummod") and not t.like_num
        and not (t.head.i == head.i and t.lower_ in _OF_THE_COUNT)
        and not (t.dep_ == "cc" and t.head.i == head.i)
        and not any(a.dep_ in ("relcl", "acl") and a.i > head.i or a.dep_ == "conj" and a.head.i == head.i
                    for a in (t, *t.ancestors)))}
    doc = head.doc
    for i in range(max(first - 2, 0), head.i):  # a hyphenated modifier is kept whole: 'first-team', 'gas-only'
        if _inner_hyphen(doc[i]) and (i - 1 in kept or i + 1 in kept) and doc[i - 1].pos_ != "NUM":
            kept |= {i - 1, i, i + 1}
    keep = [doc[i] for i in sorted(kept)][:9]
    out = ""
    for before, t in zip([None, *keep], keep):  # words as written: 'coal-fired power plants', not 'coal fired ...'
        glued = before is not None and before.i + 1 == t.i and not before.whitespace_
        out += ("" if glued or before is None else " ") + t.text
    return out or None


# Words that qualify the count rather than the thing counted: 'a combined 435 homes', 'eight other employees'.
_OF_THE_COUNT = frozenset({"combined", "total", "additional", "further", "extra", "other", "more"})


def _inner_hyphen(token: Token) -> bool:
    """The hyphen of 'coal-fired' or 'gas-only', written without spaces."""
    return (token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_
            and token.i + 1 < len(token.doc))


_NUMBER_PART = re.compile(r"(?<![a-z])\d[\d,.]*(?:\s*(?:hundred|thousand|million|billion|trillion|bn|mn|tn)\b"
                          r"|(?:bn|mn|tn|m|k|b)\b)?", re.IGNORECASE)  # not the 2 of 'cm2'
_DIGITS_ONLY = re.compile(r"\d[\d,.]*")
_OF_A_UNIT = re.compile(r"\s+of\s+(?:an?\s+|the\s+)?(?:US\s+|U\.S\.\s+|UK\s+|imperial\s+)?")


def _unit(text: str, start: int, end: int, kind: str, head: Token | None) -> str | None:
    """What the figure is measured in: a currency (ISO code), a unit of measurement, a length of time, or the noun
    it counts."""
    surface = text[start:end]
    low = surface.lower()
    currency = currency_before(text[max(0, start - 6):start] + surface[:next(
        (i for i, c in enumerate(surface) if c.isdigit()), 0)].rstrip("-−"))  # '$-50.8bn'
    numbers = list(_NUMBER_PART.finditer(surface))
    if currency:
        per = rate_after(text[start + numbers[-1].end():start + numbers[-1].end() + 30]) if numbers else None
        return f"{currency} per {per}" if per else currency
    if "%" in low or "per cent" in low or "percent" in low or kind == "PERCENT":
        per = rate_after(text[end:end + 30])  # '5 percent a year'
        return f"percent per {per}" if per else "percent"
    if re.search(r"\b(?:half|thirds?|quarters?|fourths?|fifths?|tenths?)\b", low):
        return None  # a share of something, not a count of it
    if numbers:
        at = start + numbers[-1].end()
        after = unit_span_after(text[at:at + 40])
        bare = start + numbers[-1].start() + _DIGITS_ONLY.match(numbers[-1].group()).end()
        glued = unit_span_after(text[bare:bare + 40]) if bare < at else None
        if glued and glued[1] > at - bare:  # '32m2' is square metres, not 32 million and a 2
            at, after = bare, glued
        of_a = _OF_A_UNIT.match(text, at) if not after and re.search(r"\d\s*[/⁄]\s*\d", surface) else None
        if of_a:  # '1/16 of a US pint': a fraction of one unit
            after = unit_span_after(text[of_a.end():of_a.end() + 30])
            at = of_a.end()
        if after:
            per = rate_after(text[at + after[1]:at + after[1] + 30])
            # lengths of time named as the duration rule names them: '3 hours' as 'three hours'
            name = after[0] + "s" if after[0] in TIME_UNITS and " " not in after[0] else after[0]
            # '40 hours a week', '5 percent a year', '63 cents per share'; not 'miles per gallon' twice
            return f"{name} per {per}" if per and " per " not in name and per != after[0] else name
    for mark, code in CURRENCIES.items():
        if mark in low:
            return code
    if kind and kind not in FIGURE_LABELS:
        return kind
    times = re.match(r"\s+times\b", text[end:end + 7])
    if times:  # '6.5 times earnings', '78,000 times a minute': a multiple or a frequency, not a count of earnings
        per = rate_after(text[end + times.end():end + times.end() + 30])
        return f"time per {per}" if per else "time"
    if head is not None and (head.pos_ == "NOUN" or head.tag_ == "NNPS") and not head.like_num:  # 'Americans'
        at = text.find(head.text, end, end + 60)  # the counted noun, then what it is counted per: 'tests a day'
        per = rate_after(text[at + len(head.text):at + len(head.text) + 30]) if at >= 0 else None
        name = head.lemma_[:-1] if head.tag_ == "NNPS" and head.lemma_.endswith("s") else head.lemma_  # 'Belarusian'
        return f"{name} per {per}" if per else name
    return None


def _when(text: str, start: int, times: Sequence[TimeExpr]) -> str | None:
    """The resolved time in the figure's sentence nearest to it, if any."""
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    sentence_end = min((i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0), default=len(text))
    near = [t for t in times if t.value and sentence_start <= t.start < sentence_end]
    return min(near, key=lambda t: abs(t.start - start)).value if near else None
