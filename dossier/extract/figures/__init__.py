"""Figures: where they may be (`candidates`), what their words say (`numbers`, `units`), which are figures and what
each counts (`quantities`, `counted`), described (`about`), dated (`when`) and measured for series (`measure`)."""

from dossier.extract.figures.quantities import extract_quantities

__all__ = ["extract_quantities"]
