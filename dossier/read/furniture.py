"""Page furniture: the lines of a page that are not the report (promos, social prompts, author boxes, captions,
disclaimers, comment sections, pull quotes). Each decision is one named function over a line, so that the
evaluation can say which rule earns its place; the removed lines are returned with their reason, never lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from dossier.model import FurnitureLine

_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|der))*"
_BYLINE = re.compile(rf"^\s*(?i:by|words by|written by|reporting by)\s+({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\s*$")
_BIO_ROLE = re.compile(
    r"\b(director|fellow|editor|correspondent|reporter|journalist|analyst|researcher|professor|lecturer|author|"
    r"writer|columnist|contributor|head|chair|founder|expert|specialist|associate|adviser|advisor|manager|"
    r"scholar|student|coordinator|producer|officer|member)\b",
    re.I,
)
_BIO_SENTENCE = re.compile(rf"^({_NAME})\s+(?:is|was|has been|serves as|works as)\s+(?:a|an|the|senior|former|\w+['’]s)\b")
_TERMINAL = tuple(".!?:;\"”’'»)…")


def words(line: str) -> int:
    return len(line.split())


def ends_like_prose(line: str) -> bool:
    return line.rstrip().endswith(_TERMINAL)


def is_newsletter_promo(line: str) -> bool:
    text = line.strip().lower()
    if re.search(r"\b(to|in) your inbox\b", text):
        return True
    if re.match(r"^(stay updated|sign up|subscribe|get (the|our) [\w\s]*(newsletter|briefing|digest)|"
                r"receive our|don['’]t miss)", text):
        return words(text) <= 40
    return words(text) <= 15 and bool(re.search(r"\b(newsletter|subscribe|subscription)\b", text))


def is_social_prompt(line: str) -> bool:
    text = line.strip().lower()
    if re.match(r"^(follow us|like us|find us|join us|connect with us|share (this|on|the)|share$|tweet$|"
                r"copy link$|email$|print$)", text):
        return words(text) <= 20
    return words(text) <= 20 and bool(
        re.search(r"\b(on|via) (facebook|twitter|x|telegram|instagram|youtube|linkedin|whatsapp|tiktok|mastodon)\b", text)
        and re.match(r"^(follow|subscribe|join|watch|find|read more|like)\b", text)
    )


def is_further_reading_heading(line: str) -> bool:
    text = line.strip().lower().rstrip(":")
    return bool(re.fullmatch(
        r"(further reading|read more|read next|read also|see also|related( articles| stories| coverage| content| reading)?|"
        r"more (from|on|about) [\w\s]+|recommended( for you| reading)?|you (may|might) also like|most (read|popular)|"
        r"more stories|in other news|latest( news)?|what to read next|keep reading)", text))


def is_author_box_heading(line: str) -> bool:
    return bool(re.fullmatch(r"(about (the )?authors?|author bio(graphy)?|the authors?|contributors?)\s*:?",
                             line.strip().lower()))


def byline_names(line: str) -> tuple[str, ...]:
    """Names in a byline ('By Jane Roe and John Doe'); empty when the line is not a byline."""
    match = _BYLINE.match(line)
    if not match:
        return ()
    return tuple(n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", match.group(1)) if n.strip())


def bio_names(line: str) -> tuple[str, ...]:
    """Names of the people an author-bio line describes; empty unless every sentence of it is a bio sentence."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip()) if s]
    if not sentences or words(line) > 80:
        return ()
    names = []
    for sentence in sentences:
        match = _BIO_SENTENCE.match(sentence)
        if not match or not _BIO_ROLE.search(sentence) or len(match.group(1).split()) < 2:
            return ()
        names.append(match.group(1))
    return tuple(names)


def is_author_box_line(line: str) -> bool:
    return is_author_box_heading(line) or bool(byline_names(line)) or bool(bio_names(line))


