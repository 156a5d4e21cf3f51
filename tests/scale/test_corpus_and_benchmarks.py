import random
import re

import pytest

from dossier.measuring.scale import fill_store, link_store, query_latency
from dossier.read.clean import document_id
from dossier.scale.corpus import _vary, sentence_pool, synthetic_reports
from dossier.store.sqlite import SqliteStore
from tests.conftest import SAMPLES


def test_the_synthetic_corpus_is_distinct_deterministic_and_dated():
    pool = sentence_pool([str(SAMPLES)])
    assert len(pool) > 50
    first = list(synthetic_reports(pool, 40, seed=3))
    assert first == list(synthetic_reports(pool, 40, seed=3))
    assert first != list(synthetic_reports(pool, 40, seed=4))
    texts = [text for _, text in first]
    assert len({document_id(t) for t in texts}) == 40
    assert all(t.startswith("DATE: 2022-") for t in texts)


def test_varying_a_sentence_changes_counts_and_days_but_not_years():
    rng = random.Random(1)
    varied = _vary("On 24 February, 800 people joined the 1863 commemoration in 2022.", rng)
    assert "1863" in varied and "2022" in varied and "800 people" not in varied
    assert re.search(r"On \d{1,2} February", varied)


def test_latency_harness_fills_a_store_and_times_every_query(tmp_path):
    with SqliteStore(tmp_path / "q.db") as store:
        fill_store(store, 120, str(SAMPLES), base=8)
        assert store.count() == 120
        results = query_latency(store, runs=5)
        assert store.actor("lukashenka").documents > 0  # the queries ran on linked actors
    assert [r.query.split(" (")[0] for r in results] == [
        "search", "search", "report with findings", "actor list", "actor page", "actor page", "timeline", "timeline"]
    assert all(r.median_ms > 0 and r.p95_ms >= r.median_ms for r in results)


def test_linking_figures_cover_the_whole_store_then_only_the_new_reports(tmp_path):
    with SqliteStore(tmp_path / "q.db") as store:
        whole, new = link_store(store, 60, str(SAMPLES), new=10, base=4)
        assert (whole.reports, new.reports, store.count()) == (50, 10, 60)


def test_dask_benchmark_times_both_runs_of_the_same_corpus():
    pytest.importorskip("distributed", reason="Dask ingest needs `pip install -e '.[scale]'`")
    from dossier.measuring.scale import dask_speedup

    (found,) = dask_speedup(3, 2, 1, str(SAMPLES))
    assert found.reports == 3 and found.single_seconds > 0 and found.dask_seconds > 0
