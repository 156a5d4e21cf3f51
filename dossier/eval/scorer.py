"""The matching rules of the gold schema as pure functions: gold records and predicted records in, P/R/F1 out.

Counting rule for every section: a prediction that matches a gold item counts once per gold item (repeated
predictions of one gold item are one true positive, not false positives); a prediction that matches nothing is a false
positive; a gold item nothing matches is a false negative.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TypeVar

G = TypeVar("G")
P = TypeVar("P")

STOPWORDS = frozenset(
    "a an the of in on at to for from by with and or but as is are was were be been that this these those it its "
    "their his her our your my we they he she i you not no some many".split()
)
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})


@dataclass(frozen=True)
class Score:
    """Counts behind one section's figures; `p`, `r`, `f1` are 0 when their denominator is."""

    true_positives: int
    predicted: int
    gold: int

    @property
    def p(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def r(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.true_positives + other.true_positives, self.predicted + other.predicted, self.gold + other.gold)

    def as_dict(self) -> dict[str, float | int]:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4),
                "tp": self.true_positives, "predicted": self.predicted, "gold": self.gold}


def match_items(gold: Sequence[G], predicted: Sequence[P], matches: Callable[[G, P], bool]) -> Score:
    """Each prediction goes to the first gold item it matches, preferring one not yet matched."""
    hit: set[int] = set()
    unmatched = 0
    for pred in predicted:
        candidates = [i for i, g in enumerate(gold) if matches(g, pred)]
        if not candidates:
            unmatched += 1
            continue
        hit.add(next((i for i in candidates if i not in hit), candidates[0]))
    return Score(len(hit), len(hit) + unmatched, len(gold))


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def content_words(text: str) -> set[str]:
    return {w for w in words(text) if w not in STOPWORDS}


def token_f1(a: str, b: str) -> float:
    """Bag-of-words F1 between two strings, case-insensitive."""
    ta, tb = words(a), words(b)
    if not ta or not tb:
        return 0.0
    common = sum(min(ta.count(w), tb.count(w)) for w in set(ta))
    if not common:
        return 0.0
    p, r = common / len(tb), common / len(ta)
    return 2 * p * r / (p + r)


def normalise_quote(text: str) -> str:
    """Whitespace folded and quotation marks unified, so that typography does not decide a match."""
    return " ".join(text.translate(_QUOTES).split()).strip("\"' ")


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)] if needle else []


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def span_overlaps_text(span: tuple[int, int], doc_text: str, needle: str) -> bool:
    """True when `span` overlaps any occurrence of the gold surface string in the document."""
    return any(overlaps(span, occ) for occ in occurrences(doc_text, needle))


def values_equal(gold: float | None, predicted: float | None, tolerance: float = 0.005) -> bool:
    """Gold value None (a vague figure) matches any prediction: such figures are matched by span alone."""
    if gold is None:
        return True
    if predicted is None:
        return False
    return abs(predicted - gold) <= abs(gold) * tolerance


def linked_pairs(assignment: Mapping[Hashable, Hashable]) -> set[frozenset]:
    """Pairs of mention items put under one entity. Items are (doc, surface string); pairs cross documents too."""
    groups: dict[Hashable, list[Hashable]] = {}
    for item, entity in assignment.items():
        groups.setdefault(entity, []).append(item)
    return {frozenset(pair) for members in groups.values() for pair in combinations(members, 2)}


def score_entity_links(gold: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable]) -> Score:
    """Pairwise precision and recall over linked mention pairs."""
    gold_pairs, predicted_pairs = linked_pairs(gold), linked_pairs(predicted)
    return Score(len(gold_pairs & predicted_pairs), len(predicted_pairs), len(gold_pairs))


def sources_agree(gold_source: str, gold_entity_ids: Iterable[str], predicted_entity: str | None, predicted_text: str) -> bool:
    """An entity source must resolve to the same entity; a free-text source must share a content word."""
    if gold_source in set(gold_entity_ids):
        return predicted_entity == gold_source
    return bool(content_words(gold_source) & content_words(predicted_text))
