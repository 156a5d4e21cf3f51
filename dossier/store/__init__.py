"""Stores: where documents and findings live. `open_store` picks the backend from the address."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from dossier.errors import StoreError
from dossier.store.base import SearchHit, Store

DB_ENV = "DOSSIER_DB"


def default_db() -> str:
    """DOSSIER_DB if set, else dossier.db in the user's data directory."""
    return os.environ.get(DB_ENV) or str(Path(user_data_dir("dossier", appauthor=False)) / "dossier.db")


def open_store(address: str | None = None) -> Store:
    address = address or default_db()
    if address.startswith(("postgresql:", "postgres:", "postgresql+")):
        try:
            from dossier.store.postgres import PostgresStore
        except ImportError as exc:  # psycopg missing
            raise StoreError("PostgreSQL stores need psycopg: `pip install -e '.[postgres]'`") from exc
        return PostgresStore(address)
    from dossier.store.sqlite import SqliteStore

    return SqliteStore(address.removeprefix("sqlite:///"))


__all__ = ["DB_ENV", "SearchHit", "Store", "default_db", "open_store"]
