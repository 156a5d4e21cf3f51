"""JSON Lines: one report per line with text, title, url, outlet, authors, published."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime, timezone

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
        except RecursionError:
            yield ReadFailure(where, "line nests JSON values too deeply to be a report")
            continue
        except ValueError as exc:  # an integer of thousands of digits
            yield ReadFailure(where, f"line holds a value JSON readers refuse ({str(exc)[:80]})")
            continue
        try:
            yield report_from_record(record, where, encoding)
        except ReadError as exc:
            yield ReadFailure(exc.source, exc.reason)


JSON_TYPES = {dict: "an object", list: "a list", str: "text", bool: "true/false", int: "a number",
              float: "a number", type(None): "null"}
_SURROGATE = re.compile("[\ud800-\udfff]")


def _text(record: dict, field: str, where: str) -> str | None:
    """A text field, or None when absent or null; any other type is this record's error, naming the field. A lone
    surrogate escape ('\\ud800'), which no file can hold, becomes U+FFFD."""
    value = record.get(field)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ReadError(where, f"field '{field}' must be text, not {JSON_TYPES.get(type(value), 'a value')}")
    return _SURROGATE.sub("\ufffd", value)


def _authors(record: dict, where: str) -> tuple[str, ...]:
    field = "authors" if record.get("authors") is not None else "author"
    value = record.get(field)
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return split_authors(_SURROGATE.sub("\ufffd", value))
    if isinstance(value, list) and all(isinstance(a, str) for a in value):
        return tuple(_SURROGATE.sub("\ufffd", a) for a in value if a.strip())
    raise ReadError(where, f"field '{field}' must be text or a list of text, not {JSON_TYPES.get(type(value), 'a value')}")


def _published(record: dict, where: str) -> str | None:
    """Text is read as a date; a number is a year (four digits) or a Unix time in seconds (or milliseconds)."""
    value = record.get("published")
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ReadError(where, f"field 'published' must be a date, not {JSON_TYPES.get(type(value), 'a value')}")
    if isinstance(value, str):
        return normalise_published(_SURROGATE.sub("\ufffd", value))
    if isinstance(value, int) and 1 <= value <= 9999:
        return f"{value:04d}"
    seconds = value / 1000 if abs(value) > 1e11 else value
    try:
        return datetime.fromtimestamp(seconds, timezone.utc).date().isoformat()
    except (OverflowError, OSError, ValueError):
        raise ReadError(where, f"field 'published' is a number that is no date ({value!r:.40})") from None


def report_from_record(record: object, where: str, encoding: str | None = None) -> RawReport:
    if not isinstance(record, dict):
        raise ReadError(where, "line is JSON but not an object with a 'text' field")
    fields = {k: _text(record, k, where) for k in (*TEXT_FIELDS, "html", "title", "url", "outlet", "site")}
    body = next((fields[k] for k in TEXT_FIELDS if fields[k] and fields[k].strip()), None)
    html = fields["html"]
    if body is None and html and html.strip():
        return parse_html(html, where, encoding, url=fields["url"])
    if body is None:
        raise ReadError(where, "record has no 'text' (or 'html') field with content")
    authors = _authors(record, where)
    title = fields["title"]
    lines = body.replace("\r\n", "\n").split("\n")
    if not title:
        first = next((i for i, line in enumerate(lines) if line.strip()), 0)
        title, lines = lines[first].strip(), lines[first + 1 :]
    return RawReport(
        source=where,
        kind="jsonl",
        title=title.strip(),
        lines=tuple(lines),
        url=fields["url"],
        outlet=fields["outlet"] or fields["site"],
        authors=authors,
        published=_published(record, where),
        encoding=encoding,
    )
