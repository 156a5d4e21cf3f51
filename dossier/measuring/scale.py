"""Benchmarks that print figures: memory of `dossier add` as the corpus grows, Dask workers against one process, and
query latency on large stores.

Latency stores are filled by cloning an extracted base of synthetic reports (new ids, same findings), which is what
makes 100,000 reports affordable to set up; the queries then run on the real tables and indexes.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from dossier.extract import extract, load_pipeline
from dossier.model import Slice
from dossier.packs import load_pack
from dossier.picture import Picture
from dossier.read import find_sources, read_source
from dossier.read.clean import clean_report
from dossier.resolve.up_to_date import bring_up_to_date
from dossier.scale.corpus import long_report, sentence_pool, write_corpus
from dossier.store import Store
from dossier.store.sqlite import SqliteStore


@dataclass(frozen=True)
class LargeReportRun:
    megabytes: float
    raw_seconds: float  # spaCy's own nlp.pipe over the report's paragraphs, in the same process
    pipeline_seconds: float  # read, clean, parse, extract and store the report (`ingest`)
    pipeline_peak_rss_mb: float  # the process's peak after the pipeline run (model included), before the raw run

    @property
    def ratio(self) -> float:
        """The pipeline's time over raw parsing: what dossier adds to spaCy for one report of this size."""
        return self.pipeline_seconds / self.raw_seconds


def large_report_costs(sizes_mb: list[float], samples: str) -> list[LargeReportRun]:
    """One report of each size, composed from the samples, each measured in a process of its own (so that its
    memory peak is its own): the whole pipeline first, then raw `nlp.pipe` over the same paragraphs."""
    pool = sentence_pool([samples])
    runs = []
    for size in sizes_mb:
        with tempfile.TemporaryDirectory(prefix="dossier-large-") as tmp:
            report = Path(tmp) / "long.txt"
            report.write_text(long_report(pool, int(size * 1_000_000)), encoding="utf-8")
            done = subprocess.run([sys.executable, "-c", "from dossier.measuring.scale import _measure_large; "
                                   f"_measure_large({str(report)!r}, {str(Path(tmp) / 'l.db')!r})"],
                                  capture_output=True, text=True)
            if done.returncode != 0:
                raise RuntimeError(f"the {size} MB report could not be measured: {done.stderr.strip()[-500:]}")
            raw, pipeline, peak = (float(x) for x in done.stdout.split())
            runs.append(LargeReportRun(size, raw, pipeline, peak))
    return runs


