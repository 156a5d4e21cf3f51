"""The briefing: what the stored reports say together, as Markdown or HTML, every line pointing to its evidence.

Rendered with Jinja2 templates; the HTML template autoescapes, because every string in it comes from a report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from dossier.model import Actor, Attribution, CopyLink, ReportSummary
from dossier.resolve.claims import ClaimGroup
from dossier.resolve.figures import Series
from dossier.resolve.timeline import TimelineEntry

TEMPLATES = Path(__file__).parent / "templates"


@dataclass
class Briefing:
    documents: list[ReportSummary]
    actors: list[Actor]
    claims: list[ClaimGroup]
    series: list[Series]
    timeline: list[TimelineEntry]
    copies: list[CopyLink]
    hedged: list[tuple[ReportSummary, Attribution]]
    actor: str | None = None
    made: str = field(default_factory=lambda: datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))

    @property
    def by_id(self) -> dict[str, ReportSummary]:
        return {d.id: d for d in self.documents}

    @property
    def single_source_claims(self) -> list[ClaimGroup]:
        return [c for c in self.claims if c.independent == 1 and c.count > 1]


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:,.10g}"


def _bound(q) -> str:
    text = _number(q.value)
    if q.bound == "range" and q.high is not None:
        return f"{text}–{_number(q.high)}"
    return {"max": "≤ ", "min": "≥ ", "about": "~"}.get(q.bound or "", "") + text


_MARKDOWN_ACTIVE = re.compile(r"([\\`*_\[\]])")


def markdown_text(value: object) -> object:
    """A report's words as Markdown shows them and runs nothing: HTML is written as entities (a viewer would render a
    report's <script> or <img onerror>), and link, code and emphasis marks are escaped ('[x](javascript:...)')."""
    if not isinstance(value, str):
        return value
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_ACTIVE.sub(r"\\\1", value)


def render_briefing(briefing: Briefing, fmt: str = "md") -> str:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True, finalize=None if fmt == "html" else markdown_text)
    env.filters["number"] = _number
    env.filters["bound"] = _bound
    env.filters["short"] = lambda doc_id: doc_id[:8]
    template = env.get_template("briefing.html" if fmt == "html" else "briefing.md")
    return template.render(b=briefing)
