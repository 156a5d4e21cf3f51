"""Extraction: spaCy pipeline and the components that read findings off a parsed document."""

from dossier.extract.nlp import load_pipeline
from dossier.extract.pipeline import extract, extract_many

__all__ = ["extract", "extract_many", "load_pipeline"]
