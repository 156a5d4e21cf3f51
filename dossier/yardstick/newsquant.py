"""NewsQuant (Almasian et al., EMNLP 2023): dossier's quantity extractor on 590 news sentences, scored for value
and for value with unit, the way the CQE paper counts them: a found quantity is right when its value (and, for the
second figure, its normalised unit) matches one of the sentence's annotated quantities, each matched once."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from dossier.extract import load_pipeline
from dossier.extract.entities import parse
from dossier.extract.figures.numbers import COLLECTIVES, SCALES, SHARE_WORD, VAGUE
from dossier.extract.figures.quantities import extract_quantities
from dossier.extract.figures.units import CURRENCY_NAMES, is_lexicon_unit
from dossier.extract.times import extract_times
from dossier.lexicon import en
from dossier.model import Quantity
from dossier.yardstick.metrics import prf
from dossier.yardstick.result import Row, Yardstick

PUBLISHED = [  # evaluation_output/NewsQuant.csv of the CQE evaluation (precision, recall, F1)
    ("CQE", {"value_f1": 92.0, "value_unit_f1": 85.6}),
    ("quantulum3", {"value_f1": 73.0, "value_unit_f1": 47.2}),
    ("GPT-3", {"value_f1": 70.6, "value_unit_f1": 59.1}),
    ("text-recognizer", {"value_f1": 69.1, "value_unit_f1": 34.2}),
    ("ccg_nlp", {"value_f1": 57.3, "value_unit_f1": 37.1}),
]


def gold_value(value: str) -> tuple[float, float | None] | None:
    """'6.0' -> (6.0, None); '7-9' -> (7.0, 9.0) (a range); '-1.3' and '2.998E-08' are single values, as the
    benchmark's own decoder reads them."""
    text = value.replace(",", "").strip()
    try:
        if "E" not in text and not text.startswith("-") and "-" in text:
            low, high = text.split("-", 1)
            return float(low), float(high)
        return float(text), None
    except ValueError:
        return None


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-8 + 1e-5 * abs(b)  # numpy.isclose's defaults, which the benchmark's scorer uses


def value_matches(q: Quantity, gold: tuple[float, float | None]) -> bool:
    if q.value is None:
        return False
    if gold[1] is None:
        return _same(q.value, gold[0]) and q.high is None
    return _same(q.value, gold[0]) and q.high is not None and _same(q.high, gold[1])


def score(sentences: list[tuple[list[dict], list[Quantity]]]) -> dict[str, float]:
    """Counted as the CQE evaluation counts (`calculate_metrics` of its evaluation script): in each sentence, gold
    quantities and found ones are taken in order of unit; a found quantity whose value matches a gold one scores a
    value hit (at most as many as the sentence has gold quantities), and is used up only when its unit matches
    too, which scores a value+unit hit and ends the search for that gold quantity."""
    counts = {"value": 0, "value_unit": 0, "sys": 0, "ref": 0}
    for gold, found in sentences:
        counts["ref"] += len(gold)
        counts["sys"] += len(found)
        left = sorted(found, key=unit_name)
        value_hits_left = len(gold)
        for g in sorted(gold, key=lambda g: g["normalized_unit"]):
            wanted = gold_value(g["value"])
            if wanted is None:
                continue
            for q in list(left):
                if not value_matches(q, wanted):
                    continue
                if value_hits_left > 0:
                    counts["value"] += 1
                    value_hits_left -= 1
                if unit_name(q) == g["normalized_unit"].lower():
                    counts["value_unit"] += 1
                    left.remove(q)
                    break
    out = {}
    for key in ("value", "value_unit"):
        figures = prf(counts[key], counts["sys"], counts["ref"])
        out[f"{key}_f1"], out[f"{key}_p"], out[f"{key}_r"] = figures["f1"], figures["precision"], figures["recall"]
    return out


def benchmark_name(unit: str | None) -> str:
    """A unit as the NewsQuant annotation names it (its conventions stay here, out of the extractor): currencies by name, 'percentage', singular time units."""
    if not unit:
        return "-"
    if " per " in unit:
        money, _, per = unit.partition(" per ")
        return f"{benchmark_name(money)} per {_BENCHMARK_NAMES.get(per, per)}"
    if unit in CURRENCY_NAMES:
        return CURRENCY_NAMES[unit]
    if unit == "percent":
        return "percentage"
    if unit in ("years", "months", "weeks", "days", "hours", "minutes", "seconds"):
        return unit[:-1]
    return _BENCHMARK_NAMES.get(unit, unit.lower())


# Where NewsQuant's names differ from the lexicon's: 'times' counts, and a few units named another way.
_BENCHMARK_NAMES = {"time": "count", "fold": "count", "tonne": "metric ton", "gigatonne": "gigaton", "megatonne": "megaton",
                    "pound-foot": "foot pound-force", "milliampere hour": "milliampere-hour",
                    "parts-per-million": "part per million",
                    "million british thermal unit": "mega british thermal unit"}


def unit_name(q: Quantity) -> str:
    """A figure's unit as NewsQuant names it; for a count, the counted noun with what qualifies it on its left
    ('heart transplant'), as the annotation does."""
    name = benchmark_name(q.unit)
    if q.unit is None and _SHARE.search(q.text):
        return _share_name(q.counted)
    if q.counted and q.unit and not is_lexicon_unit(q.unit) and q.unit not in _BENCHMARK_NAMES and " " in q.counted:
        words = q.counted.split()
        head = next((i for i, w in enumerate(words) if w.lower().startswith(q.unit.lower()[:4])), None)
        if head:
            before = [w.lower() for w in words[:head]]
            cut = max((i + 1 for i, w in enumerate(before) if w in ("of", "a", "an", "the")), default=0)
            # the annotation keeps what the thing is ('heart transplant', 'coal-fired power plant'), not what is
            # done with it or how much of it ('recorded songs', '250ml bottles')
            kept = [w for w in before[cut:] if w not in ("and", "or", "&") and not any(c.isdigit() for c in w)
                    and not (re.fullmatch(r"[a-z]+ed", w) and w not in _NOT_PARTICIPLES)]
            return " ".join([*kept, q.unit.lower()])
    return name


