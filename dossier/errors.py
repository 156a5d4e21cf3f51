"""The project's own exceptions: each message says what went wrong and what to do next."""

from __future__ import annotations


class DossierError(Exception):
    """Base class: the CLI prints these as one clean line instead of a traceback."""


class ReadError(DossierError):
    """A source could not be turned into a report. Names the source and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class ModelNotInstalled(DossierError):
    """No spaCy English pipeline is importable."""


class StoreError(DossierError):
    """The store could not be opened or written."""


class DocumentNotFound(DossierError):
    """No stored document matches the id or prefix the user gave."""


class PackError(DossierError):
    """A data pack (aliases, actor kinds) is malformed."""


class EvalError(DossierError):
    """Gold files are missing or malformed, or a peer tool cannot run."""
