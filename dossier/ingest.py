"""The ingest run: read each source (as `dossier.read.find_sources` lists them), clean it, extract from new documents, write each through the store.

Each document is written in its own transaction, so a run stopped at any point leaves only whole documents, and
running it again adds exactly what is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language

from dossier.errors import ReadError
from dossier.extract import extract_many
from dossier.model import Document, IngestSummary, ReadFailure
from dossier.read import read_source
from dossier.read.clean import ReportDefaults, clean_report
from dossier.read.decode import DEFAULT_MAX_BYTES
from dossier.store import Store


@dataclass(frozen=True)
class IngestOptions:
    defaults: ReportDefaults = ReportDefaults()
    max_bytes: int = DEFAULT_MAX_BYTES
    packs: tuple[str, ...] = ()  # pack files beside the bundled one (each Dask worker reads them too)


def ingest(
    sources: Iterable[str | ReadFailure],
    store: Store,
    nlp: Callable[[], Language],
    options: IngestOptions = IngestOptions(),
    on_source: Callable[[str], None] | None = None,
) -> IngestSummary:
    """`nlp` is called only when a new English document needs it, so a re-run over stored reports loads no model.
    Documents are parsed many to a batch (see `extract_many`) but each is still written in its own transaction, and
    `on_source` hears of a source once all its documents are written."""
    summary = IngestSummary()
    for (source, done), document, findings in extract_many(_new_documents(sources, store, options, summary), nlp):
        if document is None:
            if on_source:
                on_source(done)
        elif store.add(document, findings):
            summary.added.append((source, document))
        else:
            summary.unchanged.append((source, document))
    return summary


def _new_documents(sources: Iterable[str | ReadFailure], store: Store, options: IngestOptions,
                   summary: IngestSummary) -> Iterator[tuple[tuple[str, str], Document | None]]:
    """((where the document came from, a source finished), document): the cleaned documents not yet stored, and
    after each source's documents a marker without one. Failures and stored documents go straight into `summary`."""
    for source in sources:
        if isinstance(source, ReadFailure):
            summary.failed.append(source)
            yield (source.source, source.source), None
            continue
        for raw in read_source(source, options.max_bytes):
            if isinstance(raw, ReadFailure):
                summary.failed.append(raw)
                continue
            try:
                document = clean_report(raw, options.defaults)
            except ReadError as exc:
                summary.failed.append(ReadFailure(exc.source, exc.reason))
                continue
            if store.has(document.id):
                summary.unchanged.append((raw.source, document))
                continue
            yield (raw.source, source), document
        yield (source, source), None
