"""Running a system over a gold folder: dossier's own pipeline or a peer tool, into `Predicted` records."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from dossier.errors import EvalError
from dossier.eval.gold import load_gold
from dossier.eval.records import GoldDoc, Predicted, PredictedAttribution, PredictedEvent, PredictedSpan
from dossier.eval.scorer import Evaluation, evaluate
from dossier.extract import extract, load_pipeline
from dossier.model import Attribution, Document, Findings, ReadFailure, TimeExpr
from dossier.packs import PackEntity, load_pack
from dossier.read import read_source
from dossier.read.clean import ReportDefaults, clean_report
from dossier.resolve.actor_tally import ACTOR_LABELS, actor_key
from dossier.resolve.actors import because, link_batch, reasons
from dossier.resolve.join_rules import NothingKnown

Predictor = Callable[[GoldDoc, Path], Predicted]


def dossier_predictor() -> Predictor:
    """Dossier's pipeline as the user runs it. Metadata is scored as read; the gold publication date is given to the
    extractors only when the report states none, so that relative dates can be resolved."""
    nlp = load_pipeline()
    index = load_pack().alias_index()

    def predict(gold: GoldDoc, path: Path) -> Predicted:
        reports = list(read_source(str(path)))
        if len(reports) != 1 or isinstance(reports[0], ReadFailure):
            reason = reports[0].reason if reports and isinstance(reports[0], ReadFailure) else "not one report"
            raise EvalError(f"{path}: {reason}")
        as_read = clean_report(reports[0])
        document = clean_report(reports[0], ReportDefaults(published=gold.meta.published))
        findings = extract(document, nlp)
        mentions = {m.text: actor_key(m.text, index) for m in findings.mentions if m.label in ACTOR_LABELS}
        labels = {m.text: m.label for m in findings.mentions}
        attributions = [p for a in findings.attributions for p in _attribution(a, findings, index)]
        return Predicted(
            name=gold.name,
            text=document.text + (f"\n\n{document.furniture_text}" if document.furniture else ""),
            mentions=mentions,
            mention_labels=labels,
            attributions=attributions,
            quantities=[PredictedSpan(q.start, q.end, q.value, q.about, q.when, q.rule) for q in findings.quantities],
            times=[_time_span(t, document) for t in findings.times if t.value],
            events=[PredictedEvent(e.date, e.start, e.end) for e in findings.events],
            boilerplate=[f.text for f in document.furniture],
            title=as_read.title,
            authors=as_read.authors,
            published=as_read.published,
        )

    return predict


def _attribution(a: Attribution, findings: Findings, index: dict[str, PackEntity]) -> list[PredictedAttribution]:
    """The spellings of the actor a source resolved to: the pack's and every mention of it in this document. Words
    passed on by a relay ('quoted by BelTA') are the relay's report too, as the gold lists them: a second record
    with the relay as its source."""
    out = [PredictedAttribution(a.source, a.content, a.direct, a.cue, a.hedged,
                                _spellings(a.source_key, a.source, findings, index))]
    if a.relay and not a.direct:
        # The relay's name closes its phrase ('the state news agency Belta').
        name = re.search(r"(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*$", a.relay)
        named = name.group().strip() if name else None
        out.append(PredictedAttribution(a.relay, a.content, False, None, a.hedged,
                                        _spellings(named, a.relay, findings, index)))
    return out


def _spellings(key_text: str | None, shown: str, findings: Findings, index: dict[str, PackEntity]) -> frozenset[str]:
    if key_text is None:
        return frozenset()
    key = actor_key(key_text, index)
    pack = next((e for e in index.values() if e.id == key), None)
    return frozenset({m.text for m in findings.mentions if actor_key(m.text, index) == key}
                     | set(pack.spellings if pack else ()) | {shown, key_text})


def _time_span(t: TimeExpr, document: Document) -> PredictedSpan:
    """A date found in the page furniture points into the furniture, which the gold's page still holds: it is scored
    in the furniture set after the text."""
    shift = len(document.text) + 2 if t.in_furniture else 0
    return PredictedSpan(shift + t.start, shift + t.end, t.value)


def predictor(system: str) -> Predictor:
    if system == "dossier":
        return dossier_predictor()
    from dossier.eval.peers import peer_predictor

    return peer_predictor(system)


def run_eval(folder: str | Path, system: str = "dossier", on_doc: Callable[[str], None] | None = None) -> Evaluation:
    golds = load_gold(folder)
    predict = predictor(system)
    pairs = []
    for gold, path in golds:
        pairs.append((gold, predict(gold, path)))
        if on_doc:
            on_doc(gold.name)
    if system == "dossier":
        _resolve_across_documents([p for _, p in pairs])
    return evaluate(pairs)


def _resolve_across_documents(predictions: list[Predicted]) -> None:
    """Actor keys for the whole gold set at once, as `dossier entities` resolves a store."""
    labels = {}
    for p in predictions:
        labels.update(p.mention_labels)
    linked = link_batch(((p.name, s, labels.get(s, "PERSON")) for p in predictions for s in p.mentions), load_pack(),
                        (), NothingKnown())
    why = reasons(linked)
    for p in predictions:
        p.mentions = {s: linked.links[(p.name, s)] for s in p.mentions}
        p.joined_by = {s: because(why[(p.name, s)]) for s in p.mentions}
