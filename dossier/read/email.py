"""Email newsletters (.eml): the subject is the title, the Date header the publication date, the sender's name the
outlet; the HTML part goes through the HTML reader (or the plain-text part is read as text), and unsubscribe and
footer lines are furniture."""

from __future__ import annotations

import re
from email import policy
from email.parser import BytesParser
from email.utils import parseaddr, parsedate_to_datetime

from dossier.errors import ReadError
from dossier.model import FurnitureLine, RawReport
from dossier.read.html import parse_html

# Lines a newsletter's sender adds around every issue; matched case-insensitively anywhere in a line.
NEWSLETTER_FURNITURE = re.compile(
    r"(?i)\b(?:unsubscribe|opt[ -]out|manage (?:your )?(?:subscription|preferences)|update your preferences|"
    r"view (?:this email )?in (?:your|a) browser|you (?:are )?receiv(?:e|ed|ing) this (?:email|newsletter|message)|"
    r"forward(?:ed)? this (?:email|newsletter) to a friend|sign up (?:here|for)|add us to your address book|"
    r"(?:was|is) sent to \S+@\S+|copyright ©|all rights reserved|our mailing address)\b")


def parse_email(data: bytes, source: str, encoding: str | None = None) -> RawReport:
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as exc:  # noqa: BLE001  the parser's faults are this file's failure
        raise ReadError(source, f"is not a readable email ({type(exc).__name__})") from exc
    if not message.keys():
        raise ReadError(source, "is not an email: no headers found")
    subject = str(message.get("subject", "") or "").strip() or None
    sender = parseaddr(str(message.get("from", "") or ""))
    outlet = sender[0].strip() or sender[1].split("@")[-1] or None
    published = None
    try:
        if message.get("date"):
            published = parsedate_to_datetime(str(message["date"])).date().isoformat()
    except (TypeError, ValueError, IndexError):
        published = None
    html = message.get_body(preferencelist=("html",))
    plain = message.get_body(preferencelist=("plain",))
    if html is None and plain is None:
        raise ReadError(source, "the email has no text or HTML body to read")
    if html is not None:
        report = parse_html(_content(html, source), source, encoding)
    else:  # the body's first line is no title: the subject is
        report = RawReport(source=source, kind="eml", title=None, lines=tuple(_content(plain, source).splitlines()))
    kept, dropped = [], list(report.dropped)
    for n, line in enumerate(report.lines, start=1):
        if NEWSLETTER_FURNITURE.search(line):
            dropped.append(FurnitureLine(n, line.strip(), "newsletter footer or unsubscribe line"))
            kept.append("")
        else:
            kept.append(line)
    return RawReport(source=source, kind="eml", title=subject or report.title, lines=tuple(kept),
                     url=report.url, outlet=outlet or report.outlet, authors=report.authors,
                     published=published or report.published, encoding=encoding, dropped=tuple(dropped))


def _content(part, source: str) -> str:
    try:
        return part.get_content()
    except (LookupError, UnicodeError, ValueError) as exc:
        raise ReadError(source, f"the email's body could not be decoded ({exc})") from exc
