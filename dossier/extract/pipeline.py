"""One document through every extractor: parse it once, paragraph by paragraph, and let each read what it needs."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from dossier.extract.attributions import extract_attributions
from dossier.extract.dates import as_date
from dossier.extract.entities import findings_from_docs, parse
from dossier.extract.events import extract_events
from dossier.extract.quantities import extract_quantities
from dossier.extract.quotes import find_quotes
from dossier.extract.times import extract_times
from dossier.model import Document, Findings


def extract(document: Document, nlp: Language | None) -> Findings:
    """Findings for one document; reports not in English are stored but not run through the English pipeline."""
    if not document.is_english or nlp is None:
        return Findings(document.id)
    parsed = parse(document.text, nlp)
    findings = findings_from_docs(document.id, parsed)
    text = document.text
    attributions = extract_attributions(text, parsed, findings.mentions, document.authors)
    times = extract_times(text, parsed, as_date(document.published))
    quantities = extract_quantities(text, parsed, times, [q for q in find_quotes(text) if q.words(text) > 0])
    events = extract_events(text, parsed, times, findings.mentions)
    return replace(findings, attributions=tuple(attributions), times=tuple(times), quantities=tuple(quantities),
                   events=tuple(events))
