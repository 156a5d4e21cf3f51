"""Names in a Russian report: natasha's name tagger (PER, LOC, ORG as PERSON, GPE, ORG), and a name in «» after the
word for what it names ('телеграм-канал «Желтые сливы»', 'движение «Весна»'): rule `named_in_quotes`."""

from __future__ import annotations

import re

from dossier.extract.ru.nlp import Parsed
from dossier.model import Mention

KINDS = {"PER": "PERSON", "LOC": "GPE", "ORG": "ORG"}
_NAMED_IN_QUOTES = re.compile(
    r"(?i)\b(?:телеграм-канал\w*|telegram-канал\w*|канал\w*|издани\w+|движени\w+|организаци\w+|парти\w+|фонд\w*|"
    r"центр\w*|инициатив\w+|сообществ\w+|объединени\w+|проект\w*|агентств\w+|газет\w+|журнал\w*|сайт\w*)\s+"
    r"«([^«»\n]{2,80})»")


# rule `latin_name`: a run of capitalised Latin-script words in Russian text names an organisation or a medium
# ('Associated Press', 'Zerkalo.io', 'DW') when the tagger misses it
_LATIN = re.compile(r"(?<![\w./@-])([A-Z][A-Za-z0-9]*(?:\.[a-z]{2,4}\b)?(?:[ -][A-Z][A-Za-z0-9]*)*)(?![\w@/-])")


def mentions(parsed: Parsed) -> list[Mention]:
    starts = [s for s, _ in parsed.sentences]

    def sentence_of(at: int) -> int:
        return max(0, sum(1 for s in starts if s <= at) - 1)

    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in _NAMED_IN_QUOTES.finditer(parsed.text):
        out.append(Mention(m.start(1), m.end(1), m.group(1), "ORG", sentence_of(m.start(1))))
        taken.append((m.start(1), m.end(1)))
    for name in parsed.names:
        if any(a < name.end and name.start < b for a, b in taken):
            continue
        taken.append((name.start, name.end))
        text = name.text.strip(" «»\"'.,")
        start = name.start + name.text.find(text)
        if len(text) < 2:
            continue
        out.append(Mention(start, start + len(text), text, KINDS.get(name.kind, "ORG"), sentence_of(start)))
    for m in _LATIN.finditer(parsed.text):
        if len(m.group(1)) < 2 or any(a < m.end(1) and m.start(1) < b for a, b in taken):
            continue
        out.append(Mention(m.start(1), m.end(1), m.group(1), "ORG", sentence_of(m.start(1))))
    return sorted(out, key=lambda m: m.start)
