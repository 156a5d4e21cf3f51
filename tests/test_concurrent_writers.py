"""Two `dossier add` runs on one store, and the web server reading while they write: the store ends as a sequential
run leaves it, and no request fails (issue 17). Bounded: 40 small reports, the model-free pipeline."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading

from fastapi.testclient import TestClient

from dossier.scale.corpus import sentence_pool, write_corpus
from dossier.store.sqlite import SqliteStore
from dossier.web.app import create_app
from tests.conftest import SAMPLES

ENV = {**os.environ, "DOSSIER_SPACY_MODEL": "blank"}


def _add(folder, db) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "dossier", "add", str(folder), "--db", str(db), "--json"],
                            env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _picture(db) -> tuple:
    with SqliteStore(db) as store:
        docs = sorted(d.id for d in store.documents())
        copies = sorted((c.copy, c.original) for c in store.copy_links())
    with sqlite3.connect(db) as conn:
        links = sorted(conn.execute("SELECT doc_id, surface, actor_key FROM actor_links").fetchall())
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return docs, copies, links


def test_concurrent_adds_and_a_reading_server_end_as_a_sequential_run(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(sentence_pool([str(SAMPLES)]), 40, corpus, seed=3)
    halves = [tmp_path / "a", tmp_path / "b"]
    for n, path in enumerate(sorted(corpus.iterdir())):
        halves[n % 2].mkdir(exist_ok=True)
        shutil.copy(path, halves[n % 2] / path.name)
    for path in list(sorted(corpus.iterdir()))[:4]:  # some reports in both halves: both runs meet them
        shutil.copy(path, halves[1] / ("again-" + path.name))

    sequential = tmp_path / "sequential.db"
    for half in halves:
        assert _add(half, sequential).wait() == 0

    together = tmp_path / "together.db"
    with SqliteStore(together):
        pass
    client = TestClient(create_app(str(together)), base_url="http://localhost")
    runs = [_add(half, together) for half in halves]
    statuses: list[int] = []

    def read_while_they_write() -> None:
        while any(run.poll() is None for run in runs):
            for url in ("/", "/api/reports", "/actors", "/claims", "/api/copies", "/timeline"):
                statuses.append(client.get(url).status_code)

    reader = threading.Thread(target=read_while_they_write)
    reader.start()
    outcomes = [run.communicate() for run in runs]
    reader.join()
    assert [run.returncode for run in runs] == [0, 0], [err for _, err in outcomes]
    assert statuses and all(s == 200 for s in statuses), sorted(set(statuses))
    assert _picture(together) == _picture(sequential)
