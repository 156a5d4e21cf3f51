"""SQLite: the embedded default. WAL so readers never block the writer; FTS5 for search."""

from __future__ import annotations

import fcntl
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DatabaseError

from dossier.errors import StoreError
from dossier.model import Document
from dossier.store.base import SearchHit, Store

_FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
    "doc_id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')"
)


def fts_query(query: str, any_of: Sequence[str] = ()) -> str:
    """A user's words as an FTS5 query: every word must occur (prefix match on the last), and one of the phrases
    `any_of` (an actor's spellings) when given; no FTS syntax errors."""
    terms = re.findall(r"\w+", query, flags=re.UNICODE)
    quoted = [f'"{t}"' for t in terms]
    if quoted and not any_of:
        quoted[-1] += "*"
    phrases = [" ".join(re.findall(r"\w+", p, flags=re.UNICODE)) for p in any_of]
    phrases = [f'"{p}"' for p in dict.fromkeys(p for p in phrases if p)]
    if phrases:
        quoted.insert(0, "(" + " OR ".join(phrases) + ")")
    return " ".join(quoted)


class SqliteStore(Store):
    def __init__(self, path: str | Path) -> None:
        path = Path(path).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for the store {path}: {exc.strerror}") from exc
        self.path = path
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _pragmas)
        super().__init__(engine)
        try:
            self.prepare(str(path), [_FTS_DDL])
        except DatabaseError as exc:
            raise StoreError(f"{path} cannot be opened as a dossier store ({exc.orig}); name another file with --db") from exc

    @contextmanager
    def _writer_lock(self, on_wait: Callable[[], None] | None, wait: bool) -> Iterator[bool]:
        """An exclusive lock on a file beside the store (released by the kernel if the process dies)."""
        with open(self.path.with_name(self.path.name + ".lock"), "a+b") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not wait:
                    yield False
                    return
                if on_wait:
                    on_wait()
                fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield True
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def search(self, query: str, limit: int = 20, offset: int = 0, any_of: Sequence[str] = (),
               by_rank: bool = True) -> list[SearchHit]:
        match = fts_query(query, any_of)
        if not match:
            return []
        order = "bm25(documents_fts, 0, 4.0, 1.0)" if by_rank else "rowid DESC"
        sql = text(
            "SELECT doc_id, title, snippet(documents_fts, 2, char(2), char(3), ' … ', 16) AS snip FROM documents_fts "
            f"WHERE documents_fts MATCH :q ORDER BY {order} LIMIT :n OFFSET :o"
        )
        with self.engine.connect() as conn:
            return [SearchHit(r.doc_id, r.title, r.snip)
                    for r in conn.execute(sql, {"q": match, "n": limit, "o": offset})]

    def search_ids(self, query: str, any_of: Sequence[str] = (), limit: int = 1000) -> list[str]:
        match = fts_query(query, any_of)
        if not match:
            return []
        sql = text("SELECT doc_id FROM documents_fts WHERE documents_fts MATCH :q LIMIT :n")
        with self.engine.connect() as conn:
            return [r.doc_id for r in conn.execute(sql, {"q": match, "n": limit})]

    def _index_text(self, conn: Connection, documents: list[Document]) -> None:
        conn.execute(
            text("INSERT INTO documents_fts (doc_id, title, text) VALUES (:id, :title, :text)"),
            [{"id": d.id, "title": d.title, "text": d.text} for d in documents],
        )

    def _unindex_text(self, conn: Connection, doc_id: str) -> None:
        conn.execute(text("DELETE FROM documents_fts WHERE doc_id = :id"), {"id": doc_id})


def _pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()
