"""Language of a report. Restricted to the languages this field's reports come in: with every language loaded the
detector takes over a gigabyte and mistakes short English for other languages."""

from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

CANDIDATES = (
    Language.ENGLISH,
    Language.RUSSIAN,
    Language.BELARUSIAN,
    Language.UKRAINIAN,
    Language.POLISH,
    Language.LITHUANIAN,
    Language.GERMAN,
    Language.FRENCH,
)
UNDETERMINED = "und"
SAMPLE_CHARS = 1500  # a few sentences decide among these eight languages; more only costs time


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(*CANDIDATES).build()


# English words no other candidate language uses (not "a", "in", "an", "on", "also": Polish or German words too).
# They make 17-35% of the words of English news prose and none of German, French or Polish; prose where an eighth of
# the words are these is English, and the statistical detector (a third of the time spent reading a report) is not
# needed.
_ENGLISH_ONLY = frozenset("""the of and to is that for with were said from has have it its are this which was been
they their but not would who after had he she his than over more about into""".split())
_ENGLISH_SHARE = 0.12
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """ISO 639-1 code ('en', 'ru', 'be', ...), or 'und' when the text has too few letters to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < 12:
        return UNDETERMINED
    words = _WORD.findall(sample.lower())
    if len(words) >= 40 and sum(w in _ENGLISH_ONLY for w in words) >= _ENGLISH_SHARE * len(words):
        return "en"
    language = _detector().detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language else UNDETERMINED
