"""`dossier add --dask ADDRESS` / `--workers N`: read and extract as a Dask bag over worker processes, write through
the Store in the client as each partition finishes.

Workers run the same pure stages as the single-process run (each loads the spaCy pipeline once, through the same
cached loader), so the store ends up with the same documents and findings. Only the client writes, a few whole
documents per transaction, which keeps the Store's guarantees: no half-written document, and a re-run changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from dossier.errors import DossierError, ReadError
from dossier.extract import extract_many, load_pipeline
from dossier.ingest import WRITE_BATCH, IngestOptions
from dossier.model import Document, Findings, IngestSummary, ReadFailure
from dossier.read import read_source
from dossier.read.clean import clean_report
from dossier.store import Store

PARTITIONS_PER_WORKER = 4


def read_and_extract(sources: Iterable[str], options: IngestOptions) -> list[tuple[str, Document | ReadFailure, Findings | None]]:
    """One partition's sources on a worker: their reports, cleaned and extracted (parsed many to a batch, as in the
    single-process run), or the reason they could not be."""
    out: list[tuple[str, Document | ReadFailure, Findings | None]] = []

    def documents() -> Iterator[tuple[str, Document]]:
        for source in sources:
            for raw in read_source(source, options.max_bytes):
                if isinstance(raw, ReadFailure):
                    out.append((source, raw, None))
                    continue
                try:
                    yield raw.source, clean_report(raw, options.defaults)
                except ReadError as exc:
                    out.append((source, ReadFailure(exc.source, exc.reason), None))

    for source, document, findings in extract_many(documents(), lambda: load_pipeline(None, options.packs)):
        out.append((source, document, findings))
    return out


def ingest_dask(sources: Iterable[str | ReadFailure], store: Store, options: IngestOptions = IngestOptions(),
                address: str | None = None, workers: int = 2,
                on_source: Callable[[str], None] | None = None) -> IngestSummary:
    """Run on the scheduler at `address`, or on a local cluster of `workers` processes."""
    try:
        import dask.bag as bag
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise DossierError("Dask ingest needs dask and distributed: `pip install -e '.[scale]'`") from exc
    summary = IngestSummary()
    paths: list[str] = []
    for source in sources:
        if isinstance(source, ReadFailure):
            summary.failed.append(source)
        else:
            paths.append(source)
    if not paths:
        return summary
    cluster = None if address else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                 dashboard_address=None)
    try:
        with Client(address or cluster) as client:
            n = max(1, min(len(paths), len(client.scheduler_info()["workers"] or [1]) * PARTITIONS_PER_WORKER))
            parts = bag.from_sequence(paths, npartitions=n).map_partitions(read_and_extract, options).to_delayed()
            for future in as_completed(client.compute(parts)):
                results = future.result()
                for start in range(0, len(results), WRITE_BATCH):
                    part = results[start:start + WRITE_BATCH]
                    found = [(d, f or Findings(d.id)) for _, d, f in part if not isinstance(d, ReadFailure)]
                    added = iter(store.add_many(found))
                    for source, document, _ in part:
                        if isinstance(document, ReadFailure):
                            summary.failed.append(document)
                        elif next(added):
                            summary.added.append((source, document))
                        else:
                            summary.unchanged.append((source, document))
                        if on_source:
                            on_source(source)
                future.release()
    finally:
        if cluster is not None:
            cluster.close()
    return summary