_NOT_PARTICIPLES = {"bed", "red", "seed", "speed", "feed", "reed", "weed", "breed", "need", "deed", "greed", "hundred"}
_SHARE = re.compile(rf"(?i)\b(?:{SHARE_WORD}|out of|in)\b")
_NOT_NAMES = {"those", "them", "which", "whom", "these", "it", "all", "be"}


def _share_name(about: str | None) -> str:
    """NewsQuant names a share '%' and the group it is a share of ('a third of the population' ->
    '% population'; of a pronoun, '% -')."""
    words = re.sub(rf"(?i)^.*?\b{SHARE_WORD}\b", "", about or "").split()
    words = [w.lower() for w in words if w.lower() not in ("of", "the", "a", "an", "and", "combined")
             and not any(c.isdigit() for c in w) and len(w) > 1]
    if not words or words[-1] in _NOT_NAMES:
        return "% -"
    if words[-1].endswith("s") and not words[-1].endswith("ss") and len(words) > 1:
        words[-1] = words[-1][:-1]
    return "% " + " ".join(words)




def _vague_base(word: str) -> float | None:
    """'dozens' 12, 'tens' 10, 'thousands' 1,000: the least a plural of a number word can mean."""
    return 10 if word == "tens" else COLLECTIVES.get(word[:-1]) or SCALES.get(word[:-1]) if word.endswith("s") else None

_MARKS = r"(?:about\s+|around\s+|roughly\s+)?(?:(?:US|A|C|S|HK|RM|Rs)?\s?[$€£¥]\s?|RM|Rs\.?\s?)?"
_FROM = re.compile(rf"(?i)\bfrom\s+{_MARKS}$")
_TO = re.compile(rf"(?i)\b(?:up\s+)?to\s+{_MARKS}$")


ORDINAL = rf"\d+(?:st|nd|rd|th)|{'|'.join(en.ORDINAL_WORDS)}"


def in_newsquant_conventions(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """dossier's figures written as NewsQuant annotates them where the two disagree on what a figure is. Each rule
    is the benchmark's convention, not dossier's; the plain 'dossier' row scores dossier's own figures.

    - 'from $36,040 ... to $34,935' is one range from the first to the second, even a falling one (dossier: two
      figures, each with its own time);
    - an amount with no definite number is an order of magnitude: 'thousands' 1,000-10,000, 'tens of millions'
      10-100 million, 'dozens' 12-120 (dossier: value null, as its gold schema says);
    - an ordinal is no quantity, even one that counts a series ('for the second time this year'; dossier: a count
      of the series, as its gold schema annotates 'a sixth consecutive term')."""
    out: list[Quantity] = []
    for q in sorted(found, key=lambda q: q.start):
        if re.fullmatch(ORDINAL, q.text.lower()):
            continue
        last = out[-1] if out else None
        if last is not None and last.high is None and q.high is None and None not in (last.value, q.value) \
                and (last.unit == q.unit or None in (last.unit, q.unit)) and q.start - last.end < 60 \
                and not re.search(r"[.;!?]\s+[A-Z]", sentence[last.end:q.start]):
            before = sentence[max(0, last.start - 16):last.start]
            between = sentence[last.end:q.start] + re.match(r"(?i)(?:up\s+)?(?:to\s+)?", q.text).group()
            if _FROM.search(before) and _TO.search(between):
                out[-1] = replace(last, end=q.end, text=sentence[last.start:q.end], high=q.value,
                                  unit=last.unit or q.unit)
                continue
        if q.value is None:
            words = re.findall(r"[a-z]+", q.text.lower())
            if words and words[0] in VAGUE and _vague_base(words[0]):
                base = 1.0
                for word in words:
                    base *= _vague_base(word) or SCALES.get(word) or 1
                q = replace(q, value=base, high=base * 10)
        out.append(q)
    return out


def quantities_in(sentence: str, nlp) -> list[Quantity]:
    parsed = parse(sentence, nlp)
    return extract_quantities(sentence, parsed, extract_times(sentence, parsed, None), [])


def newsquant(folder: Path, on_item: Callable[[], None] | None = None) -> Yardstick:
    items = json.loads((folder / "formatted_test_set" / "NewsQuant.json").read_text(encoding="utf-8"))
    nlp = load_pipeline()
    pairs = []
    for item in items:
        pairs.append((item["quantities"], quantities_in(item["text"], nlp)))
        if on_item:
            on_item()
    result = Yardstick("newsquant", "value F1 and value+unit F1 over annotated quantities (CQE evaluation)",
                       ("value_f1", "value_unit_f1", "value_p", "value_r"), items=len(items))
    result.rows.append(Row("dossier", score(pairs), "measured here: dossier's own figures"))
    converted = [(gold, in_newsquant_conventions(item["text"], found)) for item, (gold, found) in zip(items, pairs)]
    result.rows.append(Row("dossier, NewsQuant conventions", score(converted),
                           "measured here: from-to ranges, vague amounts as orders of magnitude"))
    result.rows += [Row(name, figures, "Almasian et al. 2023") for name, figures in PUBLISHED]
    return result
