"""PostgreSQL: the same tables through SQLAlchemy Core, searched with PostgreSQL's own text search.

The search vector is an expression index over title and text rather than a second table, so there is nothing to
keep in step when documents are added or removed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from dossier.errors import StoreError
from dossier.model import Document
from dossier.store.base import SearchHit, Store

_VECTOR = "to_tsvector('english', title || ' ' || text)"
_INDEX_DDL = f"CREATE INDEX IF NOT EXISTS ix_documents_search ON documents USING GIN ({_VECTOR})"


def engine_url(address: str) -> str:
    """postgresql://... as SQLAlchemy's psycopg (version 3) URL."""
    return re.sub(r"^postgres(?:ql)?(?:\+\w+)?://", "postgresql+psycopg://", address)


def ts_query(query: str, any_of: Sequence[str] = ()) -> str:
    """The user's words as a PostgreSQL tsquery: every word must occur, the last may be a prefix, and one of the
    phrases `any_of` (an actor's spellings) when given; no syntax errors."""
    terms = re.findall(r"\w+", query, flags=re.UNICODE)
    parts = [f"'{t}'" for t in terms]
    if parts and not any_of:
        parts[-1] += ":*"
    phrases = [" <-> ".join(f"'{w}'" for w in re.findall(r"\w+", p, flags=re.UNICODE)) for p in any_of]
    phrases = list(dict.fromkeys(p for p in phrases if p))
    if phrases:
        parts.insert(0, "(" + " | ".join(phrases) + ")")
    return " & ".join(parts)


WRITER_LOCK = 0x646F7373  # the advisory lock key of dossier's one writer ('doss')


class PostgresStore(Store):
    def __init__(self, address: str) -> None:
        shown = re.sub(r"//[^@/]*@", "//", address)  # no password in messages
        try:
            engine = create_engine(engine_url(address), pool_pre_ping=True)
        except ImportError as exc:
            raise StoreError(f"cannot open the PostgreSQL store {shown}: its driver is not installed ({exc}); "
                             "install it with pip install -e '.[postgres]', or use a SQLite file") from exc
        super().__init__(engine)
        try:
            self.prepare(shown, [_INDEX_DDL])
        except DBAPIError as exc:
            raise StoreError(f"cannot open the PostgreSQL store {shown}: {exc.orig}; check the address and that the "
                             "server is running") from exc

    @contextmanager
    def _writer_lock(self, on_wait: Callable[[], None] | None, wait: bool) -> Iterator[bool]:
        """A session-level advisory lock held on a connection of its own (released if the process dies)."""
        with self.engine.connect() as conn:
            if not conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": WRITER_LOCK}).scalar():
                if not wait:
                    yield False
                    return
                if on_wait:
                    on_wait()
                conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": WRITER_LOCK})
            try:
                yield True
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": WRITER_LOCK})

    def search(self, query: str, limit: int = 20, offset: int = 0, any_of: Sequence[str] = (),
               by_rank: bool = True) -> list[SearchHit]:
        match = ts_query(query, any_of)
        if not match:
            return []
        order = f"ts_rank({_VECTOR}, q) DESC" if by_rank else "added_at DESC, id"
        sql = text(
            f"SELECT id, title, ts_headline('english', text, q, 'StartSel=\x02, StopSel=\x03, MaxWords=24, "
            f"MinWords=10') AS snip FROM documents, to_tsquery('english', :q) AS q WHERE {_VECTOR} @@ q "
            f"ORDER BY {order} LIMIT :n OFFSET :o"
        )
        with self.engine.connect() as conn:
            return [SearchHit(r.id, r.title, r.snip) for r in conn.execute(sql, {"q": match, "n": limit, "o": offset})]

    def search_ids(self, query: str, any_of: Sequence[str] = (), limit: int = 1000) -> list[str]:
        match = ts_query(query, any_of)
        if not match:
            return []
        sql = text(f"SELECT id FROM documents WHERE {_VECTOR} @@ to_tsquery('english', :q) LIMIT :n")
        with self.engine.connect() as conn:
            return [r.id for r in conn.execute(sql, {"q": match, "n": limit})]

    def _index_text(self, conn: Connection, documents: list[Document]) -> None:
        """Nothing to do: the expression index follows the documents table."""

    def _unindex_text(self, conn: Connection, doc_id: str) -> None:
        """Nothing to do: the expression index follows the documents table."""
