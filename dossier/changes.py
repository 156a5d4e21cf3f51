"""What changed since an analyst last looked: new reports, new claims and claims newly corroborated by an independent
source, figures that moved, new conflicts between sources, actors seen for the first time; each with its evidence.
`since` is compared with the moment each report was added to the store."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dossier.errors import DossierError
from dossier.model import Actor, Attribution, ReportSummary
from dossier.picture import Picture
from dossier.resolve.figures import Conflict, SeriesPoint, compatible


@dataclass
class ClaimChange:
    source: str
    content: str
    independent: int
    evidence: list[tuple[ReportSummary, Attribution]]  # the new reports' statements


@dataclass
class FigureChange:
    measure: str
    before: SeriesPoint
    now: SeriesPoint


@dataclass
class Changes:
    since: str
    reports: list[ReportSummary] = field(default_factory=list)
    new_claims: list[ClaimChange] = field(default_factory=list)
    corroborated: list[ClaimChange] = field(default_factory=list)
    moved: list[FigureChange] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)


def since_moment(value: str) -> str:
    """A date (YYYY-MM-DD) or a moment (YYYY-MM-DDTHH:MM) as the ISO text `added_at` is compared with."""
    value = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?", value):
        raise DossierError(f"--since {value!r}: give a date (2026-12-01) or a moment (2026-12-01T08:00)")
    return value.replace(" ", "T")


def changes(view: Picture, since: str) -> Changes:
    store = view.store
    found = Changes(since)
    found.reports = store.added_since(since)
    new = {d.id for d in found.reports}
    if not new:
        return found
    _claims(view, found, new, since)
    _figures(view, found, new)
    found.actors = [a for a in (store.actor(k) for k in store.actors_first_seen(new, since)) if a is not None]
    found.actors.sort(key=lambda a: (-a.documents, a.name))
    return found


def _claims(view: Picture, found: Changes, new: set[str], since: str) -> None:
    store = view.store
    touched = store.groups_touched(new)
    rows = store.attribution_rows({m.attribution_id for _, members in touched for m in members if m.doc_id in new})
    docs = store.summaries({doc for doc, _ in rows.values()})
    names = store.actor_names({g.source_key for g, _ in touched})
    for group, members in touched:
        old = [m for m in members if m.added_at < since]
        fresh = [m for m in members if m.doc_id in new]
        evidence = [(docs[rows[m.attribution_id][0]], rows[m.attribution_id][1]) for m in fresh
                    if m.attribution_id in rows and rows[m.attribution_id][0] in docs]
        change = ClaimChange(names.get(group.source_key, group.source), group.content, group.independent, evidence)
        if not old:
            found.new_claims.append(change)
        elif {m.family for m in fresh} - {m.family for m in old}:  # a family the claim did not have
            found.corroborated.append(change)
    found.new_claims.sort(key=lambda c: -c.independent)
    found.corroborated.sort(key=lambda c: -c.independent)


def _figures(view: Picture, found: Changes, new: set[str]) -> None:
    for measure in view.store.measures_touched(new):
        series = view.series_of(measure)
        if series is None:
            continue
        ordered = series.points
        for a, b in zip(ordered, ordered[1:]):
            if b.doc.id in new and a.doc.id not in new and not compatible(a.quantity, b.quantity):
                found.moved.append(FigureChange(measure, a, b))
        found.conflicts += [c for c in series.conflicts if c.first.doc.id in new or c.second.doc.id in new]
