"""Terminal views of the picture. Report text is untrusted: it only ever enters rich as `Text`, never as markup."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich import box
from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from dossier.model import Actor, Attribution, Document, Findings, IngestSummary, Quantity, ReportSummary, Spelling
from dossier.resolve.actors import because
from dossier.resolve.timeline import TimelineEntry
from dossier.store.base import SearchHit

LABEL_STYLES = {
    "PERSON": "bold cyan",
    "ORG": "bold magenta",
    "GPE": "bold green",
    "LOC": "green",
    "FAC": "yellow",
    "NORP": "blue",
    "EVENT": "bold yellow",
}
SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"
MAX_SUMMARY_ROWS = 40
MAX_SHOWN_CHARS = 200  # in tables; --json and `show` give every finding whole


# C0/C1 control characters (terminal escape sequences among them) except tab and newline.
_CONTROLS = {c: "\ufffd" for c in (*range(0, 9), 11, 12, *range(14, 32), 127, *range(128, 160))}


def defang(value: str) -> str:
    """Control characters to U+FFFD, one for one, so a report cannot drive the terminal and spans keep their offsets."""
    return value.translate(_CONTROLS)


def plain(value: object, style: str = "") -> Text:
    return Text(defang("" if value is None else str(value)), style=style)


def documents_table(docs: Sequence[ReportSummary], mention_counts: dict[str, int] | None = None) -> Table:
    table = Table(title=f"Documents ({len(docs)})", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for name in ("id", "published", "lang", "words", "names", "removed", "title / outlet"):
        numeric = name in ("words", "names", "removed")
        table.add_column(name, justify="right" if numeric else "left", no_wrap=name != "title / outlet",
                         overflow="fold", ratio=1 if name == "title / outlet" else None)
    for d in docs:
        lang = plain(d.language, style="" if d.is_english else "bold red")
        title = plain(d.heading)
        if d.outlet:
            title.append("\n" + defang(d.outlet), style="dim")
        table.add_row(
            plain(d.id[:8]), plain(d.published or "?"), lang, plain(d.words),
            plain((mention_counts or {}).get(d.id, 0)), plain(d.removed_lines), title,
        )
    return table


def actors_table(actors: Sequence[Actor], title: str = "Actors") -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for name in ("actor", "type", "kind", "docs", "mentions", "spellings"):
        table.add_column(name, overflow="fold", no_wrap=name in ("type", "docs", "mentions"),
                         ratio={"actor": 2, "kind": 1, "spellings": 3}.get(name))
    for a in actors:
        table.add_row(
            plain(a.name, style=LABEL_STYLES.get(a.type, "")), plain(a.type), plain(a.kind or ""),
            plain(a.documents), plain(a.mentions), plain(" / ".join(a.spellings)),
        )
    return table


def spellings_table(spellings: Sequence[Spelling]) -> Table:
    """Every spelling of one actor, in how many reports, and the named rules that made it this actor."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    for name in ("spelling", "reports", "why"):
        table.add_column(name, overflow="fold", no_wrap=name == "reports", ratio={"spelling": 1, "why": 3}.get(name))
    for s in spellings:
        why = because(s.steps) if s.traced else "(no join recorded in this store leads here)"
        table.add_row(plain(s.surface), plain(s.reports), plain(why))
    return table


QUOTE_STYLE, CLAIM_STYLE, HEDGED_STYLE, CUE_STYLE = "italic green", "italic", "italic red", "bold underline"
FIGURE_STYLE, TIME_STYLE = "bold white on dark_magenta", "bold white on blue"


def highlighted_text(document: Document, findings: Findings) -> Text:
    """The clean text with every finding styled: quotes green, reported claims italic, hedged ones red, cues
    underlined, mentions by label. Exactly the stored spans."""
    text = plain(document.text)
    for a in findings.attributions:
        style = HEDGED_STYLE if a.hedged else QUOTE_STYLE if a.direct else CLAIM_STYLE
        text.stylize(style, a.content_start, a.content_end)
        if a.cue_start is not None and a.cue_end is not None:
            text.stylize(CUE_STYLE, a.cue_start, a.cue_end)
    for q in findings.quantities:
        text.stylize(FIGURE_STYLE, q.start, q.end)
    for t in (t for t in findings.times if not t.in_furniture):
        text.stylize(TIME_STYLE if t.value else "reverse", t.start, t.end)
    for m in findings.mentions:
        text.stylize(LABEL_STYLES.get(m.label, "underline"), m.start, m.end)
    return text


