"""NewsQuant (Almasian et al., EMNLP 2023): dossier's quantity extractor on 590 news sentences, scored for value
and for value with unit, the way the CQE paper counts them: a found quantity is right when its value (and, for the
second figure, its normalised unit) matches one of the sentence's annotated quantities, each matched once."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from dossier.extract import load_pipeline
from dossier.extract.entities import parse
from dossier.extract.quantities import extract_quantities
from dossier.extract.times import extract_times
from dossier.extract.units import benchmark_name
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
    """'6.0' -> (6.0, None); '7-9' -> (7.0, 9.0) (a range)."""
    parts = [p for p in value.replace(",", "").split("-") if p]
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        return None
    if not numbers:
        return None
    return (numbers[0], numbers[1] if len(numbers) > 1 else None)


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def value_matches(q: Quantity, gold: tuple[float, float | None]) -> bool:
    if q.value is None:
        return False
    if gold[1] is None:
        return _same(q.value, gold[0]) and q.high is None
    return _same(q.value, gold[0]) and q.high is not None and _same(q.high, gold[1])


def score(sentences: list[tuple[list[dict], list[Quantity]]]) -> dict[str, float]:
    counts = {"value": 0, "value_unit": 0, "sys": 0, "ref": 0}
    for gold, found in sentences:
        counts["ref"] += len(gold)
        counts["sys"] += len(found)
        for key, with_unit in (("value", False), ("value_unit", True)):
            used: set[int] = set()
            for g in gold:
                wanted = gold_value(g["value"])
                if wanted is None:
                    continue
                for i, q in enumerate(found):
                    if i in used or not value_matches(q, wanted):
                        continue
                    if with_unit and unit_name(q) != g["normalized_unit"].lower():
                        continue
                    used.add(i)
                    counts[key] += 1
                    break
    out = {}
    for key in ("value", "value_unit"):
        figures = prf(counts[key], counts["sys"], counts["ref"])
        out[f"{key}_f1"], out[f"{key}_p"], out[f"{key}_r"] = figures["f1"], figures["precision"], figures["recall"]
    return out


def unit_name(q: Quantity) -> str:
    """A figure's unit as NewsQuant names it; for a count, the counted noun with what qualifies it on its left
    ('heart transplant'), as the annotation does."""
    name = benchmark_name(q.unit)
    if q.about and q.unit and name == q.unit.lower() and " " in q.about:
        words = q.about.split()
        head = next((i for i, w in enumerate(words) if w.lower().startswith(q.unit.lower()[:4])), None)
        if head:
            return " ".join([*(w.lower() for w in words[:head]), q.unit.lower()])
    return name


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
    result.rows.append(Row("dossier", score(pairs), "measured here"))
    result.rows += [Row(name, figures, "Almasian et al. 2023") for name, figures in PUBLISHED]
    return result
