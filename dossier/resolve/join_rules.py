"""Why two names are one actor: each rule a small function with its examples, by name, in the order they run.

Rules within one report (`REPORT_RULES`) read a shorthand as the name it shortens ('Tsikhanouskaya' is the report's
'Sviatlana Tsikhanouskaya'). Rules across reports (`JOIN_RULES`) join two names, and every join carries its rule's
name, so that `dossier alias ls --actor` and `dossier eval --explain` can say why two names were made one. The pack's
spellings are read first (`PackLookup`): a name the pack knows is its entity, by rule `pack` or `pack_person`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from anyascii import anyascii

from dossier.lexicon import en
from dossier.model import AliasDecision, Join, Step
from dossier.packs import Pack, PackEntity
from dossier.resolve.names import fold, is_cyrillic, nominative, same_person


class Known(Protocol):
    """What earlier batches resolved: the stored side of incremental resolution (empty for a one-off run)."""

    def keys_of(self, surfaces: Collection[str]) -> dict[str, str]:
        """The actor key each already-known surface (outside any one report's shorthand) has."""

    def votes_of(self, surfaces: Collection[str]) -> dict[str, Counter]:
        """How earlier mentions of each surface were labelled."""

    def people_in(self, blocks: Collection[str]) -> list[tuple[str, str]]:
        """(surface, key) of known multi-word personal names outside the pack whose surname block is one of these."""

    def written_as(self, plains: Collection[str]) -> list[tuple[str, str]]:
        """(surface, key) of known names outside the pack and not personal whose plain form is one of these."""


class NothingKnown:
    def keys_of(self, surfaces: Collection[str]) -> dict[str, str]:
        return {}

    def votes_of(self, surfaces: Collection[str]) -> dict[str, Counter]:
        return {}

    def people_in(self, blocks: Collection[str]) -> list[tuple[str, str]]:
        return []

    def written_as(self, plains: Collection[str]) -> list[tuple[str, str]]:
        return []


class PackLookup:
    """The pack entity a name stands for, and the rule that said so."""

    def __init__(self, pack: Pack, persons: Mapping[str, bool]) -> None:
        self.index = pack.alias_index()
        self.folded: dict[str, PackEntity] = {fold(s): e for e in pack.entities for s in e.spellings}
        self.people = [(s, e) for e in pack.entities if e.type == "PERSON" for s in e.spellings if len(s.split()) > 1]
        self.persons = persons
        self.found: dict[str, tuple[str, str] | None] = {}

    def __call__(self, name: str) -> str | None:
        """The pack id of a name, or None."""
        found = self.rule_of(name)
        return found[1] if found else None

    def rule_of(self, name: str) -> tuple[str, str] | None:
        """(rule, pack id) for a name the pack knows."""
        if name not in self.found:
            entity = self.index.get(name) or self.folded.get(fold(name))
            rule = "pack"
            if entity is None and len(name.split()) > 1 and self.persons.get(name, True):
                # rule `pack_person`: a full name the pack spells otherwise ('Мария Колесникова', 'Maria Kolesnikova')
                matches = {e.id: e for spelling, e in self.people if same_person(name, spelling)}
                entity = next(iter(matches.values())) if len(matches) == 1 else None
                rule = "pack_person"
            self.found[name] = (rule, entity.id) if entity else None
        return self.found[name]


@dataclass
class Batch:
    """What the rules read: the batch's mentions with their label votes, the pack, the user's decisions, and what
    earlier batches resolved."""

    rows: list[tuple[str, str, str]]  # (doc, surface, label)
    labels: dict[str, Counter]
    persons: Mapping[str, bool]  # surface -> whether its mentions are mostly labelled PERSON
    pack_id: PackLookup
    decisions: list[AliasDecision]
    known: Known
    existing: dict[str, str] = field(default_factory=dict)  # name -> the key an earlier batch gave it
    splits: frozenset[frozenset[str]] = frozenset()
    nominatives: dict[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.splits = frozenset(frozenset((fold(d.a), fold(d.b))) for d in self.decisions if d.kind == "split")

    def label(self, surface: str) -> str:
        return self.labels[surface].most_common(1)[0][0]

    def is_person(self, surface: str, default: bool = True) -> bool:
        return self.persons.get(surface, default)

    def split(self, a: str, b: str) -> bool:
        """The user said these two are different actors."""
        return frozenset((fold(a), fold(b))) in self.splits

    def node(self, name: str) -> str:
        """What a name is joined as: its pack id, else itself."""
        return self.pack_id(name) or name


@dataclass(frozen=True)
class Report:
    """One report's names: every surface, and its full personal names (as the nominative reads them)."""

    doc: str
    surfaces: list[str]
    full: frozenset[str]


# -- within one report: a shorthand is the name it shortens ------------------------------------------------------
def read_nominative(batch: Batch, surface: str) -> str | None:
    """A Russian name in another case, in the nominative: 'Александром Лукашенко' -> 'Александр Лукашенко',
    'Минске' -> 'Минск'; None when it is already so, or not a Russian name. A pack spelling is as the pack says."""
    if surface not in batch.nominatives:
        read = None
        if (is_cyrillic(surface) and surface not in batch.pack_id.index
                and batch.label(surface) in ("PERSON", "GPE", "LOC")):
            read = nominative(surface, batch.is_person(surface, False))
        batch.nominatives[surface] = read if read != surface else None
    return batch.nominatives[surface]


def _nominative(batch: Batch, report: Report, surface: str, name: str) -> str | None:
    """A Russian name in another case is the name in the nominative (`read_nominative`)."""
    return read_nominative(batch, surface)


def _surname_in_report(batch: Batch, report: Report, surface: str, name: str) -> str | None:
    """A bare surname is the one full name of the report it shortens: 'Tsikhanouskaya' after 'Sviatlana
    Tsikhanouskaya'. The small model often tags a bare Slavic surname ORG or GPE ('Kaltygina' after 'Anna
    Kaltygina'), so those count too; a place the pack knows does not."""
    if not _bare_name_outside_pack(batch, surface, name, SURNAME_LABELS):
        return None
    longer = [f for f in report.full if fold(f.split()[-1]) == fold(name)]
    return longer[0] if len(longer) == 1 else None


def _first_name_in_report(batch: Batch, report: Report, surface: str, name: str) -> str | None:
    """A bare first name is the report's one person so named ('Maria' after 'Maria Kalesnikava', 'Мария' after
    'Мария Колесникова'), when no full name there has it as a surname."""
    if not _bare_name_outside_pack(batch, surface, name, FIRST_NAME_LABELS):
        return None
    if any(fold(f.split()[-1]) == fold(name) for f in report.full):
        return None
    firsts = [f for f in report.full if fold(f.split()[0]) == fold(name)]
    return firsts[0] if len(firsts) == 1 else None


def _acronym_in_report(batch: Batch, report: Report, surface: str, name: str) -> str | None:
    """An acronym of a name the report spells out is that name: 'GM' beside 'General Motors', 'OSCE' beside
    'Organisation for Security and Co-operation in Europe'."""
    if name != surface or batch.pack_id(surface) is not None or not is_acronym(surface):
        return None
    spelled = {f for f in report.surfaces if f != surface and initials(f) == surface.replace(".", "")}
    return next(iter(spelled)) if len(spelled) == 1 else None


SURNAME_LABELS = ("PERSON", "ORG", "GPE", "LOC")
FIRST_NAME_LABELS = ("PERSON",)  # a bare word tagged ORG before a longer name is a company ('Ford', 'Lockheed')


def _bare_name_outside_pack(batch: Batch, surface: str, name: str, labels: tuple[str, ...]) -> bool:
    return batch.label(surface) in labels and len(name.split()) == 1 and batch.pack_id(name) is None


ReportRule = Callable[[Batch, Report, str, str], "str | None"]

# Each rule that reads a shorthand within one report, by name, in the order they run; each sees the name as the
# rules before it read it.
REPORT_RULES: tuple[tuple[str, ReportRule], ...] = (
    ("nominative", _nominative),
    ("surname_in_report", _surname_in_report),
    ("first_name_in_report", _first_name_in_report),
    ("acronym_in_report", _acronym_in_report),
)


# -- across reports: two names are one actor ---------------------------------------------------------------------
@dataclass(frozen=True)
class Names:
    """The batch's names after the report rules, and what those rules read (doc, surface) as."""

    names: list[str]
    shorthands: Mapping[tuple[str, str], tuple[Step, ...]]  # (doc, surface) -> ((rule, read as), ...)


EARLIER = "earlier_batch"


def _earlier_batch(batch: Batch, names: Names) -> Iterator[Join]:
    """A name an earlier batch resolved keeps the key it was given. The store keeps no such join: the joins of the
    earlier batch say why."""
    present = set(names.names)
    for name, key in batch.existing.items():
        if batch.pack_id(name) is None and name in present:
            yield Join(name, key, EARLIER)


def _acronym_spelled_out(batch: Batch, names: Names) -> Iterator[Join]:
    """An acronym the reports spell out one way only is that name in the reports that do not spell it out too."""
    spelled: dict[str, set[str]] = defaultdict(set)
    for (_, surface), steps in names.shorthands.items():
        if steps and steps[-1][0] == "acronym_in_report":
            spelled[surface].add(steps[-1][1])
    present = set(names.names)
    for acronym, full in spelled.items():
        if len(full) == 1 and acronym in present:
            yield Join(batch.node(acronym), batch.node(next(iter(full))), "acronym_spelled_out")


def _legal_form(batch: Batch, names: Names) -> Iterator[Join]:
    """An organisation's name without its legal form is the same organisation: 'Apple Inc.' and 'Apple', 'Fiat Group
    SpA' and 'Fiat'."""
    by_base: dict[str, list[str]] = defaultdict(list)
    for name, base in legal_bases(batch, names.names).items():
        by_base[base].append(name)
    present = set(names.names)
    for base, group in by_base.items():
        anchor = batch.pack_id(base) or batch.existing.get(base) or (base if base in present else group[0])
        yield from _apart_as_split(batch, group, "legal_form", [[anchor, base]])


def _written_otherwise(batch: Batch, names: Names) -> Iterator[Join]:
    """Names outside the pack, not personal, that differ only in case, dots, hyphens or script are one, in this
    batch or an earlier one: 'BRUSSELS' and 'Brussels' (a dateline), 'U.S.' and 'US', 'BelTA' and 'Belta',
    'JEF-Europe' and 'JEF Europe'. Personal names are left to `same_person`."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name, plain in plain_forms(batch, names.names).items():
        groups[plain].append(name)
    for surface, key in batch.known.written_as(groups):
        groups[plain_form(surface)].append(surface)
        yield Join(surface, key, EARLIER)
    for group in groups.values():
        yield from _apart_as_split(batch, group, "written_otherwise")


def _apart_as_split(batch: Batch, names: list[str], rule: str, ones: list[list[str]] | None = None) -> Iterator[Join]:
    """Names a rule makes one, kept apart where the user split them: each joins the first of the `ones` (the first
    name of each is what it joins) none of whose names it is split from, else starts one of its own; so a split
    holds through a third name."""
    ones = ones if ones is not None else []
    for name in names:
        home = next((one for one in ones if not any(batch.split(name, other) for other in one)), None)
        if home is None:
            ones.append([name])
            continue
        if name != home[0]:
            yield Join(home[0], name, rule)
        home.append(name)


def _same_person(batch: Batch, names: Names) -> Iterator[Join]:
    """Personal names outside the pack that are one person under another spelling, in this batch or an earlier
    one: 'Sergei Tikhanovsky' and 'Siarhei Tsikhanouski' (transliteration-aware; compared within a surname block)."""
    people = [n for n in names.names if batch.is_person(n) and batch.pack_id(n) is None and len(n.split()) > 1]
    by_block: dict[str, list[str]] = defaultdict(list)
    for n in people:
        by_block[surname_block(n)].append(n)
    earlier: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for surface, key in batch.known.people_in(by_block):
        earlier[surname_block(surface)].append((surface, key))
    for block, group in by_block.items():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if not batch.split(a, b) and same_person(a, b):
                    yield Join(a, b, "same_person")
            for b, key in earlier[block]:
                if b != a and not batch.split(a, b) and same_person(a, b):
                    yield Join(a, b, "same_person")
                    yield Join(b, key, EARLIER)


def _user_merge(batch: Batch, names: Names) -> Iterator[Join]:
    """The user said these two are one actor (`dossier alias merge`)."""
    for d in batch.decisions:
        if d.kind == "merge":
            yield Join(_key_of(d.a, batch, names.names), _key_of(d.b, batch, names.names), "user_merge")


JoinRule = Callable[[Batch, Names], Iterator[Join]]

# Each rule that joins names across reports, by name, in the order they run. The keys do not depend on the order;
# which join explains a pair does (the first that joined them), so what earlier batches resolved comes first.
JOIN_RULES: tuple[tuple[str, JoinRule], ...] = (
    (EARLIER, _earlier_batch),
    ("acronym_spelled_out", _acronym_spelled_out),
    ("legal_form", _legal_form),
    ("written_otherwise", _written_otherwise),
    ("same_person", _same_person),
    ("user_merge", _user_merge),
)

# Every rule's name, so that a store linked under other rules is linked anew; and those a spelling's steps can show.
RULE_NAMES = ("pack", "pack_person", *(n for n, _ in REPORT_RULES), *(n for n, _ in JOIN_RULES))
SAID_RULES = tuple(n for n in RULE_NAMES if n != EARLIER)


def surname_block(name: str) -> str:
    """Names are compared only within a block: the first letter of the folded surname (transliterations keep it)."""
    folded = fold(name).split()
    return folded[-1][:1] if folded else ""


def plain_form(name: str) -> str:
    """A name without case, dots, hyphens, quotes or script, its digits kept: 'U.S.' -> 'us', 'JEF-Europe' -> 'jef
    europe'; 'A320' and 'A330', 'Merval' and 'Merval 25' stay apart."""
    return " ".join(re.sub(r"[^a-z0-9\s]", " ", anyascii(name.replace(".", "")).lower()).split())


def plain_forms(batch: Batch, names: Collection[str]) -> dict[str, str]:
    """name -> its plain form, for the names outside the pack that are not personal (those `written_otherwise`
    compares, in this batch and later ones)."""
    return {n: plain for n in names if not batch.is_person(n) and batch.pack_id(n) is None and (plain := plain_form(n))}


def legal_bases(batch: Batch, names: Collection[str]) -> dict[str, str]:
    """name -> its base, for the organisations outside the pack written with a legal form."""
    bases = {n: org_base(n) for n in names if not batch.is_person(n) and batch.pack_id(n) is None}
    return {n: b for n, b in bases.items() if b != n and b}


_LEGAL_FORMS = re.compile(rf"(?:,?\s+{en.alternation(en.LEGAL_FORMS)}\.?)+$", re.IGNORECASE)


def org_base(name: str) -> str:
    """An organisation's name without its legal form: 'General Motors Corporation' -> 'General Motors'."""
    return _LEGAL_FORMS.sub("", name).strip(" ,")


def is_acronym(name: str) -> bool:
    bare = name.replace(".", "")
    return 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()


def initials(name: str) -> str:
    """'General Motors' -> 'GM'; 'Organisation for Security and Co-operation in Europe' -> 'OSCE'."""
    words = [w for w in re.split(r"[\s-]+", org_base(name)) if w and w.lower() not in en.ACRONYM_SKIPS]
    return "".join(w[0] for w in words if w[0].isupper()) if len(words) > 1 else ""


def _key_of(name: str, batch: Batch, names: list[str]) -> str:
    """A name the user typed, as the key it has in this corpus (pack id, known key, or the spelling it matches)."""
    found = batch.pack_id(name) or batch.existing.get(name)
    if found:
        return found
    folded = fold(name)
    return next((n for n in names if fold(n) == folded), name)
