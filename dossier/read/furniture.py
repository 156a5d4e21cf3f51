"""Page furniture: the lines of a page that are not the report. Each line is judged by what it is
(`line_kinds.py`: timestamps, bylines, prompts, captions, controls, ...), then by where it stands: a heading takes
the lines of its section, a lone name at the head of the page is its byline, an author's biography stands before or
after the report, a run of headlines at its end is a list of other stories, a line that repeats the report's headline
is the headline again. The removed lines are returned with their reason, never lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from dossier.lexicon import en
from dossier.model import FurnitureLine
from dossier.read import line_kinds as kind
from dossier.read.line_kinds import bio_names, byline_names, is_dateline, words

__all__ = ["FurnitureSplit", "bio_names", "byline_names", "classify_line", "is_dateline", "is_pull_quote",
           "repeated_headline", "split_furniture"]

LineRule = Callable[[str], bool]

LINE_RULES: tuple[tuple[str, LineRule], ...] = (
    ("timestamp", kind.is_timestamp),
    ("byline", kind.is_byline),
    ("newsletter promo", kind.is_newsletter_promo),
    ("social media prompt", kind.is_social_prompt),
    ("advertisement", kind.is_advertisement),
    ("further reading", kind.is_further_reading_heading),
    ("author box", kind.is_author_box_heading),
    ("image caption or credit", kind.is_image_caption),
    ("site disclaimer", kind.is_site_disclaimer),
    ("comment section", kind.is_comment_heading),
    ("page chrome", kind.is_navigation),
    ("reader control", kind.is_reader_control),
    ("counters", kind.is_counter),
    ("rating", kind.is_rating),
    ("contact box", kind.is_contact_box),
    ("campaign promo", kind.is_hashtag_promo),
    ("page furniture (Russian)", kind.is_russian_furniture),
)
# Sections whose heading takes the lines that follow it.
SECTIONS = ("comment section", "further reading", "author box")
# A line of running text: the report has begun (or not yet ended) where one stands.
PROSE_WORDS = 12
RELATED_LIST_MIN = 3
# A byline without 'By' stands among the first lines of the page.
HEAD_LINES = 8
STEM = 6
# A related story's headline has several words, and few of them come from the report above it.
RELATED_HEADLINE_MIN_WORDS = 5
RELATED_MAX_SHARED_WORDS = 0.2


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
    return words(text) >= 6 and not kind.ends_like_prose(text) and text[:1] not in "\"“‘'«"


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
    """Classify each line by what it is, then by where it stands."""
    reasons: list[str | None] = [classify_line(line) if line.strip() else None for line in lines]
    _take_sections(lines, reasons)
    _head_and_tail(lines, reasons)
    authors = list(dict.fromkeys(name for i, line in enumerate(lines) if reasons[i] in ("byline", "author box")
                                 for name in byline_names(line) or bio_names(line) or _lone_name(line, reasons[i])))
    names = {n.lower() for n in (*known_authors, *authors)}
    for i, line in enumerate(lines):
        if reasons[i] is None and line.strip() and line.strip().lower() in names:
            reasons[i] = "byline"
    _pull_quotes(lines, reasons)
    published_line = next((line.strip() for i, line in enumerate(lines) if reasons[i] == "timestamp"
                           and re.search(r"(?i)published|posted|^\W*\w*\s*\d", line) and not re.search(
                               r"(?i)modified|updated", line)), None)
    furniture = tuple(FurnitureLine(i + 1, line.strip(), r) for i, (line, r) in enumerate(zip(lines, reasons)) if r)
    kept = tuple("" if r else line for line, r in zip(lines, reasons))
    return FurnitureSplit(kept, furniture, tuple(authors), published_line)


def _lone_name(line: str, reason: str | None) -> tuple[str, ...]:
    return (line.strip(),) if reason == "byline" and kind.is_name_alone(line) else ()


def _take_sections(lines: Sequence[str], reasons: list[str | None]) -> None:
    """Section headings (comments, further reading, author box) take what follows them; a line that starts in lower
    case right under a furniture line with no closing punctuation finishes it."""
    section: str | None = None
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        reason = reasons[i]
        if reason is None and _continues_previous(lines, reasons, i):
            reason = reasons[i - 1]
        if reason is None and section is not None and _belongs_to_section(section, line):
            reason = section
        elif reason is None:
            section = None
        if reason in SECTIONS and (reason != "author box" or kind.is_author_box_heading(line)):
            section = reason
        reasons[i] = reason


def _head_and_tail(lines: Sequence[str], reasons: list[str | None]) -> None:
    """Rules that need to know where the report begins and ends: a lone name before its first paragraph is a byline,
    a biography before or after it is an author box, a run of headlines after it lists other stories."""
    prose = [i for i, line in enumerate(lines) if reasons[i] is None and words(line) >= PROSE_WORDS
             and kind.ends_like_prose(line) and not bio_names(line)]
    first, last = (prose[0], prose[-1]) if prose else (len(lines), -1)
    head = [i for i, line in enumerate(lines) if line.strip()][:HEAD_LINES]
    lower_words = {w for w in re.findall(r"\w+", "\n".join(lines)) if w.islower()}
    for i, line in enumerate(lines):
        if reasons[i] is not None or not line.strip():
            continue
        if i < first and i in head and kind.is_name_alone(line) and not _said_in_lower_case(line, lower_words):
            reasons[i] = "byline"
        elif (i < first or i > last) and kind.is_author_bio(line):
            reasons[i] = "author box"
    _related_list(lines, reasons, last)


def _said_in_lower_case(line: str, lower_words: set[str]) -> bool:
    """A capitalised line whose words the text also writes in lower case ('Künstlerischer Lebenslauf' beside
    'künstlerischen') is a heading of common words, not a person's name."""
    stems = {w.lower()[:STEM] for w in line.split() if len(w) >= STEM}
    return any(w[:STEM] in stems for w in lower_words)


