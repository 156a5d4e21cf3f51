from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dossier.extract import load_pipeline
from dossier.ingest import ingest
from dossier.read import find_sources
from dossier.store.sqlite import SqliteStore
from dossier.web.app import create_app
from tests.conftest import SAMPLES

# A report written to attack the pages: script tags and attribute injection in its title and body.
HOSTILE = ('<script>alert("title")</script> Minsk "talks" \' onmouseover=\'alert(1)\n\n'
           'The minister said the <img src=x onerror=alert(2)> talks with Pavel Latushka would resume on 3 March, '
           'and " onclick="alert(3)" was all he added.')


@pytest.fixture(scope="session")
def web_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    path = folder / "web.db"
    with SqliteStore(path) as store:
        summary = ingest(find_sources([str(SAMPLES), str(hostile)]), store, load_pipeline)
    assert not summary.failed
    return str(path)


@pytest.fixture(scope="session")
def client(web_db):
    return TestClient(create_app(web_db, max_upload_bytes=50_000), base_url="http://localhost")
