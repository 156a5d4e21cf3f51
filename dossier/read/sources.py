"""Find the reports behind the paths a user names and hand each to the reader for its kind.

Readers yield values, not exceptions: a failure names the source and the reason, and the batch goes on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from dossier.errors import ReadError
from dossier.model import RawReport, ReadFailure
from dossier.read.decode import DEFAULT_MAX_BYTES, decode_text
from dossier.read.html import parse_html
from dossier.read.jsonl import parse_jsonl
from dossier.read.plaintext import parse_plain_text

STDIN = "-"
# Project files that live beside reports in a folder and are not reports; named explicitly they are still read.
NOT_REPORTS = ("readme", "license", "licence", "changelog", "contributing")
KINDS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def find_sources(paths: Iterable[str]) -> Iterator[str | ReadFailure]:
    """Expand folders recursively (known report kinds only; hidden files and READMEs skipped), in a stable order."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
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


def read_source(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawReport | ReadFailure]:
    """Read one file (or standard input) into reports; a JSONL file gives one report per line."""
    name = printable(source)  # what the reports and the error lines are named; the file is opened by `source`
    try:
        data = _read_bytes(source, max_bytes, name)
        text, encoding = decode_text(data, name, max_bytes)
        kind = sniff_kind(source, text)
        if kind == "jsonl":
            yield from parse_jsonl(text, name, encoding)
        elif kind == "html":
            yield parse_html(text, name, encoding)
        else:
            yield parse_plain_text(text, name, kind, encoding)
    except ReadError as exc:
        yield ReadFailure(exc.source, exc.reason)


def sniff_kind(source: str, text: str) -> str:
    """The file's suffix decides; standard input and unknown suffixes are HTML when they start like a page."""
    kind = KINDS.get(Path(source).suffix.lower()) if source != STDIN else None
    if kind:
        return kind
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head:
        return "html"
    return "txt"


def _read_bytes(source: str, max_bytes: int, name: str) -> bytes:
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
