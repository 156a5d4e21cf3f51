"""Reading a number as a reporter writes it: digits with separators, scale words, number words, vague amounts,
and the words around a figure that say how exact it is ("up to", "more than", "an estimated")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.lexicon import en

UNITS = en.NUMBER_WORDS
TENS = en.TENS
SCALES = en.SCALES
FRACTIONS = en.FRACTIONS
SHARE_WORD = en.SHARE_WORD
COLLECTIVES = en.COLLECTIVES
VAGUE = en.VAGUE_AMOUNTS
APPROX_MARKERS = en.APPROX_MARKERS
_MARKER_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(m) for m in APPROX_MARKERS), key=len, reverse=True)) + r")\s*$",
                        re.IGNORECASE)


_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
# '2.998×10−8', '1.2 x 10^6', '6.02×10²³'
_SCIENTIFIC = re.compile(r"(\d+(?:\.\d+)?)\s*[×x*]\s*10\s*(?:\^|\*\*)?\s*([-⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+)")


@dataclass(frozen=True)
class Amount:
    """A number as read: `value` None when the text gives no definite number; `high` for ranges."""

    value: float | None
    approx: bool = False
    bound: str | None = None  # 'max' | 'min' | 'about' | 'range'
    high: float | None = None


_NUMBER_WORD = en.alternation([*UNITS, *TENS])
_DIGITS = re.compile(r"(?<![\w.])(\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+|\d+)(?:\.(\d+))?")


def parse_digits(text: str) -> float | None:
    """'30,000' -> 30000; '1.5' -> 1.5; '1 200' -> 1200. None when there are no digits."""
    match = _DIGITS.search(text)
    if not match:
        return None
    whole = re.sub(r"[,\u202f\u00a0 ]", "", match.group(1))
    return float(f"{whole}.{match.group(2)}") if match.group(2) else float(whole)


def parse_number_words(text: str) -> float | None:
    """'twenty-one' -> 21; 'three hundred' -> 300; 'a dozen' -> 12; 'two million' -> 2e6. None if not a number."""
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w and w not in ("and", "a", "an")]
    if not words:
        return None
    total = current = 0.0
    seen = False
    for word in words:
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in COLLECTIVES:
            current = (current or 1) * COLLECTIVES[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


TWO_UNITS = re.compile(r"(.+?)\s+(years?|months?)\s+and\s+(.+?)\s+(months?|weeks?|days?)")
_PART_OF = {("year", "month"): 1 / 12, ("year", "week"): 1 / 52, ("year", "day"): 1 / 365, ("month", "week"): 7 / 30,
            ("month", "day"): 1 / 30}


def parse_amount(text: str) -> Amount:
    """The amount in a figure's text, with its approximation marker ('up to 200', 'several thousand', 'between 3,000
    and 5,000', '1.5 million', 'a dozen', '79%')."""
    low = " ".join(text.lower().replace("–", "-").replace("−", "-").replace("-to-", " to ").split())
    if low in en.ORDINAL_WORDS or re.fullmatch(r"\d+(?:st|nd|rd|th)", low):  # 'sixth', '7th' (a series' count)
        return Amount(float(en.ORDINAL_WORDS.get(low) or low[:-2]))
    two = TWO_UNITS.fullmatch(low)
    if two:  # 'two years and three months' is 2.25 years: a length of time in its larger unit
        whole, part = (1.0 if two.group(1) in ("a", "an") else parse_amount(two.group(1)).value,
                       parse_amount(two.group(3)).value)
        if whole is not None and part is not None:
            return Amount(whole + part * _PART_OF[(two.group(2).rstrip("s"), two.group(4).rstrip("s"))])
    low = re.sub(r"(?<![\w.,])\.(?=\d)", "0.", low)  # '.500', '.001 per cent'
    negative = re.match(r"(?:minus[\s-]?|-(?=\$?\d))", low)
    if negative:
        found = parse_amount(low[negative.end():])
        return Amount(-found.value if found.value is not None else None, found.approx, found.bound,
                      -found.high if found.high is not None else None)
    fraction = re.match(r"(\d+)\s*[/⁄]\s*(\d+)(?![\d/⁄])(?:\s+[a-z].*)?$", low)  # '1/2 pound', '1⁄32 of a quart'
    if fraction and int(fraction.group(2)) and (int(fraction.group(1)) < int(fraction.group(2)) or low == fraction.group(0)):
        return Amount(int(fraction.group(1)) / int(fraction.group(2)))
    # Currency marks before the digits ('US$1.3m', 'A$82,615', 'Y=590 billion'): the unit's business, not the number's.
    low = re.sub(r"(?<![a-z])(?:us|au|a|nz|hk|c|s|r)?[$€£¥]\s*|(?<![a-z])(?:y=|us|a|rs\.?)(?=\d)", "", low)
    low = re.sub(r"^(?:only|just|exactly|merely|a mere|all)\s+(?=\S)", "", low)  # 'only one', 'a mere 12': exact
    bound = None
    marker = next((m for m in sorted(APPROX_MARKERS, key=len, reverse=True) if low.startswith(m + " ")), None)
    if marker:
        bound = APPROX_MARKERS[marker]
        low = low[len(marker):].strip()
    science = _SCIENTIFIC.match(low)
    if science:
        return Amount(float(f"{science.group(1)}e{int(science.group(2).translate(_SUPERSCRIPT))}"), bound is not None,
                      bound)
    between = (re.match(r"(?:between|from)\s+(.+?)\s+(?:and|to|-)\s+(.+)$", low)
               # '15-22 miles per hour', '3 - 5': a hyphen spaced on one side only is a sign ('Stoxx 50 -1.3%')
               or re.match(r"(\d[\d,.]*(?:\s*(?:hundred|thousand|million|billion|bn|m|k)\b)?)(?:-|\s+-\s+)"
                           r"(\d[\d,.]*(?:\s*(?:hundred|thousand|million|billion|bn|m|k)\b)?)(?:\s*[^\d\s,.-].*)?$", low)
               or re.match(rf"((?:\d[\d,.]*%?|{_NUMBER_WORD})(?:\s+\w+)?)\s+to\s+((?:\d|{_NUMBER_WORD}).*)$", low)
               # 'three or four years', 'eight or nine euros': a rough amount between the two
               or re.match(rf"(\d[\d,.]*|{_NUMBER_WORD})\s+or\s+((?:\d|{_NUMBER_WORD}).*)$", low))
    if between:
        first, second = parse_amount(between.group(1)), parse_amount(between.group(2))
        if first.value is not None and second.value is not None:
            # '$10 to $15 billion' scales both ends; '$370,000 to $5.5 million' only the second
            unscaled = second.value / scale_of(between.group(2))
            scale = scale_of(between.group(2)) if scale_of(between.group(1)) == 1 and first.value <= unscaled else 1
            return Amount(first.value * scale, True, "range", second.value)
    ratio = re.fullmatch(r"(\w+) (?:out of|in) (\w+)", low)  # 'one out of three', 'nine in ten'
    if ratio:
        part, whole = (parse_number_words(w) if not w.isdigit() else float(w) for w in ratio.groups())
        if part is not None and whole and part < whole:
            return Amount(part / whole, bound is not None, bound)
    fraction = " ".join(w for w in re.split(r"[\s-]+", low) if w)
    for name, share in FRACTIONS.items():
        if fraction == name or fraction.startswith(name + " of") or fraction.startswith(name + " "):
            return Amount(share, bound is not None, bound)
    fold = re.fullmatch(r"(.+?)-?fold", low)  # 'sixfold', '10-fold': the multiple
    if fold:
        low = fold.group(1)
    compound = re.fullmatch(r"(.+?)-([a-z]+)(?:-old)?", low)
    if compound and not compound.group(2) in UNITS and not compound.group(2) in TENS:
        low = compound.group(1)  # '18-year', 'two-hour': the number before the unit
    words = low.split()
    if words and (words[0] in VAGUE or " ".join(words[:2]) in VAGUE):
        return Amount(None, True, bound or "about")
    value = parse_digits(low)
    if value is not None:
        value *= scale_of(low)
    else:
        value = parse_number_words(_leading_number_words(re.sub(r"[^a-z\s-]", " ", low.split(" of ")[0]))) if low else None
    return Amount(value, bound is not None, bound)


