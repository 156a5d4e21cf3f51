"""Where figures may be in a report: the spans the tagger marks as numbers, money and quantities, and the ones it
misses or cuts short (units glued to digits, ranges, numbers spelt out, shares, powers of ten, ages after a name).

Each span comes with a kind: a tagger label, or the unit it already names ('years', 'year of age', 'fold'). Which
spans are figures, and what they count, is `quantities`' business.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import numpy
from spacy.attrs import DEP, POS
from spacy.symbols import NUM as _NUM
from spacy.tokens import Doc

from dossier.extract.dates import MONTHS
from dossier.extract.figures.numbers import SHARE_WORD, marker_before, parse_amount
from dossier.extract.figures.units import unit_after, unit_span_after
from dossier.lexicon import en

FIGURE_LABELS = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY"})
_NAME_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "LAW"})
_COMPOUND = re.compile(
    rf"\b(\d[\d,.]*|{'|'.join(en.number_words())})-"
    r"(year|month|week|day|hour|minute|kilometre|kilometer|km|mile|metre|meter|strong|member|page|point|storey|tonne|ton)s?"
    r"(?:-old)?\b", re.IGNORECASE)
_VAGUE = re.compile(r"\b(?:(?:several|a few|many) (?:hundred|thousand|million)|(?:hundreds|thousands|tens|millions) of "
                    r"(?:thousands|millions)|(?:hundreds|thousands|dozens|millions|scores)(?= of\b))\b", re.IGNORECASE)
# Shares in words ('a third of those screened', 'almost half of which', 'nine out of ten voters', 'one in five'); not
# 'two of three defendants', which counts two.
_SHARE = re.compile(rf"\b(?:(?:(?:a|one|two|three)[\s-]{SHARE_WORD}|half)(?=\s+(?:of|the)\b)"
                    rf"|(?:{'|'.join(en.number_words(1, 9))}|\d{{1,2}}) (?:out of|in) "
                    rf"(?:{'|'.join(en.number_words(2, 10))}|hundred|\d{{1,3}})(?=\s+[a-z]))\b", re.IGNORECASE)
_WORD_NUMBER = en.alternation([*en.number_words(), *en.SCALE_WORDS])
# A number spelt out over several words ('twenty-eight thousand six hundred forty-two'), which the tagger cuts short.
_SPELLED = re.compile(rf"\b{_WORD_NUMBER}(?:(?:[\s-]+|\s+and\s+){_WORD_NUMBER})+\b", re.IGNORECASE)
_N = en.alternation([r"\d[\d,.]*", "a", "an", *en.number_words(), "hundred"])
_DURATION = re.compile(rf"\b(?:between\s+)?{_N}(?:\s+(?:and|to|or|-)\s+{_N})?[\s-]+(?:more\s+)?"
                       r"(year|month|week|day|hour|minute|second)s?(?:[\s-]old\b)?(?![\w-])", re.IGNORECASE)
# Digits with a unit or scale glued on ('5kW', '24pc', '35m', '164p'), and plain numbers too long or too formatted to
# be anything but a figure ('5835 units', '1,334.20') that the parser left untagged.
_GLUED = re.compile(r"(?<![\w.,$€£¥-])(\d[\d,]*(?:\.\d+)?)([a-zA-Zµμ%°][a-zA-Z/²³]{0,5}[23]?)\b")
_METRES = re.compile(r"\s*(?:\(\s*[\d,.]+\s*(?:ft|feet|foot|yd|yards?|in|inches)\s*\)\s*)?-?\s*"
                     r"(?:long|tall|high|wide|deep|thick|in (?:length|height|diameter|width))\b|\s*\(\s*[\d,.]+\s*(?:ft|feet)\b")
_NUMBER = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\d,.]\d)")
# An ordinal that counts a recurring series: 'a sixth consecutive presidential term', 'the 7th five-year term'.
_SERIES_ORDINAL = re.compile(
    rf"(?i)\b({en.alternation(en.ORDINAL_WORDS)}|[2-9]\d*(?:st|nd|rd|th)|1\d+(?:st|nd|rd|th))\s+"
    rf"(?:(?:{en.alternation(en.SERIES_QUALIFIERS)}|[\w]+-year)\s+){{0,2}}{en.alternation(en.SERIES_NOUNS)}\b")
# A length of time in two units: 'two years and three months' (a list '3 years, 2 months, 14 days' is parts).
_TWO_UNIT_DURATION = re.compile(
    rf"(?i)\b({_N})\s+(years?|months?)\s+and\s+({_N})\s+(months?|weeks?|days?)\b")
AGE_UNITS = frozenset({"year of age", "month of age", "week of age", "day of age"})
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", *AGE_UNITS}
_TWO_FIGURES = re.compile(r"(\d[\d,.]*\s*[^\d\s]*?)(\s+(?:and\s+|or\s+)?)(?=[-−]?[$€£¥]?\d)")
_CODE_AMOUNT = re.compile(r"(?:\b(?:USD|EUR|GBP|AUD|CAD|HKD|NZD|SGD|JPY|CNY|INR|RUB|UAH|BYN|PLN|CHF|RM|Rs\.?)|Y=|"
                          r"\$(?:US|A|NZ|HK|C|S)(?=\d))\s?"
                          r"(\d[\d,]*(?:\.\d+)?(?:\s?(?:bn|mn|m|k|mil|billion|million|trillion|thousand)\b)?)")
# 'sixfold', 'a 10-fold rise', 'two-fold': a multiple
_FOLD = re.compile(rf"\b({'|'.join(en.number_words(2, 10))}|twenty|hundred|\d+(?:\.\d+)?)-?fold\b", re.IGNORECASE)
_AGE_AFTER_NAME = re.compile(r",\s*(\d{1,3}),")
# 'over the age of 21', 'under the age of five'
_AGE_OF = re.compile(rf"\bage of ((?:\d{{1,3}}|{_WORD_NUMBER})(?:-{_WORD_NUMBER})?)\b(?![.,]\d)", re.IGNORECASE)
# 'respondents aged 18 to 34', 'voters aged 65 and over', 'a man aged 41'
_AGED = re.compile(r"\baged\s+(\d{1,3}(?:\s*(?:to|-|–)\s*\d{1,3})?)\b(?![.,]\d)", re.IGNORECASE)
# 'life expectancy for men is around 73', 'the average age of the pardoned was 41': an age named by what it is
_AGE_IS = re.compile(r"\b(?:life expectancy|average age|median age|mean age|retirement age|pension age|voting age)\b"
                     r"[^.;:\d]{0,40}?\b(?:is|was|are|were|of|at|stood at|reached|rose to|fell to|to)\s+"
                     r"(?:(?:around|about|roughly|nearly|almost|over|under|just|some)\s+)?(\d{1,3}(?:\.\d)?)\b(?![.,]\d)",
                     re.IGNORECASE)
# Suspended hyphens: the '7-' of '7- or 8-inch', the 'four-' and 'five-' of 'four-, five- and six-cylinder' share
# the unit written after the last number of the list.
_SUSPENDED = re.compile(rf"\b(\d+(?:\.\d+)?|{_WORD_NUMBER})-(?=,?\s)", re.IGNORECASE)
_SUSPENDED_LIST = re.compile(rf"(?:,?\s+(?:(?:and|or|to)\s+)?(?:\d+(?:\.\d+)?|{_WORD_NUMBER})-)*?,?\s+(?:(?:and|or|to)\s+)?"
                             rf"(?:\d+(?:\.\d+)?|{_WORD_NUMBER})-([a-z]+)\b", re.IGNORECASE)
# 'an average of 20 per week': a count per unit of time whose noun was named before
_BARE_RATE = re.compile(r"(?<![\w.,$€£¥])(\d[\d,]*(?:\.\d+)?)(?=\s+(?:per|a|each)\s+(?:day|week|month|year|hour|minute)\b)")
# Stock market indexes are named by how many shares they hold ('the FTSE 100 fell 1%')
_MARKET_INDEX = re.compile(r"\b(?:S\s?&?\s?P|(?:Euro\s)?Stoxx(?:\sEurope)?|Nasdaq|FTSE|Russell|Nikkei|DAX|CAC|ASX|TSX|IBEX|"
                           r"KOSPI|Sensex|Nifty|AEX|SMI|MIB|Dow(?:\sJones)?)\s+\d{1,4}\b", re.IGNORECASE)
_SIGNED_MONEY = re.compile(r"[$€£¥]\s?([-−]?\d[\d,]*(?:\.\d+)?)(?:\s?(?:bn|mn|m|k|billion|million|trillion)\b)?")
_SPACED_SCALE = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?\s(?:B|M|K)\b(?=\s+[a-z]{3,})")
_SCALE_AFTER = re.compile(r"\s+(?:hundred|thousand|million|billion|trillion)\b", re.IGNORECASE)
# '1/16 of a pint', '1⁄128 of a US gallon': a fraction before 'of' (never a date like 3/4 on its own)
_FRACTION = re.compile(r"(?<![\w/⁄.])\d+\s*[/⁄]\s*\d+(?![\w/⁄])(?=\s+of\b)")
_LONG_NUMBER = re.compile(r"(?<![\w.,/:-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{5,}(?:\.\d+)?|\d+\.\d+"
                          r"|\d{4}(?=\s+[a-z]{3,})|(?:[3-9]\d|2[2-9])\d{2}|(?<!\S)\.\d+)(?![\w/:-]|[.,]\d)")
_SCIENTIFIC = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s*[×x]\s*10\s*\^?\s*[-−⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+(?![\d.,])")
_DATE_WORDS = re.compile(r"(?:\b(?:in|since|between|and|from|until|till|by|of|to|ad|bc|a\.d\.|b\.c\.)\s*)$", re.IGNORECASE)
_AGE_OF_BEFORE = re.compile(r"(?i)\bage of\s+$")
_AGO = re.compile(r"\s+(?:ago|earlier|later|before|after)\b", re.IGNORECASE)


Span = tuple[int, int, str]
Candidate = tuple[int, int, str, str]  # a span, and the name of the rule that found it
Parsed = Sequence[tuple[int, Doc]]


def figure_candidates(text: str, parsed: Parsed) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """(start, end, kind, rule) of every span that may be a figure, overlapping freely (the longest wins later), by
    each rule of FIGURE_RULES in turn, with the name of the rule that found it; and the spans of names ('S&P 500',
    'Boeing 787'), inside which a bare number names rather than counts."""
    spans = [(*span, name) for name, rule in FIGURE_RULES for span in rule(text, parsed)]
    return spans, names_in(text, parsed)


def _compound(text: str, parsed: Parsed) -> Iterator[Span]:
    """'a 10-year term', 'a 34-year-old', 'a 12-page report'."""
    for m in _COMPOUND.finditer(text):
        yield m.start(), m.end(), m.group(2).lower() + "s"


def _vague(text: str, parsed: Parsed) -> Iterator[Span]:
    """'several thousand', 'tens of thousands', 'dozens of'."""
    for m in _VAGUE.finditer(text):
        yield m.start(), m.end(), ""


def _glued(text: str, parsed: Parsed) -> Iterator[Span]:
    """Digits with a unit or scale glued on: '5kW', '24pc', '35m', '164p'."""
    for m in _GLUED.finditer(text):
        if m.group(2).lower() in ("am", "pm"):
            continue  # a time of day
        if m.group(2) == "s" and "." not in m.group(1):
            continue  # 'Model 3s', 'the 1990s', 'Channel 5s': a plural, not seconds ('9.58s' is)
        if m.group(2) == "m" and _METRES.match(text, m.end()):  # '37m (121ft)-long', 'a 40m-high wall': metres
            yield m.start(), m.end(), "metre"
        elif unit_after(m.group(2)) or m.group(2).lower() in ("k", "m", "bn", "mn", "tn", "b"):
            yield _range_start(text, m.start()), m.end(), "CARDINAL"


def _number_and_unit(text: str, parsed: Parsed) -> Iterator[Span]:
    """A number and the unit written after it ('40 km/h', '9 billion shekels': the unit after the scale word)."""
    for m in _NUMBER.finditer(text):
        scale = _SCALE_AFTER.match(text, m.end())
        found = unit_span_after(text[scale.end() if scale else m.end():m.end() + 40])
        if found and scale:
            found = (found[0], found[1] + scale.end() - m.end())
        if found and found[0] == "second" and text[m.end():m.end() + 1] == "s" and "." not in m.group():
            found = None  # 'Channel 5s', 'Model 3s': a plural ('9.58s' is seconds)
        if found and found[0] not in TIME_UNITS:
            yield _range_start(text, m.start()), m.end() + found[1], "QUANTITY"


def _money(text: str, parsed: Parsed) -> Iterator[Span]:
    """'$-50.8bn' (the sign after the currency mark), '$414 million' the tagger left, 'USD 10m', 'RM23'."""
    for m in _SIGNED_MONEY.finditer(text):
        yield m.start(1), m.end(), "MONEY"
    for m in _CODE_AMOUNT.finditer(text):
        yield m.start(1), m.end(1), "MONEY"


def _spaced_scale(text: str, parsed: Parsed) -> Iterator[Span]:
    """'about 8 B people', '40 M users': the scale as a capital letter."""
    for m in _SPACED_SCALE.finditer(text):
        marker = marker_before(text[max(0, m.start() - 25):m.start()].rstrip())
        at = text.rfind(marker, max(0, m.start() - 25), m.start()) if marker else -1
        yield at if at >= 0 else m.start(), m.end(), "CARDINAL"


def _long_number(text: str, parsed: Parsed) -> Iterator[Span]:
    """Numbers too long or too formatted to be anything but a figure ('5835 units', '1,334.20'); not years."""
    for m in _LONG_NUMBER.finditer(text):
        if (len(m.group(1)) == 4 and m.group(1).isdigit() and 1000 <= int(m.group(1)) < 2200
                and _DATE_WORDS.search(text[max(0, m.start() - 12):m.start()])):
            continue  # 'between 1600 and 1900': years ('sales of 5835 units' is no year)
        yield m.start(), m.end(), "CARDINAL"


def _suspended(text: str, parsed: Parsed) -> Iterator[Span]:
    """The '7-' of '7- or 8-inch' shares the unit written after the last number of the list."""
    for m in _SUSPENDED.finditer(text):
        shared = _SUSPENDED_LIST.match(text, m.end())
        if shared:
            yield m.start(1), m.end(1), unit_after(shared.group(1)) or shared.group(1).lower()


def _named_age(text: str, parsed: Parsed) -> Iterator[Span]:
    """'over the age of 21', 'aged 18 to 34', 'the average age of the pardoned was 41'."""
    for m in (*_AGE_OF.finditer(text), *_AGED.finditer(text), *_AGE_IS.finditer(text)):
        yield m.start(1), m.end(1), "year of age"


def _simple(pattern: re.Pattern, kind: str, group: int = 0):
    def rule(text: str, parsed: Parsed) -> Iterator[Span]:
        for m in pattern.finditer(text):
            yield m.start(), m.end(group), kind
    return rule


def _share(text: str, parsed: Parsed) -> Iterator[Span]:
    """'a third of', 'nine out of ten', 'one in five'; not 'the first of' or 'the other half'."""
    for m in _SHARE.finditer(text):
        if not re.search(r"(?i)\b(?:first|second|an hour and|the other)\s*$", text[max(0, m.start() - 16):m.start()]):
            yield m.start(), m.end(), "CARDINAL"


def _scientific(text: str, parsed: Parsed) -> Iterator[Span]:
    """'2.998×10−8 meters per second', whole."""
    for m in _SCIENTIFIC.finditer(text):
        found = unit_span_after(text[m.end():m.end() + 30])
        yield m.start(), m.end() + (found[1] if found else 0), "QUANTITY" if found else "CARDINAL"


def _series_ordinal(text: str, parsed: Parsed) -> Iterator[Span]:
    """'a sixth consecutive term': the number of a recurring series."""
    for m in _SERIES_ORDINAL.finditer(text):
        yield m.start(1), m.end(1), "ORDINAL"


def _two_unit_duration(text: str, parsed: Parsed) -> Iterator[Span]:
    """'two years and three months', in the larger unit."""
    for m in _TWO_UNIT_DURATION.finditer(text):
        yield m.start(), m.end(), m.group(2).lower().rstrip("s") + "s"


def _duration(text: str, parsed: Parsed) -> Iterator[Span]:
    """'three years in prison', 'the past two years', 'for six months': a length, unless it dates ('two years ago')
    or is an age ('18 month-old'; 'under the age of 5 years' is found by the named age)."""
    for m in _DURATION.finditer(text):
        if _AGO.match(text, m.end()) or re.fullmatch(r"(?i)an?\s.*", m.group(0)) or _AGE_OF_BEFORE.search(
                text[max(0, m.start() - 12):m.start()]):
            continue
        old = m.group(0).lower().endswith("old")
        yield m.start(), m.end(), f"{m.group(1).lower()} of age" if old else m.group(1).lower() + "s"


def _tagged(text: str, parsed: Parsed) -> Iterator[Span]:
    """The tagger's figures (cut where one span holds two), and ages after a person's name ('Ihar Losik, 30,')."""
    for offset, doc in parsed:
        for ent in doc.ents:
            age = _AGE_AFTER_NAME.match(text, offset + ent.end_char) if ent.label_ == "PERSON" else None
            if age:
                yield age.start(1), age.end(1), "year of age"
            elif _is_age(ent):  # 'Nick Hague 44 has spent', 'Jones, 71, said' (the tagger calls an age a DATE)
                yield offset + ent.start_char, offset + ent.end_char, "year of age"
            if ent.label_ in FIGURE_LABELS:
                # '$800,000 to' (the parser stops mid-range): the connector is not part of the figure
                trail = re.search(r"\s+(?:to|and|or|-)$", ent.text)
                for a, b in split_figures(text, offset + ent.start_char,
                                          offset + ent.end_char - (len(trail.group(0)) if trail else 0)):
                    yield a, b, ent.label_


def _parsed_counts(text: str, parsed: Parsed) -> Iterator[Span]:
    """A count the tagger missed ('has more than 900 doctors'): a number in digits the parse attaches to a noun (read
    off the token arrays: making a Token object for every word costs more); and an age said of a person with 'be'."""
    for offset, doc in parsed:
        nummod = doc.vocab.strings["nummod"]
        for i in numpy.flatnonzero((doc.to_array(POS) == _NUM) & (doc.to_array(DEP) == nummod)):
            token = doc[int(i)]
            if token.head.pos_ == "NOUN" and token.like_num and token.text[:1].isdigit():
                yield offset + token.idx, offset + token.idx + len(token), "CARDINAL"
        for token in doc:
            if _age_predicate(token):
                yield offset + token.idx, offset + token.idx + len(token), "year of age"


# Each rule that finds where a figure may be, by name, in the order they run.
FIGURE_RULES = (
    ("compound", _compound),
    ("vague_amount", _vague),
    ("glued_unit", _glued),
    ("number_and_unit", _number_and_unit),
    ("money", _money),
    ("spaced_scale", _spaced_scale),
    ("long_number", _long_number),
    ("suspended_hyphen", _suspended),
    ("named_age", _named_age),
    ("bare_rate", _simple(_BARE_RATE, "CARDINAL", group=1)),
    ("fold", _simple(_FOLD, "fold")),
    ("fraction", _simple(_FRACTION, "CARDINAL")),
    ("spelled_number", _simple(_SPELLED, "CARDINAL")),
    ("share", _share),
    ("scientific", _scientific),
    ("series_ordinal", _series_ordinal),
    ("two_unit_duration", _two_unit_duration),
    ("duration", _duration),
    ("tagged_figure", _tagged),
    ("parsed_count", _parsed_counts),
)


def names_in(text: str, parsed: Parsed) -> list[tuple[int, int]]:
    """'S&P 500', 'Boeing 787', 'Model 3': spans inside which a number names, not counts."""
    names = [m.span() for m in _MARKET_INDEX.finditer(text)]
    for offset, doc in parsed:
        names += [(offset + e.start_char, offset + e.end_char) for e in doc.ents if e.label_ in _NAME_LABELS]
    return names


def _age_predicate(token) -> bool:
    """Rule `age_predicate`: a bare whole number said of a person with 'be' is the person's age ('Maria, who was
    10', 'he will be 35 by the end of the year', 'Losik, who is 30'); 'the turnout was 60' is no age, nor are 'they
    were 12' (a group's number) and '35 people'."""
    if not (token.dep_ in ("attr", "acomp") and token.text.isdigit() and 0 < int(token.text) < 120
            and token.head.lemma_ == "be" and not any(c.pos_ in ("NOUN", "PROPN") for c in token.children)):
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and (after.text in ("%", "-", "/", ":") or after.like_num or after.pos_ == "NOUN"):
        return False
    subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ == "who" and token.head.dep_ == "relcl":
        subject = token.head.head  # 'their daughter Maria, who was 10': the one the clause is about
        if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children) or subject.lemma_ in en.ROLE_NOUNS:
            return True
    return (subject.lower_ in en.PERSON_PRONOUNS or subject.lower_ == "i"
            or (subject.ent_type_ == "PERSON" and subject.pos_ == "PROPN"))


def _is_age(ent) -> bool:
    """A bare number of years the tagger marks as a date, right after a person's name."""
    if ent.label_ != "DATE" or len(ent) != 1 or not ent.text.isdigit() or not 0 < int(ent.text) < 120 or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    if before.text == "," and ent.start > 1 and ent.end < len(ent.doc) and ent.doc[ent.end].text == ",":
        before = ent.doc[ent.start - 2]
    return (before.pos_ == "PROPN" and before.text[:1].isupper() and before.ent_type_ not in ("DATE", "TIME")
            and before.lower_ not in MONTHS)


