"""The store tests run against every backend: SQLite always, PostgreSQL when DOSSIER_TEST_POSTGRES names a server
(CI starts one on loopback with .ci/postgres)."""

from __future__ import annotations

import os

import pytest

from dossier.store import schema
from dossier.store.sqlite import SqliteStore

POSTGRES_ENV = "DOSSIER_TEST_POSTGRES"


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    if request.param == "sqlite":
        with SqliteStore(tmp_path / "test.db") as s:
            yield s
        return
    address = os.environ.get(POSTGRES_ENV)
    if not address:
        pytest.skip(f"set {POSTGRES_ENV} to a PostgreSQL address to test that backend (bash .ci/postgres starts one)")
    from sqlalchemy import create_engine

    from dossier.store.postgres import PostgresStore, engine_url

    engine = create_engine(engine_url(address))
    schema.metadata.drop_all(engine)  # every test starts from an empty store
    engine.dispose()
    with PostgresStore(address) as s:
        yield s
