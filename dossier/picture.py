"""The picture a store holds, as a library: actors, their evidence, per-document counts. The CLI only prints it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from dossier.errors import DossierError
from dossier.model import Attribution, Document, Quantity
from dossier.packs import Pack
from dossier.resolve.entities import ACTOR_LABELS, Actor, actor_key, group_mentions
from dossier.resolve.timeline import TimelineEntry, build_timeline, filter_timeline
from dossier.store import Store

_PACKAGED_SAMPLES = Path(__file__).parent / "_samples"
_CHECKOUT_SAMPLES = Path(__file__).parent.parent / "samples"


def samples_dir() -> Path:
    """The bundled sample reports: packaged with a wheel, or the checkout's samples/ for an editable install."""
    for path in (_PACKAGED_SAMPLES, _CHECKOUT_SAMPLES):
        if path.is_dir():
            return path
    raise DossierError("the bundled sample reports are missing from this installation; reinstall dossier")


def actors(store: Store, pack: Pack, labels: frozenset[str] = ACTOR_LABELS) -> list[Actor]:
    return group_mentions(store.mentions(), pack, labels, store.decisions())


def mention_counts(store: Store) -> dict[str, int]:
    return dict(Counter(row.doc_id for row in store.mentions()))


def evidence(store: Store, pack: Pack, chosen: list[Actor]) -> list[tuple[Actor, str, str, int, int, str]]:
    """For each actor, its first mention in the newest document that names it: (actor, doc, title, start, end, sentence)."""
    index = pack.alias_index()
    order = {d.id: (n, d.title) for n, d in enumerate(store.documents())}
    first: dict[str, tuple] = {}
    for row in store.mentions():
        key = actor_key(row.text, index)
        rank = (order.get(row.doc_id, (1 << 30, ""))[0], row.start)
        if key not in first or rank < first[key][0]:
            first[key] = (rank, row)
    out = []
    for actor in chosen:
        if actor.key in first:
            row = first[actor.key][1]
            out.append((actor, row.doc_id, order[row.doc_id][1], row.start, row.end,
                        " ".join(store.sentence_text(row.doc_id, row.sentence).split())))
    return out


def attributions(store: Store, pack: Pack, *, direct: bool | None = None, by: str | None = None,
                 hedged: bool | None = None) -> list[tuple[Document, Attribution]]:
    """Quotes and claims with their documents, newest document first. `by` names a source under any spelling the
    pack knows, or any part of a free-text source ('defence briefing')."""
    index = pack.alias_index()
    wanted = actor_key(by, index) if by else None
    docs = {d.id: d for d in store.documents()}
    order = {doc_id: n for n, doc_id in enumerate(docs)}
    rows = []
    for doc_id, a in store.attributions():
        if direct is not None and a.direct != direct:
            continue
        if hedged is not None and a.hedged != hedged:
            continue
        if by and not _by(a, by, wanted, index):
            continue
        rows.append((docs[doc_id], a))
    return sorted(rows, key=lambda r: (order[r[0].id], r[1].content_start))


def _by(a: Attribution, name: str, wanted: str | None, index) -> bool:
    if a.source_key is not None and actor_key(a.source_key, index) == wanted:
        return True
    return name.lower() in a.source.lower()


def latest_quote_per_speaker(store: Store, pack: Pack) -> list[tuple[Document, Attribution]]:
    """One quote per speaker (an actor under all its spellings counts once), newest document first."""
    index = pack.alias_index()
    one_each: dict[str, tuple[Document, Attribution]] = {}
    for doc, quote in attributions(store, pack, direct=True):
        if quote.source:
            one_each.setdefault(actor_key(quote.source_key, index) if quote.source_key else quote.source, (doc, quote))
    return list(one_each.values())


def figures(store: Store, about: str | None = None) -> list[tuple[Document, Quantity]]:
    """Figures with their documents, grouped by what they count, then in time order. `about` keeps figures whose
    counted thing or sentence mentions it."""
    docs = {d.id: d for d in store.documents()}
    rows = []
    for doc_id, q in store.records("quantities"):
        doc = docs[doc_id]
        if about and about.lower() not in f"{q.about or ''} {q.unit or ''} {_around(doc, q)}".lower():
            continue
        rows.append((doc, q))
    return sorted(rows, key=lambda r: ((r[1].unit or "~"), r[1].when or r[0].published or "~", r[0].id, r[1].start))


def _around(doc: Document, q: Quantity) -> str:
    start = max(doc.text.rfind(". ", 0, q.start), doc.text.rfind("\n", 0, q.start)) + 1
    end = doc.text.find(". ", q.end)
    return doc.text[start:end if end >= 0 else len(doc.text)]


def timeline(store: Store, pack: Pack, start: str | None = None, end: str | None = None,
             actor: str | None = None) -> list[TimelineEntry]:
    docs = {d.id: d for d in store.documents()}
    index = pack.alias_index()
    entries = build_timeline(((docs[doc_id], e) for doc_id, e in store.records("events")), index)
    return filter_timeline(entries, index, start, end, actor)
