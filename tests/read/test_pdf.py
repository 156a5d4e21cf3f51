"""PDF reports written by the test with fpdf2: reading order, running heads and feet and page numbers removed,
hyphenation undone, title and date from the metadata; scans, encrypted and broken files refused clearly."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from dossier.errors import ReadError
from dossier.read.clean import clean_report
from dossier.read.pdf import parse_pdf

PARAGRAPHS = [
    "The exiled opposition held its third conference in Vilnius on 6 August, the organisers said. Around 300 "
    "delegates attended, and Sviatlana Tsikhanouskaya said the movement would open a representa-",
    "tive office in Brussels before the end of the year.",
    "Analysts at the Vistula Policy Centre estimate that more than 1,400 political prisoners remain in Belarusian "
    "jails. The figure could not be verified independently.",
]


def _pdf(pages: int = 3, title: str | None = "Belarus in exile: a policy brief", encrypt: bool = False) -> bytes:
    class Brief(FPDF):
        def header(self):
            self.set_font("Helvetica", size=9)
            self.cell(0, 8, "Vistula Policy Centre | Policy Brief 7", new_x="LMARGIN", new_y="NEXT")

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", size=9)
            self.cell(0, 8, f"Page {self.page_no()} of {pages}")

    pdf = Brief()
    if title:
        pdf.set_title(title)
    pdf.set_creation_date(__import__("datetime").datetime(2023, 8, 9))
    for n in range(pages):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        for paragraph in PARAGRAPHS:
            pdf.multi_cell(0, 6, paragraph if n == 0 else paragraph.replace("third", f"meeting {n}"))
            pdf.ln(3)
    if encrypt:
        pdf.set_encryption(owner_password="owner", user_password="secret")
    return bytes(pdf.output())


def test_a_paper_is_read_without_its_running_lines_and_with_words_joined():
    report = parse_pdf(_pdf(), "brief.pdf")
    text = "\n".join(report.lines)
    assert report.title == "Belarus in exile: a policy brief" and report.published == "2023-08-09"
    assert "representative office in Brussels" in text  # the hyphen at the line's end undone
    assert "Policy Brief 7" not in text and "Page 2 of 3" not in text
    assert {f.reason for f in report.dropped} == {"running header, footer or page number"}
    assert text.index("third conference") < text.index("1,400 political prisoners")  # reading order


def test_a_pdf_without_a_title_keeps_its_opening_paragraph_as_text():
    report = parse_pdf(_pdf(title=None), "untitled.pdf")
    document = clean_report(report)
    assert report.title is None and document.text.startswith("The exiled opposition held")


def test_a_scan_an_encrypted_and_a_broken_pdf_are_refused_clearly():
    scan = FPDF()
    scan.add_page()
    scan.rect(10, 10, 100, 100, style="F")  # a page with a picture and no text layer
    with pytest.raises(ReadError, match="no text layer"):
        parse_pdf(bytes(scan.output()), "scan.pdf")
    with pytest.raises(ReadError, match="encrypted"):
        parse_pdf(_pdf(encrypt=True), "locked.pdf")
    whole = _pdf()
    with pytest.raises(ReadError, match="could not be read|no text layer"):
        parse_pdf(whole[: len(whole) // 3], "cut.pdf")
