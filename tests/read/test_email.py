"""Email newsletters (.eml) written by the test."""

from __future__ import annotations

from email.message import EmailMessage

from dossier.model import RawReport, ReadFailure
from dossier.read import read_source
from dossier.read.clean import clean_report


def newsletter(html: str | None, text: str | None) -> bytes:
    message = EmailMessage()
    message["Subject"] = "Belarus Weekly: prisoners, talks and the railway"
    message["From"] = "Belarus Weekly <news@belarus-weekly.example>"
    message["Date"] = "Fri, 04 Mar 2022 08:30:00 +0000"
    if text is not None:
        message.set_content(text)
    if html is not None:
        if text is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    return bytes(message)


HTML = ("<html><body><article><p>The Viasna rights group said on Thursday that more than 1,000 political prisoners "
        "are held in Belarus.</p><p>Tsikhanouskaya said the talks would resume on 5 March.</p>"
        "<p>You are receiving this email because you signed up at our site. Unsubscribe here.</p>"
        "</article></body></html>")


def test_a_newsletter_reads_its_subject_date_sender_and_html_body(write):
    (report,) = list(read_source(write("weekly.eml", newsletter(HTML, "plain version"))))
    assert isinstance(report, RawReport)
    assert report.title == "Belarus Weekly: prisoners, talks and the railway"
    assert report.published == "2022-03-04" and report.outlet == "Belarus Weekly"
    document = clean_report(report)
    assert "1,000 political prisoners" in document.text and "Unsubscribe" not in document.text
    assert any("Unsubscribe" in f.text for f in document.furniture)


def test_a_plain_newsletter_keeps_its_first_line_and_one_without_a_body_is_refused(write):
    (plain,) = list(read_source(write("plain.eml", newsletter(None, "Talks resume on 5 March.\n\nMore soon."))))
    assert plain.title.startswith("Belarus Weekly") and plain.lines[0] == "Talks resume on 5 March."
    empty = EmailMessage()
    empty["Subject"] = "Nothing"
    empty.set_content(b"\x89PNG", maintype="image", subtype="png")
    (failure,) = list(read_source(write("empty.eml", bytes(empty))))
    assert isinstance(failure, ReadFailure) and "no text or HTML body" in failure.reason
