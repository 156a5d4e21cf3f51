"""`dossier add --dask ADDRESS` / `--workers N`: read and extract as a Dask bag over worker processes, write through
the Store in the client as each partition finishes.

Workers run the same pure stages as the single-process run (each loads the spaCy pipeline once, through the same
cached loader), so the store ends up with the same documents and findings. Only the client writes, a few whole
documents per transaction, which keeps the Store's guarantees: no half-written document, and a re-run changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from dossier.errors import DossierError
from dossier.extract import extract_many, load_pipeline
from dossier.ingest import WRITE_BATCH, IngestOptions, Outcome, read_documents, write_outcomes
from dossier.model import Document, IngestSummary, ReadFailure
from dossier.store import Store

PARTITIONS_PER_WORKER = 4


def read_and_extract(sources: Iterable[str], options: IngestOptions) -> list[Outcome]:
    """One partition's sources on a worker: their reports, cleaned and extracted (parsed many to a batch, as in the
    single-process run), or the reason they could not be."""
    out: list[Outcome] = []

    def documents() -> Iterator[tuple[str, Document]]:
        for source in sources:
            for where, document in read_documents(source, options):
                if isinstance(document, ReadFailure):
                    out.append((where, document, None))
                else:
                    yield where, document

    out.extend(extract_many(documents(), lambda: load_pipeline(None, options.packs),
                            budget_scale=options.budget_scale))
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
                    write_outcomes(store, part, summary)
                    for where, _, _ in part:
                        if on_source:
                            on_source(where)
                future.release()
    finally:
        if cluster is not None:
            cluster.close()
    return summary
