"""Extraction: spaCy pipeline and the components that read findings off a parsed document."""

from dossier.extract.entities import extract
from dossier.extract.nlp import load_pipeline

__all__ = ["extract", "load_pipeline"]
