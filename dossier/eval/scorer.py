"""The matching rules of the gold schema as pure functions: gold records and predicted records in, P/R/F1 out.

Counting rule for every section: a prediction that matches a gold item counts once per gold item (repeated
predictions of one gold item are one true positive, not false positives); a prediction that matches nothing is a false
positive; a gold item nothing matches is a false negative.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TypeVar

from dossier.eval.records import (
    GoldAttribution,
    GoldDoc,
    GoldEvent,
    GoldQuantity,
    GoldTime,
    Predicted,
    PredictedAttribution,
    PredictedEvent,
    PredictedSpan,
)

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


@dataclass(frozen=True)
class Matching:
    """A section's score for one document, with what it missed and what it found falsely (for --explain)."""

    score: Score
    missed: tuple[int, ...]  # indices into the gold items
    false: tuple[int, ...]  # indices into the predictions


def match_detail(gold: Sequence[G], predicted: Sequence[P], matches: Callable[[G, P], bool]) -> Matching:
    """Each prediction goes to the first gold item it matches, preferring one not yet matched."""
    hit: set[int] = set()
    false: list[int] = []
    for n, pred in enumerate(predicted):
        candidates = [i for i, g in enumerate(gold) if matches(g, pred)]
        if not candidates:
            false.append(n)
            continue
        hit.add(next((i for i in candidates if i not in hit), candidates[0]))
    missed = tuple(i for i in range(len(gold)) if i not in hit)
    return Matching(Score(len(hit), len(hit) + len(false), len(gold)), missed, tuple(false))


def match_items(gold: Sequence[G], predicted: Sequence[P], matches: Callable[[G, P], bool]) -> Score:
    return match_detail(gold, predicted, matches).score


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


def sources_agree(gold_source: str, entities: Mapping[str, set[str]], predicted: PredictedAttribution) -> bool:
    """An entity source must resolve to that entity (the system's spellings for its source meet the gold mentions of
    it); a free-text source must share a content word with the source as the system named it."""
    if gold_source in entities:
        spellings = predicted.source_spellings or {predicted.source_text}
        return bool(entities[gold_source] & spellings)
    return bool(content_words(gold_source) & content_words(predicted.source_text))


# -- sections -----------------------------------------------------------------------------------------------------

ATTRIBUTION_MIN_F1 = 0.5


def attribution_matcher(entities: Mapping[str, set[str]]) -> Callable[[GoldAttribution, PredictedAttribution], bool]:
    def matches(gold: GoldAttribution, pred: PredictedAttribution) -> bool:
        return token_f1(gold.content, pred.content) >= ATTRIBUTION_MIN_F1 and sources_agree(gold.source, entities, pred)

    return matches


def quote_matcher(entities: Mapping[str, set[str]] | None = None):
    """Direct quotes by exact text after normalisation; with `entities`, the speaker must be right too."""

    def matches(gold: GoldAttribution, pred: PredictedAttribution) -> bool:
        same = normalise_quote(gold.content) == normalise_quote(pred.content)
        return same and (entities is None or sources_agree(gold.source, entities, pred))

    return matches


def span_matcher(text: str, value_equal: Callable[[object, object], bool]):
    def matches(gold: GoldQuantity | GoldTime, pred: PredictedSpan) -> bool:
        return value_equal(gold.value, pred.value) and span_overlaps_text((pred.start, pred.end), text, gold.text)

    return matches


def quantity_value_equal(gold: object, pred: object) -> bool:
    return values_equal(gold, pred if isinstance(pred, (int, float)) else None)  # type: ignore[arg-type]


def time_value_equal(gold: object, pred: object) -> bool:
    return gold == pred


def event_matcher(text: str):
    def matches(gold: GoldEvent, pred: PredictedEvent) -> bool:
        return gold.date == pred.date and span_overlaps_text((pred.start, pred.end), text, gold.text)

    return matches


