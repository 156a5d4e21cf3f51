"""Typed records that flow between the stages: read -> clean -> extract -> store."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RawReport:
    """What a reader found in a source, before furniture removal and language detection.

    `lines` are the report's body lines as printed (the title is separate); metadata fields are None when the
    source does not say.
    """

    source: str
    kind: str
    title: str | None
    lines: tuple[str, ...]
    url: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    encoding: str | None = None
    dropped: tuple["FurnitureLine", ...] = ()  # furniture the reader already left out (HTML outside the article)
    copied_from: str | None = None  # the outlet the source says this report repeats (a forwarded Telegram post)


@dataclass(frozen=True)
class FurnitureLine:
    """A line removed from the report as page furniture, kept so a reader can see what was dropped and why.

    `line_no` counts lines of the report's body; 0 for page text that never reached the body (HTML outside the
    article)."""

    line_no: int
    text: str
    reason: str


@dataclass(frozen=True)
class Document:
    """A cleaned report. `text` is the clean text (title first); every finding's offsets point into it."""

    id: str
    source: str
    kind: str
    title: str
    text: str
    url: str | None
    outlet: str | None
    authors: tuple[str, ...]
    published: str | None
    language: str
    furniture: tuple[FurnitureLine, ...] = ()
    encoding: str | None = None
    copied_from: str | None = None  # the outlet the source says this report repeats (a forwarded Telegram post)

    @property
    def is_english(self) -> bool:
        return self.language == "en"

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def removed_lines(self) -> int:
        return len(self.furniture)

    @property
    def furniture_text(self) -> str:
        """The furniture lines one under the other: where the dates found in them point."""
        return "\n".join(f.text for f in self.furniture)

    @property
    def heading(self) -> str:
        """The title, or for a report that prints none, the opening words of its text."""
        if self.title:
            return self.title
        opening = self.text.split()
        return " ".join(opening[:10]) + (" …" if len(opening) > 10 else "")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A named-entity mention: a span of the clean text with its label and the sentence it sits in."""

    start: int
    end: int
    text: str
    label: str
    sentence: int


@dataclass(frozen=True)
class MentionRow:
    """A stored mention with its document, as cross-document stages read them."""

    doc_id: str
    text: str
    label: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True)
class Attribution:
    """Who said what: a direct quote (`direct`) or a reported statement, with its source, cue and hedge.

    `source` is the source as the text names it (a pronoun resolved to the person it stands for); `source_key` the
    actor it resolves to, None for a free-text source ("a US defence briefing"). `cue` is None for a quote that
    continues a speaker named earlier. `start`/`end` cover source, cue and content. `relay` names who passed the words
    on ("quoted by BelTA"): the speaker stays the source.
    """

    start: int
    end: int
    source: str
    source_key: str | None
    source_start: int | None
    source_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    content: str
    content_start: int
    content_end: int
    direct: bool
    hedged: bool
    hedge: str | None = None
    relay: str | None = None


@dataclass(frozen=True)
class TimeExpr:
    """A date expression and its ISO value ('2022', '2022-03', '2022-03-17', '2022-W09'); `value` None with the
    `unresolved` reason when it needs a publication date the report does not give. `in_furniture`: found in the page
    furniture (a timestamp, a caption), with `start`/`end` into `Document.furniture_text`; it makes no event."""

    start: int
    end: int
    text: str
    value: str | None
    unresolved: str | None = None
    in_furniture: bool = False


@dataclass(frozen=True)
class Quantity:
    """A figure: `value` None when vague ('several thousand'); `high` for ranges; `bound` says what an approximate
    figure promises ('max' for 'up to', 'min' for 'more than', 'about', 'range'); `about` is what it counts, said with
    the clause it stands in ('volunteers from Belarus fighting in defence of Ukraine'); `counted` the counted phrase
    alone ('volunteers from Belarus')."""

    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    about: str | None
    approx: bool
    bound: str | None = None
    high: float | None = None
    when: str | None = None
    counted: str | None = None
    measure: str | None = None  # what it measures, for series: 'political prisoner', 'age of Ihar Losik'
    rule: str | None = None  # the named rule that took the span as a figure ('number_and_unit', 'range')


@dataclass(frozen=True)
class Event:
    """A dated happening: the clause around a resolved date, with the actors named in it."""

    date: str
    start: int
    end: int
    what: str
    actors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Findings:
    """Everything extracted from one document; written to the store together with it."""

    doc_id: str
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class ReadFailure:
    """A source that could not be read, carried through a batch as a value so the batch goes on."""

    source: str
    reason: str


@dataclass
class IngestSummary:
    """Per-source outcome of one `add` run."""

    added: list[tuple[str, Document]] = field(default_factory=list)
    unchanged: list[tuple[str, Document]] = field(default_factory=list)
    failed: list[ReadFailure] = field(default_factory=list)


@dataclass(frozen=True)
class Slice:
    """Which part of a long list to read: `limit` items from `offset`, in order of `sort` (a name the list knows)."""

    offset: int = 0
    limit: int = 50
    sort: str = ""
    descending: bool = True


@dataclass(frozen=True)
class Page:
    """One page of a list, with how many items the whole list holds."""

    items: list
    total: int
    offset: int
    limit: int

    @property
    def next_offset(self) -> int | None:
        return self.offset + self.limit if self.offset + self.limit < self.total else None

    @property
    def previous_offset(self) -> int | None:
        return max(0, self.offset - self.limit) if self.offset > 0 else None


@dataclass(frozen=True)
class ReportSummary:
    """A report as a list shows it: no text, only what describes it."""

    id: str
    title: str
    outlet: str | None
    published: str | None
    language: str
    words: int
    kind: str
    source: str
    url: str | None
    removed_lines: int = 0
    copy_of: str | None = None  # the report it copies, when it copies one

    @property
    def is_english(self) -> bool:
        return self.language == "en"

    @property
    def heading(self) -> str:
        return self.title or f"(untitled report {self.id[:8]})"


# -- The picture across reports as a batch of new reports sees it (dossier.resolve.picture_batch) -----------------

@dataclass
class GroupState:
    """A claim group as a batch sees it: read from the store or made in this batch, written back at its end."""

    id: int | None
    source_key: str
    source: str
    content: str
    first_seen: str | None
    last_seen: str | None
    reports: int
    independent: int
    hedged: bool
    hedges: list[str]
    families: set[str] = field(default_factory=set)  # families added in this batch
    docs: set[str] = field(default_factory=set)  # reports added in this batch
    members: list[dict] = field(default_factory=list)
    dirty: bool = False


@dataclass
class EntryState:
    id: int | None
    date: str
    start: str
    what: str
    actors: list[str]
    keys: set[str]
    sources: int
    new_sources: list[dict] = field(default_factory=list)
    new_keys: set[str] = field(default_factory=set)
    doc_ids: set[str] = field(default_factory=set)
    dirty: bool = False


# -- Records of resolution across reports (dossier.resolve), kept by the store -------------------------------------

@dataclass(frozen=True)
class AliasDecision:
    """A person's judgement: `merge` says a and b are one actor, `split` that they are not."""

    kind: str
    a: str
    b: str


