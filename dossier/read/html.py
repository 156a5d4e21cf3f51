"""HTML pages: trafilatura finds the article and its metadata; dossier's furniture filter runs after it."""

from __future__ import annotations

import lxml.etree
import trafilatura

from dossier.errors import ReadError
from dossier.model import RawReport
from dossier.read.header import normalise_published, split_authors


def parse_html(html: str, source: str, encoding: str | None = None, url: str | None = None) -> RawReport:
    """Raise ReadError when no article text can be found in the page."""
    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True
        )
    except (ValueError, lxml.etree.LxmlError) as exc:
        raise ReadError(source, f"HTML could not be parsed ({exc})") from exc
    if result is None or not (result.text or "").strip():
        raise ReadError(source, "no article text found in the HTML page")
    title = (result.title or "").strip() or None
    lines = result.text.split("\n")
    # trafilatura keeps the headline as the first block of text; the title is stored on its own.
    if title and lines and lines[0].strip() == title:
        lines = lines[1:]
    return RawReport(
        source=source,
        kind="html",
        title=title,
        lines=tuple(_paragraphs(lines)),
        url=result.url or url,
        outlet=(result.sitename or "").strip() or None,
        authors=split_authors(result.author) if result.author else (),
        published=normalise_published(result.date),
        encoding=encoding,
    )


def _paragraphs(lines: list[str]):
    """One text block per paragraph, blank lines between, as in a plain-text report."""
    for i, line in enumerate(lines):
        if i:
            yield ""
        yield line
