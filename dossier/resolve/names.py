"""Comparing personal names across transliterations: Lukashenka/Lukashenko, Tsikhanouskaya/Tikhanovskaya.

String similarity alone would marry a wife to her husband (Tsikhanouskaya ~ Tsikhanouski scores 85 with rapidfuzz),
so surnames must also agree in the gender their Slavic suffix marks, and first names, when both are given, must be
compatible. anyascii puts Cyrillic and Latin spellings on one footing first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import JaroWinkler

from dossier.lexicon import en

SURNAME_SIMILARITY = 0.90  # Jaro-Winkler on folded surnames
SUFFIX_OF_ITS_OWN = 3  # letters a surname adds to another to be a surname of its own ('Koval' + 'enko')
FIRST_NAME_SIMILARITY = 0.78  # Alexander ~ Alyaksandr 0.80; Syarhei ~ Sergei 0.77 is the pack's to know


def fold(name: str) -> str:
    """Transliterated, lower-case, letters and spaces only: 'Ціханоўская' -> 'tsikhanouskaya'."""
    return " ".join(re.sub(r"[^a-z\s]", " ", anyascii(name).lower()).split())


def gender(surname: str) -> str | None:
    """'f' or 'm' where the suffix marks it (Slavic and Baltic surnames), else None."""
    s = fold(surname)
    if s.endswith(en.FEMALE_SURNAME_ENDINGS):
        return "f"
    if s.endswith((*en.MALE_SURNAME_ENDINGS, *en.SHARED_MALE_SURNAME_ENDINGS)):
        return "m"
    return None


def surnames_match(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    ga, gb = gender(fa), gender(fb)
    if ga and gb and ga != gb:
        return False
    short, long = sorted((fa, fb), key=len)
    if long.startswith(short) and len(long) - len(short) >= SUFFIX_OF_ITS_OWN:
        return False  # rule `suffix_of_its_own`: Koval and Kovalenko, Petrov and Petrovsky are two surnames
    return fa == fb or JaroWinkler.similarity(fa, fb) >= SURNAME_SIMILARITY


def first_names_match(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return True
    if len(fa) == 1 or len(fb) == 1:  # an initial
        return fa[0] == fb[0]
    return JaroWinkler.similarity(fa, fb) >= FIRST_NAME_SIMILARITY


def same_person(a: str, b: str) -> bool:
    """Two spellings of one person's full name (or a full name and a bare surname)."""
    ta, tb = fold(a).split(), fold(b).split()
    if not ta or not tb:
        return False
    if not surnames_match(ta[-1], tb[-1]):
        return False
    if len(ta) > 1 and len(tb) > 1:
        return first_names_match(ta[0], tb[0])
    return True


_CYRILLIC = re.compile(r"[а-яёА-ЯЁіІўЎ]")
_NAME_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn")


def is_cyrillic(name: str) -> bool:
    return bool(_CYRILLIC.search(name))


def nominative(name: str, person: bool = True) -> str:
    """A Russian name as the nominative case says it: 'Александром Лукашенко' -> 'Александр Лукашенко', 'Марию
    Колесникову' -> 'Мария Колесникова', 'Беларуси' -> 'Беларусь' (rule `nominative`). A person's surname takes the
    gender of their first name; Ukrainian and Belarusian surnames in -енко do not decline ('Лукашенку'). A place or
    organisation of several words is left as written."""
    words = name.split()
    if not words or not is_cyrillic(name) or (not person and len(words) > 1) or re.search(r"[іІўЎ]", name):
        return name  # Belarusian spellings ('Ціханоўская') are not Russian forms to decline
    analyzer = morph()
    parses = [analyzer.parse(w) for w in words]
    if not person:  # a place: only a word the dictionary knows as one ('Беларуси'), not 'Вясны'
        place = [p for p in parses[0] if "Geox" in p.tag]
        form = place[0].inflect({"nomn"}) if place else None
        return _cased(form.word, name) if form else name
    gender = _gender(parses)
    out = []
    for word, options in zip(words, parses):
        if re.search(r"(?i)енк[оуа]$", word):
            out.append(word[:-1] + "о")
            continue
        named = [p for p in options if any(t in p.tag for t in _NAME_TAGS)] or options
        if gender:
            named = [p for p in named if p.tag.gender is None or p.tag.gender == gender or "ms-f" in p.tag] or named
        chosen = named[0]
        grams = {"nomn", gender} if gender and chosen.tag.gender is not None else {"nomn"}
        form = chosen.inflect(grams) or chosen.inflect({"nomn"})
        out.append(_cased(form.word if form else word, word))
    return " ".join(out)


def _gender(parses: list) -> str | None:
    """The gender a name's words agree on: the surname's when its form says it alone ('Перуновская'), else the first
    name's ('Александром'); None when neither does ('Алеся' is a woman's name, or a man's in the genitive)."""
    for options in (parses[-1], parses[0]) if len(parses) > 1 else (parses[0],):
        genders = {str(p.tag.gender) for p in options if ("Surn" in p.tag or "Name" in p.tag) and p.tag.gender}
        if len(genders) == 1 and genders <= {"masc", "femn"}:
            return genders.pop()
    return None


def _cased(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


@lru_cache(maxsize=1)
def morph():
    """pymorphy3's Russian analyser, loaded on first use (only a Russian name or report needs it) and kept."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def name_gender(name: str) -> str | None:
    """'masc' or 'femn' for a Russian personal name, by its first name or surname; None when it does not say."""
    if not is_cyrillic(name):
        return None
    for word in name.split():
        for p in morph().parse(word):
            if ("Name" in p.tag or "Surn" in p.tag) and p.tag.gender in ("masc", "femn"):
                return str(p.tag.gender)
    return None
