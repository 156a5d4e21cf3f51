"""Main-text extraction: dossier's reader (trafilatura, then dossier's furniture filter) on the HTML pages of the
article-extraction benchmark and of trafilatura's own evaluation set, beside trafilatura alone run in the same
process, so that what the furniture filter costs or gains is measured rather than assumed."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

import trafilatura

from dossier.errors import ReadError
from dossier.read.clean import clean_report
from dossier.read.decode import decode_text
from dossier.read.html import parse_html
from dossier.yardstick.metrics import segment_prf, shingle_prf
from dossier.yardstick.result import Row, Yardstick

AEB_PUBLISHED = [  # article-extraction-benchmark README (F1, precision, recall)
    ("trafilatura 2.0.0", .958, .938, .978), ("newspaper4k 0.9.3.1", .949, .964, .934),
    ("news-please 1.6.16", .948, .964, .933), ("readability-lxml 0.8.4.1", .922, .913, .931),
    ("goose3 3.1.8", .887, .930, .847), ("justext 2.2.0", .802, .858, .754),
]
TRAFILATURA_PUBLISHED = [  # trafilatura docs/evaluation.rst, 990 documents (precision, recall, accuracy, F1)
    ("trafilatura 2.2.0 (standard)", .906, .943, .923, .924), ("magic-html 0.1.8", .887, .891, .889, .889),
    ("justext 3.0.2 (custom)", .864, .859, .862, .862), ("news-please 1.6.16", .932, .758, .852, .836),
    ("readability-lxml 0.8.4.1", .898, .764, .839, .826), ("goose3 3.1.22", .936, .714, .833, .810),
    ("newspaper4k 0.9.6", .878, .736, .817, .801),
]


def dossier_text(data: bytes, source: str, body_only: bool) -> str:
    """What dossier keeps of a page: its clean text (title, blank line, body), or the body alone."""
    try:
        html, encoding = decode_text(data, source)
        document = clean_report(parse_html(html, source, encoding))
    except ReadError:
        return ""
    if body_only and document.text.startswith(document.title):
        return document.text[len(document.title):].lstrip("\n")
    return document.text


def trafilatura_text(data: bytes) -> str:
    return trafilatura.extract(data) or ""


def article_extraction(folder: Path, on_item: Callable[[], None] | None = None) -> Yardstick:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    ours, theirs = [], []
    for key, item in truth.items():
        data = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        ours.append((item.get("articleBody", ""), dossier_text(data, key, body_only=True)))
        theirs.append((item.get("articleBody", ""), trafilatura_text(data)))
        if on_item:
            on_item()
    result = Yardstick("article-extraction", "4-word shingle F1, macro over pages", ("f1", "precision", "recall", "accuracy"),
                       items=len(truth))
    result.rows.append(Row("dossier", shingle_prf(ours), "measured here"))
    result.rows.append(Row(f"trafilatura {trafilatura.__version__} (defaults)", shingle_prf(theirs), "measured here"))
    result.rows += [Row(name, {"f1": f, "precision": p, "recall": r}, "benchmark README")
                    for name, f, p, r in AEB_PUBLISHED]
    return result


def trafilatura_eval(folder: Path, on_item: Callable[[], None] | None = None) -> Yardstick:
    cases = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    ours, theirs = [], []
    for url, item in cases.items():
        data = gzip.decompress((folder / "html" / f"{item['file']}.gz").read_bytes())
        ours.append((item["with"], item["without"], dossier_text(data, url, body_only=False)))
        theirs.append((item["with"], item["without"], trafilatura_text(data)))
        if on_item:
            on_item()
    result = Yardstick("trafilatura-eval", "segments that must / must not appear, micro P/R/F1",
                       ("f1", "precision", "recall", "accuracy"), items=len(cases))
    result.rows.append(Row("dossier", segment_prf(ours), "measured here"))
    result.rows.append(Row(f"trafilatura {trafilatura.__version__} (defaults)", segment_prf(theirs), "measured here"))
    result.rows += [Row(name, {"f1": f, "precision": p, "recall": r, "accuracy": a}, "trafilatura docs")
                    for name, p, r, a, f in TRAFILATURA_PUBLISHED]
    return result
