"""Language of a report. Restricted to the languages this field's reports come in: with every language loaded the
detector takes over a gigabyte and mistakes short English for other languages."""

from __future__ import annotations

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


def detect_language(text: str) -> str:
    """ISO 639-1 code ('en', 'ru', 'be', ...), or 'und' when the text has too few letters to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < 12:
        return UNDETERMINED
    language = _detector().detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language else UNDETERMINED
