"""HTML pages: trafilatura finds the article and its metadata; dossier's furniture filter runs after it."""

from __future__ import annotations

import re

import lxml.etree
import lxml.html
import trafilatura

from dossier.errors import ReadError
from dossier.model import FurnitureLine, RawReport
from dossier.read.furniture import classify_line
from dossier.read.header import normalise_published, split_authors

MIN_ARTICLE_WORDS = 3


def parse_html(html: str, source: str, encoding: str | None = None, url: str | None = None) -> RawReport:
    """Raise ReadError when no article text can be found in the page."""
    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    except (ValueError, lxml.etree.LxmlError) as exc:
        raise ReadError(source, f"HTML could not be parsed ({exc})") from exc
    if result is None or len((result.text or "").split()) < MIN_ARTICLE_WORDS:
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
        dropped=tuple(dropped_blocks(html, result.text, title)),
    )


_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "blockquote", "dt", "dd", "td", "caption")
MAX_DROPPED = 500


def dropped_blocks(html: str, kept_text: str, title: str | None) -> list[FurnitureLine]:
    """Text blocks of the page that trafilatura left out of the article, so the user can see what was dropped."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.LxmlError):
        return []
    kept = _squash(kept_text)
    seen: set[str] = {_squash(title or "")}
    out: list[FurnitureLine] = []
    for element in tree.iter(*_BLOCKS):
        if element.getparent() is not None and element.getparent().tag in _BLOCKS:
            continue
        text = " ".join(element.text_content().split())
        key = _squash(text)
        if not key or key in seen or key in kept:
            continue
        seen.add(key)
        out.append(FurnitureLine(0, text, classify_line(text) or "outside the article"))
        if len(out) >= MAX_DROPPED:
            break
    return out


def _squash(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _paragraphs(lines: list[str]):
    """One text block per paragraph, blank lines between, as in a plain-text report."""
    for i, line in enumerate(lines):
        if i:
            yield ""
        yield line
