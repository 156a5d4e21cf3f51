"""Turn a file's bytes into text, refusing what is not text rather than guessing wildly."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from dossier.errors import ReadError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# Encodings a news report in this field plausibly arrives in, after UTF-8; charset-normalizer ranks them.
_FALLBACK_ENCODINGS = ["cp1251", "koi8_r", "cp1252", "latin_1", "cp1250", "iso8859_5", "utf_16"]


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first block mean the file is not a text report."""
    head = data[:8192]
    if b"\x00" in head and not (head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff")):
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_encoding(data: bytes) -> str | None:
    """The encoding an HTML page declares in its head (meta charset or http-equiv), when Python knows it."""
    match = _DECLARED.search(data[:16384])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode_text(data: bytes, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 is tried first; otherwise charset-normalizer picks among likely encodings."""
    if len(data) > max_bytes:
        raise ReadError(source, f"file is {len(data):,} bytes, over the {max_bytes:,}-byte limit (raise it with --max-bytes)")
    if not data.strip():
        raise ReadError(source, "file is empty")
    if looks_binary(data):
        raise ReadError(source, "file is binary, not text (expected .txt, .md, .html or .jsonl)")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_encoding(data)
    if declared:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass  # the page lies about itself: guess instead
    best = from_bytes(data, cp_isolation=_FALLBACK_ENCODINGS).best()
    if best is None:
        raise ReadError(source, "text encoding could not be determined (save the file as UTF-8)")
    return str(best), best.encoding
