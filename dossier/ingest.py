"""The ingest run: read each source (as `dossier.read.find_sources` lists them), clean it, extract from new documents, write each through the store.

Each document is written in its own transaction, so a run stopped at any point leaves only whole documents, and
running it again adds exactly what is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.language import Language

from dossier.errors import ReadError
from dossier.extract import extract
from dossier.model import IngestSummary, ReadFailure
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
    """`nlp` is called only when a new English document needs it, so a re-run over stored reports loads no model."""
    summary = IngestSummary()
    for source in sources:
        if isinstance(source, ReadFailure):
            summary.failed.append(source)
            if on_source:
                on_source(source.source)
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
            findings = extract(document, nlp() if document.is_english else None)
            if store.add(document, findings):
                summary.added.append((raw.source, document))
            else:
                summary.unchanged.append((raw.source, document))
        if on_source:
            on_source(source)
    return summary
