"""`dossier`: the command line, a package of command groups (reports, the picture, review, measuring). Each command
parses its arguments, calls the library, and prints."""

from __future__ import annotations

import sys
from importlib import import_module

from dossier.cli.common import app, err
from dossier.errors import DossierError
from dossier.report import terminal

for _group in ("reports", "views", "review", "measuring"):  # each registers its commands on `app`, in this order
    import_module(f"dossier.cli.{_group}")

__all__ = ["app", "main"]


def main() -> None:
    try:
        app()
    except DossierError as exc:
        err.print(terminal.plain(f"error: {exc}"), style="red", soft_wrap=True)
        sys.exit(2)
