"""Units of measurement as news writes them ('km', 'mph', 'bhp', 'A$', 'per cent'), each with one canonical name, so
that '40 km' and '40 kilometres' are the same figure. Names follow the SI spelling ('kilometre', 'litre'); money
keeps ISO codes, which is what a reader compares across outlets.

A short hand-written lexicon rather than a library: pint parses unit expressions but not their news spellings
('bhp', 'mpg', 'sq ft', 'A$'), and quantulum3's unit base (the peer tool scored in `dossier eval`) comes with a
classifier and a scikit-learn pin that the core install should not carry.
"""

from __future__ import annotations

import re

# canonical name -> spellings (lower case; plurals are added below)
_LEXICON: dict[str, tuple[str, ...]] = {
    "percent": ("%", "per cent", "percent", "pct", "pc", "percentage", "percentage points", "percentage point"),
    "basis point": ("basis point", "bps", "bp"),
    "revolutions per minute": ("rpm", "revolutions per minute"),
    "point per game": ("ppg", "points per game"),
    "rebound per game": ("rpg", "rebounds per game"),
    "assist per game": ("apg", "assists per game"),
    "point": ("point", "pts"),
    "metre": ("m", "metre", "meter", "metres", "meters"),
    "kilometre": ("km", "kilometre", "kilometer", "kms"),
    "centimetre": ("cm", "centimetre", "centimeter"),
    "millimetre": ("mm", "millimetre", "millimeter"),
    "micrometre": ("micron", "micrometre", "micrometer", "µm", "μm"),
    "mile": ("mile", "mi"),
    "foot": ("foot", "feet", "ft"),
    "inch": ("inch", "inches", "in.", "″"),
    "yard": ("yard", "yd", "yards"),
    "nautical mile": ("nautical mile",),
    "square metre": ("square metre", "square meter", "sq m", "m2", "m²"),
    "square centimetre": ("square centimetre", "square centimeter", "cm2", "cm²"),
    "square kilometre": ("square kilometre", "square kilometer", "sq km", "km2", "km²"),
    "square foot": ("square foot", "square feet", "sq ft"),
    "square mile": ("square mile",),
    "hectare": ("hectare", "ha"),
    "acre": ("acre",),
    "kilogram": ("kg", "kilogram", "kilo", "kilogramme"),
    "gram": ("g", "gram", "gramme"),
    "milligram": ("mg", "milligram"),
    "tonne": ("tonne", "metric ton", "t"),
    "gigatonne": ("gigatonne", "gigaton", "gt"),
    "megatonne": ("megatonne", "megaton", "mt"),
    "ton": ("ton",),
    "pound-mass": ("lb", "lbs", "pound weight"),
    "ounce": ("oz", "ounce"),
    "litre": ("litre", "liter", "l"),
    "millilitre": ("ml", "millilitre", "milliliter"),
    "gallon": ("gallon", "gal"),
    "quart": ("quart", "qt"),
    "pint": ("pint",),
    "fluid ounce": ("fluid ounce", "fl oz"),
    "barrel": ("barrel", "bbl"),
    "million british thermal unit": ("mmbtu", "mmbtus", "million british thermal units", "million btu"),
    "barrel per day": ("barrels per day", "barrels a day", "bpd", "b/d"),
    "cubic metre": ("cubic metre", "cubic meter", "m3"),
    "cubic foot": ("cubic foot", "cubic feet", "cu ft"),
    "mile per hour": ("mph", "m.p.h.", "m.p.h", "miles per hour", "miles an hour"),
    "kilometre per hour": ("km/h", "km/hr", "kph", "kmh", "kilometres per hour", "kilometers per hour", "kilometres an hour"),
    "mile per gallon": ("mpg", "miles per gallon"),
    "metre per second": ("m/s", "metres per second", "meters per second"),
    "watt": ("w", "watt"),
    "kilowatt": ("kw", "kilowatt"),
    "megawatt": ("mw", "megawatt"),
    "gigawatt": ("gw", "gigawatt"),
    "kilowatt hour": ("kwh", "kilowatt hour", "kilowatt-hour"),
    "megawatt hour": ("mwh", "megawatt hour", "megawatt-hour"),
    "gigawatt hour": ("gwh", "gigawatt hour", "gigawatt-hour"),
    "terawatt hour": ("twh", "terawatt hour", "terawatt-hour"),
    "horsepower": ("hp", "horsepower", "horse power", "ps"),
    "brake horsepower": ("bhp", "brake horsepower"),
    "pound-foot": ("lb-ft", "pound-feet", "pound-foot", "lb ft"),
    "newton metre": ("newton metre", "newton meter", "n·m"),
    "volt": ("v", "volt"),
    "kilovolt": ("kv", "kilovolt"),
    "ampere": ("a", "amp", "ampere"),
    "farad": ("f", "farad"),
    "milliampere hour": ("mah", "milliampere hour", "milliamp hour"),
    "knot": ("kt", "knot", "kn"),
    "kilopound per square inch": ("ksi",),
    "pascal": ("pa", "pascal"),
    "kilopascal": ("kpa", "kilopascal"),
    "megapascal": ("mpa", "megapascal"),
    "gigapascal": ("gpa", "gigapascal"),
    "nanometre": ("nm", "nanometre", "nanometer"),
    "hertz": ("hz", "hertz"),
    "kilohertz": ("khz", "kilohertz"),
    "megahertz": ("mhz", "megahertz"),
    "gigahertz": ("ghz", "gigahertz"),
    "byte": ("byte", "b"),
    "kilobyte": ("kb", "kilobyte"),
    "megabyte": ("mb", "megabyte"),
    "gigabyte": ("gb", "gigabyte", "gig"),
    "terabyte": ("tb", "terabyte"),
    "megabit per second": ("mbps", "mbit/s", "mb/s", "megabits per second"),
    "gigabit per second": ("gbps", "gbit/s", "gigabits per second"),
    "megapixel": ("mp", "megapixel"),
    "celsius": ("°c", "deg c", "degc", "degrees celsius", "degree celsius", "celsius", "c", "centigrade"),
    "fahrenheit": ("°f", "deg f", "degf", "degrees fahrenheit", "degree fahrenheit", "fahrenheit", "f"),
    "degree": ("degree", "°"),
    "calorie": ("calorie", "cal", "kcal"),
    "parts-per-million": ("ppm", "parts per million"),
    "parts-per-billion": ("ppb", "parts per billion"),
    "second": ("second", "sec", "s", "secs"),
    "minute": ("minute", "min", "mins"),
    "hour": ("hour", "hr", "hrs", "h"),
    "day": ("day",),
    "week": ("week",),
    "month": ("month",),
    "year": ("year", "yr", "yrs"),
    "decade": ("decade",),
    "century": ("century", "centuries"),
    "year of age": ("year-old", "years old", "year old", "years-old"),
    "month of age": ("month-old", "months old", "month old", "months-old"),
    "week of age": ("week-old", "weeks old", "week old", "weeks-old"),
    "day of age": ("day-old", "days old", "day old", "days-old"),
    "cylinder": ("cylinder",),
    "cent": ("cent", "cents", "c"),
    "sen": ("sen",),
    "pence": ("p", "pence", "penny"),
}
CURRENCIES: dict[str, tuple[str, ...]] = {
    "USD": ("$", "us$", "$us", "us $", "usd", "dollar", "us dollar", "u.s. dollar"),
    "AUD": ("a$", "au$", "$a", "$au", "aud", "australian dollar"),
    "CAD": ("c$", "ca$", "cad", "canadian dollar"),
    "HKD": ("hk$", "hk $", "$hk", "hkd", "hong kong dollar"),
    "NZD": ("nz$", "$nz", "nzd", "new zealand dollar"),
    "SGD": ("s$", "sgd", "singapore dollar"),
    "EUR": ("€", "eur", "euro"),
    "GBP": ("£", "gbp", "pound", "pound sterling", "sterling"),
    "JPY": ("¥", "y=", "jpy", "yen", "japanese yen"),
    "CNY": ("cny", "rmb", "yuan", "renminbi", "chinese yuan"),
    "INR": ("₹", "rs", "rs.", "inr", "rupee", "indian rupee"),
    "RUB": ("₽", "rub", "rouble", "ruble", "russian rouble", "russian ruble"),
    "UAH": ("₴", "uah", "hryvnia", "hryvnias", "hryvnas"),
    "BYN": ("byn", "belarusian rouble", "belarusian ruble"),
    "PLN": ("zł", "pln", "zloty", "zlotys"),
    "ILS": ("₪", "ils", "nis", "shekel", "new israeli shekel"),
    "MYR": ("rm", "myr", "ringgit", "malaysian ringgit"),
    "CHF": ("chf", "swiss franc"),
    "KRW": ("₩", "krw", "won", "south korean won"),
    "DKK": ("dkk", "danish krone", "danish kroner", "danish crown"),
    "SEK": ("sek", "swedish krona", "swedish kronor"),
    "NOK": ("nok", "norwegian krone", "norwegian kroner"),
    "ZAR": ("zar", "rand", "south african rand"),
    "TRY": ("try", "turkish lira"),
    "BTC": ("btc", "bitcoin"),
}
CURRENCY_NAMES = {"USD": "dollar", "AUD": "australian dollar", "CAD": "canadian dollar", "HKD": "hong kong dollar",
                  "NZD": "new zealand dollar", "SGD": "singapore dollar", "EUR": "euro", "GBP": "pound sterling",
                  "JPY": "japanese yen", "CNY": "chinese yuan", "INR": "indian rupee", "RUB": "russian ruble",
                  "UAH": "ukrainian hryvnia", "BYN": "belarusian ruble", "PLN": "polish zloty", "ILS": "shekel",
                  "MYR": "malaysian ringgit", "CHF": "swiss franc", "KRW": "south korean won", "BTC": "bitcoin",
                  "DKK": "danish krone", "SEK": "swedish krona", "NOK": "norwegian krone", "ZAR": "south african rand",
                  "TRY": "turkish lira"}


