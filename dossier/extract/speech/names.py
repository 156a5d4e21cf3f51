"""Names of people and bodies as one report writes them: which two names are one person's, what a name says of
a person's gender, which short name is another's acronym."""

from __future__ import annotations

import re

from dossier.lexicon import en


def canonical_role(word: str) -> str:
    word = word.lower()
    return en.ROLE_CANONICAL.get(word, word)


def name_tokens(name: str) -> list[str]:
    name = name.strip()
    for mark in en.POSSESSIVE_MARKS:
        name = name.removesuffix(mark)
    return [w.lower() for w in re.findall(r"[\w’'-]+", name)]


def same_person(a: str, b: str) -> bool:
    """Two names of one person in one report: one holds every word of the other ('Eismont', 'Natalya Eismont'), and
    they share the last word (so 'Tsikhanouski' never joins 'Tsikhanouskaya')."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return set(short) <= set(long) and (short[-1] == long[-1] or len(short) == 1 and short[0] == long[0])


def gender_of_name(name: str) -> str | None:
    """Evidence of gender in a name: a given name the lexicon knows, a Slavic given name in -a, a surname ending."""
    words = name_tokens(name)
    if not words:
        return None
    first, last = words[0], words[-1]
    if len(words) > 1:
        if first in en.FEMALE_GIVEN_NAMES:
            return "f"
        if first in en.MALE_GIVEN_NAMES or first in en.MALE_A_NAMES:
            return "m"
    if last.endswith(en.FEMALE_SURNAME_ENDINGS) and len(last) > 5:
        return "f"
    if last.endswith(en.MALE_SURNAME_ENDINGS) and len(last) > 4:
        return "m"
    if len(words) > 1 and first.endswith("a") and len(first) > 3:
        return "f"
    return None


def initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", name) if w[0].isupper())


def acronym_of(short: str, long: str) -> bool:
    """'CPJ' for 'Committee to Protect Journalists', 'CEC' for 'Central Election Commission'."""
    if not (2 <= len(short) <= 6 and short.isupper()):
        return False
    return initials(long) == short
