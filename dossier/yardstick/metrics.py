"""The published metrics, written from their definitions (article-extraction-benchmark README, trafilatura's
evaluation page, TempEval-3 task A, CQE's evaluation) so that the project does not need the benchmarks' own code."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_WORD = re.compile(r"\w+")


def _shingles(text: str, n: int = 4) -> Counter:
    words = _WORD.findall(text or "")
    return Counter(tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1)) if words[i:i + n])


def shingle_prf(pairs: Iterable[tuple[str, str]]) -> dict[str, float]:
    """article-extraction-benchmark: per page, 4-word shingle tp/fp/fn normalised to sum to 1; precision and recall
    averaged over pages, F1 of the averages; accuracy = share of pages whose words match exactly."""
    precisions, recalls, exact = [], [], []
    for truth, predicted in pairs:
        a, b = _shingles(truth), _shingles(predicted)
        tp, fp, fn = sum((a & b).values()), sum((b - a).values()), sum((a - b).values())
        total = tp + fp + fn
        if total:
            tp, fp, fn = tp / total, fp / total, fn / total
        if tp + fp > 0:
            precisions.append(1.0 if fp == fn == 0 else tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(1.0 if fp == fn == 0 else tp / (tp + fn))
        exact.append(float(_WORD.findall(truth or "") == _WORD.findall(predicted or "")))
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return {"f1": _f1(p, r), "precision": p, "recall": r, "accuracy": sum(exact) / len(exact)}


def segment_prf(cases: Iterable[tuple[list[str], list[str], str | None]]) -> dict[str, float]:
    """trafilatura's evaluation: per page, segments that must appear (tp when found) and must not (fp when found),
    whitespace-normalised substring tests, micro-averaged."""
    tp = fp = fn = tn = 0
    for wanted, unwanted, text in cases:
        out = " ".join(text.split()) if text is not None else None
        found = sum(1 for w in wanted if out is not None and " ".join(w.split()) in out)
        leaked = sum(1 for w in unwanted if out is not None and " ".join(w.split()) in out)
        tp, fn, fp, tn = tp + found, fn + len(wanted) - found, fp + leaked, tn + len(unwanted) - leaked
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"f1": _f1(p, r), "precision": p, "recall": r, "accuracy": (tp + tn) / max(1, tp + tn + fp + fn)}


def timex_prf(documents: Iterable[tuple[list[tuple[int, int, str, str]], list[tuple[int, int, str, str]]]]
              ) -> dict[str, float]:
    """TempEval-3 task A on character offsets: gold and system TIMEX3 (start, end, value, type) matched one to one
    (an exact extent first, else the first overlapping); strict/relaxed span F1, and value/type F1 over relaxed
    matches with the attribute right. Percentages, as TE3 reports them."""
    counts = Counter()
    for gold, system in documents:
        counts["ref"] += len(gold)
        counts["sys"] += len(system)
        used: set[int] = set()
        for gs, ge, gv, gt in gold:
            best = None
            for i, (ss, se, _, _) in enumerate(system):
                if i in used or se <= gs or ss >= ge:
                    continue
                if (ss, se) == (gs, ge):
                    best = i
                    break
                if best is None:
                    best = i
            if best is None:
                continue
            used.add(best)
            ss, se, sv, st = system[best]
            counts["relaxed"] += 1
            counts["strict"] += (ss, se) == (gs, ge)
            counts["value"] += sv == gv
            counts["type"] += st == gt
    out = {}
    for key in ("strict", "relaxed", "value", "type"):
        p = counts[key] / counts["sys"] if counts["sys"] else 0.0
        r = counts[key] / counts["ref"] if counts["ref"] else 0.0
        out[f"{key}_f1"] = 100 * _f1(p, r)
        if key in ("relaxed", "value"):
            out[f"{key}_p"], out[f"{key}_r"] = 100 * p, 100 * r
    return out


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(tp: int, n_sys: int, n_ref: int) -> dict[str, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_ref if n_ref else 0.0
    return {"precision": 100 * p, "recall": 100 * r, "f1": 100 * _f1(p, r)}
