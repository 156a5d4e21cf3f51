"""Plain-text and Markdown reports: the first line is the title, an optional header block gives metadata."""

from __future__ import annotations

import re

from dossier.model import RawReport
from dossier.read.header import normalise_published, parse_header_line, split_authors

# Markdown a reader does not see: heading marks, emphasis, link targets, list bullets. Every span is bounded (a link
# text, a target, an emphasised run), so that a line of ten thousand '[' or '*' costs its length, not its square.
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_IMAGE = re.compile(r"!\[([^\]\[\n]{0,500})\]\([^()\n]{0,2000}\)")
_MD_LINK = re.compile(r"\[([^\]\[\n]{1,500})\]\([^()\n]{0,2000}\)")
_MD_STRONG = re.compile(r"(\*\*|__)([^\n]{1,500}?)\1")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]{1,500}?)(?<!\s)\*(?![\w*])")
_MD_QUOTE = re.compile(r"^\s*>\s?")
_MD_BULLET = re.compile(r"^\s*[-*+]\s+")


def _strip_markdown(line: str) -> str:
    line = _MD_HEADING.sub("", line)
    line = _MD_IMAGE.sub(r"\1", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_STRONG.sub(r"\2", line)
    line = _MD_EMPHASIS.sub(r"\1", line)
    line = _MD_QUOTE.sub("", line)
    return _MD_BULLET.sub("", line)


def parse_plain_text(text: str, source: str, kind: str = "txt", encoding: str | None = None) -> RawReport:
    """Header lines (URL:, DATE:, OUTLET:, AUTHOR:) may come before or right after the first line; a header with no
    value says nothing. The title is left to be found among the lines once their furniture is known (a `TITLE:`
    header names it outright)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if kind == "md":
        lines = [_strip_markdown(line) for line in lines]
    meta: dict[str, str] = {}
    title: str | None = None
    body_start = len(lines)
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        header = parse_header_line(line)
        if header and header[0] not in meta:
            if header[1]:
                meta[header[0]] = header[1]
            continue
        if title is None and "title" not in meta:
            title = line.strip()
            continue
        body_start = i
        break
    body = tuple(([title, ""] if title is not None and "title" not in meta else []) + lines[body_start:])
    title = meta.get("title")
    return RawReport(
        source=source,
        kind=kind,
        title=title,
        lines=body,
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        authors=split_authors(meta["authors"]) if "authors" in meta else (),
        published=normalise_published(meta.get("published")),
        encoding=encoding,
    )
