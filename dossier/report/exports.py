"""Exports for other tools: JSON Lines (everything), CSV (one row per finding), GraphML (actors and who speaks
about whom) and FollowTheMoney entities (for Aleph and OpenSanctions users).

The FollowTheMoney entities are written as the FtM JSON format (id, schema, properties) by hand rather than through
the followthemoney package, which would bring a large dependency for a few dozen lines of output.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict
from typing import TextIO

import networkx as nx

from dossier.packs import Pack
from dossier.resolve.actor_tally import ACTOR_LABELS
from dossier.resolve.up_to_date import bring_up_to_date
from dossier.store import Store

FORMATS = ("jsonl", "csv", "graphml", "ftm")
CSV_FIELDS = ("document", "kind", "start", "end", "text", "value", "label", "source", "cue", "hedged", "hedge", "relay",
              "published", "outlet", "title")
FTM_SCHEMA = {"PERSON": "Person", "ORG": "Organization"}
FORMULA_STARTS = frozenset("=+-@")  # what a spreadsheet runs as a formula at the start of a cell


def export(store: Store, pack: Pack, fmt: str, out: TextIO) -> int:
    """Write the store in `fmt` to `out`; returns how many records (lines, rows, nodes or entities) were written."""
    return {"jsonl": export_jsonl, "csv": export_csv, "graphml": export_graphml, "ftm": export_ftm}[fmt](store, pack, out)


def export_jsonl(store: Store, pack: Pack, out: TextIO) -> int:
    n = 0
    for doc in store.documents():
        findings = store.findings(doc.id)
        record = asdict(doc)
        for name in ("sentences", "mentions", "attributions", "quantities", "times", "events"):
            record[name] = [asdict(x) for x in getattr(findings, name)]
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def _finding_rows(store: Store) -> Iterator[dict]:
    for doc in store.documents():
        f = store.findings(doc.id)
        base = {"document": doc.id, "published": doc.published, "outlet": doc.outlet, "title": doc.title}
        for m in f.mentions:
            yield {**base, "kind": "mention", "start": m.start, "end": m.end, "text": m.text, "label": m.label}
        for a in f.attributions:
            yield {**base, "kind": "quote" if a.direct else "claim", "start": a.content_start, "end": a.content_end,
                   "text": a.content, "source": a.source, "cue": a.cue, "hedged": a.hedged, "hedge": a.hedge,
                   "relay": a.relay}
        for q in f.quantities:
            yield {**base, "kind": "figure", "start": q.start, "end": q.end, "text": q.text, "value": q.value,
                   "label": q.unit}
        for t in f.times:
            yield {**base, "kind": "time" if not t.in_furniture else "time in furniture", "start": t.start, "end": t.end,
                   "text": t.text, "value": t.value}
        for e in f.events:
            yield {**base, "kind": "event", "start": e.start, "end": e.end, "text": e.what, "value": e.date}


def export_csv(store: Store, pack: Pack, out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in _finding_rows(store):
        writer.writerow({k: _csv_safe(v) for k, v in row.items()})
        n += 1
    return n


def _csv_safe(value: object) -> object:
    """Report text that starts like a formula is quoted, so a spreadsheet shows it instead of running it: after
    leading spaces, tabs or line breaks too, and in fullwidth forms ('＝') that spreadsheets read as the plain ones."""
    if isinstance(value, str) and value:
        first = unicodedata.normalize("NFKC", value.lstrip(" \t\r\n")[:1])
        if first in FORMULA_STARTS or value[0] in ("\t", "\r"):
            return "'" + value
    return value


def speaker_graph(store: Store, pack: Pack) -> nx.DiGraph:
    """Actors as nodes; an edge from a source to each actor named in what it said, weighted by how often."""
    bring_up_to_date(store, pack)
    rows = list(store.mentions())
    keys = store.links_in()
    graph = nx.DiGraph()
    for actor in store.actors(ACTOR_LABELS):
        graph.add_node(actor.key, name=actor.name, type=actor.type, kind=actor.kind or "", mentions=actor.mentions,
                       documents=actor.documents, spellings=" / ".join(actor.spellings))
    by_doc: dict[str, list] = {}
    for r in rows:
        by_doc.setdefault(r.doc_id, []).append(r)
    weights: Counter = Counter()
    for doc_id, a in store.attributions():
        if a.source_key is None or (doc_id, a.source_key) not in keys:
            continue
        speaker = keys[(doc_id, a.source_key)]
        for m in by_doc.get(doc_id, []):
            target = keys[(doc_id, m.text)]
            if a.content_start <= m.start and m.end <= a.content_end and target != speaker and target in graph:
                weights[(speaker, target)] += 1
    for (speaker, target), weight in weights.items():
        if speaker in graph:
            graph.add_edge(speaker, target, relation="speaks_about", weight=weight)
    return graph


def export_graphml(store: Store, pack: Pack, out: TextIO) -> int:
    graph = speaker_graph(store, pack)
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer)
    out.write(buffer.getvalue().decode("utf-8"))
    return graph.number_of_nodes()


def _ftm_id(*parts: str) -> str:
    return "dossier-" + hashlib.sha1("|".join(parts).encode()).hexdigest()[:20]


def export_ftm(store: Store, pack: Pack, out: TextIO) -> int:
    """Articles for the reports, Person/Organization for actors, Mention entities tying names to articles."""
    bring_up_to_date(store, pack)
    rows = list(store.mentions())
    keys = store.links_in()
    n = 0

    def write(entity: dict) -> None:
        nonlocal n
        out.write(json.dumps(entity, ensure_ascii=False) + "\n")
        n += 1

    actors = {a.key: a for a in store.actors(FTM_SCHEMA)}
    for actor in actors.values():
        write({"id": _ftm_id("actor", actor.key), "schema": FTM_SCHEMA[actor.type],
               "properties": {"name": [actor.name], "alias": [s for s in actor.spellings if s != actor.name]}})
    for doc in store.documents():
        properties = {"title": [doc.title], "bodyText": [doc.text], "language": [doc.language]}
        for name, value in (("publisher", doc.outlet), ("publishedAt", doc.published), ("sourceUrl", doc.url)):
            if value:
                properties[name] = [value]
        if doc.authors:
            properties["author"] = list(doc.authors)
        write({"id": _ftm_id("doc", doc.id), "schema": "Article", "properties": properties})
        for surface in sorted({r.text for r in rows if r.doc_id == doc.id}):
            key = keys[(doc.id, surface)]
            if key in actors:
                write({"id": _ftm_id("mention", doc.id, surface), "schema": "Mention",
                       "properties": {"name": [surface], "document": [_ftm_id("doc", doc.id)],
                                      "resolved": [_ftm_id("actor", key)],
                                      "detectedSchema": [FTM_SCHEMA[actors[key].type]]}})
    return n
