"""RSS and Atom feeds (feedparser), by URL or file: each entry a report, dated by the entry, its page fetched when the
entry holds only a summary, with the feed's title as the outlet when the page names none."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import date
from urllib.parse import urlsplit

import feedparser

from dossier.errors import ReadError
from dossier.model import RawReport, ReadFailure
from dossier.read.html import parse_html

FULL_TEXT_WORDS = 150  # an entry with fewer words than this holds a summary: its page is fetched when it can be


def entry_key(entry) -> str:
    """What identifies an entry across polls: its id, else its link, else a hash of its title and date."""
    for name in ("id", "link"):
        value = entry.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()[:500]
    return "sha:" + hashlib.sha256(f"{entry.get('title')}|{entry.get('published')}".encode()).hexdigest()[:16]


def read_feed(data: bytes, source: str) -> feedparser.FeedParserDict:
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries and (parsed.bozo or not parsed.feed):
        reason = getattr(parsed, "bozo_exception", None)
        raise ReadError(source, "is not an RSS or Atom feed" + (f" ({type(reason).__name__}: {str(reason)[:120]})"
                                                                if reason else ""))
    return parsed


def feed_reports(parsed, source: str, page: Callable[[str], RawReport] | None = None,
                 wanted: Callable[[str], bool] = lambda key: True) -> Iterator[RawReport | ReadFailure]:
    """The reports of a feed's entries (those `wanted` by their key); `page` fetches and reads an entry's page."""
    outlet = (parsed.feed.get("title") or "").strip() or None
    for entry in parsed.entries:
        key = entry_key(entry)
        if not wanted(key):
            continue
        where = entry.get("link") or f"{source}#{key}"
        try:
            yield _entry_report(entry, where, outlet, page)
        except ReadError as exc:
            yield ReadFailure(exc.source, exc.reason)


def _entry_report(entry, where: str, outlet: str | None, page: Callable[[str], RawReport] | None) -> RawReport:
    title = (entry.get("title") or "").strip() or None
    published = _date(entry)
    content = entry.get("content") or []
    html = content[0].get("value", "") if content else entry.get("summary", "")
    link = entry.get("link")
    words = len(" ".join(html.split()).split())
    if words < FULL_TEXT_WORDS and link and page is not None:
        report = page(link)
        host = urlsplit(report.url or link).netloc.lower().removeprefix("www.")
        named = report.outlet if report.outlet and report.outlet.lower().removeprefix("www.") != host else None
        return RawReport(source=where, kind="html", title=title or report.title, lines=report.lines, url=report.url,
                         outlet=named or outlet, authors=report.authors,
                         published=published or report.published, dropped=report.dropped)
    if not html.strip():
        raise ReadError(where, "the feed entry has no text and no page to fetch")
    lines = _text_lines(html, where)
    author = entry.get("author")
    return RawReport(source=where, kind="feed", title=title, lines=lines, url=link, outlet=outlet,
                     authors=(author,) if author else (), published=published)


def _text_lines(html: str, where: str) -> tuple[str, ...]:
    if "<" not in html:
        return tuple(html.split("\n"))
    try:
        return parse_html(f"<html><body><article>{html}</article></body></html>", where).lines
    except ReadError:  # too short for an article: the entry's own words
        import lxml.html

        return tuple(lxml.html.fromstring(html).text_content().split("\n"))


def _date(entry) -> str | None:
    for name in ("published_parsed", "updated_parsed"):
        value = entry.get(name)
        if value:
            try:
                return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
            except ValueError:
                continue
    return None
