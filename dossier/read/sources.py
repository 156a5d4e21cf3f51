"""Find the reports behind the paths a user names and hand each to the reader for its kind.

Readers yield values, not exceptions: a failure names the source and the reason, and the batch goes on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from dossier.errors import ReadError
from dossier.model import RawReport, ReadFailure
from dossier.read.decode import DEFAULT_MAX_BYTES, decode_text
from dossier.read.email import parse_email
from dossier.read.feeds import feed_reports, read_feed
from dossier.read.fetch import fetch, is_url
from dossier.read.html import parse_html
from dossier.read.jsonl import parse_jsonl
from dossier.read.pdf import parse_pdf
from dossier.read.plaintext import parse_plain_text
from dossier.read.telegram import looks_like_telegram, parse_telegram

STDIN = "-"
# Project files that live beside reports in a folder and are not reports; named explicitly they are still read.
NOT_REPORTS = ("readme", "license", "licence", "changelog", "contributing")
KINDS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
         ".jsonl": "jsonl", ".ndjson": "jsonl", ".pdf": "pdf", ".eml": "eml", ".json": "json", ".rss": "feed",
         ".atom": "feed", ".xml": "xml"}


def find_sources(paths: Iterable[str]) -> Iterator[str | ReadFailure]:
    """Expand folders recursively (known report kinds only; hidden files and READMEs skipped), in a stable order."""
    for raw in paths:
        if raw == STDIN or is_url(raw):
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _folder(path)
        elif path.is_file():
            yield str(path)
        elif path.exists():
            yield ReadFailure(printable(raw), "not a regular file or folder")
        else:
            yield ReadFailure(printable(raw), "no such file or folder")


def _folder(path: Path) -> Iterator[str | ReadFailure]:
    """Report files under a folder. A symbolic link is followed only when it stays inside the folder named (a link
    to /etc/passwd dropped among reports is refused, with its name); links to folders are not walked at all, and
    special files (pipes, devices, sockets) are skipped."""
    root = path.resolve()
    for child in sorted(path.rglob("*")):
        rel = child.relative_to(path)
        if any(p.startswith(".") for p in rel.parts) or not _is_report_file(child):
            continue
        if child.is_symlink() and not child.resolve().is_relative_to(root):
            yield ReadFailure(printable(str(child)), "a symbolic link out of the folder named; not followed (name "
                                                     "the file itself to read it)")
            continue
        yield str(child)


def printable(name: str) -> str:
    """A file name as text that can be printed and stored: bytes that are not UTF-8 (kept by Python as lone
    surrogates) are shown as \\xNN escapes."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", errors="backslashreplace")


def _is_report_file(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in KINDS and not path.stem.lower().startswith(NOT_REPORTS)


def read_source(source: str, max_bytes: int = DEFAULT_MAX_BYTES,
                allow_private: bool | None = None) -> Iterator[RawReport | ReadFailure]:
    """Read one file, URL (fetched; see `dossier.read.fetch`) or standard input into reports: a JSONL file, a feed or
    a Telegram export gives many."""
    name = printable(source)  # what the reports and the error lines are named; the file is opened by `source`
    try:
        if is_url(source):
            fetched = fetch(source, max_bytes, allow_private)
            yield from _read_kind(fetched.data, name, fetched.kind, max_bytes, allow_private, fetched.url)
            return
        data = read_bytes(source, max_bytes, name)
        yield from _read_kind(data, name, KINDS.get(Path(source).suffix.lower()) if source != STDIN else None,
                              max_bytes, allow_private)
    except ReadError as exc:
        yield ReadFailure(exc.source, exc.reason)


def _read_kind(data: bytes, name: str, kind: str | None, max_bytes: int, allow_private: bool | None,
               url: str | None = None) -> Iterator[RawReport | ReadFailure]:
    if kind == "pdf" or (kind is None and data.startswith(b"%PDF-")):
        yield parse_pdf(data, name)
        return
    if kind == "eml":
        yield parse_email(data, name)
        return
    if kind not in ("feed", "xml"):  # a feed is read from its bytes: it declares its own encoding
        text, encoding = decode_text(data, name, max_bytes)
        kind = kind or sniff_kind(STDIN, text)
    if kind in ("feed", "xml"):
        yield from feed_reports(read_feed(data, name), name, page_reader(max_bytes, allow_private))
    elif kind == "json":
        yield from parse_telegram(text, name)
    elif kind == "jsonl":
        yield from parse_jsonl(text, name, encoding)
    elif kind == "html":
        yield parse_html(text, name, encoding, url)
    else:
        report = parse_plain_text(text, name, kind, encoding)
        yield replace(report, url=url) if url else report


def page_reader(max_bytes: int, allow_private: bool | None):
    """How a feed entry's page is read: fetched under the same rules as any URL."""
    def page(link: str) -> RawReport:
        fetched = fetch(link, max_bytes, allow_private)
        text, encoding = decode_text(fetched.data, link, max_bytes)
        return parse_html(text, link, encoding, fetched.url)

    return page


def sniff_kind(source: str, text: str) -> str:
    """The file's suffix decides; standard input and unknown suffixes are a feed, HTML or a Telegram export when
    they start like one, else plain text."""
    kind = KINDS.get(Path(source).suffix.lower()) if source != STDIN else None
    if kind:
        return kind
    head = text.lstrip()[:300].lower()
    if head.startswith(("<rss", "<feed", "<rdf:rdf")) or (head.startswith("<?xml") and ("<rss" in head or "<feed" in head)):
        return "feed"
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head:
        return "html"
    if looks_like_telegram(text):
        return "json"
    return "txt"


def read_bytes(source: str, max_bytes: int, name: str) -> bytes:
    """A file's (or standard input's) bytes, reading no more than one past the limit."""
    if source == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        try:
            with open(source, "rb") as handle:
                data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise ReadError(name, f"cannot be opened ({exc.strerror})") from exc
    if len(data) > max_bytes:
        raise ReadError(name, f"file is over the {max_bytes:,}-byte limit (raise it with --max-bytes)")
    return data
