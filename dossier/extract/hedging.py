"""Hedges: the words with which a writer marks a claim as unverified, alleged or merely official."""

from __future__ import annotations

import re

# Cues inside a sentence that mark what it reports as unverified.
HEDGE_PATTERNS = (
    r"\ballegedly\b", r"\balleged\b", r"\breportedly\b", r"\bpurportedly\b", r"\bsupposedly\b", r"\bostensibly\b",
    r"\bsuspected\b", r"\bunconfirmed\b", r"\bunverified\b", r"\bofficially\b", r"\bapparently\b",
    r"\bappear(?:s|ed)? to\b", r"\bsaid to (?:be|have)\b",
    r"\b(?:could|can|cannot|can't|could not|couldn't)\s+(?:not\s+)?(?:be\s+)?(?:independently\s+)?(?:verif|confirm)\w*",
    r"\b(?:difficult|hard|impossible) to (?:independently )?(?:verify|confirm)\b",
    r"\bnot (?:been )?(?:independently )?(?:verified|confirmed)\b",
    r"\bcannot rule out\b", r"\bcan't rule out\b", r"\bcould not rule out\b",
    r"\brumou?rs?\b",
)
_HEDGE = re.compile("|".join(HEDGE_PATTERNS), re.IGNORECASE)

# A writer's caveat: a sentence that says what came before cannot be checked. It scopes the claims of its paragraph.
_CAVEAT = re.compile(
    r"(?:difficult|hard|impossible) to (?:independently )?(?:verify|confirm)|"
    r"(?:could|can)(?:not| not)? (?:be )?(?:independently )?(?:verified|confirmed)|cannot be (?:independently )?"
    r"(?:verified|confirmed)|(?:neither|none of th\w+) (?:claim|report|account)s? can be (?:verified|confirmed)|"
    r"could not (?:independently )?(?:verify|confirm)|cannot rule out",
    re.IGNORECASE,
)

# Sources that are themselves unverified: reports and pictures with no one named behind them.
UNNAMED_SOURCE_NOUNS = frozenset({"report", "reports", "image", "images", "video", "videos", "footage", "photo", "photos",
                                  "picture", "pictures", "rumour", "rumours", "rumor", "rumors", "post", "posts"})


def hedge_cue(text: str) -> str | None:
    """The first hedging cue in `text`, as written, or None."""
    match = _HEDGE.search(text)
    return match.group(0) if match else None


def is_caveat(sentence: str) -> bool:
    return _CAVEAT.search(sentence) is not None
