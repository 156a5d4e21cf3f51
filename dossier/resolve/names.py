"""Comparing personal names across transliterations: Lukashenka/Lukashenko, Tsikhanouskaya/Tikhanovskaya.

String similarity alone would marry a wife to her husband (Tsikhanouskaya ~ Tsikhanouski scores 85 with rapidfuzz),
so surnames must also agree in the gender their Slavic suffix marks, and first names, when both are given, must be
compatible. anyascii puts Cyrillic and Latin spellings on one footing first.
"""

from __future__ import annotations

import re

from anyascii import anyascii
from rapidfuzz.distance import JaroWinkler

from dossier.lexicon import en

SURNAME_SIMILARITY = 0.90  # Jaro-Winkler on folded surnames
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