def is_image_caption(line: str) -> bool:
    text = line.strip()
    if re.match(r"^(image|photo|photograph|picture|pictured|caption|credit|illustration|file photo|main image|"
                r"top image|header image|cover image|video)\s*(\(\w+\))?\s*[:|–—-]", text, re.I):
        return True
    if re.search(r"\((?:photo|image|picture)s?\s*(by|:)", text, re.I):
        return True
    credit = r"(reuters|getty images|ap photo|afp|epa|shutterstock|sputnik|tass|anadolu|alamy|pa images|ria novosti)"
    return bool(re.search(rf"\([^()]*\b{credit}\b[^()]*\)\s*\.?$", text, re.I)) or bool(
        re.fullmatch(rf"(photo(graph)?:?\s*)?[^.]{{0,60}}/\s*{credit}[^.]{{0,40}}", text, re.I)
    )


def is_site_disclaimer(line: str) -> bool:
    text = line.strip().lower()
    return bool(re.search(
        r"views expressed (in|here|by)|do not necessarily (reflect|represent)|all rights reserved|^©|^copyright\b|"
        r"terms of (use|service)|privacy policy|cookie(s)? (policy|settings)|\bdmca\b|accept liability|"
        r"supplied by contributors|^get in touch$|^please contact\b|^contact us\b|"
        r"^this (article|story|piece) (was|is) (originally |first )?(published|republished)|"
        r"^(advertisement|advertising|sponsored( content)?|partner content)$|editorial (policy|standards)", text)
    ) or is_mission_statement(line)


def is_mission_statement(line: str) -> bool:
    """'The Eurasia Center’s mission is to ...': an organisation describing itself, as site templates do."""
    return bool(re.match(r"^(The\s+)?(?:[A-Z][\w-]*\s+){0,5}[A-Z][\w-]*['’]s mission is to\b", line.strip()))


def is_comment_heading(line: str) -> bool:
    return bool(re.fullmatch(
        r"(\d+\s+)?(comments?|responses?)(\s*\(\d+\))?|leave a (comment|reply)|join the (conversation|discussion)|"
        r"(log|sign) in to (comment|reply)|show comments|add (a|your) comment|post a comment|"
        r"comments are closed\.?|discussion", line.strip().lower()))


def is_page_chrome(line: str) -> bool:
    """Navigation, reading-time and timestamp lines that every page of a site carries."""
    text = line.strip()
    low = text.lower()
    if text.count("|") >= 3 and words(text) <= 30 and not is_table_row(text):
        return True
    if re.fullmatch(r"(skip to (main )?content|menu|search|home|back to top|listen to this article|"
                    r"\d+\s*min(ute)?s?\s*read|read time:?.*|print this (page|article)|toggle navigation)", low):
        return True
    return is_dateline(text) or bool(
        re.fullmatch(r"(published|updated|last (updated|modified)|posted)( on)?:?\s+[\w ,:./-]{4,40}", low))


def is_table_row(line: str) -> bool:
    """A row of a table in the article, as trafilatura writes it ('| cell | cell |'): data, not a menu."""
    return line.startswith("|") and line.endswith("|")


_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"


