"""The Dask run stores the same documents and findings as the single-process run."""

import pytest

from dossier.extract import load_pipeline
from dossier.ingest import ingest
from dossier.read import find_sources
from dossier.store.sqlite import SqliteStore
from tests.conftest import SAMPLES
from tests.test_ingest import dump

pytest.importorskip("distributed", reason="Dask ingest needs `pip install -e '.[scale]'`")

from dossier.scale.dask_ingest import ingest_dask  # noqa: E402


def test_dask_and_single_process_runs_store_the_same(tmp_path):
    paths = [str(SAMPLES / "wire"), str(SAMPLES / "feeds"), str(SAMPLES / "other"), str(tmp_path / "missing.txt")]
    with SqliteStore(tmp_path / "one.db") as store:
        single = ingest(find_sources(paths), store, load_pipeline)
    with SqliteStore(tmp_path / "dask.db") as store:
        distributed = ingest_dask(find_sources(paths), store, workers=2)
        again = ingest_dask(find_sources(paths), store, workers=2)
    assert len(distributed.added) == len(single.added) == 6
    assert [f.reason for f in distributed.failed] == [f.reason for f in single.failed] == ["no such file or folder"]
    assert dump(tmp_path / "dask.db") == dump(tmp_path / "one.db")
    assert again.added == [] and len(again.unchanged) == 6