def _measure_large(report: str, db: str) -> None:
    """In the child: prints raw seconds, pipeline seconds and the peak RSS (MB) after the pipeline."""
    import resource

    from dossier.extract.entities import chunks
    from dossier.ingest import IngestOptions, ingest

    nlp = load_pipeline()
    nlp("A short warm-up sentence in Minsk.")
    start = time.perf_counter()
    with SqliteStore(db) as store:
        summary = ingest(find_sources([report]), store, lambda: nlp, IngestOptions(budget_scale=0))
    pipeline = time.perf_counter() - start
    if summary.failed or not summary.added:
        raise RuntimeError(f"the long report was not stored: {summary.failed}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    text = summary.added[0][1].text
    start = time.perf_counter()
    for _ in nlp.pipe(piece for _, piece in chunks(text)):
        pass
    print(time.perf_counter() - start, pipeline, peak)


@dataclass(frozen=True)
class MemoryRun:
    reports: int
    peak_rss_mb: float
    seconds: float


def memory_by_size(sizes: list[int], samples: str) -> list[MemoryRun]:
    """`dossier add` on synthetic corpora of each size, each in its own process, its peak RSS read from the kernel."""
    pool = sentence_pool([samples])
    runs = []
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="dossier-mem-") as tmp:
            write_corpus(pool, size, Path(tmp) / "corpus", seed=size)
            start = time.perf_counter()
            child = subprocess.Popen([sys.executable, "-m", "dossier", "add", str(Path(tmp) / "corpus"),
                                      "--db", str(Path(tmp) / "m.db"), "--json"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(child.pid, 0)
            child.returncode = os.waitstatus_to_exitcode(status)
            if child.returncode not in (0, 1):
                raise RuntimeError(f"dossier add failed on the {size}-report corpus (exit {child.returncode})")
            runs.append(MemoryRun(size, usage.ru_maxrss / 1024, time.perf_counter() - start))
    return runs


@dataclass(frozen=True)
class DaskRound:
    single_seconds: float
    dask_seconds: float
    reports: int  # stored by each run, checked equal

    @property
    def speedup(self) -> float:
        return self.single_seconds / self.dask_seconds


def dask_speedup(reports: int, workers: int, rounds: int, samples: str,
                 on_step: Callable[[str], None] | None = None) -> list[DaskRound]:
    """`dossier add` of one synthetic corpus into a new store, in one process and on a local Dask cluster of
    `workers`, back to back in each round (model loading, extraction, writing and linking all counted)."""
    pool = sentence_pool([samples])
    out = []
    with tempfile.TemporaryDirectory(prefix="dossier-dask-") as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(pool, reports, corpus, seed=reports)
        for n in range(rounds):
            times = []
            for extra in ([], ["--workers", str(workers)]):
                if on_step:
                    on_step(f"round {n + 1}/{rounds}: {'Dask, ' + str(workers) + ' workers' if extra else 'one process'}")
                db = Path(tmp) / f"r{n}{'d' if extra else 's'}.db"
                start = time.perf_counter()
                done = subprocess.run([sys.executable, "-m", "dossier", "add", str(corpus), "--db", str(db), "--json",
                                       *extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                if done.returncode not in (0, 1):
                    raise RuntimeError(f"dossier add {' '.join(extra)} failed: {done.stderr[-500:]}")
                times.append(time.perf_counter() - start)
            stored = [_count(Path(tmp) / f"r{n}{side}.db") for side in "sd"]
            if stored[0] != stored[1] or not stored[0]:
                raise RuntimeError(f"one process stored {stored[0]} reports and Dask {stored[1]}: not the same work")
            out.append(DaskRound(*times, reports=stored[0]))
    return out


def _count(db: Path) -> int:
    with SqliteStore(db) as store:
        return store.count()


CLONES_PER_WRITE = 500


def fill_store(store: Store, reports: int, samples: str, base: int = 50, first: int = 0) -> None:
    """Documents `first` to `reports`: `base` synthetic reports extracted for real, then cloned under new ids."""
    pool = sentence_pool([samples])
    nlp = load_pipeline()
    extracted = []
    with tempfile.TemporaryDirectory(prefix="dossier-q-") as tmp:
        write_corpus(pool, base, Path(tmp), seed=11)
        for source in find_sources([tmp]):
            for raw in read_source(source):
                document = clean_report(raw)
                extracted.append((document, extract(document, nlp)))
    for at in range(first, reports, CLONES_PER_WRITE):
        batch = []
        for n in range(at, min(reports, at + CLONES_PER_WRITE)):
            document, findings = extracted[n % len(extracted)]
            clone_id = f"{n:016x}"
            batch.append((replace(document, id=clone_id, source=f"clone-{n}", title=f"{document.title} #{n}"),
                          replace(findings, doc_id=clone_id)))
        store.add_many(batch)


@dataclass(frozen=True)
class Latency:
    query: str
    median_ms: float
    p95_ms: float
    runs: int


def _time(label: str, call: Callable[[], object], runs: int) -> Latency:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return Latency(label, statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)], runs)


@dataclass(frozen=True)
class Linking:
    reports: int
    seconds: float


def link_store(store: Store, reports: int, samples: str, new: int = 1000, base: int = 50) -> tuple[Linking, Linking]:
    """Fill the store to `reports` - `new`, link it, then add `new` more and link those: (all at once, the new ones)."""
    pack = load_pack()
    fill_store(store, reports - new, samples, base)
    start = time.perf_counter()
    bring_up_to_date(store, pack)
    whole = Linking(store.count(), time.perf_counter() - start)
    fill_store(store, reports, samples, base, first=reports - new)
    start = time.perf_counter()
    done = bring_up_to_date(store, pack)
    return whole, Linking(done.linked, time.perf_counter() - start)


def query_latency(store: Store, runs: int = 20) -> list[Latency]:
    pack = load_pack()
    view = Picture(store, pack)
    words = ["Minsk", "volunteers", "sanctions", "railway", "referendum", "Tsikhanouskaya", "Kremlin", "prisoners"]
    top = store.actors({"PERSON"}, 1)[0].key
    rare = store.actors({"PERSON", "ORG"})[-1].key
    doc = store.get("0000000000000007").id
    return [
        _time("search (one word)", lambda: store.search(words[time.perf_counter_ns() % len(words)]), runs),
        _time("search (two words)", lambda: store.search("riot police"), runs),
        _time("report with findings", lambda: store.findings(doc), runs),
        _time("actor list (top 25)", lambda: view.actors(Slice(0, 25)), runs),
        _time(f"actor page ({top}, most reported)", lambda: view.actor_profile(top), runs),
        _time(f"actor page ({rare[:20]}, rarest)", lambda: view.actor_profile(rare), runs),
        _time("timeline (one month)", lambda: view.timeline(Slice(descending=False), "2022-03", "2022-03-31"), runs),
        _time("timeline (first page of all)", lambda: view.timeline(Slice(descending=False)), runs),
    ]


@dataclass(frozen=True)
class HttpLatency:
    url: str
    median_ms: float
    p95_ms: float
    runs: int
    bytes: int  # the response's size (the largest seen)
    status: int


def http_urls(store: Store) -> list[str]:
    """Every page and API list of `dossier serve`, as a user opens them first (default page and sort), and a few
    that filter, sort, page deep or search for an actor."""
    top = store.actors({"PERSON"}, 1)[0]
    doc = store.get("0000000000000007").id
    deep = max(0, store.count() // 2)
    lists = ["/", "/actors", "/claims", "/figures", "/figures/points", "/timeline", "/copies"]
    return [
        *lists, *(f"/api{u if u != '/' else '/reports'}" for u in lists),
        f"/?offset={deep}", "/?sort=title&order=asc", "/actors?type=person&sort=name&order=asc",
        f"/claims?by={top.name.replace(' ', '+')}", "/claims?hedged=true", "/claims?sort=last_seen",
        "/timeline?from=2022-03&to=2022-03-31", "/timeline?multi=true", "/figures?about=prisoner",
        f"/actors/{top.key}", f"/actors/{top.key}/spellings", f"/api/actors/{top.key}/spellings", f"/reports/{doc}", "/search?q=Minsk", f"/search?q={top.name.split()[-1]}",
        f"/api/search?q={top.name.split()[-1]}", f"/api/claims?offset={deep}",
    ]


def http_latency(db: str, urls: list[str], runs: int = 20) -> list[HttpLatency]:
    """Each URL requested `runs` times from `dossier serve`'s app, run by uvicorn on a loopback port in this
    process (the first request of each is a warm-up, not counted)."""
    import httpx

    from dossier.web.app import serving_on_loopback

    out = []
    with serving_on_loopback(db) as base, httpx.Client(base_url=base, timeout=120) as client:
        for url in urls:
            response = client.get(url)
            size, times = len(response.content), []
            for _ in range(runs):
                start = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - start) * 1000)
                size = max(size, len(response.content))
            times.sort()
            out.append(HttpLatency(url, statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)], runs,
                                   size, response.status_code))
    return out
