"""From a RawReport to a Document: furniture removed, metadata completed, language detected, id assigned."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from dossier.errors import ReadError
from dossier.model import Document, FurnitureLine, RawReport
from dossier.read.furniture import repeated_headline, split_furniture
from dossier.read.header import normalise_published
from dossier.read.language import detect_language
from dossier.read.line_kinds import reads_as_headline, timestamp_day


@dataclass(frozen=True)
class ReportDefaults:
    """Metadata the user supplies for reports that do not state it themselves (the report's own wins)."""

    published: str | None = None
    outlet: str | None = None


def document_id(clean_text: str) -> str:
    """Content hash of the clean text: the same report read twice, from any path, is the same document."""
    return hashlib.sha256(clean_text.encode("utf-8")).hexdigest()[:16]


def tidy_lines(lines: list[str] | tuple[str, ...]) -> str:
    """Trailing spaces off, runs of blank lines folded to one, so that layout noise does not change the id."""
    text = "\n".join(line.rstrip() for line in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def _headline(kept: list[str]) -> str:
    """Rule `first_headline`: the title is the first line left once the furniture is gone, if it reads as a headline;
    a lede paragraph that opens the text is body text, and the title is then unknown ('')."""
    first = next((i for i, line in enumerate(kept) if line.strip()), None)
    if first is None or not reads_as_headline(kept[first]):
        return ""
    title = " ".join(kept[first].split())
    kept[first] = ""
    return title


def clean_report(raw: RawReport, defaults: ReportDefaults = ReportDefaults()) -> Document:
    """Raise ReadError when nothing of the report is left once the furniture is gone."""
    split = split_furniture(raw.lines, raw.authors)
    kept = list(split.kept)
    title, furniture = (raw.title or "").strip(), list(split.furniture)
    if not title:
        title = _headline(kept)
    if title:
        for i, line in enumerate(kept):
            if line.strip() and repeated_headline(line, title):
                furniture.append(FurnitureLine(i + 1, line.strip(), "repeated headline"))
                kept[i] = ""
    body = tidy_lines(kept)
    if not body.strip() and not title:
        raise ReadError(raw.source, "no report text left after removing page furniture")
    text = f"{title}\n\n{body}" if title and body else title or body
    published = raw.published
    if published is None and split.published_line:
        published = normalise_published(timestamp_day(split.published_line) or split.published_line)
    return Document(
        id=document_id(text),
        source=raw.source,
        kind=raw.kind,
        title=title,
        text=text,
        url=raw.url,
        outlet=raw.outlet or defaults.outlet,
        authors=raw.authors or split.authors,
        published=published or normalise_published(defaults.published),
        language=detect_language(text),
        furniture=raw.dropped + tuple(sorted(furniture, key=lambda f: f.line_no)),
        encoding=raw.encoding,
        copied_from=raw.copied_from,
    )
