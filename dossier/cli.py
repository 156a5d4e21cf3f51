"""`dossier`: the command line. Each command parses its arguments, calls the library, and prints."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dossier import picture
from dossier.crossdoc import Resolved, bring_up_to_date
from dossier.errors import DossierError
from dossier.extract import load_pipeline
from dossier.extract.cores import default_cores
from dossier.ingest import IngestOptions, add_reports
from dossier.model import Attribution, Document, Findings, IngestSummary, ReportSummary, Slice
from dossier.packs import load_pack
from dossier.picture import Picture
from dossier.read import find_sources
from dossier.read.clean import ReportDefaults
from dossier.read.decode import DEFAULT_MAX_BYTES
from dossier.report import terminal
from dossier.resolve.actors import AliasDecision
from dossier.resolve.entities import ACTOR_LABELS
from dossier.store import Store, default_db, open_store

app = typer.Typer(
    help="dossier: turn news reports into one evidence-linked picture of a situation.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

DbOption = Annotated[Optional[str], typer.Option("--db", help="Store: a SQLite file path (default: $DOSSIER_DB or the user data directory).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]
PackOption = Annotated[Optional[list[str]], typer.Option("--pack", help="Extra data pack (YAML file or folder); repeatable.")]


def _emit_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _store(db: str | None) -> Store:
    return open_store(db or default_db())


def _doc_json(doc: Document, findings: Findings | None = None, text: bool = True) -> dict:
    data = asdict(doc)
    data["furniture"] = [asdict(f) for f in doc.furniture]
    if not text:
        data.pop("text")
    if findings is not None:
        data["sentences"] = [asdict(s) for s in findings.sentences]
        data["mentions"] = [asdict(m) for m in findings.mentions]
        for name in ("attributions", "quantities", "times", "events"):
            data[name] = [asdict(x) for x in getattr(findings, name)]
    return data


_PROGRESS_COLUMNS = (TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                     TimeElapsedColumn())


def _progress(hide: bool = False) -> Progress:
    """A progress bar on standard error, gone when done, and not drawn at all when that is no terminal."""
    return Progress(*_PROGRESS_COLUMNS, console=err, transient=True, disable=hide or not err.is_terminal)


@contextmanager
def _steps(total: int) -> Iterator[Callable[[str], None]]:
    """A bar over `total` named steps; the callable names the step starting and advances the bar."""
    with _progress() as progress:
        task = progress.add_task("benchmark", total=total)
        yield lambda step: (progress.update(task, description=step), progress.advance(task))


def _run_ingest(paths: list[str], store: Store, options: IngestOptions, quiet: bool) -> IngestSummary:
    """`add_reports` with progress bars: reading (a bar per source), then linking across the store."""
    total = sum(1 for _ in find_sources(paths))
    with _progress(quiet) as progress:
        task = progress.add_task("reading reports", total=total)
        linking = progress.add_task("linking across reports", total=None, visible=False)

        def linked(n: int) -> None:
            progress.update(linking, visible=True)
            progress.advance(linking, n)

        summary, _ = add_reports(paths, store, options, lambda: load_pipeline(None, options.packs),
                                 lambda _s: progress.advance(task), linked)
    return summary


def _link_across_reports(store: Store, packs: tuple[str, ...], added: int, quiet: bool) -> Resolved:
    """The picture across reports brought up to date now, so that the first query after an ingest does not wait."""
    with _progress(quiet) as progress:
        task = progress.add_task("linking across reports", total=2 * added or None)
        return bring_up_to_date(store, load_pack(packs), on_batch=lambda n: progress.advance(task, n))


def _waiting_for_writer(db: str | None) -> None:
    err.print(terminal.plain(f"another dossier is writing to {db or default_db()}; waiting for it to finish "
                             "(reports are added one writer at a time)"), style="yellow", soft_wrap=True)


def _report_failures(summary: IngestSummary) -> None:
    for failure in summary.failed:
        err.print(terminal.plain(f"error: {failure.source}: {failure.reason}"), style="red", soft_wrap=True)


@app.command()
def add(
    paths: Annotated[list[str], typer.Argument(help="Files (txt, md, html, jsonl, pdf, eml, RSS/Atom, a Telegram "
                                                     "export's result.json), folders (read recursively), http(s) "
                                                     "URLs of pages or feeds, or - for standard input.")],
    db: DbOption = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date for reports that do not state one.")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Outlet for reports that do not state one.")] = None,
    max_bytes: Annotated[int, typer.Option(help="Largest file read, in bytes.")] = DEFAULT_MAX_BYTES,
    pack: PackOption = None,
    dask: Annotated[Optional[str], typer.Option("--dask", help="Run read+extract on the Dask scheduler at this address.")] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", help="Run read+extract on a local Dask cluster of N processes.")] = None,
    budget: Annotated[float, typer.Option(help="Times each report's extraction time budget (30 s + 60 s per MB); "
                                                "0 turns it off.")] = 1.0,
    cores: Annotated[Optional[int], typer.Option("--cores", help="Processes that parse and extract (default: every "
                                                                 "core; 1: this process only).")] = None,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Fetch URLs on this machine or its private "
                                                                        "network too (refused by default).")] = False,
    json_out: JsonOption = False,
) -> None:
    """Read reports into the store, parsing on every core; one process writes. Exits 1 when any input failed; the
    others are still stored."""
    options = IngestOptions(ReportDefaults(published, outlet), max_bytes, tuple(pack or ()), budget,
                            cores if cores is not None else default_cores(), True if allow_private else None)
    with _store(db) as store, store.writing(lambda: _waiting_for_writer(db)):
        if dask or workers:
            from dossier.scale.dask_ingest import ingest_dask

            sources = list(find_sources(paths))
            with _progress(json_out) as progress:
                task = progress.add_task("reading reports on Dask", total=len(sources))
                summary = ingest_dask(sources, store, options, dask, workers or 2, lambda _s: progress.advance(task))
            _link_across_reports(store, options.packs, len(summary.added), json_out)
        else:
            summary = _run_ingest(paths, store, options, json_out)
    _report_failures(summary)
    if json_out:
        _emit_json({
            "added": [{"source": s, "id": d.id, "title": d.title, "language": d.language} for s, d in summary.added],
            "unchanged": [{"source": s, "id": d.id, "title": d.title} for s, d in summary.unchanged],
            "failed": [asdict(f) for f in summary.failed],
        })
    else:
        out.print(terminal.summary_table(summary))
    if summary.failed:
        raise typer.Exit(1)


@app.command("ls")
def list_documents(db: DbOption = None, json_out: JsonOption = False) -> None:
    """List stored documents, newest first."""
    with _store(db) as store:
        view = Picture(store, bring=False)
        docs = view.every(view.reports)
        counts = store.mention_counts_in([d.id for d in docs])
    if json_out:
        _emit_json([{**asdict(d), "mentions": counts.get(d.id, 0)} for d in docs])
    else:
        out.print(terminal.documents_table(docs, counts))


@app.command()
def show(
    doc: Annotated[str, typer.Argument(help="Document id, or the first characters of it.")],
    db: DbOption = None,
    furniture: Annotated[bool, typer.Option("--furniture", help="Also show the lines removed as page furniture.")] = False,
    json_out: JsonOption = False,
) -> None:
    """Show one document: metadata, clean text with mentions highlighted."""
    with _store(db) as store:
        document = store.get(doc)
        findings = store.findings(document.id)
    if json_out:
        _emit_json(_doc_json(document, findings))
    else:
        out.print(terminal.document_view(document, findings, furniture))


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
    with _store(db) as store:
        found = Picture(store, load_pack(tuple(pack or ()))).actors(Slice(0, limit), labels).items
    if json_out:
        _emit_json([asdict(a) for a in found])
    else:
        out.print(terminal.actors_table(found))


def _attribution_json(doc: Document | ReportSummary, a: Attribution) -> dict:
    return {"document": doc.id, "title": doc.title, "published": doc.published, **asdict(a)}


@app.command()
def quotes(
    db: DbOption = None,
    by: Annotated[Optional[str], typer.Option("--by", help="Only quotes by this source (any spelling).")] = None,
    pack: PackOption = None,
    json_out: JsonOption = False,
) -> None:
    """Direct quotes with their speakers and documents."""
    with _store(db) as store:
        rows = Picture(store, load_pack(tuple(pack or ()))).statements(direct=True, by=by)
    if json_out:
        _emit_json([_attribution_json(d, a) for d, a in rows])
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
    with _store(db) as store:
        view = Picture(store, load_pack(tuple(pack or ())))
        rows = view.statements(by=by, hedged=True if hedged else None)
        groups = view.claims(Slice(0, 1), by=by, hedged=True if hedged else None).total
    if json_out:
        _emit_json([_attribution_json(d, a) for d, a in rows])
    else:
        # the web page's count too: statements, and the claims across reports they make
        title = (f"{'Hedged claims' if hedged else 'Claims'}{f' by {by}' if by else ''}: {len(rows)} statements, "
                 f"{groups} claims across reports")
        out.print(terminal.attributions_table(rows, title))


alias_app = typer.Typer(help="Your own decisions on who is who: they win over the automatic matching.",
                        no_args_is_help=True)
app.add_typer(alias_app, name="alias")


@alias_app.command("merge")
def alias_merge(a: str, b: str, db: DbOption = None) -> None:
    """A and B are one actor (e.g. 'Sergei Tikhanovsky' 'Syarhei Tsikhanouski')."""
    with _store(db) as store:
        store.add_decision(AliasDecision("merge", a, b))
    out.print(terminal.plain(f"merged: {a} = {b}"))


@alias_app.command("split")
def alias_split(a: str, b: str, db: DbOption = None) -> None:
    """A and B are different actors, however alike their names."""
    with _store(db) as store:
        store.add_decision(AliasDecision("split", a, b))
    out.print(terminal.plain(f"split: {a} ≠ {b}"))


@alias_app.command("ls")
def alias_ls(db: DbOption = None, json_out: JsonOption = False) -> None:
    """The decisions made so far."""
    with _store(db) as store:
        decisions = store.decisions()
    if json_out:
        _emit_json([asdict(d) for d in decisions])
    else:
        for d in decisions:
            out.print(terminal.plain(f"{d.kind:5}  {d.a}  {'=' if d.kind == 'merge' else '≠'}  {d.b}"))


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(help="RSS or Atom feeds: URLs or files.")],
    db: DbOption = None,
    every_: Annotated[str, typer.Option("--every", help="Poll this often (15m, 2h, 1d).")] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll once and stop.")] = False,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Fetch from this machine's own network too.")] = False,
    pack: PackOption = None,
    json_out: JsonOption = False,
) -> None:
    """Poll feeds and add what is new; the store remembers what each feed had, so a second poll adds nothing."""
    import time

    from dossier.watch import every, poll

    interval = every(every_)
    options = IngestOptions(packs=tuple(pack or ()), allow_private=True if allow_private else None)
    while True:
        with _store(db) as store:
            polls = poll(feeds, store, lambda: load_pipeline(None, options.packs), options)
        failed = False
        for p in polls:
            _report_failures(p.summary)
            failed |= bool(p.summary.failed)
            if json_out:
                _emit_json({"feed": p.feed, "new_entries": p.new_entries,
                            "added": [{"id": d.id, "title": d.title} for _, d in p.summary.added],
                            "failed": [asdict(f) for f in p.summary.failed]})
            else:
                out.print(terminal.plain(f"{p.feed}: {p.new_entries} new entries, {len(p.summary.added)} reports added, "
                                         f"{len(p.summary.failed)} failed"), soft_wrap=True)
        if once:
            if failed:
                raise typer.Exit(1)
            return
        time.sleep(interval)


@app.command()
def changes(
    since: Annotated[str, typer.Option("--since", help="Since this date or moment (2026-12-01 or 2026-12-01T08:00), "
                                                       "when reports were added.")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """What is new since then: reports, claims (and claims newly corroborated by an independent source), figures
    that moved, conflicts between sources, actors seen for the first time; each with its evidence."""
    from dossier.changes import changes as what_changed
    from dossier.changes import since_moment
    from dossier.report.serialise import changes_json

    with _store(db) as store:
        found = what_changed(Picture(store), since_moment(since))
    if json_out:
        _emit_json(changes_json(found))
        return
    say = lambda text, style="": out.print(terminal.plain(text), style=style, soft_wrap=True)  # noqa: E731
    say(f"Since {found.since}: {len(found.reports)} new reports, {len(found.new_claims)} new claims, "
        f"{len(found.corroborated)} newly corroborated, {len(found.moved)} figures moved, {len(found.conflicts)} new "
        f"conflicts, {len(found.actors)} actors seen for the first time.")
    for d in found.reports[:50]:
        say(f"  report  {d.id[:8]} {d.published or '?'} {d.outlet or '?'}: {d.heading}")
    for title, claims_ in (("new claim", found.new_claims), ("corroborated", found.corroborated)):
        for c in claims_[:30]:
            where = ", ".join(f"{d.outlet or d.id[:8]} [{d.id[:8]}:{a.content_start}-{a.content_end}]"
                              for d, a in c.evidence[:3])
            say(f"  {title}  {c.source}: {c.content[:140]} ({c.independent} independent; {where})")
    for m in found.moved[:30]:
        say(f"  moved   {m.measure}: {m.before.quantity.text} ({m.before.when}, {m.before.doc.outlet or '?'}) -> "
            f"{m.now.quantity.text} ({m.now.when}, {m.now.doc.outlet or '?'} [{m.now.doc.id[:8]}:"
            f"{m.now.quantity.start}-{m.now.quantity.end}])")
    for c in found.conflicts[:30]:
        say(f"  conflict  {c.why}", "red")
    for a in found.actors[:50]:
        say(f"  actor   {a.name} ({a.type}; {a.documents} reports)")


@app.command()
def link(db: DbOption = None, pack: PackOption = None, json_out: JsonOption = False) -> None:
    """Bring the picture across reports up to date now: actor links, copies, claim groups, timeline and figure
    series (after `dossier alias` decisions, or a new pack, they are made anew)."""
    with _store(db) as store, store.writing(lambda: _waiting_for_writer(db)):
        done = _link_across_reports(store, tuple(pack or ()), store.count(), json_out)
    if json_out:
        _emit_json(asdict(done))
    else:
        made = "made anew for every report" if done.rebuilt else "brought up to date"
        out.print(terminal.plain(f"picture {made}: {done.linked} reports linked, {done.compared} compared for "
                                 f"copies, {done.pictured} joined to claims, timeline and figures"))


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
    with _store(db) as store:
        view = Picture(store)
        rows = view.every(view.figures, counted=about)
    if json_out:
        _emit_json([{"document": d.id, "title": d.title, "outlet": d.outlet, "published": d.published, **asdict(q)}
                    for d, q in rows])
    else:
        out.print(terminal.figures_table(rows, f"Figures about {about}" if about else "Figures"))


def _print_series(db: str | None, about: str | None, json_out: bool) -> None:
    with _store(db) as store:
        view = Picture(store)
        found = view.every(view.series, measure=about)

    def point(p) -> dict:
        return {"text": p.quantity.text, "value": p.quantity.value, "bound": p.quantity.bound, "when": p.when,
                "document": p.doc.id, "outlet": p.doc.outlet, "start": p.quantity.start, "end": p.quantity.end}

    if json_out:
        _emit_json([{"measure": s.measure, "points": [point(p) for p in s.points],
                     "changes": [[point(a), point(b)] for a, b in s.changes],
                     "conflicts": [{"points": [point(c.first), point(c.second)], "why": c.why}
                                   for c in s.conflicts]} for s in found])
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

    with _store(db) as store:
        view = Picture(store, load_pack(tuple(pack or ())))
        entries = view.every(view.timeline, start, end, actor, multi, descending=False)
    if chart:
        with open(chart, "w", encoding="utf-8") as handle:
            handle.write(timeline_svg(entries, "dossier timeline" + (f": {actor}" if actor else "")))
        err.print(terminal.plain(f"timeline chart written to {chart}"))
    if json_out:
        _emit_json([{"date": e.date, "what": e.what, "actors": e.actors, "sources": [asdict(s) for s in e.sources]}
                    for e in entries])
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
    with _store(db) as store:
        text = render_briefing(Picture(store, load_pack(tuple(pack or ()))).briefing(actor), fmt)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        err.print(terminal.plain(f"briefing written to {output}"))
    else:
        sys.stdout.write(text)


@app.command()
def copies(db: DbOption = None, json_out: JsonOption = False) -> None:
    """Reports that copy or rewrite another, linked to their original."""
    with _store(db) as store:
        view = Picture(store)
        links = view.copy_links()
        docs = store.summaries({d for link in links for d in (link.copy, link.original)})
    if json_out:
        _emit_json([asdict(link) for link in links])
        return
    for link in links:
        c, o = docs[link.copy], docs[link.original]
        out.print(terminal.plain(f"{c.id[:8]} {c.outlet or '?'} {c.published or ''} “{c.title}”\n   copies "
                                 f"{o.id[:8]} {o.outlet or '?'} {o.published or ''} “{o.title}” "
                                 f"({link.containment:.0%} of its wording)"), soft_wrap=True)
    if not links:
        out.print(terminal.plain("No report copies another."))


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on; anything but loopback needs a token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    token: Annotated[Optional[str], typer.Option(help="Token every request must carry (made up for you when the host is not loopback).")] = None,
    max_bytes: Annotated[int, typer.Option(help="Largest upload, in bytes.")] = DEFAULT_MAX_BYTES,
) -> None:
    """The local web UI and JSON API (/api, schema at /openapi.json) over the store."""
    import secrets

    import uvicorn

    from dossier.web.app import create_app

    if token is None and host not in ("127.0.0.1", "localhost", "::1"):
        token = secrets.token_urlsafe(24)
    app_ = create_app(db or default_db(), token, max_bytes, host)
    shown = f"http://{'localhost' if host in ('127.0.0.1', '::1') else host}:{port}/" + (f"?token={token}" if token else "")
    out.print(terminal.plain(f"dossier is serving {db or default_db()} at {shown}"), soft_wrap=True)
    uvicorn.run(app_, host=host, port=port, log_level="warning")


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv, graphml or ftm.")],
    db: DbOption = None,
    output: Annotated[Optional[str], typer.Option("--out", help="Write to this file instead of standard output.")] = None,
    pack: PackOption = None,
) -> None:
    """Everything in the store for other tools: JSON Lines, CSV, GraphML (who speaks about whom), FollowTheMoney."""
    from dossier.report.exports import FORMATS
    from dossier.report.exports import export as write_export

    if fmt not in FORMATS:
        raise DossierError(f"--format takes one of {', '.join(FORMATS)}, not {fmt!r}")
    with _store(db) as store:
        if output:
            with open(output, "w", encoding="utf-8", newline="") as handle:
                n = write_export(store, load_pack(tuple(pack or ())), fmt, handle)
            err.print(terminal.plain(f"{n} records written to {output}"))
        else:
            write_export(store, load_pack(tuple(pack or ())), fmt, sys.stdout)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find (all must occur; the last may be a prefix).")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="Show at most this many hits.")] = 20,
    json_out: JsonOption = False,
) -> None:
    """Full-text search over the clean text of stored reports."""
    with _store(db) as store:
        hits = store.search(query, limit)
    if json_out:
        strip = str.maketrans("", "", terminal.SNIPPET_OPEN + terminal.SNIPPET_CLOSE)
        _emit_json([{"id": h.doc_id, "title": h.title, "snippet": h.snippet.translate(strip)} for h in hits])
    else:
        out.print(terminal.search_table(query, hits))


@app.command()
def demo(db: DbOption = None, top: Annotated[int, typer.Option(help="How many top actors to show.")] = 12) -> None:
    """Ingest the bundled sample reports and print the picture they make."""
    samples = picture.samples_dir()
    out.print(terminal.plain(f"Reading the sample reports in {samples} into {db or default_db()}"))
    with _store(db) as store:
        summary = _run_ingest([str(samples)], store, IngestOptions(), False)
        _report_failures(summary)
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

    with _store(db) as store:
        page = chart.with_name("briefing.html")
        page.write_text(render_briefing(Picture(store).briefing(), "html"), encoding="utf-8")
    out.print(terminal.plain(f"Briefing (actors, claims by independent sources, figures over time, caveats) written to {page}."))
    out.print(terminal.plain("Next: `dossier show ID`, `dossier entities`, `dossier quotes --by NAME`, `dossier claims "
                             "--hedged`, `dossier search WORDS` (add --db to each if you gave one)."))


@app.command("eval")
def eval_(
    folder: Annotated[str, typer.Argument(help="Folder of gold files (*.json) with the documents beside them.")],
    peer: Annotated[Optional[str], typer.Option(help="Score this peer tool instead of dossier: spacy, textacy, quantulum3, dateparser.")] = None,
    versus: Annotated[Optional[list[str]], typer.Option(help="Also score this peer, side by side (repeatable).")] = None,
    json_out: JsonOption = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print a Markdown table.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="List misses and false findings per document and section.")] = False,
    floor: Annotated[Optional[Path], typer.Option("--floor", help="JSON of section -> lowest F1 allowed; exit 1 when "
                                                                  "a section scores below it.")] = None,
) -> None:
    """Score dossier (or a peer) against hand-annotated reports: P/R/F1 per section."""
    from dossier.eval import render
    from dossier.eval.floor import AGREEMENTS, below_floor, load_floor
    from dossier.eval.runner import run_eval

    floors = load_floor(floor) if floor is not None else {}
    systems = list(dict.fromkeys([peer or "dossier", *(versus or ())]))
    results = {}
    with _progress() as progress:
        for system in systems:
            task = progress.add_task(f"scoring {system}")
            results[system] = run_eval(folder, system, lambda _d: progress.advance(task))
    if json_out:
        _emit_json(results[systems[0]].as_dict() if len(systems) == 1 else {n: r.as_dict() for n, r in results.items()})
    elif markdown:
        sys.stdout.write(render.evaluation_markdown(results) + "\n")
    else:
        out.print(render.evaluation_table(results))
    if explain:
        for line in render.explain_lines(results[systems[0]]):
            out.print(terminal.plain(line), soft_wrap=True)
    failed = below_floor(results[systems[0]], floors)
    for section, f1, lowest in failed:
        err.print(terminal.plain(f"{floor}: {section} {'accuracy' if section in AGREEMENTS else 'F1'} {f1:.4f} is below its floor {lowest:.4f}"), soft_wrap=True)
    if failed:
        raise typer.Exit(1)


@app.command()
def yardstick(
    name: Annotated[str, typer.Argument(help="article-extraction, trafilatura-eval, tempeval3, newsquant, meantime, or all.")],
    data: Annotated[Optional[str], typer.Argument(help="The benchmarks folder (default: $DOSSIER_BENCHMARKS, "
                                                        "../shared/benchmarks, ./benchmarks).")] = None,
    json_out: JsonOption = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print a Markdown table.")] = False,
    out_dir: Annotated[Optional[Path], typer.Option("--out", help="Keep dossier's TimeML files here (tempeval3).")] = None,
) -> None:
    """Score dossier's own stages on a public benchmark with its published metric, beside the published scores.
    A benchmark whose data is not on this machine is skipped with a message."""
    from dossier.yardstick import NAMES, BenchmarkMissing, run_yardstick
    from dossier.yardstick.render import yardstick_json, yardstick_markdown, yardstick_table

    names = NAMES if name == "all" else (name,)
    results = []
    for one in names:
        with _progress() as progress:
            task = progress.add_task(f"yardstick {one}")
            try:
                results.append(run_yardstick(one, data, lambda: progress.advance(task), out_dir))
            except BenchmarkMissing as exc:
                err.print(terminal.plain(f"skipped {one}: {exc}"), style="yellow", soft_wrap=True)
    if json_out:
        _emit_json([yardstick_json(r) for r in results] if name == "all" else
                   (yardstick_json(results[0]) if results else None))
        return
    for result in results:
        if markdown:
            sys.stdout.write(yardstick_markdown(result, f"dossier yardstick {result.name}") + "\n\n")
        else:
            out.print(yardstick_table(result))
            for note in result.notes:
                out.print(terminal.plain(note))


@app.command()
def bench(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Reports to use (default: the bundled samples).")] = None,
    min_words: Annotated[int, typer.Option(help="Repeat the reports until they hold this many words.")] = 50_000,
    rounds: Annotated[int, typer.Option(help="Alternating rounds; each side's fastest counts.")] = 2,
    json_out: JsonOption = False,
) -> None:
    """Throughput of read -> extract -> store against raw spaCy nlp.pipe on the same texts, as a ratio."""
    from dossier.bench import run_bench

    with _steps(rounds * 2) as on_step:
        result = run_bench(paths or [str(picture.samples_dir())], min_words, rounds, on_step)
    figures = {
        "documents": result.documents, "words": result.words,
        "pipeline_words_per_second": round(result.pipeline_words_per_second),
        "raw_nlp_pipe_words_per_second": round(result.raw_words_per_second),
        "ratio": round(result.ratio, 3), "median_round_ratio": round(result.median_round_ratio, 3),
        "round_ratios": [round(r, 3) for r in result.round_ratios],
        "pipeline_peak_rss_mb": round(result.pipeline_peak_rss_mb),
        "process_peak_rss_mb": round(result.process_peak_rss_mb),
    }
    if json_out:
        _emit_json(figures)
    else:
        for key, value in figures.items():
            out.print(terminal.plain(f"{key:32} {value}"))


@app.command()
def corpus(
    count: Annotated[int, typer.Argument(help="How many reports.")],
    folder: Annotated[str, typer.Argument(help="Where to write them.")],
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same corpus).")] = 7,
) -> None:
    """Write a synthetic corpus composed from the sample reports, for benchmarks."""
    from dossier.scale.corpus import sentence_pool, write_corpus

    n = write_corpus(sentence_pool([str(picture.samples_dir())]), count, Path(folder), seed)
    out.print(terminal.plain(f"{n} synthetic reports written to {folder}"))


@app.command("bench-memory")
def bench_memory(
    sizes: Annotated[str, typer.Option(help="Corpus sizes, comma-separated.")] = "1000,10000",
    json_out: JsonOption = False,
) -> None:
    """Peak memory of `dossier add` as the corpus grows (each size in its own process)."""
    from dossier.scale.benchmarks import memory_by_size

    runs = memory_by_size([int(s) for s in sizes.split(",")], str(picture.samples_dir()))
    base = runs[0].peak_rss_mb
    rows = [{"reports": r.reports, "peak_rss_mb": round(r.peak_rss_mb), "seconds": round(r.seconds, 1),
             "ratio_to_smallest": round(r.peak_rss_mb / base, 3)} for r in runs]
    if json_out:
        _emit_json(rows)
    else:
        for r in rows:
            out.print(terminal.plain(f"{r['reports']:>8} reports  peak {r['peak_rss_mb']:>5} MB  {r['seconds']:>7} s  "
                                     f"× {r['ratio_to_smallest']} of the smallest"))


@app.command("bench-large")
def bench_large(
    sizes: Annotated[str, typer.Option(help="Report sizes in MB, comma-separated.")] = "1,2,8",
    json_out: JsonOption = False,
) -> None:
    """Cost of one large report against raw spaCy on its text, and its memory, as the report grows (each size in
    its own process): linear cost keeps the ratio flat."""
    from dossier.scale.benchmarks import large_report_costs

    runs = large_report_costs([float(s) for s in sizes.split(",")], str(picture.samples_dir()))
    rows = [{"megabytes": r.megabytes, "raw_seconds": round(r.raw_seconds, 1),
             "pipeline_seconds": round(r.pipeline_seconds, 1), "ratio_to_raw": round(r.ratio, 2),
             "peak_rss_mb": round(r.pipeline_peak_rss_mb)} for r in runs]
    if json_out:
        _emit_json(rows)
    else:
        for r in rows:
            out.print(terminal.plain(f"{r['megabytes']:>5} MB  raw nlp.pipe {r['raw_seconds']:>7} s  pipeline "
                                     f"{r['pipeline_seconds']:>7} s  × {r['ratio_to_raw']} of raw  peak "
                                     f"{r['peak_rss_mb']:>6} MB"), soft_wrap=True)


@app.command("bench-dask")
def bench_dask(
    reports: Annotated[int, typer.Option(help="Synthetic reports to add.")] = 1000,
    workers: Annotated[int, typer.Option(help="Dask workers of the local cluster.")] = 2,
    rounds: Annotated[int, typer.Option(help="Rounds; each runs both back to back.")] = 2,
    json_out: JsonOption = False,
) -> None:
    """`dossier add` on a local Dask cluster against one process, on the same corpus, as a ratio per round."""
    import statistics

    from dossier.scale.benchmarks import dask_speedup

    with _steps(rounds * 2) as on_step:
        found = dask_speedup(reports, workers, rounds, str(picture.samples_dir()), on_step)
    figures = {"reports": reports, "workers": workers,
               "rounds": [{"one_process_s": round(r.single_seconds, 1), "dask_s": round(r.dask_seconds, 1),
                           "speedup": round(r.speedup, 3)} for r in found],
               "median_speedup": round(statistics.median(r.speedup for r in found), 3)}
    if json_out:
        _emit_json(figures)
    else:
        for r in figures["rounds"]:
            out.print(terminal.plain(f"one process {r['one_process_s']:>7} s   Dask ({workers} workers) {r['dask_s']:>7} s"
                                     f"   × {r['speedup']}"))
        out.print(terminal.plain(f"median speedup × {figures['median_speedup']} ({reports} reports)"))


@app.command("bench-queries")
def bench_queries(
    reports: Annotated[int, typer.Option(help="How many reports the store holds.")] = 10_000,
    db: DbOption = None,
    runs: Annotated[int, typer.Option(help="Runs of each query.")] = 20,
    http: Annotated[bool, typer.Option("--http/--no-http", help="Also time every page and API list over HTTP.")] = True,
    json_out: JsonOption = False,
) -> None:
    """Query latency (median, p95) on a store of N reports, filled by cloning an extracted synthetic base: library
    calls, then every page and API list of `dossier serve` over HTTP with the size of each response."""
    import tempfile

    from dossier.scale.benchmarks import http_latency, http_urls, link_store, query_latency

    linking = {}
    with tempfile.TemporaryDirectory(prefix="dossier-bq-") as tmp:
        address = db or str(Path(tmp) / "q.db")
        with open_store(address) as store:
            if store.count() < reports:
                whole, new = link_store(store, reports, str(picture.samples_dir()), min(1000, reports // 10))
                linking = {"whole_store": {"reports": whole.reports, "seconds": round(whole.seconds, 1)},
                           "new_reports": {"reports": new.reports, "seconds": round(new.seconds, 1)}}
            found = query_latency(store, runs)
            urls = http_urls(store) if http else []
        served = http_latency(address, urls, runs) if urls else []
    rows = [{"query": q.query, "median_ms": round(q.median_ms, 1), "p95_ms": round(q.p95_ms, 1), "runs": q.runs}
            for q in found]
    pages = [{"url": h.url, "status": h.status, "median_ms": round(h.median_ms, 1), "p95_ms": round(h.p95_ms, 1),
              "kb": round(h.bytes / 1000, 1), "runs": h.runs} for h in served]
    if json_out:
        _emit_json({"reports": reports, "linking": linking, "latency": rows, "http": pages})
        return
    out.print(terminal.plain(f"{reports} reports"))
    if linking:
        w, n = linking["whole_store"], linking["new_reports"]
        out.print(terminal.plain(f"  linking across reports: {w['reports']:,} at once in {w['seconds']} s; "
                                 f"{n['reports']:,} added to them in {n['seconds']} s"))
    for r in rows:
        out.print(terminal.plain(f"  {r['query']:<40} median {r['median_ms']:>9} ms   p95 {r['p95_ms']:>9} ms   ({r['runs']} runs)"))
    if pages:
        out.print(terminal.plain("  over HTTP (dossier serve):"))
    for p in pages:
        out.print(terminal.plain(f"  {p['url'][:48]:<48} {p['status']} median {p['median_ms']:>8} ms   p95 "
                                 f"{p['p95_ms']:>8} ms   {p['kb']:>8} KB"), soft_wrap=True)


def main() -> None:
    try:
        app()
    except DossierError as exc:
        err.print(terminal.plain(f"error: {exc}"), style="red", soft_wrap=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