def attributions_table(rows: Sequence[tuple[Document, Attribution]], title: str) -> Table:
    """Who said what, with the evidence: document and character span of the content."""
    table = Table(title=f"{title} ({len(rows)})", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for name in ("source", "cue", "said", "hedge", "document", "span"):
        table.add_column(name, overflow="fold", no_wrap=name == "span",
                         ratio={"said": 4, "source": 2, "document": 2, "hedge": 1, "cue": 1}.get(name))
    for doc, a in rows:
        content = a.content if len(a.content) <= MAX_SHOWN_CHARS else a.content[:MAX_SHOWN_CHARS].rstrip() + " …"
        said = plain(f"“{content}”" if a.direct else content, style=HEDGED_STYLE if a.hedged else "")
        source = f"{a.source or '?'} (via {a.relay})" if a.relay else a.source or "?"
        table.add_row(plain(source), plain(a.cue or "—"), said, plain(a.hedge or ""),
                      plain(f"{doc.id[:8]} {doc.heading}"), plain(f"{a.content_start}-{a.content_end}"))
    return table


def metadata_table(document: Document, findings: Findings) -> Table:
    table = Table(show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    rows = [
        ("id", document.id), ("title", document.title or "(none printed)"), ("outlet", document.outlet), ("authors", ", ".join(document.authors)),
        ("published", document.published), ("url", document.url), ("source", document.source), ("kind", document.kind),
        ("language", document.language + ("" if document.is_english else "  (not English: stored, not extracted)")),
        ("encoding", document.encoding), ("words", document.words), ("sentences", len(findings.sentences)),
        ("mentions", len(findings.mentions)),
        ("quotes / claims", f"{sum(a.direct for a in findings.attributions)} / "
                            f"{sum(not a.direct for a in findings.attributions)} "
                            f"({sum(a.hedged for a in findings.attributions)} hedged)"),
        ("figures / dates / events", f"{len(findings.quantities)} / {len(findings.times)} / {len(findings.events)}"),
        ("furniture", f"{len(document.furniture)} lines removed"),
    ]
    for key, value in rows:
        table.add_row(key, plain(value if value not in (None, "") else "—"))
    return table


def furniture_table(document: Document) -> Table:
    table = Table(title="Removed as page furniture", title_justify="left")
    table.add_column("line", justify="right")
    table.add_column("reason")
    table.add_column("text", overflow="fold")
    for f in document.furniture:
        table.add_row(plain(f.line_no), plain(f.reason), plain(f.text))
    return table


def document_view(document: Document, findings: Findings, furniture: bool = False) -> Group:
    parts = [metadata_table(document, findings), Panel(highlighted_text(document, findings), title=plain(document.heading))]
    keys = {**LABEL_STYLES, "quote": QUOTE_STYLE, "claim": CLAIM_STYLE, "hedged": HEDGED_STYLE, "cue": CUE_STYLE,
            "figure": FIGURE_STYLE, "date": TIME_STYLE}
    legend = Text("  ".join(keys))
    for label, style in keys.items():
        start = legend.plain.find(label)
        legend.stylize(style, start, start + len(label))
    parts.append(legend)
    if furniture:
        parts.append(furniture_table(document))
    return Group(*parts)


def summary_table(summary: IngestSummary, base: Path | None = None) -> Table:
    """What happened to each source (paths shown relative to `base`); failures always listed in full."""
    table = Table(title="Ingest summary", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for name in ("status", "source", "id", "lang", "title / reason"):
        table.add_column(name, overflow="fold", no_wrap=name in ("status", "id", "lang"),
                         ratio=1 if name in ("source", "title / reason") else None)
    shown = 0
    for status, style, items in (("added", "green", summary.added), ("unchanged", "dim", summary.unchanged)):
        for source, doc in items:
            if shown < MAX_SUMMARY_ROWS:
                table.add_row(Text(status, style=style), plain(_relative(source, base)), plain(doc.id[:8]),
                              plain(doc.language), plain(doc.heading))
            shown += 1
    if shown > MAX_SUMMARY_ROWS:
        table.add_row(plain("…"), plain(f"{shown - MAX_SUMMARY_ROWS} more"), plain(""), plain(""), plain(""))
    for failure in summary.failed:
        table.add_row(Text("failed", style="bold red"), plain(_relative(failure.source, base)), plain(""), plain(""),
                      plain(failure.reason))
    table.caption = f"{len(summary.added)} added, {len(summary.unchanged)} unchanged, {len(summary.failed)} failed"
    return table


def _relative(source: str, base: Path | None) -> str:
    if base is None:
        return source
    try:
        return str(Path(source).relative_to(base))
    except ValueError:
        return source


def search_table(query: str, hits: Sequence[SearchHit]) -> Table:
    table = Table(title=plain(f"Search: {query} ({len(hits)} hits)"), title_justify="left")
    for name in ("id", "title", "snippet"):
        table.add_column(name, overflow="fold")
    for hit in hits:
        table.add_row(plain(hit.doc_id[:10]), plain(hit.title), snippet_text(hit.snippet))
    return table


def snippet_text(snippet: str) -> Text:
    """FTS snippet markers to bold spans; the snippet's own characters stay literal."""
    out = Text()
    bold = False
    for part in snippet.replace(SNIPPET_CLOSE, SNIPPET_OPEN).split(SNIPPET_OPEN):
        out.append(defang(part), style="bold yellow" if bold else "")
        bold = not bold
    return out


def evidence_table(rows: Sequence[tuple[Actor, str, str, int, int, str]]) -> Table:
    """One sentence of evidence per actor: where in which document the actor is named."""
    table = Table(title="Evidence (first mention of each top actor)", title_justify="left", box=box.SIMPLE_HEAD,
                  pad_edge=False)
    for name in ("actor", "document", "span", "sentence"):
        table.add_column(name, overflow="fold", no_wrap=name == "span", ratio={"sentence": 3, "document": 1}.get(name))
    for actor, doc_id, title, start, end, sentence in rows:
        table.add_row(plain(actor.name, style=LABEL_STYLES.get(actor.type, "")), plain(f"{doc_id[:8]} {title}"),
                      plain(f"{start}-{end}"), plain(sentence))
    return table


def figures_table(rows: Sequence[tuple[Document, Quantity]], title: str = "Figures") -> Table:
    table = Table(title=f"{title} ({len(rows)})", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for name in ("figure", "value", "counts", "when", "document", "span"):
        table.add_column(name, overflow="fold", no_wrap=name in ("span", "when"),
                         ratio={"figure": 2, "counts": 3, "document": 3, "value": 1}.get(name))
    for doc, q in rows:
        value = "—" if q.value is None else f"{q.value:,.10g}" + (f"–{q.high:,.10g}" if q.high is not None else "")
        if q.bound in ("max", "min", "about"):
            value = {"max": "≤ ", "min": "≥ ", "about": "~"}[q.bound] + value
        table.add_row(plain(q.text), plain(value), plain(q.about or q.unit or ""), plain(q.when or ""),
                      plain(f"{doc.id[:8]} {doc.published or '?'} {doc.heading}"), plain(f"{q.start}-{q.end}"))
    return table


def timeline_table(entries: Sequence[TimelineEntry]) -> Table:
    table = Table(title=f"Timeline ({len(entries)} events)", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for name in ("date", "what", "actors", "sources"):
        table.add_column(name, overflow="fold", no_wrap=name == "date", ratio={"what": 4, "actors": 2, "sources": 2}.get(name))
    for e in entries:
        sources = "\n".join(f"{s.doc_id[:8]} {s.outlet or '?'} {s.published or ''}".strip() for s in e.sources)
        table.add_row(plain(e.date), plain(e.what), plain(", ".join(e.actors)), plain(sources))
    return table
