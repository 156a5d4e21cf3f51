"""JSON Lines: one report per line with text, title, url, outlet, authors, published."""

from __future__ import annotations

import json
from collections.abc import Iterator

from dossier.errors import ReadError
from dossier.model import RawReport, ReadFailure
from dossier.read.header import normalise_published, split_authors
from dossier.read.html import parse_html

TEXT_FIELDS = ("text", "body", "content")


def parse_jsonl(text: str, source: str, encoding: str | None = None) -> Iterator[RawReport | ReadFailure]:
    """A bad line is a failure of that line alone; the other lines are still read."""
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{line_no}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadFailure(where, f"line is not JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield report_from_record(record, where, encoding)
        except ReadError as exc:
            yield ReadFailure(exc.source, exc.reason)


def report_from_record(record: object, where: str, encoding: str | None = None) -> RawReport:
    if not isinstance(record, dict):
        raise ReadError(where, "line is JSON but not an object with a 'text' field")
    body = next((record[k] for k in TEXT_FIELDS if isinstance(record.get(k), str) and record[k].strip()), None)
    html = record.get("html")
    if body is None and isinstance(html, str) and html.strip():
        return parse_html(html, where, encoding, url=record.get("url"))
    if body is None:
        raise ReadError(where, "record has no 'text' (or 'html') field with content")
    authors = record.get("authors") or record.get("author") or ()
    if isinstance(authors, str):
        authors = split_authors(authors)
    title = record.get("title")
    lines = body.replace("\r\n", "\n").split("\n")
    if not title:
        first = next((i for i, line in enumerate(lines) if line.strip()), 0)
        title, lines = lines[first].strip(), lines[first + 1 :]
    return RawReport(
        source=where,
        kind="jsonl",
        title=str(title).strip(),
        lines=tuple(lines),
        url=record.get("url"),
        outlet=record.get("outlet") or record.get("site"),
        authors=tuple(str(a) for a in authors),
        published=normalise_published(str(record["published"])) if record.get("published") else None,
        encoding=encoding,
    )