def _leading_number_words(text: str) -> str:
    """The number words a figure starts with: 'three feet wide' -> 'three'."""
    kept = []
    for word in text.split():
        if not all(part in UNITS or part in TENS or part in SCALES or part in COLLECTIVES or part in ("a", "an", "and")
                   for part in word.split("-") if part):
            break
        kept.append(word)
    return " ".join(kept)


def scale_of(text: str) -> float:
    """The scale words after the digits or number words ('1.5 million', '3bn', '30k', '4 hundred million', 'five
    thousand')."""
    match = re.search(rf"(?:\d[\d.,]*|\b{_NUMBER_WORD})\s*((?:(?:hundred|thousand|million|billion|trillion|bn|mn|tn|mil|m|k|b)\b(?!\.\w)\s*)+)",
                      text.lower())  # not the m of 'm.p.h.'

    if not match:
        return 1.0
    scale = 1.0
    for word in match.group(1).split():
        if scale > 1 and word in ("m", "mn", "bn", "tn", "k", "b", "mil"):
            break  # '16 billion b.' is 16 billion of something: an abbreviation never scales a scale word
        scale *= SCALES[word]
    return scale


def marker_before(text_before: str) -> str | None:
    """The approximation marker that ends `text_before` ('... an estimated'), as written, or None."""
    match = _MARKER_RE.search(text_before)
    return match.group(1) if match else None
