"""What a figure counts and what it is measured in: the noun it modifies with what qualifies that noun ('riot police
officers from Minsk'), and its unit (a currency, a unit of measurement, a length of time, or the counted noun).
Read off the parse, so 'Two of the mayor's deputies' counts deputies and '35m of its speakers' counts speakers."""

from __future__ import annotations

import re

from spacy.tokens import Token

from dossier.extract.dates import MONTHS
from dossier.extract.figures.candidates import AGE_UNITS, FIGURE_LABELS, TIME_UNITS
from dossier.extract.figures.numbers import APPROX_MARKERS, SHARE_WORD, TWO_UNITS
from dossier.extract.figures.units import currency_before, rate_after, unit_span_after
from dossier.extract.tokens import TokenFinder

CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP", "dollar": "USD", "euro": "EUR", "pound": "GBP", "rouble": "RUB",
              "ruble": "RUB", "hryvnia": "UAH"}


def head_token(tokens: TokenFinder, start: int, end: int) -> Token | None:
    last = tokens.last_in(start, end)
    if last is None:
        return None
    head = _head_token(last)
    if head is not last and head.lower_.rstrip(".") in MONTHS:
        return last  # 'on 4 September — another 30': a month the parser hung the figure on counts nothing
    return head


def _head_token(last: Token) -> Token:
    if last.dep_ == "conj" and last.head.like_num:
        last = last.head  # 'between 3,000 and 5,000 people': the second number hangs off the first
    if last.lower_ in ("m", "bn", "k", "mn", "million", "billion", "thousand", "millions", "thousands", "billions",
                       "hundreds", "hundred", "dozens", "dozen", "scores", "tens"):
        after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
        counted = object_of(after if after is not None and after.lower_ == "of" else None)
        if counted is not None and counted.pos_ in ("NOUN", "PROPN"):
            return counted  # '35m of its speakers', 'millions of Americans': the scale counts what follows 'of'
    if last.dep_ in ("nummod", "quantmod", "compound", "amod") and last.head.pos_ in ("NOUN", "PROPN"):
        return last.head
    if last.like_num and last.pos_ == "NUM":
        counted = object_of(of_phrase(last))
        if counted is not None and counted.tag_ in ("NNS", "NNPS"):
            return counted  # 'two of the mayor's deputies': a part of a group counts its members
    return last


def about(head: Token | None, first_own: Token | None = None, last_own: Token | None = None) -> str | None:
    """The thing counted: the noun the figure modifies with what qualifies it ('volunteers from Belarus'); for
    '800 of whom were arrested', the people the clause is about and what happened to them."""
    if head is None:
        return None
    of = of_phrase(head)
    whom = next((c for c in of.children if c.lower_ in ("whom", "which", "them")), None) if of is not None else None
    if whom is not None:
        clause = head.head
        antecedent = clause.head if clause.dep_ == "relcl" else None
        return " ".join(x for x in ((antecedent.text if antecedent is not None else None), clause.lemma_) if x)
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    mine = range(first_own.i, last_own.i + 1) if (first_own is not None and last_own is not None
                                                  and first_own.doc is head.doc is last_own.doc) else range(0)
    if head.i in mine:  # the figure's own word heads the phrase: 'a third of the population', '$-12.4bn'
        group = object_of(of)
        return about(group) if group is not None else None
    # What qualifies the noun on its left ('political prisoners', 'heart transplants') and on its right.
    # The approximation marker ('an estimated 5 million children') is the figure's bound, not what it counts.
    left = [t for t in head.lefts if t.dep_ in ("amod", "compound", "nmod") and not t.like_num
            and t.lower_ not in APPROX_MARKERS]
    first = min((t.left_edge.i for t in left), default=head.i)
    # Not the figure's own words, nor what hangs off another noun joined to the head ('20 plants and two options');
    # 'Kia and Hyundai cars' whole.
    kept = {t.i for t in head.subtree if t.i == head.i or (t.i not in mine and
        t.i >= first and t.dep_ not in ("relcl", "acl", "punct", "nummod") and not t.like_num
        and not (t.head.i == head.i and t.lower_ in _OF_THE_COUNT)
        and not (t.dep_ == "cc" and t.head.i == head.i)
        and not any(a.dep_ in ("relcl", "acl") and a.i > head.i or a.dep_ == "conj" and a.head.i == head.i
                    or a.dep_ == "prep" and a.head.i == head.i and any(c.dep_ == "pcomp" for c in a.children)
                    for a in (t, *t.ancestors)))}  # nor a reason given as a clause: 'a sentence for inciting riots'
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


