"""The optional `KEY: value` header block at the top of a plain-text report."""

from __future__ import annotations

import re
from datetime import date

import dateparser

HEADER_KEYS = {
    "url": "url",
    "source": "url",
    "date": "published",
    "published": "published",
    "outlet": "outlet",
    "publisher": "outlet",
    "author": "authors",
    "authors": "authors",
    "byline": "authors",
    "title": "title",
}

_HEADER_LINE = re.compile(r"^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$")


def parse_header_line(line: str) -> tuple[str, str] | None:
    """('published', '2022-03-01') for 'DATE: 2022-03-01', ('published', '') for a bare 'DATE:'; None when the line
    is not a known header."""
    match = _HEADER_LINE.match(line)
    if not match:
        return None
    key = HEADER_KEYS.get(match.group(1).lower())
    if key is None:
        return None
    return key, match.group(2)


def split_authors(value: str) -> tuple[str, ...]:
    """'Jane Roe and John Doe' / 'Jane Roe; John Doe' / 'Jane Roe, John Doe' -> names."""
    value = re.sub(r"^\s*by\s+", "", value, flags=re.IGNORECASE)
    parts = re.split(r"\s*(?:;|,|\band\b|&)\s*", value)
    return tuple(p.strip() for p in parts if p.strip())


def normalise_published(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when that is all the value gives), or None if unparseable."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return value
    iso = re.match(r"(\d{4}-\d{2}-\d{2})[T ]", value)
    if iso:
        return iso.group(1)
    parsed = dateparser.parse(
        value,
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "REQUIRE_PARTS": ["year"]},
    )
    if parsed is None:
        return None
    return date(parsed.year, parsed.month, parsed.day).isoformat()