@dataclass(frozen=True)
class Join:
    """Two names made one actor, and the named rule that joined them ('same_person', 'pack', 'user_merge')."""

    a: str
    b: str
    rule: str


Step = tuple[str, str]  # (rule, the name a step leads to): one step from a spelling towards its actor's key


@dataclass(frozen=True)
class Spelling:
    """One way reports name an actor, in how many reports, and why it is that actor: the steps from the spelling to
    the actor's key (none: the spelling is the key). `traced` is False when the store holds no joins that lead there
    (a store linked by a dossier older than the named rules, until it is linked anew)."""

    surface: str
    reports: int
    steps: tuple[Step, ...]
    traced: bool = True


@dataclass
class Linked:
    """One batch's answer: the key of each (doc, surface), of each surface across reports, which of those are
    personal names worth matching later (surface -> surname block), and known keys this batch joined to another.

    Why: `shorthands` holds the steps report rules took from a (doc, surface) to the name it shortens ('surname_in_report'
    to 'Sviatlana Tsikhanouskaya'); `joins` the joins across reports that made names one, each with its rule."""

    links: dict[tuple[str, str], str]
    surface_keys: dict[str, str]
    votes: dict[str, Counter]
    blocks: dict[str, str]
    renamed: dict[str, str]
    plains: dict[str, str] = field(default_factory=dict)  # name -> its plain form, for names matched so later
    shorthands: dict[tuple[str, str], tuple[Step, ...]] = field(default_factory=dict)
    joins: tuple[Join, ...] = ()


@dataclass(frozen=True)
class Actor:
    key: str
    name: str
    type: str
    mentions: int
    documents: int
    spellings: tuple[str, ...]
    kind: str | None = None


@dataclass(frozen=True)
class CopyLink:
    copy: str
    original: str
    containment: float
