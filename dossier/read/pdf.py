"""PDF reports (think-tank papers): pypdf reads each page's text in reading order; what the pages repeat at their top
or bottom (running headers, footers) and page numbers are furniture; words hyphenated at a line's end are joined;
the title and date come from the document's metadata, else the first line that reads as a headline. pypdf is pure Python with no
dependencies, where pdfplumber brings pdfminer.six and a PDF renderer for layout detail dossier does not use.
A PDF without a text layer (a scan), an encrypted one, or a broken one is a ReadError, never an empty report."""

from __future__ import annotations

import io
import re
from collections import Counter

from dossier.errors import ReadError
from dossier.model import FurnitureLine, RawReport

EDGE_LINES = 2  # lines at the top and bottom of a page that may be running heads or feet
MIN_WORDS = 20  # fewer words than this in the whole document: no text layer to speak of

_PAGE_NUMBER = re.compile(r"(?i)^\s*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$|^\s*[-–]\s*\d{1,4}\s*[-–]\s*$")
_HYPHEN_END = re.compile(r"(\w)-$")
_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?")


def parse_pdf(data: bytes, source: str) -> RawReport:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(source, "the PDF is encrypted with a password; save an unprotected copy to read it")
        pages = [(page.extract_text() or "").splitlines() for page in reader.pages]
        info = reader.metadata or {}
    except ReadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise ReadError(source, f"the PDF could not be read ({type(exc).__name__}: {str(exc)[:120]}); is it complete?") \
            from exc
    except Exception as exc:  # noqa: BLE001  pypdf raises many kinds on broken files; each is this file's failure
        raise ReadError(source, f"the PDF could not be read ({type(exc).__name__})") from exc
    words = sum(len(line.split()) for page in pages for line in page)
    if words < MIN_WORDS:
        raise ReadError(source, "the PDF has no text layer (a scan?); run it through OCR first, dossier does not")
    kept, furniture = _without_running_lines(pages)
    lines = _joined(kept)
    title = _meta(info, "/Title")  # else the first line, when it reads as a headline (`clean_report` decides)
    date = _PDF_DATE.match(_meta(info, "/CreationDate") or "")
    published = "-".join(p for p in date.groups() if p) if date else None
    author = _meta(info, "/Author")
    return RawReport(source=source, kind="pdf", title=title, lines=tuple(lines), authors=(author,) if author else (),
                     published=published, dropped=tuple(furniture))


def _meta(info, key: str) -> str | None:
    value = info.get(key) if hasattr(info, "get") else None
    text = str(value).strip() if value else ""
    return text or None


def _without_running_lines(pages: list[list[str]]) -> tuple[list[list[str]], list[FurnitureLine]]:
    """Rule `running_line`: a line at a page's top or bottom that recurs (digits aside) on at least half the pages,
    or a bare page number, is the page's furniture."""
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split()).lower())

    edges = Counter()
    for page in pages:
        lines = [line for line in page if line.strip()]
        edges.update({key(line) for line in (*lines[:EDGE_LINES], *lines[-EDGE_LINES:])})
    running = {k for k, n in edges.items() if n >= max(2, len(pages) / 2)} if len(pages) > 1 else set()
    kept, furniture = [], []
    for number, page in enumerate(pages, start=1):
        lines = [line for line in page if line.strip()]
        edge = {*range(min(EDGE_LINES, len(lines))), *range(max(0, len(lines) - EDGE_LINES), len(lines))}
        out = []
        for i, line in enumerate(lines):
            if i in edge and (key(line) in running or _PAGE_NUMBER.match(line)):
                furniture.append(FurnitureLine(number, line.strip(), "running header, footer or page number"))
            else:
                out.append(line)
        kept.append(out)
    return kept, furniture


def _joined(pages: list[list[str]]) -> list[str]:
    """The pages' lines as paragraphs: a line ending in a hyphen joins the next without it ('hyphen-' 'ation'); a
    line much shorter than the page's usual line (a paragraph's last line, a heading) ends its paragraph."""
    lines = [line.strip() for page in pages for line in page if line.strip()]
    lengths = sorted(len(line) for line in lines)
    usual = lengths[len(lengths) // 2] if lengths else 0
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if current and _HYPHEN_END.search(current) and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}".strip()
        if len(line) < 0.7 * usual:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    out: list[str] = []
    for p in paragraphs:
        if out:
            out.append("")
        out.append(p)
    return out
