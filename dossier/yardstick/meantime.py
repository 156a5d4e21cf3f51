"""MEANTIME (NewsReader, English Wikinews, CC BY 4.0): dossier's entity resolution across the 120 articles and its
time values, against the cross-document annotation. No tool has published figures on these two measures, so the
rows beside dossier's are baselines run here: exact-string linking, and time values from dossier's dates alone.

Entity links are counted in pairs of annotated named mentions (MUC-style pairwise link precision and recall): two
mentions are linked by dossier when the mentions it found over them resolve to one actor, and by the annotation
when they refer to one instance. Times are scored with the TempEval-3 metric over the part of each article whose times are annotated (the title and
first five sentences), the creation time excluded."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dossier.extract import load_pipeline
from dossier.extract.entities import findings_from_docs, parse
from dossier.packs import load_pack
from dossier.resolve.actors import resolve_actors
from dossier.yardstick.metrics import timex_prf
from dossier.yardstick.result import Row, Yardstick
from dossier.yardstick.timeml import timexes

TIME_SENTENCES = 5  # MEANTIME annotates times in sentences 0 (title) to 5
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "%", "'s", "n't", "'", "”", "’s"}
_NO_SPACE_AFTER = {"(", "$", "“", "US$", "#"}


@dataclass
class Article:
    name: str
    text: str
    dct: date | None
    mentions: list[tuple[int, int, str]]  # named mentions: (start, end, instance id)
    times: list[tuple[int, int, str, str]]  # (start, end, value, type), creation time left out
    dct_span: tuple[int, int] | None
    times_until: int  # times are annotated in the title and the first sentences only (up to this offset)


def read_article(path: Path) -> Article:
    root = ET.parse(path).getroot()
    text, spans, sentence = "", {}, None
    previous = None
    times_until = 0
    for token in root.iter("token"):
        word = token.text or ""
        if sentence is not None and token.get("sentence") != sentence:
            text += "\n\n" if previous is not None else ""
        elif previous is not None and word not in _NO_SPACE_BEFORE and previous not in _NO_SPACE_AFTER:
            text += " "
        spans[token.get("t_id")] = (len(text), len(text) + len(word))
        text += word
        sentence, previous = token.get("sentence"), word
        if int(sentence) <= TIME_SENTENCES:
            times_until = len(text)
    markables = root.find("Markables")
    relations = root.find("Relations")

    def extent(element) -> tuple[int, int] | None:
        ids = [a.get("t_id") for a in element.findall("token_anchor") if a.get("t_id") in spans]
        return (min(spans[i][0] for i in ids), max(spans[i][1] for i in ids)) if ids else None

    instances = {e.get("m_id"): e.get("instance_id") for e in markables.findall("ENTITY") if e.get("instance_id")}
    refers = {}
    for link in relations.findall("REFERS_TO") if relations is not None else ():
        target = link.find("target").get("m_id")
        for source in link.findall("source"):
            refers[source.get("m_id")] = target
    mentions = []
    for m in markables.findall("ENTITY_MENTION"):
        span = extent(m)
        instance = instances.get(refers.get(m.get("m_id")))
        if span and instance and m.get("syntactic_type") == "NAM":
            mentions.append((*span, instance))
    dct, dct_span, times = None, None, []
    for t in markables.findall("TIMEX3"):
        span = extent(t)
        if t.get("functionInDocument") == "CREATION_TIME":
            try:
                dct = date.fromisoformat(t.get("value", "")[:10])
            except ValueError:
                pass
            dct_span = span
        elif span:
            times.append((*span, t.get("value", ""), t.get("type", "")))
    return Article(path.stem, text, dct, mentions, times, dct_span, times_until)


def pairwise(groups_gold: Iterable[str], groups_sys: Iterable[str | None], docs: Iterable[str]) -> dict[str, float]:
    """Pairwise link P/R/F1 over mentions, across documents only (pairs within one article left out)."""
    gold, system, docs = list(groups_gold), list(groups_sys), list(docs)

    def pairs(keys: Iterable[tuple]) -> int:
        counts = Counter(k for k in keys if None not in k)
        return sum(n * (n - 1) // 2 for n in counts.values())

    def across(keyf) -> int:
        return pairs(keyf(i) for i in range(len(gold))) - pairs((*keyf(i), docs[i]) for i in range(len(gold)))

    both = across(lambda i: (gold[i], system[i]))
    sys_pairs = across(lambda i: (system[i],))
    gold_pairs = across(lambda i: (gold[i],))
    p = both / sys_pairs if sys_pairs else 0.0
    r = both / gold_pairs if gold_pairs else 0.0
    return {"links_p": 100 * p, "links_r": 100 * r, "links_f1": 100 * (2 * p * r / (p + r) if p + r else 0.0)}


def meantime(folder: Path, on_item: Callable[[], None] | None = None) -> Yardstick:
    articles = [read_article(p) for p in sorted((folder / "intra_cross-doc_annotation").glob("*/*.xml"))]
    nlp = load_pipeline()
    pack = load_pack()
    found_mentions: list[tuple[str, int, int, str, str]] = []
    time_pairs, date_pairs = [], []
    for article in articles:
        parsed = parse(article.text, nlp)
        findings = findings_from_docs(article.name, parsed)
        found_mentions += [(article.name, m.start, m.end, m.text, m.label) for m in findings.mentions]
        ours = [t for t in timexes(article.text, parsed, article.dct) if t.start < article.times_until
                and not (article.dct_span and t.start < article.dct_span[1] and article.dct_span[0] < t.end)]
        time_pairs.append((article.times, [(t.start, t.end, t.value, t.type) for t in ours]))
        date_pairs.append((article.times, [(t.start, t.end, t.value, t.type) for t in ours if t.type in ("DATE", "TIME")
                                           and t.value[:1].isdigit()]))
        if on_item:
            on_item()
    keys = resolve_actors(((doc, text, label) for doc, _, _, text, label in found_mentions), pack)
    by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for doc, start, end, text, _ in found_mentions:
        by_doc[doc].append((start, end, text))
    gold_keys, ours_keys, exact_keys, docs = [], [], [], []
    for article in articles:
        for start, end, instance in article.mentions:
            over = [(s, e, t) for s, e, t in by_doc[article.name] if s < end and start < e]
            best = max(over, key=lambda m: min(m[1], end) - max(m[0], start), default=None)
            gold_keys.append(instance)
            ours_keys.append(keys[(article.name, best[2])] if best else None)
            exact_keys.append(article.text[start:end].lower())
            docs.append(article.name)
    result = Yardstick("meantime", "cross-document entity links (pairwise, named mentions) and time values (TE3 metric)",
                       ("links_f1", "links_p", "links_r", "value_f1"), items=len(articles))
    result.rows.append(Row("dossier",
                           {**pairwise(gold_keys, ours_keys, docs), **timex_prf(time_pairs)}, "measured here"))
    result.rows.append(Row("baseline: same spelling; dates only",
                           {**pairwise(gold_keys, exact_keys, docs), **timex_prf(date_pairs)}, "measured here"))
    result.notes.append("No published scores for these two measures on MEANTIME; both rows are measured here.")
    return result
