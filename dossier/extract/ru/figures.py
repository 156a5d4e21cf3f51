"""Figures in Russian: digits ('38 человек', '1 400', '2,5 млн'), numbers spelt out in any case ('двухсот',
'полтора', 'сотня'), a marker of approximation before ('около', 'более', 'почти'), the unit after by its lemma
('лет', 'годам', 'часа', 'процентов'), ages and terms as compounds ('27-летней'); two figures joined by 'и' share
the unit written after the second ('к 10 и 11 годам'). Days and years of dates are not figures."""

from __future__ import annotations

import re
from dataclasses import replace

from dossier.extract.ru.nlp import Parsed, lemma
from dossier.lexicon import ru
from dossier.model import Quantity, TimeExpr

_DIGITS = re.compile(r"(?<![\w.,])(\d{1,3}(?:[  ]\d{3})+|\d+(?:[.,]\d+)?)(?![\w]|[.,]\d|-[а-яё])")
_COMPOUND = re.compile(r"(?i)(?<![\w-])(\d{1,3})-(летн\w*|месячн\w*|дневн\w*|часов\w*)")
_WORD = re.compile(r"(?i)(?<![\w-])([а-яё]+)(?![\w-])")
_APPROX = re.compile(rf"(?i)(?:\b({'|'.join(sorted(map(re.escape, ru.APPROX), key=len, reverse=True))})\s+)$")
_AND = re.compile(r"^\s+(?:и|или|-|–|до)\s+$")


def extract_figures(parsed: Parsed, times: list[TimeExpr], published: str | None) -> list[Quantity]:
    text = parsed.text
    dated = [(t.start, t.end) for t in times]
    spans: list[tuple[int, int, float, str]] = []  # ... and the rule that found it
    for m in _DIGITS.finditer(text):
        if any(a <= m.start() < b for a, b in dated):
            continue  # '6 сентября', '2021 года': a date
        value = float(re.sub(r"[  ]", "", m.group(1)).replace(",", "."))
        spans.append((m.start(), m.end(), value, "digits"))
    for m in _WORD.finditer(text):
        base = lemma(m.group(1))
        if base in ru.NUMBER_WORDS and base not in ("один",) and not any(a <= m.start() < b for a, b in dated):
            spans.append((m.start(), m.end(), float(ru.NUMBER_WORDS[base]), "number_word"))
    spans.sort()
    out: list[Quantity] = []
    for start, end, value, rule in spans:
        if out and out[-1].end > start:
            continue
        after = text[end:end + 40]
        scale = re.match(r"\s*(тыс\.|тысяч\w*|млн|миллион\w*|млрд|миллиард\w*)", after, re.IGNORECASE)
        if scale:
            word = scale.group(1).lower().rstrip(".")
            value *= next(v for k, v in ru.SCALES.items() if word.startswith(k[:3]))
            end += scale.end()
            after = text[end:end + 40]
        unit_word = re.match(r"\s*(%|[а-яё]+)", after, re.IGNORECASE)
        unit, unit_end = None, end
        if unit_word:
            word = unit_word.group(1)
            unit = "percent" if word == "%" else ru.UNITS.get(lemma(word))
            if unit is None and lemma(word) in ru.PEOPLE_NOUNS:
                unit = "people"
            if unit is not None:
                unit_end = end + unit_word.end()
        marker = _APPROX.search(text[max(0, start - 24):start])
        begin = start - len(marker.group(0)) if marker else start
        bound = ru.BOUND_OF.get(marker.group(1).lower()) if marker else None
        if unit is None and value.is_integer() and 1000 <= value <= 2100 and not scale:
            continue  # a bare year
        approx = bool(marker) or lemma(text[start:end]) in ru.COLLECTIVE_NUMBERS  # 'сотня' is about a hundred
        out.append(Quantity(begin, unit_end, text[begin:unit_end], value, unit, None, approx, bound, None, published,
                            rule=rule))
    for m in _COMPOUND.finditer(text):
        unit = {"летн": "years", "месяч": "months", "дневн": "days", "часов": "hours"}[
            next(k for k in ("летн", "месяч", "дневн", "часов") if m.group(2).lower().startswith(k))]
        if not any(q.start <= m.start() < q.end for q in out):
            out = [q for q in out if not (m.start() <= q.start < m.end())]
            out.append(Quantity(m.start(), m.end(), m.group(0), float(m.group(1)), unit, None, False, None, None,
                                published, rule="compound"))
    return _shared_units(text, sorted(out, key=lambda q: q.start))


def _shared_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """Rule `shared_unit`: '10 и 11 годам' — a bare figure joined to the next by 'и' takes its unit."""
    out = list(found)
    for i in range(len(out) - 1, 0, -1):
        a, b = out[i - 1], out[i]
        if a.unit is None and b.unit is not None and _AND.match(text[a.end:b.start]):
            out[i - 1] = replace(a, unit=b.unit)
    return out
