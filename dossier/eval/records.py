"""Gold annotations (../shared/gold/SCHEMA.md) and what a system predicted, side by side, as plain records.

Dossier and every peer tool are turned into the same `Predicted` records, so one matcher scores them all.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class GoldEntity:
    id: str
    type: str
    name: str
    mentions: tuple[str, ...]


@dataclass(frozen=True)
class GoldAttribution:
    source: str
    cue: str | None
    direct: bool
    content: str
    hedged: bool


@dataclass(frozen=True)
class GoldQuantity:
    text: str
    value: float | None
    unit: str | None = None
    about: str | None = None
    approx: bool = False
    when: str | None = None


@dataclass(frozen=True)
class GoldTime:
    text: str
    value: str


@dataclass(frozen=True)
class GoldEvent:
    date: str
    what: str
    text: str
    actors: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldMeta:
    title: str | None
    outlet: str | None
    authors: tuple[str, ...]
    published: str | None
    genre: str | None = None


@dataclass(frozen=True)
class GoldDoc:
    name: str  # the document's file name, e.g. 000_x.txt
    meta: GoldMeta
    boilerplate: tuple[str, ...] = ()
    entities: tuple[GoldEntity, ...] = ()
    attributions: tuple[GoldAttribution, ...] = ()
    quantities: tuple[GoldQuantity, ...] = ()
    times: tuple[GoldTime, ...] = ()
    events: tuple[GoldEvent, ...] = ()


@dataclass(frozen=True)
class PredictedAttribution:
    source_text: str  # the source as the text names it ("she", "Tsikhanouskaya", "a US defence briefing")
    content: str
    direct: bool
    cue: str | None = None
    hedged: bool = False
    # Every spelling of the entity the system resolved the source to; empty for a free-text source.
    source_spellings: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PredictedSpan:
    """A quantity or time: its span in `Predicted.text` and its normalised value."""

    start: int
    end: int
    value: float | str | None
    about: str | None = None  # what a figure counts, for quantities (scored on the matched ones)
    when: str | None = None  # the time a figure refers to
    rule: str | None = None  # the named rule that took it as a figure, shown by --explain


@dataclass(frozen=True)
class PredictedEvent:
    date: str
    start: int
    end: int


@dataclass
class Predicted:
    """What one system found in one document. Spans point into `text`, the text the system read."""

    name: str
    text: str
    mentions: dict[str, str] = field(default_factory=dict)  # surface string -> entity key (global across documents)
    mention_labels: dict[str, str] = field(default_factory=dict)  # surface string -> entity label
    joined_by: dict[str, str] = field(default_factory=dict)  # surface string -> why it has its key, for --explain
    attributions: list[PredictedAttribution] = field(default_factory=list)
    quantities: list[PredictedSpan] = field(default_factory=list)
    times: list[PredictedSpan] = field(default_factory=list)
    events: list[PredictedEvent] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
