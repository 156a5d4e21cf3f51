"""The one Store interface; SQLite (default) and later PostgreSQL sit behind it."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import delete, func, insert, inspect, select
from sqlalchemy.engine import Connection, Engine

from dossier.errors import DocumentNotFound, StoreError
from dossier.model import (
    AliasDecision,
    Attribution,
    Document,
    Event,
    Findings,
    Mention,
    MentionRow,
    Quantity,
    Sentence,
    TimeExpr,
)
from dossier.store import schema
from dossier.store.links import ActorReads, Linking, in_batches
from dossier.store.picture_reads import ChangeReads, PictureReads
from dossier.store.rows import desc, document_from_row, document_row, from_row, to_row

LINKS_MADE_WITH = "links_made_with"  # dossier_info key: fingerprint of the pack and decisions the links follow


@dataclass(frozen=True)
class SearchHit:
    doc_id: str
    title: str
    snippet: str


class Store(ActorReads, PictureReads, ChangeReads, ABC):
    """Documents and their findings. A document and its findings are written in one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # A reader's store (the web server's): the cross-report links are not brought up to date through it; the
        # writer (`dossier add`) does that after each ingest, so that a page request never writes.
        self.read_only = False
        self._writers = 0  # how deep this process holds the writer lock

    @contextmanager
    def writing(self, on_wait: Callable[[], None] | None = None, wait: bool = True) -> Iterator[bool]:
        """Hold the store's one writer lock for the block (re-entrant within this Store): a second `dossier add` on
        the same store waits its turn (`on_wait` hears when it must) instead of racing the first one's linking.
        With `wait=False` the block runs at once and is told (True/False) whether it holds the lock."""
        if self._writers:
            self._writers += 1
            try:
                yield True
            finally:
                self._writers -= 1
            return
        with self._writer_lock(on_wait, wait) as held:
            self._writers += held
            try:
                yield held
            finally:
                self._writers -= held

    @contextmanager
    def _writer_lock(self, on_wait: Callable[[], None] | None, wait: bool) -> Iterator[bool]:
        """The backend's lock across processes; a backend without one lets every writer through."""
        yield True

    def prepare(self, where: str, extra_ddl: list[str] = ()) -> None:
        """Create the tables (and the backend's own search structures) and check the store's schema version."""
        with self.engine.begin() as conn:  # picture tables of another layout are derived data: made anew
            if schema.info.name in inspect(conn).get_table_names():
                made = conn.execute(select(schema.info.c.value).where(schema.info.c.key == schema.PICTURE_MADE_WITH)).scalar()
                if made != schema.PICTURE_VERSION:
                    for table in schema.PICTURE_TABLES:
                        table.drop(conn, checkfirst=True)
        schema.metadata.create_all(self.engine)
        with self.engine.begin() as conn:
            for table, names in schema.ADDED_COLUMNS.items():  # a store made before a column was added gets it now
                have = {c["name"] for c in inspect(conn).get_columns(table)}
                for name in names:
                    if name not in have:
                        kind = schema.metadata.tables[table].c[name].type.compile(dialect=conn.dialect)
                        conn.exec_driver_sql(f'ALTER TABLE {table} ADD COLUMN "{name}" {kind}')
            for table in schema.metadata.sorted_tables:  # a store made before an index was added gets it now
                for index in table.indexes:
                    index.create(conn, checkfirst=True)
            for ddl in extra_ddl:
                conn.exec_driver_sql(ddl)
            stored = conn.execute(select(schema.info.c.value).where(schema.info.c.key == "schema_version")).scalar()
            if stored is None:
                conn.execute(insert(schema.info), [{"key": "schema_version", "value": schema.SCHEMA_VERSION}])
            elif stored != schema.SCHEMA_VERSION:
                raise StoreError(
                    f"{where} was made by another version of dossier (store schema {stored}, this one reads "
                    f"{schema.SCHEMA_VERSION}); move it aside and add the reports again to get every finding")

    # -- writing ---------------------------------------------------------------------------------------------
    def add(self, document: Document, findings: Findings) -> bool:
        """Store the document with its findings; False (and nothing written) when it is already stored."""
        return self.add_many([(document, findings)])[0]

    def add_many(self, items: Sequence[tuple[Document, Findings]]) -> list[bool]:
        """`add` for several documents in one transaction, each table written with one statement: a transaction and a
        statement per document cost an ingest more than all its extractors but one. Still all or nothing: a stop
        leaves whole documents, and the next run adds the ones that were not committed."""
        if not items:
            return []
        with self.engine.begin() as conn:
            ids = [document.id for document, _ in items]
            d = schema.documents.c
            stored = set()
            for some in in_batches(ids):
                stored.update(conn.execute(select(d.id).where(d.id.in_(some))).scalars())
            added, new = [], []
            for document, findings in items:
                fresh = document.id not in stored
                added.append(fresh)
                if fresh:
                    stored.add(document.id)
                    new.append((document, findings))
            if not new:
                return added
            conn.execute(insert(schema.documents), [document_row(document) for document, _ in new])
            sentences = [{"doc_id": doc.id, "idx": s.index, "start": s.start, "end": s.end}
                         for doc, f in new for s in f.sentences]
            mentions = [{"doc_id": doc.id, "start": m.start, "end": m.end, "text": m.text, "label": m.label,
                         "sentence": m.sentence} for doc, f in new for m in f.mentions]
            for table, rows in ((schema.sentences, sentences), (schema.mentions, mentions)):
                if rows:
                    conn.execute(insert(table), rows)
            for name, (table, _) in _RECORD_TABLES.items():
                rows = [{"doc_id": doc.id, **to_row(r)} for doc, f in new for r in getattr(f, name)]
                if rows:
                    conn.execute(insert(table), rows)
            self._index_text(conn, [document for document, _ in new])
        return added

    def remove(self, doc_id: str) -> None:
        """Remove a document; the actor links are then made anew on the next query, since keys may have joined
        through it."""
        with self.engine.begin() as conn:
            for table in (*(t for t, _ in _RECORD_TABLES.values()), schema.mentions, schema.sentences,
                          schema.actor_links, schema.shingle_samples):
                conn.execute(delete(table).where(table.c.doc_id == doc_id))
            c = schema.copy_links
            conn.execute(delete(c).where((c.c.copy == doc_id) | (c.c.original == doc_id)))
            conn.execute(delete(schema.info).where(schema.info.c.key == LINKS_MADE_WITH))
            conn.execute(delete(schema.documents).where(schema.documents.c.id == doc_id))
            self._unindex_text(conn, doc_id)

    # -- reading ---------------------------------------------------------------------------------------------
    def has(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(schema.documents.c.id).where(schema.documents.c.id == doc_id)).first() is not None

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(schema.documents)).scalar_one()

    def documents(self) -> list[Document]:
        """All documents, newest publication first (undated last), then by title."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(schema.documents)).mappings().all()
        docs = [document_from_row(r) for r in rows]
        return sorted(docs, key=lambda d: (d.published is None, desc(d.published or ""), d.title))

    def get(self, ref: str) -> Document:
        """A document by its id or an unambiguous prefix of it."""
        ref = ref.strip().lower()
        if not ref:
            raise DocumentNotFound("give a document id (see `dossier ls`)")
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(schema.documents).where(schema.documents.c.id.startswith(ref, autoescape=True)).limit(2)
            ).mappings().all()
        if not rows:
            raise DocumentNotFound(f"no document with id '{ref}' in this store (see `dossier ls`)")
        if len(rows) > 1:
            raise DocumentNotFound(f"'{ref}' matches several documents; give more characters of the id")
        return document_from_row(rows[0])

    def findings(self, doc_id: str) -> Findings:
        s, m = schema.sentences, schema.mentions
        with self.engine.connect() as conn:
            sents = conn.execute(select(s).where(s.c.doc_id == doc_id).order_by(s.c.idx)).mappings().all()
            ments = conn.execute(select(m).where(m.c.doc_id == doc_id).order_by(m.c.start)).mappings().all()
        return Findings(
            doc_id,
            tuple(Sentence(r["idx"], r["start"], r["end"]) for r in sents),
            tuple(Mention(r["start"], r["end"], r["text"], r["label"], r["sentence"]) for r in ments),
            **{name: tuple(record for _, record in self.records(name, doc_id)) for name in _RECORD_TABLES},
        )

    def records(self, name: str, doc_id: str | None = None) -> list[tuple[str, object]]:
        """(doc_id, record) of one kind ('attributions', 'quantities', 'times', 'events'), for one document or all,
        in text order."""
        table, record_type = _RECORD_TABLES[name]
        query = select(table).order_by(table.c.doc_id, table.c.start)
        if doc_id is not None:
            query = query.where(table.c.doc_id == doc_id)
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [(r["doc_id"], from_row(record_type, r)) for r in rows]

    def attributions(self, doc_id: str | None = None) -> list[tuple[str, Attribution]]:
        return self.records("attributions", doc_id)  # type: ignore[return-value]

    def mentions(self) -> Iterator[MentionRow]:
        m = schema.mentions
        with self.engine.connect() as conn:
            for r in conn.execute(select(m.c.doc_id, m.c.text, m.c.label, m.c.start, m.c.end, m.c.sentence)):
                yield MentionRow(*r)

    def sentence_text(self, doc_id: str, index: int) -> str:
        s, d = schema.sentences, schema.documents
        with self.engine.connect() as conn:
            row = conn.execute(
                select(s.c.start, s.c.end, d.c.text).join(d, d.c.id == s.c.doc_id)
                .where(s.c.doc_id == doc_id, s.c.idx == index)
            ).first()
        return row.text[row.start:row.end] if row else ""


    def add_decision(self, decision: AliasDecision) -> None:
        """A user's merge or split; a later decision on the same pair replaces the earlier one."""
        d = schema.alias_decisions
        pair = ((d.c.a == decision.a) & (d.c.b == decision.b)) | ((d.c.a == decision.b) & (d.c.b == decision.a))
        with self.engine.begin() as conn:
            conn.execute(delete(d).where(pair))
            conn.execute(insert(d), [{"kind": decision.kind, "a": decision.a, "b": decision.b,
                                      "made_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}])

    def decisions(self) -> list[AliasDecision]:
        d = schema.alias_decisions
        with self.engine.connect() as conn:
            return [AliasDecision(r.kind, r.a, r.b) for r in conn.execute(select(d).order_by(d.c.id))]

    def seen_entries(self, feed: str, entries: Sequence[str]) -> set[str]:
        """The entries of a feed that an earlier `dossier watch` poll has read already."""
        f = schema.feed_entries
        with self.engine.connect() as conn:
            return {e for part in in_batches(entries) for e in conn.execute(
                select(f.c.entry).where(f.c.feed == feed, f.c.entry.in_(part))).scalars()}

    def mark_seen(self, feed: str, entries: Sequence[str]) -> None:
        f = schema.feed_entries
        fresh = set(entries) - self.seen_entries(feed, list(entries))
        if fresh:
            now = datetime.now(timezone.utc).isoformat(timespec="seconds")
            with self.engine.begin() as conn:
                conn.execute(insert(f), [{"feed": feed, "entry": e, "seen_at": now} for e in sorted(fresh)])

    @contextmanager
    def linking(self) -> Iterator[Linking]:
        """One transaction of cross-document resolution (see `dossier.resolve.up_to_date`)."""
        with self.engine.begin() as conn:
            yield Linking(conn)

    @abstractmethod
    def search(self, query: str, limit: int = 20, offset: int = 0, any_of: Sequence[str] = (),
               by_rank: bool = True) -> list[SearchHit]:
        """Full-text search over clean text and titles, best first (newest added first when not `by_rank`): every
        word of `query`, and one of the phrases `any_of` when given (the spellings of an actor the query names)."""

    @abstractmethod
    def search_ids(self, query: str, any_of: Sequence[str] = (), limit: int = 1000) -> list[str]:
        """The ids of up to `limit` reports `search` finds, in no order (for counts and facets)."""

    @abstractmethod
    def _index_text(self, conn: Connection, documents: list[Document]) -> None: ...

    @abstractmethod
    def _unindex_text(self, conn: Connection, doc_id: str) -> None: ...

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# Findings stored one row per record, each in its own table with the record's fields as columns.
_RECORD_TABLES = {
    "attributions": (schema.attributions, Attribution),
    "quantities": (schema.quantities, Quantity),
    "times": (schema.times, TimeExpr),
    "events": (schema.events, Event),
}