def boilerplate_matches(gold: str, pred: str) -> bool:
    """Gold lists lines or line prefixes."""
    g, p = " ".join(gold.split()), " ".join(pred.split())
    return bool(g and p) and (p.startswith(g) or g.startswith(p))


SECTIONS = ("attributions", "quotes", "quotes_with_speaker", "hedges", "quantities", "times", "events", "boilerplate")


@dataclass
class Evaluation:
    """The scores of one system over a gold set, and per document what each section missed and found falsely."""

    entities: Score
    sections: dict[str, Score]
    details: dict[str, dict[str, tuple[list[str], list[str]]]]  # doc -> section -> (missed, false)
    entity_pairs: tuple[list[str], list[str]]  # (missed links, false links)
    meta: dict[str, float]
    hedged: tuple[int, int]  # matched attributions whose hedged flag agrees, matched attributions
    docs: int
    # matched figures whose `about` (token F1 >= ABOUT_MIN_F1) and `when` (equal) agree with the gold, and how many
    quantity_about: tuple[int, int] = (0, 0)
    quantity_when: tuple[int, int] = (0, 0)

    def agreements(self) -> dict[str, tuple[int, int]]:
        return {"hedged": self.hedged, "quantity_about": self.quantity_about, "quantity_when": self.quantity_when}

    def as_dict(self) -> dict:
        out: dict = {"entities": self.entities.as_dict()}
        out.update({name: score.as_dict() for name, score in self.sections.items()})
        for key, (agree, matched) in self.agreements().items():
            out[key] = {"accuracy": round(agree / matched, 4) if matched else 0.0, "matched": matched}
        out["meta"] = {k: round(v, 4) for k, v in self.meta.items()}
        out["docs"] = self.docs
        return out


def entity_assignments(pairs: Sequence[tuple[GoldDoc, Predicted]]) -> tuple[dict, dict]:
    """(doc, surface) -> entity, for gold and for the system; the system's keys are global across documents."""
    gold, predicted = {}, {}
    for g, p in pairs:
        for entity in g.entities:
            for mention in entity.mentions:
                gold[(g.name, mention)] = entity.id
        for surface, key in p.mentions.items():
            predicted[(g.name, surface)] = key
    return gold, predicted


