"""The ingest run: read each source (as `dossier.read.find_sources` lists them), clean it, extract from new documents, write each through the store.

Documents are written a few to a transaction, each whole, so a run stopped at any point leaves only whole documents,
and running it again adds exactly what is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language

from dossier.errors import ReadError
from dossier.extract.cores import extract_on_cores
from dossier.model import Document, Findings, IngestSummary, RawReport, ReadFailure
from dossier.packs import load_pack
from dossier.read import find_sources, read_source
from dossier.read.clean import ReportDefaults, clean_report
from dossier.read.decode import DEFAULT_MAX_BYTES
from dossier.resolve.up_to_date import Resolved, bring_up_to_date
from dossier.store import Store

WRITE_BATCH = 32  # documents per transaction: the commit and a statement per table are paid once for these
# (where it came from, the document or why there is none, its findings); no document: the end of the source `where`
Outcome = tuple[str, Document | ReadFailure | None, Findings | None]


@dataclass(frozen=True)
class IngestOptions:
    defaults: ReportDefaults = ReportDefaults()
    max_bytes: int = DEFAULT_MAX_BYTES
    packs: tuple[str, ...] = ()  # pack files beside the bundled one (each Dask worker reads them too)
    budget_scale: float = 1.0  # times each report's extraction budget (`dossier.extract.budget`); 0: no budget
    cores: int = 1  # processes that parse and extract (`dossier.extract.cores`); the calling process writes
    allow_private: bool | None = None  # fetch URLs on this machine's own network (None: DOSSIER_ALLOW_PRIVATE says)


def ingest(
    sources: Iterable[str | ReadFailure],
    store: Store,
    nlp: Callable[[], Language],
    options: IngestOptions = IngestOptions(),
    on_source: Callable[[str], None] | None = None,
    write_batch: int = WRITE_BATCH,
) -> IngestSummary:
    """`nlp` is called only when a new English document needs it, so a re-run over stored reports loads no model.
    Documents are parsed many to a batch (see `extract_many`) and written `write_batch` to a transaction, each whole
    or not at all; `on_source` hears of a source once all its documents are written."""
    summary = IngestSummary()
    waiting: list[Outcome] = []  # in order, with the ends of sources
    in_batch = 0
    documents = _new_documents(sources, store, options, summary)
    found = extract_on_cores(documents, nlp, options.cores, options.packs, options.budget_scale)
    for (source, done), document, findings in found:
        waiting.append((source if document is not None else done, document, findings))
        in_batch += document is not None
        if in_batch >= write_batch or (document is None and in_batch == 0):
            write_outcomes(store, waiting, summary, on_source)
            waiting, in_batch = [], 0
    write_outcomes(store, waiting, summary, on_source)
    return summary


def write_outcomes(store: Store, outcomes: list[Outcome], summary: IngestSummary,
                   on_source_end: Callable[[str], None] | None = None) -> None:
    """Write the documents among `outcomes` in one transaction and record every outcome in `summary`, in order."""
    found = [(d, f or Findings(d.id)) for _, d, f in outcomes if isinstance(d, Document)]
    added = iter(store.add_many(found) if found else ())
    for where, document, _ in outcomes:
        if document is None:
            if on_source_end:
                on_source_end(where)
        elif isinstance(document, ReadFailure):
            summary.failed.append(document)
        elif next(added):
            summary.added.append((where, document))
        else:
            summary.unchanged.append((where, document))


def read_documents(source: str, options: IngestOptions) -> Iterator[tuple[str, Document | ReadFailure]]:
    """(where, the cleaned document or why there is none) for each report of a source."""
    return cleaned(read_source(source, options.max_bytes, options.allow_private), source, options.defaults)


def cleaned(reports: Iterable[RawReport | ReadFailure], source: str,
            defaults: ReportDefaults) -> Iterator[tuple[str, Document | ReadFailure]]:
    """(where, the cleaned document or why there is none) for each report read from `source`."""
    for raw in reports:
        if isinstance(raw, ReadFailure):
            yield source, raw
            continue
        try:
            yield raw.source, clean_report(raw, defaults)
        except ReadError as exc:
            yield source, ReadFailure(exc.source, exc.reason)


def _new_documents(sources: Iterable[str | ReadFailure], store: Store, options: IngestOptions,
                   summary: IngestSummary) -> Iterator[tuple[tuple[str, str], Document | None]]:
    """((where the document came from, a source finished), document): the cleaned documents not yet stored, and
    after each source's documents a marker without one. Failures and stored documents go straight into `summary`."""
    for source in sources:
        if isinstance(source, ReadFailure):
            summary.failed.append(source)
            yield (source.source, source.source), None
            continue
        yield from unstored(read_documents(source, options), source, store, summary)
        yield (source, source), None


def unstored(found: Iterable[tuple[str, Document | ReadFailure]], source: str, store: Store,
             summary: IngestSummary) -> Iterator[tuple[tuple[str, str], Document]]:
    for where, document in found:
        if isinstance(document, ReadFailure):
            summary.failed.append(document)
        elif store.has(document.id):
            summary.unchanged.append((where, document))
        else:
            yield (where, source), document


def ingest_documents(found: Iterable[tuple[str, Document | ReadFailure]], source: str, store: Store,
                     nlp: Callable[[], Language], options: IngestOptions = IngestOptions()) -> IngestSummary:
    """`ingest` for documents already read (a feed's new entries): extracted, stored, summarised."""
    summary = IngestSummary()
    items = [*unstored(found, source, store, summary), ((source, source), None)]
    waiting = list(extract_on_cores(items, nlp, options.cores, options.packs, options.budget_scale))
    write_outcomes(store, [(where if d is not None else done, d, f) for (where, done), d, f in waiting], summary)
    return summary


def add_reports(paths: Iterable[str], store: Store, options: IngestOptions = IngestOptions(),
                nlp: Callable[[], Language] | None = None, on_source: Callable[[str], None] | None = None,
                on_linked: Callable[[int], None] | None = None) -> tuple[IngestSummary, Resolved]:
    """The one library call that reads, stores and links: the reports at `paths` are read, extracted (on
    `options.cores` processes) and stored, then linked across the store and joined to its picture (claims, timeline,
    figure series), all under the store's one writer lock."""
    from dossier.extract import load_pipeline

    with store.writing():
        summary = ingest(find_sources(list(paths)), store, nlp or (lambda: load_pipeline(None, options.packs)),
                         options, on_source)
        resolved = bring_up_to_date(store, load_pack(options.packs), on_batch=on_linked)
    return summary, resolved
