"""The Russian pipeline beside the English one: natasha (segmentation, morphology, syntax, names) and pymorphy3
(lemmas and cases), loaded once per process and only when a Russian report is read."""

from dossier.extract.ru.pipeline import extract_russian

__all__ = ["extract_russian"]
