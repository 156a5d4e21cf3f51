"""Long lists on the web: which page a request asks for (offset, limit, sort, order), and how the answer says where
the other pages are (the API: X-Total-Count and Link headers, as GitHub's API does; the pages: a pager and sortable
column headings)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from fastapi import Request, Response

from dossier.model import Page, Slice

DEFAULT_LIMIT = 50
MAX_LIMIT = 500


def slice_of(request: Request, sorts: tuple[str, ...], default_descending: bool = True,
             limit: int = DEFAULT_LIMIT) -> Slice:
    """The part of a list a request asks for; what it cannot mean (a negative offset, an unknown sort) is read as
    the default, never as an error, so that a hand-edited URL still shows a page."""
    params = request.query_params
    offset = _int(params.get("offset"), 0, 0, 10**9)
    size = _int(params.get("limit"), limit, 1, MAX_LIMIT)
    sort = params.get("sort") if params.get("sort") in sorts else sorts[0]
    order = params.get("order")
    descending = default_descending if order not in ("asc", "desc") else order == "desc"
    return Slice(offset, size, sort, descending)


def _int(value: str | None, default: int, low: int, high: int) -> int:
    try:
        return min(high, max(low, int(value))) if value is not None else default
    except ValueError:
        return default


def paged(response: Response, request: Request, page: Page) -> None:
    """Say on an API response how many items the whole list holds and where its next and previous pages are."""
    response.headers["X-Total-Count"] = str(page.total)
    links = []
    if page.next_offset is not None:
        links.append(f'<{request.url.include_query_params(offset=page.next_offset, limit=page.limit)}>; rel="next"')
    if page.previous_offset is not None:
        links.append(f'<{request.url.include_query_params(offset=page.previous_offset, limit=page.limit)}>; rel="prev"')
    if links:
        response.headers["Link"] = ", ".join(links)


@dataclass(frozen=True)
class Nav:
    """What a page's pager and column headings need."""

    request: Request
    page: Page
    sort: str
    descending: bool

    @property
    def first(self) -> int:
        return self.page.offset + 1 if self.page.total else 0

    @property
    def last(self) -> int:
        return min(self.page.total, self.page.offset + self.page.limit)

    def url(self, **params) -> str:
        query = dict(self.request.query_params)
        query.update({k: str(v) for k, v in params.items()})
        return self.request.url.path + "?" + "&".join(f"{_q(k)}={_q(v)}" for k, v in query.items() if v != "")

    @property
    def next_url(self) -> str | None:
        return None if self.page.next_offset is None else self.url(offset=self.page.next_offset)

    @property
    def previous_url(self) -> str | None:
        return None if self.page.previous_offset is None else self.url(offset=self.page.previous_offset)

    def sort_url(self, name: str) -> str:
        """The list sorted by `name`: the other way round when it is already sorted so."""
        flip = "asc" if (self.sort == name and self.descending) else "desc"
        return self.url(sort=name, order=flip, offset=0)

    def arrow(self, name: str) -> str:
        return ("▼" if self.descending else "▲") if self.sort == name else ""


def _q(value: str) -> str:
    return quote(str(value), safe="")
