"""Documents through every extractor: parse each once, paragraph by paragraph, and let each extractor read what it
needs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date

from spacy.language import Language

from dossier.extract.budget import OverBudget, budget_for, deadline
from dossier.extract.dates import as_date
from dossier.extract.entities import Key, Parsed, findings_from_docs, parse, parse_many
from dossier.extract.events import extract_events
from dossier.extract.figures.quantities import extract_quantities
from dossier.extract.speech.attributions import extract_attributions
from dossier.extract.speech.quotes import find_quotes
from dossier.extract.times import extract_times
from dossier.model import Document, Findings, ReadFailure, TimeExpr


def extract(document: Document, nlp: Language | None) -> Findings:
    """Findings for one document: English through spaCy, Russian through natasha (loaded only when a Russian report
    comes); reports in other languages are stored but not read."""
    if document.language == "ru":
        return _russian(document)
    if not document.is_english or nlp is None:
        return Findings(document.id)
    return extract_parsed(document, parse(document.text, nlp))


def _russian(document: Document) -> Findings:
    from dossier.extract.ru import extract_russian

    return extract_russian(document)


def extract_many(items: Iterable[tuple[Key, Document | None]], nlp: Callable[[], Language],
                 batch_size: int | None = None, budget_scale: float = 1.0,
                 ) -> Iterator[tuple[Key, Document | ReadFailure | None, Findings | None]]:
    """`extract` over a stream, parsing many documents per batch of the parser, in the order given. An item without a
    document passes through (a caller's marker, such as the end of a source); `nlp` is called only when an English
    document comes. A document whose extraction fails or overruns its budget (`budget_for`, times `budget_scale`)
    comes back as a ReadFailure naming it and why, and the stream goes on."""
    def texts() -> Iterator[tuple[tuple[Key, Document | None], str]]:
        for key, document in items:
            yield (key, document), document.text if document is not None and document.is_english else ""

    for (key, document), parsed in parse_many(texts(), nlp, batch_size):
        if document is None:
            yield key, None, None
        elif document.language == "ru":
            yield key, *_guarded(document, lambda: _russian(document), budget_for(document.text, budget_scale))
        elif not document.is_english:
            yield key, document, Findings(document.id)
        else:
            yield key, *_guarded(document, lambda: extract_parsed(document, parsed),
                                 budget_for(document.text, budget_scale))


def _guarded(document: Document, find: Callable[[], Findings],
                  seconds: float) -> tuple[Document | ReadFailure, Findings | None]:
    """Findings of one document within its budget; anything that goes wrong is this document's failure alone."""
    try:
        with deadline(seconds):
            return document, find()
    except OverBudget as exc:
        return ReadFailure(document.source, f"{exc}; the report was not stored (hostile or broken text? raise the "
                                            "budget with --budget if it is a genuine report)"), None
    except Exception as exc:  # noqa: BLE001  a fault of one report's extraction must not end the batch
        return ReadFailure(document.source, f"extraction failed ({type(exc).__name__}: {str(exc)[:200]}); the "
                                            "report was not stored: please report this with the file"), None


def extract_parsed(document: Document, parsed: Parsed) -> Findings:
    findings = findings_from_docs(document.id, parsed)
    text = document.text
    attributions = extract_attributions(text, parsed, findings.mentions, document.authors)
    published = as_date(document.published)
    times = extract_times(text, parsed, published)
    quantities = extract_quantities(text, parsed, times, [q for q in find_quotes(text) if q.words(text) > 0], published)
    events = extract_events(text, parsed, times, findings.mentions, document.published)
    return replace(findings, attributions=tuple(attributions), times=(*times, *furniture_times(document, published)),
                   quantities=tuple(quantities), events=tuple(events))


def furniture_times(document: Document, published: date | None) -> list[TimeExpr]:
    """The dates the page furniture prints (a timestamp, a caption's 'in 2018'), read by their patterns: they are
    dates of the page, kept apart from the report's, and make no event."""
    text = document.furniture_text
    return [replace(t, in_furniture=True) for t in extract_times(text, [], published)] if text else []