def _spellings(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, spellings in table.items():
        for s in (name, *spellings):
            out.setdefault(s, name)
            if re.fullmatch(r"[a-z]{1,2}\$", s):
                out.setdefault(s[:-1] + " $", name)  # 'C $6', 'AU $89.99': wire copy often spaces the mark
            if re.fullmatch(r"[a-z][a-z -]*[a-z]", s) and len(s) > 3 and not s.endswith("s"):
                out.setdefault(s + "s", name)
                out.setdefault(re.sub(r"^(\w+)(?= per | an )", r"\1s", s), name)
    return out


UNIT_NAMES = _spellings(_LEXICON)
CURRENCY_CODES = _spellings(CURRENCIES)
_LONGEST_FIRST = sorted({*UNIT_NAMES, *CURRENCY_CODES}, key=len, reverse=True)
_AFTER = re.compile(r"\s*-?\s*(" + "|".join(re.escape(s) for s in _LONGEST_FIRST) + r")(?![\w°])", re.IGNORECASE)
_BEFORE = re.compile(r"(?<![a-z])(" + "|".join(re.escape(s) for s in sorted(CURRENCY_CODES, key=len, reverse=True)
                                              if not s.isalpha() or s in ("rs", "rm")) + r")\s*$", re.IGNORECASE)
# what a price is counted per, after any conversion in brackets: 'C$6 (US$4.46) per share'
_RATE = re.compile(r"(?:\s*\([^()]{1,40}\))?[\s-]*(?:a|an|per|each)[\s-]+(" + "|".join(re.escape(s) for s in sorted(UNIT_NAMES, key=len, reverse=True)
                                                        if len(s) > 2) + r"|share)\b"
                   r"(?!\s+(?:earlier|ago|later|before|after|on|from now|previously|prior)\b)", re.IGNORECASE)


_PER_SLASH = re.compile(r"/(" + "|".join(re.escape(u) for u in _LONGEST_FIRST if u in UNIT_NAMES and len(u) > 1)
                        + r")(?![\w°])", re.IGNORECASE)


def rate_after(text_after: str) -> str | None:
    """'a barrel', 'per square foot', 'a share': what a price is counted per."""
    match = _RATE.match(text_after)
    if not match:
        return None
    word = match.group(1).lower()
    return UNIT_NAMES.get(word, word)


_ISO_BEFORE = re.compile(r"(?<![A-Za-z])(" + "|".join(CURRENCIES) + r"|RM|Rs\.?)\s?$")


def currency_before(text_before: str) -> str | None:
    """The currency whose mark ends the text before a number ('A$' in 'A$82m', 'USD' in 'USD10m', 'RM' in 'RM23')."""
    match = _BEFORE.search(text_before[-7:])
    if match and " " in match.group(1) and match.group(1)[0].islower():
        return "USD" if match.group(1).endswith("$") else None  # 'a $3500 mortgage': an article, not 'A $'
    if match:
        return CURRENCY_CODES[match.group(1).lower()]
    iso = _ISO_BEFORE.search(text_before[-5:])
    return CURRENCY_CODES.get(iso.group(1).lower(), iso.group(1)) if iso else None


def unit_after(text_after: str) -> str | None:
    """The unit that starts the text after a number ('km/h', ' per cent', '-year-old', ' yuan')."""
    found = unit_span_after(text_after)
    return found[0] if found else None


def unit_span_after(text_after: str) -> tuple[str, int] | None:
    """Like unit_after, with how many characters the unit takes ('  km/h' -> ('kilometre per hour', 6))."""
    match = _AFTER.match(text_after)
    if not match or (len(match.group(1)) == 1 and match.group(1).isalpha() and match.start(1) > 0
                     and text_after[match.end():match.end() + 1] != "/"):
        return None  # a lone letter after a space is a word ('5 a day'), not a unit; 'A/cm2' is one
    word = match.group(1).lower()
    if word in ("pound", "pounds") and re.match(r"\s+of\s+[a-z]", text_after[match.end():]):
        return "pound-mass", match.end()  # '1/2 pound of chocolate', '2 pounds of cocaine': a weight
    if match.group(1) == "Nm":
        return "newton metre", match.end()  # the SI symbol is case-sensitive: 'nm' is a nanometre
    if match.group(1) == "G" and match.start(1) == 0:
        return "generation wireless", match.end()  # '5G', '4G networks'; grams are a small g
    name = CURRENCY_CODES.get(word) or UNIT_NAMES.get(word)
    if name and word not in CURRENCY_CODES and "/" not in word:
        per = _PER_SLASH.match(text_after, match.end())
        if per and " per " not in name:  # 'kV/cm', 'A/cm2': one unit per another
            return f"{name} per {UNIT_NAMES[per.group(1).lower()]}", per.end()
    return (name, match.end()) if name else None


def is_lexicon_unit(unit: str | None) -> bool:
    """A unit of measurement or a currency, as opposed to the noun a count counts."""
    if not unit:
        return False
    first = unit.partition(" per ")[0]
    return any(u in _LEXICON or u in CURRENCIES or u[:-1] in _LEXICON for u in (unit, first))  # 'hours per week'