def evaluate(pairs: Sequence[tuple[GoldDoc, Predicted]]) -> Evaluation:
    """Score one system's predictions against the gold documents they were made for."""
    gold_links, predicted_links = entity_assignments(pairs)
    gold_pairs, predicted_pairs = linked_pairs(gold_links), linked_pairs(predicted_links)
    entities = Score(len(gold_pairs & predicted_pairs), len(predicted_pairs), len(gold_pairs))
    spellings: dict[str, set[str]] = {}
    for (_, mention), entity in gold_links.items():
        spellings.setdefault(entity, set()).add(mention)

    totals = {name: Score(0, 0, 0) for name in SECTIONS}
    details: dict[str, dict[str, tuple[list[str], list[str]]]] = {}
    agree = matched = 0
    about, when = [0, 0], [0, 0]
    meta = {"published": 0, "title": 0, "authors": 0}
    for g, p in pairs:
        direct_gold = [a for a in g.attributions if a.direct]
        direct_pred = [a for a in p.attributions if a.direct]
        runs = {
            "attributions": (g.attributions, p.attributions, attribution_matcher(spellings)),
            # Hedges by recall too: a gold hedged statement counts as found only when a hedged prediction matches it.
            "hedges": ([a for a in g.attributions if a.hedged], [a for a in p.attributions if a.hedged],
                       attribution_matcher(spellings)),
            "quotes": (direct_gold, direct_pred, quote_matcher()),
            "quotes_with_speaker": (direct_gold, direct_pred, quote_matcher(spellings)),
            "quantities": (g.quantities, p.quantities, span_matcher(p.text, quantity_value_equal)),
            "times": (g.times, p.times, span_matcher(p.text, time_value_equal)),
            "events": (g.events, p.events, event_matcher(p.text)),
            "boilerplate": (g.boilerplate, p.boilerplate, boilerplate_matches),
        }
        details[g.name] = {}
        for name, (gold_items, pred_items, matcher) in runs.items():
            result = match_detail(gold_items, pred_items, matcher)
            totals[name] = totals[name] + result.score
            details[g.name][name] = ([describe(gold_items[i], p.text) for i in result.missed],
                                     [describe(pred_items[i], p.text) for i in result.false])
        about_misses, when_misses = [], []
        figure_matches = span_matcher(p.text, quantity_value_equal)
        for gold_q in g.quantities:
            pred_q = next((q for q in p.quantities if figure_matches(gold_q, q)), None)
            if pred_q is None:
                continue
            about[1] += 1
            when[1] += 1
            if about_agrees(gold_q.about, pred_q.about):
                about[0] += 1
            else:
                about_misses.append(f"{gold_q.text!r} counts {gold_q.about!r}, read as {pred_q.about!r}")
            if gold_q.when == pred_q.when:
                when[0] += 1
            else:
                when_misses.append(f"{gold_q.text!r} refers to {gold_q.when}, read as {pred_q.when}")
        details[g.name]["quantity_about"] = (about_misses, [])
        details[g.name]["quantity_when"] = (when_misses, [])
        for gold_attr in g.attributions:
            pred_attr = next((a for a in p.attributions if attribution_matcher(spellings)(gold_attr, a)), None)
            if pred_attr is not None:
                matched += 1
                agree += pred_attr.hedged == gold_attr.hedged
        meta["published"] += (p.published or None) == (g.meta.published or None)
        meta["title"] += " ".join((p.title or "").split()) == " ".join((g.meta.title or "").split())
        meta["authors"] += sorted(p.authors) == sorted(g.meta.authors)
    n = len(pairs)
    why = {(g.name, surface): said for g, p in pairs for surface, said in p.joined_by.items()}
    links = (sorted(_pair_text(x, why) for x in gold_pairs - predicted_pairs),
             sorted(_pair_text(x, why) for x in predicted_pairs - gold_pairs))
    return Evaluation(entities, totals, details, links, {k: v / n if n else 0.0 for k, v in meta.items()},
                      (agree, matched), n, tuple(about), tuple(when))


ABOUT_MIN_F1 = ATTRIBUTION_MIN_F1


def about_agrees(gold: str | None, predicted: str | None) -> bool:
    """What a figure counts, scored as an attribution's content is: word-bag F1 against the gold's `about`. A gold
    figure that counts nothing in particular agrees only with a prediction that names nothing either."""
    if not gold:
        return not predicted
    return token_f1(gold, predicted or "") >= ABOUT_MIN_F1


def describe(item: object, text: str) -> str:
    """One line a developer can read in --explain."""
    if isinstance(item, str):
        return item
    if isinstance(item, (GoldAttribution, PredictedAttribution)):
        source = item.source if isinstance(item, GoldAttribution) else item.source_text
        kind = "quote" if item.direct else "claim"
        return f"{kind} by {source} [{item.cue}]{' (hedged)' if item.hedged else ''}: {item.content}"
    if isinstance(item, (GoldQuantity, GoldTime)):
        return f"{item.text!r} = {item.value}"
    if isinstance(item, GoldEvent):
        return f"{item.date}: {item.text}"
    if isinstance(item, PredictedSpan):
        return f"{text[item.start:item.end]!r} = {item.value}" + (f"  (rule {item.rule})" if item.rule else "")
    if isinstance(item, PredictedEvent):
        return f"{item.date}: {text[item.start:item.end]}"
    return repr(item)


def _pair_text(pair: frozenset, why: Mapping[tuple[str, str], str]) -> str:
    """'doc:name ~ doc:name', and why the system gave each name its key (the named rules), when it says."""
    a, b = sorted(pair)
    said = [f"{x[1]} {why[x]}" for x in (a, b) if x in why]
    return f"{a[0]}:{a[1]} ~ {b[0]}:{b[1]}" + (f"  [{' | '.join(said)}]" if said else "")
