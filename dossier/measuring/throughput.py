"""Throughput of the whole pipeline (read -> clean -> extract -> store) against spaCy's own `nlp.pipe` on the same
texts, in one process, as a ratio: these machines are noisy, a ratio measured side by side is not."""

from __future__ import annotations

import resource
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from dossier.errors import DossierError
from dossier.extract import load_pipeline
from dossier.ingest import ingest
from dossier.model import ReadFailure
from dossier.read import find_sources, read_source
from dossier.read.clean import clean_report
from dossier.store.sqlite import SqliteStore

DEFAULT_MIN_WORDS = 50_000


@dataclass(frozen=True)
class BenchResult:
    documents: int
    words: int
    pipeline_seconds: float
    raw_seconds: float
    pipeline_peak_rss_mb: float  # the process's peak before any raw run: model loading and the pipeline only
    process_peak_rss_mb: float  # after both; raw nlp.pipe batches whole texts and usually sets this one
    round_ratios: tuple[float, ...] = ()  # raw / pipeline time of each round, the two runs back to back

    @property
    def median_round_ratio(self) -> float:
        """Robust to a machine whose speed drifts between rounds (a virtual machine's often does): each round
        compares two runs made a few seconds apart."""
        return statistics.median(self.round_ratios)

    @property
    def pipeline_words_per_second(self) -> float:
        return self.words / self.pipeline_seconds

    @property
    def raw_words_per_second(self) -> float:
        return self.words / self.raw_seconds

    @property
    def ratio(self) -> float:
        """Pipeline throughput as a share of raw spaCy throughput (1.0: dossier adds nothing)."""
        return self.raw_seconds / self.pipeline_seconds


def corpus_texts(paths: Sequence[str], min_words: int) -> list[str]:
    """The English reports under `paths` as plain-text reports, repeated until they hold `min_words` words. Each copy
    carries its number, so that copies are new documents to the store rather than no-ops."""
    base = []
    for source in find_sources(paths):
        if isinstance(source, ReadFailure):
            continue
        for raw in read_source(source):
            if not isinstance(raw, ReadFailure):
                document = clean_report(raw)
                if document.is_english:
                    base.append(document.text)
    if not base:
        return []
    texts: list[str] = []
    words = 0
    while words < min_words:
        for text in base:
            copy = f"{text}\n\nCopy {len(texts) + 1}."
            texts.append(copy)
            words += len(copy.split())
    return texts


def run_bench(paths: Sequence[str], min_words: int = DEFAULT_MIN_WORDS, rounds: int = 2,
              on_step: Callable[[str], None] | None = None) -> BenchResult:
    """Alternate pipeline and raw runs `rounds` times and keep each side's fastest run. The pipeline goes first, so
    that its memory peak is read before raw `nlp.pipe` ever runs."""
    texts = corpus_texts(paths, min_words)
    if not texts:
        raise DossierError("no English reports to benchmark under the given paths; name a folder of reports")
    nlp = load_pipeline()
    nlp("A short warm-up sentence in Minsk.")  # first calls allocate
    raw_times, pipeline_times = [], []
    pipeline_peak = 0.0
    with tempfile.TemporaryDirectory(prefix="dossier-bench-") as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        for n, text in enumerate(texts):
            (folder / f"{n:06d}.txt").write_text(text, encoding="utf-8")
        for round_no in range(rounds):
            if on_step:
                on_step(f"round {round_no + 1}/{rounds}: dossier pipeline")
            start = time.perf_counter()
            with SqliteStore(Path(tmp) / f"bench-{round_no}.db") as store:
                summary = ingest(find_sources([str(folder)]), store, lambda: nlp)
            pipeline_times.append(time.perf_counter() - start)
            if len(summary.added) != len(texts):
                raise RuntimeError(f"benchmark ingest stored {len(summary.added)} of {len(texts)} reports: {summary.failed}")
            if round_no == 0:
                pipeline_peak = _peak_rss_mb()
            if on_step:
                on_step(f"round {round_no + 1}/{rounds}: raw nlp.pipe")
            start = time.perf_counter()
            for _ in nlp.pipe(texts):
                pass
            raw_times.append(time.perf_counter() - start)
    return BenchResult(len(texts), sum(len(t.split()) for t in texts), min(pipeline_times), min(raw_times),
                       pipeline_peak, _peak_rss_mb(), tuple(r / p for r, p in zip(raw_times, pipeline_times)))


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