_RANGE_LOWER = re.compile(r"(?:(?:between|from)\s+)?(?<![\w.,])\d[\d,.]*(?:\s+to\s+|-to-|[-–]|\s+[-–]\s+)$")


def _range_start(text: str, start: int) -> int:
    """Where a figure starts when it closes a range: the unit belongs to both ends ('1 to 1.5 per cent', '25 – 40min',
    '0-to-60-mph')."""
    lower = _RANGE_LOWER.search(text[max(0, start - 25):start])
    return start - len(lower.group(0)) if lower else start


def split_figures(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span the parser drew over two figures ('640bhp 5.2 litre', '6.1 inches and 6.7 inches', 'by $43.6 billion
    to $419.2 billion') as one span per figure. A range stays whole ('between 3 and 5', '1 to 1.5 degrees')."""
    surface = text[start:end]
    before = text[max(0, start - 10):start].lower()
    if len(re.findall(r"\d[\d,.]*", surface)) < 2 or re.match(r"(?i)\s*(?:between|from)\b", surface):
        return [(start, end)]
    if re.search(r"\bto\b", surface):
        # 'rose by $43.6 billion to $419.2 billion' is a change then a level; 'fell by 1 to 1.5 degrees' a range
        ends = [parse_amount(part).value for part in re.split(r"\bto\b", surface, maxsplit=1)]
        change_then_level = (re.search(r"\bby\s*$", before) and None not in ends and ends[0]
                             and abs(ends[1] / ends[0]) > 2)
        if not change_then_level:
            return [(start, end)]
        cut = re.search(r"\s+to\s+", surface)
        return [(start, start + cut.start()), (start + cut.end(), end)]
    cuts, pos = [], 0
    for m in _TWO_FIGURES.finditer(surface):
        unit = m.group(1)[len(re.match(r"\d[\d,.]*\s*", m.group(1)).group(0)):]
        signed = surface[m.end():m.end() + 1] in ("-", "−")  # 'Stoxx 50 -1.3%': a signed figure after a name's number
        if m.start() < pos or not (unit or signed or "and" in m.group(2) or "or" in m.group(2)):
            continue
        piece = surface[pos:m.end(1)]
        trail = re.search(r"\s+(?:and|or)$", piece)  # '$5 and $2,000': the connector belongs to neither
        cuts.append((start + pos, start + m.end(1) - (len(trail.group()) if trail else 0)))
        pos = m.end()
    if not cuts:
        return [(start, end)]
    return [*cuts, (start + pos, end)]
