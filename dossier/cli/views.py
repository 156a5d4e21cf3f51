"""Commands that show the picture: entities, quotes, claims, figures, timeline, brief, copies, demo."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Optional

import typer

from dossier import picture
from dossier.cli.common import (
    DbOption,
    JsonOption,
    PackOption,
    app,
    emit_json,
    err,
    open_at,
    out,
    report_failures,
    run_ingest,
)
from dossier.errors import DossierError
from dossier.ingest import IngestOptions
from dossier.model import Slice
from dossier.packs import load_pack
from dossier.picture import Picture
from dossier.report import serialise, terminal
from dossier.resolve.actor_tally import ACTOR_LABELS
from dossier.store import default_db


@app.command()
def entities(
    db: DbOption = None,
    type_: Annotated[Optional[str], typer.Option("--type", help="Only this type (PERSON, ORG, GPE, ...).")] = None,
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 50,
    pack: PackOption = None,
    json_out: JsonOption = False,
) -> None:
    """Actors named in the stored reports, with mention and document counts."""
    labels = frozenset({type_.upper()}) if type_ else ACTOR_LABELS
    with open_at(db) as store:
        found = Picture(store, load_pack(tuple(pack or ()))).actors(Slice(0, limit), labels).items
    if json_out:
        emit_json([asdict(a) for a in found])
    else:
        out.print(terminal.actors_table(found))


@app.command()
def quotes(
    db: DbOption = None,
    by: Annotated[Optional[str], typer.Option("--by", help="Only quotes by this source (any spelling).")] = None,
    pack: PackOption = None,
    json_out: JsonOption = False,
) -> None:
    """Direct quotes with their speakers and documents."""
    with open_at(db) as store:
        rows = Picture(store, load_pack(tuple(pack or ()))).statements(direct=True, by=by)
    if json_out:
        emit_json([serialise.attribution_json(d, a) for d, a in rows])
    else:
        out.print(terminal.attributions_table(rows, "Quotes" + (f" by {by}" if by else "")))


@app.command()
def claims(
    db: DbOption = None,
    hedged: Annotated[bool, typer.Option("--hedged", help="Only claims the text marks as unverified.")] = False,
    by: Annotated[Optional[str], typer.Option("--by", help="Only claims by this source (any spelling).")] = None,
    pack: PackOption = None,
    json_out: JsonOption = False,
) -> None:
    """Reported statements (and quotes) with their sources, cues and hedges."""
    with open_at(db) as store:
        view = Picture(store, load_pack(tuple(pack or ())))
        rows = view.statements(by=by, hedged=True if hedged else None)
        groups = view.claims(Slice(0, 1), by=by, hedged=True if hedged else None).total
    if json_out:
        emit_json([serialise.attribution_json(d, a) for d, a in rows])
    else:
        # the web page's count too: statements, and the claims across reports they make
        title = (f"{'Hedged claims' if hedged else 'Claims'}{f' by {by}' if by else ''}: {len(rows)} statements, "
                 f"{groups} claims across reports")
        out.print(terminal.attributions_table(rows, title))


@app.command()
def figures(
    db: DbOption = None,
    about: Annotated[Optional[str], typer.Option("--about", help="Only figures about this (e.g. volunteers).")] = None,
    by_series: Annotated[bool, typer.Option("--series", help="Group by measure over time, with changes and conflicts.")] = False,
    json_out: JsonOption = False,
) -> None:
    """Reported figures: what each counts, how exact it is, when it refers to, and where it is reported."""
    if by_series:
        _print_series(db, about, json_out)
        return
    with open_at(db) as store:
        view = Picture(store)
        rows = view.every(view.figures, counted=about)
    if json_out:
        emit_json([serialise.figure_json(d, q) for d, q in rows])
    else:
        out.print(terminal.figures_table(rows, f"Figures about {about}" if about else "Figures"))


def _print_series(db: str | None, about: str | None, json_out: bool) -> None:
    with open_at(db) as store:
        view = Picture(store)
        found = view.every(view.series, measure=about)
    if json_out:
        emit_json([serialise.series_json(s) for s in found])
        return
    for s in found:
        steps = " → ".join(f"{p.quantity.text} ({p.when or 'undated'}, {p.doc.outlet or p.doc.id[:8]})" for p in s.points)
        out.print(terminal.plain(f"{s.measure}: {steps}"), soft_wrap=True)
        for conflict in s.conflicts:
            out.print(terminal.plain(f"   conflict: {conflict.why}"), style="red", soft_wrap=True)


@app.command()
def timeline(
    db: DbOption = None,
    start: Annotated[Optional[str], typer.Option("--from", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    end: Annotated[Optional[str], typer.Option("--to", help="Up to this date.")] = None,
    actor: Annotated[Optional[str], typer.Option("--actor", help="Only events naming this actor (any spelling).")] = None,
    chart: Annotated[Optional[str], typer.Option("--chart", help="Also draw the timeline to this SVG file.")] = None,
    multi: Annotated[bool, typer.Option("--multi", help="Only happenings that several reports tell.")] = False,
    pack: PackOption = None,
    json_out: JsonOption = False,
) -> None:
    """Dated events across all reports; the same happening told by several reports is one entry with every source."""
    from dossier.report.timeline_chart import timeline_svg

    with open_at(db) as store:
        view = Picture(store, load_pack(tuple(pack or ())))
        entries = view.every(view.timeline, start, end, actor, multi, descending=False)
    if chart:
        with open(chart, "w", encoding="utf-8") as handle:
            handle.write(timeline_svg(entries, "dossier timeline" + (f": {actor}" if actor else "")))
        err.print(terminal.plain(f"timeline chart written to {chart}"))
    if json_out:
        emit_json([serialise.entry_json(e) for e in entries])
    else:
        out.print(terminal.timeline_table(entries))


@app.command()
def brief(
    db: DbOption = None,
    actor: Annotated[Optional[str], typer.Option("--actor", help="A briefing on this actor (any spelling).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="md or html.")] = "md",
    output: Annotated[Optional[str], typer.Option("--out", help="Write to this file instead of printing.")] = None,
    pack: PackOption = None,
) -> None:
    """A briefing: actors and their names, claims by independent sources, figures over time, timeline, caveats."""
    from dossier.report.briefing import render_briefing

    if fmt not in ("md", "html"):
        raise DossierError(f"--format takes md or html, not {fmt!r}")
    with open_at(db) as store:
        text = render_briefing(Picture(store, load_pack(tuple(pack or ()))).briefing(actor), fmt)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        err.print(terminal.plain(f"briefing written to {output}"))
    else:
        sys.stdout.write(text)


@app.command()
def copies(db: DbOption = None, json_out: JsonOption = False) -> None:
    """Reports that copy or rewrite another, linked to their original."""
    with open_at(db) as store:
        view = Picture(store)
        links = view.copy_links()
        docs = store.summaries({d for link in links for d in (link.copy, link.original)})
    if json_out:
        emit_json([asdict(link) for link in links])
        return
    for link in links:
        c, o = docs[link.copy], docs[link.original]
        out.print(terminal.plain(f"{c.id[:8]} {c.outlet or '?'} {c.published or ''} “{c.title}”\n   copies "
                                 f"{o.id[:8]} {o.outlet or '?'} {o.published or ''} “{o.title}” "
                                 f"({link.containment:.0%} of its wording)"), soft_wrap=True)
    if not links:
        out.print(terminal.plain("No report copies another."))


@app.command()
def demo(db: DbOption = None, top: Annotated[int, typer.Option(help="How many top actors to show.")] = 12) -> None:
    """Ingest the bundled sample reports and print the picture they make."""
    samples = picture.samples_dir()
    out.print(terminal.plain(f"Reading the sample reports in {samples} into {db or default_db()}"))
    with open_at(db) as store:
        summary = run_ingest([str(samples)], store, IngestOptions(), False)
        report_failures(summary)
        out.print(terminal.summary_table(summary, samples))
        view = Picture(store)
        docs = view.every(view.reports)
        out.print(terminal.documents_table(docs, store.mention_counts_in([d.id for d in docs])))
        chosen = view.actors(Slice(0, top), frozenset({"PERSON", "ORG"})).items
        out.print(terminal.actors_table(chosen, title="Top actors (people and organisations)"))
        out.print(terminal.evidence_table(view.evidence(chosen[:6])))
        out.print(terminal.attributions_table(view.latest_quote_per_speaker()[:6],
                                              "Who said what (latest quote of each speaker)"))
        out.print(terminal.attributions_table(view.statements(hedged=True)[:4], "Claims the reports mark as unverified"))
        out.print(terminal.figures_table(view.every(view.figures, counted="volunteer"),
                                         "Figures about volunteers, by report"))
        entries = view.every(view.timeline, descending=False)
    from dossier.report.timeline_chart import timeline_svg

    chart = Path(db or default_db()).with_name("timeline.svg")
    chart.write_text(timeline_svg(entries, "dossier demo: timeline of the sample reports"), encoding="utf-8")
    out.print(terminal.plain(f"Timeline of {len(entries)} events drawn to {chart} (open it in a browser; hover a mark "
                             "for its sources)."))
    from dossier.report.briefing import render_briefing

    with open_at(db) as store:
        page = chart.with_name("briefing.html")
        page.write_text(render_briefing(Picture(store).briefing(), "html"), encoding="utf-8")
    out.print(terminal.plain(f"Briefing (actors, claims by independent sources, figures over time, caveats) written to {page}."))
    out.print(terminal.plain("Next: `dossier show ID`, `dossier entities`, `dossier quotes --by NAME`, `dossier claims "
                             "--hedged`, `dossier search WORDS` (add --db to each if you gave one)."))
