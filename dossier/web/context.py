"""What every request of the web app shares: the store's address, the pack, the upload limits and the form token.
Each request opens the store read-only and reads one `Picture`; only `dossier add` processes write."""

from __future__ import annotations

import hmac
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import HTTPException
from fastapi.templating import Jinja2Templates

from dossier.errors import DocumentNotFound
from dossier.model import Document, Findings
from dossier.packs import Pack
from dossier.picture import Picture
from dossier.store import Store, open_store

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


@dataclass
class Context:
    db: str
    pack: Pack
    csrf: str
    max_upload_bytes: int
    _store: Store | None = None

    @property
    def store(self) -> Store:
        """The app's one read-only store (its connection pool serves every request's thread)."""
        if self._store is None:
            self._store = open_store(self.db)
            self._store.read_only = True
        return self._store

    @contextmanager
    def picture(self) -> Iterator[Picture]:
        yield Picture(self.store, self.pack, bring=False)

    def check_form(self, token: str, again: str) -> None:
        """A form must carry this app's token (a page from another site cannot read it); `again` says where to go
        for a fresh form."""
        if not hmac.compare_digest(token.encode("utf-8", "replace"), self.csrf.encode()):
            raise HTTPException(403, f"the form is stale or came from another page: {again}")


def date_filter(value: str | None) -> str | None:
    """A date filter as given, if it is one (YYYY, YYYY-MM or YYYY-MM-DD); anything else is ignored."""
    return value.strip() if value and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()) else None


def report_or_404(view: Picture, doc_id: str) -> tuple[Document, Findings]:
    """A report by its id (or a prefix of it) with its findings; a 404 naming what is wrong when there is none."""
    try:
        doc = view.store.get(doc_id)
    except DocumentNotFound as exc:
        raise HTTPException(404, str(exc)) from exc
    return doc, view.store.findings(doc.id)