def of_object(token: Token) -> Token | None:
    """What follows a token's 'of' ('the release of 1,150 prisoners' -> prisoners), if anything."""
    return object_of(of_phrase(token))


def of_phrase(token: Token) -> Token | None:
    """The 'of' that hangs off a token ('two of the deputies', 'a third of the population')."""
    return next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)


def object_of(prep: Token | None) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


# Words that qualify the count rather than the thing counted: 'a combined 435 homes', 'eight other employees'.
_OF_THE_COUNT = frozenset({"combined", "total", "additional", "further", "extra", "other", "more"})


def _inner_hyphen(token: Token) -> bool:
    """The hyphen of 'coal-fired' or 'gas-only', written without spaces."""
    return (token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_
            and token.i + 1 < len(token.doc))


_NUMBER_PART = re.compile(r"(?<![a-z])\d[\d,.]*(?:\s*(?:hundred|thousand|million|billion|trillion|bn|mn|tn)\b"
                          r"|(?:bn|mn|tn|m|k|b)\b)?", re.IGNORECASE)  # not the 2 of 'cm2'
_OUT_OF = re.compile(r"^\S+\s+(?:out of|in)\s+\S+$")  # 'one out of three', '1 in 5'
_DIGITS_ONLY = re.compile(r"\d[\d,.]*")
_OF_A_UNIT = re.compile(r"\s+of\s+(?:an?\s+|the\s+)?(?:US\s+|U\.S\.\s+|UK\s+|imperial\s+)?")


def unit(text: str, start: int, end: int, kind: str, head: Token | None) -> str | None:
    """What the figure is measured in: a currency (ISO code), a unit of measurement, a length of time, or the noun
    it counts."""
    surface = text[start:end]
    low = surface.lower()
    if kind == "ORDINAL":  # 'a sixth consecutive term' counts terms
        return head.lemma_ if head is not None and head.pos_ == "NOUN" else None
    if TWO_UNITS.fullmatch(low) or kind in AGE_UNITS:  # 'two years and three months', in years; 'age of 5 years'
        return kind
    currency = currency_before(text[max(0, start - 6):start] + surface[:next(
        (i for i, c in enumerate(surface) if c.isdigit()), 0)].rstrip("-−"))  # '$-50.8bn'
    numbers = list(_NUMBER_PART.finditer(surface))
    if currency:
        per = rate_after(text[start + numbers[-1].end():start + numbers[-1].end() + 30]) if numbers else None
        return f"{currency} per {per}" if per else currency
    if "%" in low or "per cent" in low or "percent" in low or kind == "PERCENT":
        per = rate_after(text[end:end + 30])  # '5 percent a year'
        return f"percent per {per}" if per else "percent"
    if re.search(rf"\b{SHARE_WORD}\b", low) or _OUT_OF.search(low):
        return None  # a share of something ('a third of', 'one out of three Germans'), not a count of it
    if numbers:
        at = start + numbers[-1].end()
        after = unit_span_after(text[at:at + 40])
        bare = start + numbers[-1].start() + _DIGITS_ONLY.match(numbers[-1].group()).end()
        glued = unit_span_after(text[bare:bare + 40]) if bare < at else None
        if glued and glued[1] > at - bare:  # '32m2' is square metres, not 32 million and a 2
            at, after = bare, glued
        if after and after[0] == "second" and text[at:at + 1] == "s" and "." not in surface:
            after = None  # 'Channel 5s', 'Model 3s': a plural ('9.58s' is seconds)
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
    if re.match(r",?\s+who\b", text[end:end + 7]):  # '95,800 who have been unemployed': people
        return "people"
    times = re.match(r"\s+times\b", text[end:end + 7])
    if times:  # '6.5 times earnings', '78,000 times a minute': a multiple or a frequency, not a count of earnings
        per = rate_after(text[end + times.end():end + times.end() + 30])
        return f"time per {per}" if per else "time"
    if (head is not None and (head.pos_ == "NOUN" or head.tag_ == "NNPS") and not head.like_num
            and not _NUMBER_PART.fullmatch(head.text)):  # 'Americans'; not the '25k' the parser took for a noun
        at = text.find(head.text, end, end + 60)  # the counted noun, then what it is counted per: 'tests a day'
        per = rate_after(text[at + len(head.text):at + len(head.text) + 30]) if at >= 0 else None
        name = head.lemma_[:-1] if head.tag_ == "NNPS" and head.lemma_.endswith("s") else head.lemma_  # 'Belarusian'
        return f"{name} per {per}" if per else name
    return None
