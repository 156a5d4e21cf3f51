"""dossier: news reports in, one evidence-linked picture out."""

__version__ = "0.1.0"