def is_dateline(line: str) -> bool:
    """A line that is nothing but a date: the page's timestamp, not the report."""
    low = line.strip().lower().rstrip(".")
    low = re.sub(r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+", "", low)
    return bool(
        re.fullmatch(rf"\d{{1,2}}(st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}}(,?\s+\d{{1,2}}[:.]\d{{2}}.*)?", low)
        or re.fullmatch(rf"{_MONTH}\s+\d{{1,2}}(st|nd|rd|th)?,?\s+\d{{4}}(,?\s+\d{{1,2}}[:.]\d{{2}}.*)?", low)
        or re.fullmatch(r"\d{4}-\d{2}-\d{2}([ t]\d{2}:\d{2}.*)?", low)
    )


LineRule = Callable[[str], bool]

LINE_RULES: tuple[tuple[str, LineRule], ...] = (
    ("newsletter promo", is_newsletter_promo),
    ("social media prompt", is_social_prompt),
    ("further reading", is_further_reading_heading),
    ("author box", is_author_box_line),
    ("image caption or credit", is_image_caption),
    ("site disclaimer", is_site_disclaimer),
    ("comment section", is_comment_heading),
    ("page chrome", is_page_chrome),
)


def classify_line(line: str) -> str | None:
    """The reason a single line is furniture, or None when it reads as part of the report."""
    for reason, rule in LINE_RULES:
        if rule(line):
            return reason
    return None


PULL_QUOTE_MIN_WORDS, PULL_QUOTE_MAX_WORDS = 8, 30


def could_be_pull_quote(line: str) -> bool:
    """Pull quotes are display lines: no closing punctuation, no quotation marks, no source."""
    text = line.strip()
    return words(text) >= 6 and not ends_like_prose(text) and text[:1] not in "\"“‘'«"


def is_pull_quote(line: str, other_lines: Sequence[str]) -> bool:
    """A display line that speaks in the first person unquoted, or repeats (nearly verbatim) a longer line of the body."""
    text = line.strip()
    if not could_be_pull_quote(text):
        return False
    if not PULL_QUOTE_MIN_WORDS <= words(text) <= PULL_QUOTE_MAX_WORDS:
        return False  # shorter: a heading or a title of a work; longer: a paragraph
    if re.match(r"^(I|We|My|Our)\b", text):
        return True
    longer = [other for other in other_lines if len(other) > len(text)]
    return bool(longer) and process.extractOne(
        text, longer, scorer=fuzz.partial_ratio, processor=str.lower, score_cutoff=92) is not None


# A text with more display lines than this is a list or a transcript, not a page with pull quotes; comparing each
# of them with the whole body would also make the filter quadratic in the length of the report.
MAX_PULL_QUOTE_CANDIDATES = 40


@dataclass(frozen=True)
class FurnitureSplit:
    """The report's lines with furniture blanked out, the furniture itself, and what the furniture said of authors."""

    kept: tuple[str, ...]
    furniture: tuple[FurnitureLine, ...]
    authors: tuple[str, ...]
    published_line: str | None


def split_furniture(lines: Sequence[str], known_authors: Sequence[str] = ()) -> FurnitureSplit:
    """Classify each line; section headings (comments, further reading, author box) also take what follows them."""
    reasons: list[str | None] = [None] * len(lines)
    authors: list[str] = []
    published_line = None
    section: str | None = None
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        reason = classify_line(line)
        if reason is None and _continues_previous(lines, reasons, i):
            reason = reasons[i - 1]
        if reason is None and section is not None and _belongs_to_section(section, line):
            reason = section
        elif reason is None:
            section = None
        if reason == "author box":
            authors.extend(byline_names(line) or bio_names(line))
        if reason == "page chrome" and published_line is None and (
            is_dateline(line) or re.match(r"(?i)(published|posted)", line.strip())
        ):
            published_line = line.strip()
        if reason in ("comment section", "further reading") or (reason == "author box" and is_author_box_heading(line)):
            section = reason
        reasons[i] = reason
    names = {n.lower() for n in (*known_authors, *authors)}
    for i, line in enumerate(lines):
        if reasons[i] is None and line.strip() and line.strip().lower() in names:
            reasons[i] = "author box"
    body = [i for i, line in enumerate(lines) if reasons[i] is None and line.strip()]
    candidates = [i for i in body if could_be_pull_quote(lines[i])]
    if len(candidates) <= MAX_PULL_QUOTE_CANDIDATES:
        for i in candidates:
            if is_pull_quote(lines[i], [lines[j] for j in body if j != i]):
                reasons[i] = "pull quote"
    furniture = tuple(FurnitureLine(i + 1, line.strip(), r) for i, (line, r) in enumerate(zip(lines, reasons)) if r)
    kept = tuple("" if r else line for line, r in zip(lines, reasons))
    return FurnitureSplit(kept, furniture, tuple(dict.fromkeys(authors)), published_line)


def _belongs_to_section(section: str, line: str) -> bool:
    """Comment sections run to the end; link lists and author boxes hold short lines only."""
    if section == "comment section":
        return True
    if section == "further reading":
        return words(line) <= 20
    return words(line) <= 80


def _continues_previous(lines: Sequence[str], reasons: Sequence[str | None], i: int) -> bool:
    """A line that starts in lower case right under a furniture line with no closing punctuation finishes it."""
    if i == 0 or not reasons[i - 1] or not lines[i - 1].strip():
        return False
    return lines[i].lstrip()[:1].islower() and not ends_like_prose(lines[i - 1])
