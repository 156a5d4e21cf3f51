"""Turn a file's bytes into text, refusing what is not text rather than guessing wildly."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from dossier.errors import ReadError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# Encodings a news report in this field plausibly arrives in, after UTF-8; charset-normalizer ranks them.
_FALLBACK_ENCODINGS = ["cp1251", "koi8_r", "cp1252", "latin_1", "cp1250", "iso8859_5", "utf_16"]


# Byte-order marks, longest first (UTF-32 LE begins like UTF-16 LE).
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# Control characters that carry no text: NUL and the other C0 codes but tab, line feed, form feed and carriage
# return, and DEL. Text with a few of them anywhere has them removed (a NUL in a report is a fault of the program
# that wrote it, never words); a file where they are more than BINARY_SHARE of the characters is not text at all.
CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
BINARY_SHARE = 0.05


def looks_binary(data: bytes) -> bool:
    """Many control bytes in the first block (a text encoding's NULs aside) mean the file is not a text report."""
    head = data[:8192]
    if not head or _bom_encoding(head) or _utf16_without_bom(head):
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > BINARY_SHARE


def _bom_encoding(data: bytes) -> str | None:
    return next((name for bom, name in _BOMS if data.startswith(bom)), None)


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 written without a byte-order mark: text in Latin or Cyrillic letters puts a NUL (or the same high
    byte) in every other byte, on the odd side for little-endian and the even side for big-endian."""
    pairs = len(head) // 2
    if pairs < 4:
        return None
    even_nul = sum(head[i] == 0 for i in range(0, 2 * pairs, 2))
    odd_nul = sum(head[i] == 0 for i in range(1, 2 * pairs, 2))
    if odd_nul > 0.4 * pairs and even_nul < 0.05 * pairs:
        return "utf-16-le"
    if even_nul > 0.4 * pairs and odd_nul < 0.05 * pairs:
        return "utf-16-be"
    return None


def without_controls(text: str, source: str) -> str:
    """The text without control characters, or ReadError when there are so many that it is not text."""
    found = len(CONTROLS.findall(text))
    if found and found > BINARY_SHARE * len(text):
        raise ReadError(source, "file is binary, not text (expected .txt, .md, .html or .jsonl)")
    return CONTROLS.sub("", text) if found else text


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
    """Return (text, encoding), control characters removed. A byte-order mark decides; then UTF-16 without a mark;
    then UTF-8; then the encoding an HTML page declares; otherwise charset-normalizer picks among likely
    encodings."""
    if len(data) > max_bytes:
        raise ReadError(source, f"file is {len(data):,} bytes, over the {max_bytes:,}-byte limit (raise it with --max-bytes)")
    if not data.strip():
        raise ReadError(source, "file is empty")
    if looks_binary(data):
        raise ReadError(source, "file is binary, not text (expected .txt, .md, .html or .jsonl)")
    text, encoding = _decode(data, source)
    text = without_controls(text, source)
    if not text.strip():
        raise ReadError(source, "file is empty")
    return text, encoding


def _decode(data: bytes, source: str) -> tuple[str, str]:
    marked = _bom_encoding(data)
    if marked:
        try:
            return data.decode(marked), marked
        except UnicodeDecodeError as exc:
            raise ReadError(source, f"file starts with a {marked} byte-order mark but is not {marked} "
                                    f"(bad bytes at {exc.start})") from None
    wide = _utf16_without_bom(data[:8192])  # before UTF-8: its NULs are valid UTF-8, and would read as controls
    if wide:
        try:
            return data.decode(wide), wide
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _MULTIBYTE_UTF8.search(data):
        # UTF-8 text with a stray byte or two: the letters around it are UTF-8, so it stays UTF-8 and the stray
        # bytes become U+FFFD, rather than the whole file becoming mojibake in a guessed single-byte encoding.
        text = data.decode("utf-8", errors="replace")
        if text.count("\ufffd") <= max(3, len(text) // 1000):
            return text, "utf-8"
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


# A well-formed multi-byte UTF-8 sequence (two, three or four bytes): text that has them was written as UTF-8.
_MULTIBYTE_UTF8 = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
