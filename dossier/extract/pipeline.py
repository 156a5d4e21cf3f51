"""One document through every extractor: parse it once, paragraph by paragraph, and let each read what it needs."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from dossier.extract.attributions import extract_attributions
from dossier.extract.entities import chunks, findings_from_docs
from dossier.model import Document, Findings


def extract(document: Document, nlp: Language | None) -> Findings:
    """Findings for one document; reports not in English are stored but not run through the English pipeline."""
    if not document.is_english or nlp is None:
        return Findings(document.id)
    pieces = list(chunks(document.text))
    parsed = list(zip((offset for offset, _ in pieces), nlp.pipe(piece for _, piece in pieces)))
    findings = findings_from_docs(document.id, parsed)
    return replace(findings, attributions=tuple(extract_attributions(document.text, parsed, findings.mentions, document.authors)))
