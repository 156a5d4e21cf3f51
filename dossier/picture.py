"""The picture a store holds, as a library: actors, their evidence, per-document counts. The CLI only prints it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from dossier.crossdoc import bring_up_to_date
from dossier.errors import DossierError
from dossier.model import Attribution, Document, Quantity
from dossier.packs import Pack, load_pack
from dossier.report.briefing import Briefing
from dossier.resolve.claims import ClaimGroup, free_text_key, group_claims
from dossier.resolve.copies import CopyLink, families
from dossier.resolve.entities import ACTOR_LABELS, Actor, actor_key
from dossier.resolve.figures import Series, figure_series
from dossier.resolve.names import same_person
from dossier.resolve.timeline import TimelineEntry, build_timeline, filter_timeline
from dossier.store import Store

PROFILE_REPORTS = 200
_PACKAGED_SAMPLES = Path(__file__).parent / "_samples"
_CHECKOUT_SAMPLES = Path(__file__).parent.parent / "samples"


def samples_dir() -> Path:
    """The bundled sample reports: packaged with a wheel, or the checkout's samples/ for an editable install."""
    for path in (_PACKAGED_SAMPLES, _CHECKOUT_SAMPLES):
        if path.is_dir():
            return path
    raise DossierError("the bundled sample reports are missing from this installation; reinstall dossier")


def actors(store: Store, pack: Pack, labels: frozenset[str] = ACTOR_LABELS, limit: int | None = None) -> list[Actor]:
    """Actors by number of reports, then mentions, as the stored links (brought up to date first) say."""
    bring_up_to_date(store, pack)
    return store.actors(labels, limit)


def mention_counts(store: Store) -> dict[str, int]:
    return dict(Counter(row.doc_id for row in store.mentions()))


def evidence(store: Store, pack: Pack, chosen: list[Actor]) -> list[tuple[Actor, str, str, int, int, str]]:
    """For each actor, its first mention in the newest document that names it: (actor, doc, title, start, end, sentence)."""
    bring_up_to_date(store, pack)
    out = []
    for actor in chosen:
        newest = store.newest_documents_of(actor.key, 1)
        if not newest:
            continue
        doc = store.get(newest[0])
        keys = store.links_in(newest)
        row = min((m for m in store.findings(doc.id).mentions if keys.get((doc.id, m.text)) == actor.key),
                  key=lambda m: m.start, default=None)
        if row is not None:
            out.append((actor, doc.id, doc.title, row.start, row.end,
                        " ".join(store.sentence_text(doc.id, row.sentence).split())))
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
             actor: str | None = None, multi: bool = False) -> list[TimelineEntry]:
    events = store.events_between(start, end)
    docs = {d.id: d for d in store.documents_by_id({doc_id for doc_id, _ in events})}
    index = pack.alias_index()
    entries = build_timeline(((docs[doc_id], e) for doc_id, e in events), index)
    return filter_timeline(entries, index, start, end, actor, multi)


def copies(store: Store) -> list[CopyLink]:
    bring_up_to_date(store)
    return store.copy_links()


def _families(store: Store) -> dict[str, str]:
    return families([d.id for d in store.documents()], copies(store))


def _actor_keys(store: Store, pack: Pack) -> dict[tuple[str, str], str]:
    bring_up_to_date(store, pack)
    return store.links_in()


def claim_groups(store: Store, pack: Pack, actor: str | None = None) -> list[ClaimGroup]:
    """Claims across reports, with independent sources counted; `actor` keeps claims by or about that actor."""
    keys = _actor_keys(store, pack)
    wanted = _wanted_key(actor, keys, pack) if actor else None

    def source_key(doc: Document, a: Attribution) -> str:
        if a.source_key is not None and (doc.id, a.source_key) in keys:
            return keys[(doc.id, a.source_key)]
        return free_text_key(a.source)

    rows = attributions(store, pack)
    if actor:
        rows = [(d, a) for d, a in rows if source_key(d, a) == wanted or actor.lower() in a.content.lower()]
    groups = group_claims(rows, _families(store), source_key)
    names = store.actor_names({g.source_key for g in groups})
    for g in groups:
        g.source = names.get(g.source_key, g.source)
    return groups


def _wanted_key(name: str, keys: dict[tuple[str, str], str], pack: Pack) -> str | None:
    """The actor key a user's name stands for in this store (pack spelling, or a spelling the store holds)."""
    index = pack.alias_index()
    if name in index:
        return index[name].id
    return next((k for (_, surface), k in keys.items() if same_person(surface, name) or surface == name), None)


def series(store: Store, about: str | None = None, pack: Pack | None = None) -> list[Series]:
    """Figures reported at least twice for the same measure (the pack's words for a counted thing joined), over
    time, with changes and conflicts."""
    pack = pack or load_pack()
    names = {spelling: entity.name for spelling, entity in pack.alias_index().items()}
    return figure_series(figures(store, about), _families(store), pack.measure_synonyms(), names)


def briefing(store: Store, pack: Pack, actor: str | None = None) -> Briefing:
    """Everything the briefing shows, for the whole store or for one actor."""
    found = actors(store, pack)
    if actor:
        keys = _actor_keys(store, pack)
        wanted = _wanted_key(actor, keys, pack)
        found = [a for a in found if a.key == wanted or actor.lower() in a.name.lower()]
    hedged = attributions(store, pack, hedged=True)
    if actor:
        hedged = [(d, a) for d, a in hedged if actor.lower() in f"{a.source} {a.content}".lower()]
    return Briefing(
        documents=store.documents(),
        actors=found[:25],
        claims=claim_groups(store, pack, actor),
        series=series(store, pack=pack),
        timeline=timeline(store, pack, actor=actor),
        copies=copies(store),
        hedged=hedged,
        actor=actor,
    )


def actor_profile(store: Store, pack: Pack, key: str, newest: int = PROFILE_REPORTS) -> dict | None:
    """An actor's page: its names, quotes by it, claims that name it, the actors it shares reports with, its reports.
    All but the counts come from its `newest` reports, so that the page costs the same for the most reported actor
    of a large store as for a rare one."""
    bring_up_to_date(store, pack)
    found = store.actor(key)
    if found is None:
        return None
    mine = store.newest_documents_of(key, newest)
    keys = store.links_in(mine)
    docs = {d.id: d for d in store.documents_by_id(mine)}
    co = Counter(k for _, k in {(doc, k) for (doc, _), k in keys.items() if k != key})
    quotes_by, claims_about = [], []
    for doc_id, a in store.attributions_in(mine):
        speaker = keys.get((doc_id, a.source_key)) if a.source_key else None
        if speaker == key:
            quotes_by.append((docs[doc_id], a))
        elif any(s in a.content for s in found.spellings):
            claims_about.append((docs[doc_id], a))
    names = store.actor_names([k for k, _ in co.most_common(15)])
    return {
        "actor": found,
        "quotes_by": quotes_by,
        "claims_about": claims_about,
        "co_occurring": [(k, names.get(k, k), c) for k, c in co.most_common(15) if c],
        "reports": [docs[d] for d in mine],
        "shown_reports": len(mine),
    }
