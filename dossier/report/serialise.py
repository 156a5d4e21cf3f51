"""The picture as JSON: one shape for each record, used by the API, the CLI's --json and the exports alike."""

from __future__ import annotations

from dataclasses import asdict

from dossier.model import Actor, Attribution, CopyLink, Document, Findings, Quantity, ReportSummary
from dossier.resolve.claims import ClaimGroup
from dossier.resolve.figures import Conflict, Series, SeriesPoint
from dossier.resolve.timeline import TimelineEntry

FINDINGS = ("sentences", "mentions", "attributions", "quantities", "times", "events")


def report_json(doc: Document | ReportSummary, findings: Findings | None = None, text: bool = True) -> dict:
    """A report, without its text unless `text`, and with every finding (spans into the text) when given them."""
    data = asdict(doc)
    if not text:
        data.pop("text", None)
    if findings is not None:
        for name in FINDINGS:
            data[name] = [asdict(x) for x in getattr(findings, name)]
    return data


def attribution_json(doc: Document | ReportSummary, a: Attribution) -> dict:
    return {"document": doc.id, "title": doc.title, "outlet": doc.outlet, "published": doc.published, **asdict(a)}


def figure_json(doc: Document | ReportSummary, q: Quantity) -> dict:
    return {"document": doc.id, "title": doc.title, "outlet": doc.outlet, "published": doc.published, **asdict(q)}


def actor_json(a: Actor) -> dict:
    return asdict(a)


def claim_json(g: ClaimGroup) -> dict:
    return {"source": g.source, "source_key": g.source_key, "content": g.content, "independent_sources": g.independent,
            "report_count": g.count, "reports": [attribution_json(d, a) for d, a in g.reports],
            "first_seen": g.first_seen, "hedged": g.hedged, "hedges": g.hedges}


def point_json(p: SeriesPoint) -> dict:
    return {"text": p.quantity.text, "value": p.quantity.value, "bound": p.quantity.bound, "when": p.when,
            "document": p.doc.id, "outlet": p.doc.outlet, "start": p.quantity.start, "end": p.quantity.end}


def conflict_json(c: Conflict) -> dict:
    return {"points": [point_json(c.first), point_json(c.second)], "why": c.why}


def series_json(s: Series) -> dict:
    return {"measure": s.measure, "point_count": s.count, "points": [point_json(p) for p in s.points],
            "changes": [[point_json(a), point_json(b)] for a, b in s.changes],
            "conflicts": [conflict_json(c) for c in s.conflicts]}


def entry_json(e: TimelineEntry) -> dict:
    return {"date": e.date, "what": e.what, "actors": e.actors, "source_count": e.count,
            "sources": [asdict(x) for x in e.sources]}


def copy_json(row) -> dict:
    """A copy link with both reports described (a row of Picture.copies), or a bare CopyLink."""
    if isinstance(row, CopyLink):
        return asdict(row)
    m = row._mapping
    return {"copy": m["copy"], "original": m["original"], "containment": m["containment"],
            "copy_report": {"title": m["copy_title"], "outlet": m["copy_outlet"], "published": m["copy_published"]},
            "original_report": {"title": m["original_title"], "outlet": m["original_outlet"],
                                "published": m["original_published"]}}


def changes_json(found) -> dict:
    """`dossier.changes.Changes` as JSON."""
    def claim(c) -> dict:
        return {"source": c.source, "content": c.content, "independent_sources": c.independent,
                "evidence": [attribution_json(d, a) for d, a in c.evidence]}

    return {"since": found.since, "reports": [report_json(d, text=False) for d in found.reports],
            "new_claims": [claim(c) for c in found.new_claims],
            "newly_corroborated": [claim(c) for c in found.corroborated],
            "figures_moved": [{"measure": m.measure, "before": point_json(m.before), "now": point_json(m.now)}
                              for m in found.moved],
            "new_conflicts": [conflict_json(c) for c in found.conflicts],
            "actors_first_seen": [actor_json(a) for a in found.actors]}
