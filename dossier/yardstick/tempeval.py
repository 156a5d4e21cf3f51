"""TempEval-3 task A: dossier's time expressions on the TE3 platinum inputs, with each document's creation time as
the publication date, written as TimeML and scored against the platinum annotation."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from datetime import date
from html import escape, unescape
from pathlib import Path

from dossier.errors import DossierError
from dossier.extract import load_pipeline
from dossier.extract.entities import parse
from dossier.yardstick.metrics import timex_prf
from dossier.yardstick.result import Row, Yardstick
from dossier.yardstick.timeml import Timex, timexes

PUBLISHED = [  # UzZaman et al. 2013, TempEval-3 task A, table 3 (platinum test set), as the benchmarks README lists them
    ("HeidelTime-t", {"value_f1": 77.61, "relaxed_f1": 90.30, "strict_f1": 81.34}),
    ("SUTime", {"value_f1": 67.38}),
    ("ClearTK", {"value_f1": 64.66}),
]

_TAG = re.compile(r"<(/?)(\w+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_timeml(xml: str) -> tuple[str, date | None, list[tuple[int, int, str, str]]]:
    """(plain text of <TEXT>, creation time, TIMEX3 as (start, end, value, type) in that plain text)."""
    dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})', xml) or \
        re.search(r'value="(\d{4}-\d{2}-\d{2})"[^>]*functionInDocument="CREATION_TIME"', xml)
    body = re.search(r"<TEXT>(.*)</TEXT>", xml, re.S)
    body_text = body.group(1) if body else xml
    plain, found, stack, pos = [], [], [], 0
    for tag in _TAG.finditer(body_text):
        plain.append(unescape(body_text[pos:tag.start()]))
        pos = tag.end()
        offset = sum(map(len, plain))
        closing, name, attrs, selfclosing = tag.groups()
        if name != "TIMEX3" or selfclosing:
            continue
        if not closing:
            stack.append((offset, dict(_ATTR.findall(attrs))))
        elif stack:
            start, a = stack.pop()
            found.append((start, offset, a.get("value", ""), a.get("type", "")))
    plain.append(unescape(body_text[pos:]))
    return "".join(plain), date.fromisoformat(dct.group(1)) if dct else None, found


def write_timeml(xml: str, text: str, found: list[Timex]) -> str:
    """The input document with the TIMEX3 tags inserted into its <TEXT>."""
    out, pos = [], 0
    for n, t in enumerate(sorted(found, key=lambda t: t.start), start=1):
        out.append(escape(text[pos:t.start], quote=False))
        mod = f' mod="{t.mod}"' if t.mod else ""
        out.append(f'<TIMEX3 tid="t{n}" type="{t.type}" value="{escape(t.value)}"{mod}>'
                   f"{escape(text[t.start:t.end], quote=False)}</TIMEX3>")
        pos = t.end
    out.append(escape(text[pos:], quote=False))
    return re.sub(r"<TEXT>.*</TEXT>", lambda _: "<TEXT>" + "".join(out) + "</TEXT>", xml, count=1, flags=re.S)


def _docid(path: Path) -> str:
    found = re.search(r"<DOCID>\s*([^<\s]+)", path.read_text(encoding="utf-8"))
    return found.group(1) if found else path.name.split(".")[0]


def tag_document(xml: str, nlp) -> tuple[str, list[Timex]]:
    text, dct, _ = read_timeml(xml)
    parsed = parse(text, nlp)
    found = timexes(text, parsed, dct)
    return write_timeml(xml, text, found), found


def tempeval3(folder: Path, on_item: Callable[[], None] | None = None, out: Path | None = None) -> Yardstick:
    gold_dir, input_dir = folder / "te3-platinum", folder / "te3-platinum-input"
    nlp = load_pipeline()
    pairs = []
    with tempfile.TemporaryDirectory(prefix="dossier-te3-") as tmp:
        target = out or Path(tmp)
        target.mkdir(parents=True, exist_ok=True)
        inputs = {_docid(path): path for path in input_dir.glob("*.TE3input")}  # file names differ ('sarcozy')
        for gold_path in sorted(gold_dir.glob("*.tml")):
            source = inputs.get(_docid(gold_path))
            if source is None:
                raise DossierError(f"{gold_path}: no input document with its DOCID in {input_dir}")
            written, _ = tag_document(source.read_text(encoding="utf-8"), nlp)
            (target / gold_path.name).write_text(written, encoding="utf-8")
            # Scored from the written TimeML, read back the way the gold is read.
            pairs.append((read_timeml(gold_path.read_text(encoding="utf-8"))[2], read_timeml(written)[2]))
            if on_item:
                on_item()
    result = Yardstick("tempeval3", "TempEval-3 task A (character offsets): strict/relaxed span F1, value F1",
                       ("value_f1", "relaxed_f1", "strict_f1", "type_f1"), items=len(pairs))
    result.rows.append(Row("dossier", timex_prf(pairs), "measured here"))
    result.rows += [Row(name, figures, "UzZaman et al. 2013") for name, figures in PUBLISHED]
    return result