def _related_list(lines: Sequence[str], reasons: list[str | None], last_prose: int) -> None:
    """Rule `related_stories`: after the report's last paragraph, a run of list items shaped like headlines of other
    stories: each a headline of several words with no link in it, and together about other things than the report
    (a list that goes on with the report's own words is its content: ingredients, a table of contents, specs)."""
    run: list[int] = []
    for i in range(max(last_prose + 1, 0), len(lines)):
        line = lines[i]
        if not line.strip() or reasons[i] is not None and not run:
            continue
        item = kind.bare(line)
        if reasons[i] is None and item != line.strip() and _reads_as_story_headline(item):
            run.append(i)
        elif run:
            break
    if len(run) >= RELATED_LIST_MIN and _about_other_things([kind.bare(lines[i]) for i in run], lines[:run[0]]):
        for i in run:
            reasons[i] = "related stories"


def _reads_as_story_headline(item: str) -> bool:
    return kind.reads_as_headline(item) and not item.endswith(".") and words(item) >= RELATED_HEADLINE_MIN_WORDS \
        and not re.search(r"https?://|www\.", item)


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w{4,}", text)}


def _about_other_things(items: Sequence[str], above: Sequence[str]) -> bool:
    report = _content_words(" ".join(above))
    shares = [len(_content_words(item) & report) / max(1, len(_content_words(item))) for item in items]
    return sum(shares) / len(shares) < RELATED_MAX_SHARED_WORDS


def _pull_quotes(lines: Sequence[str], reasons: list[str | None]) -> None:
    body = [i for i, line in enumerate(lines) if reasons[i] is None and line.strip()]
    candidates = [i for i in body if could_be_pull_quote(lines[i])]
    if len(candidates) <= MAX_PULL_QUOTE_CANDIDATES:
        for i in candidates:
            if is_pull_quote(lines[i], [lines[j] for j in body if j != i]):
                reasons[i] = "pull quote"


def repeated_headline(line: str, title: str) -> bool:
    """Rule `repeated_headline`: the headline again in the body, alone or after a section label ('World World
    Belarus opposition leader freed ...')."""
    text, head = " ".join(line.split()), " ".join(title.split())
    if not head or not text.endswith(head):
        return False
    label = text[:len(text) - len(head)].split()
    return len(label) <= 3 and all(w[:1].isupper() and w.lower() not in en.DETERMINERS for w in label)


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
    return lines[i].lstrip()[:1].islower() and not kind.ends_like_prose(lines[i - 1])
