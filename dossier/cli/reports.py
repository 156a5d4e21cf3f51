"""Commands on reports: add (files, URLs, feeds), watch, ls, show, search, export, serve, changes, link."""

from __future__ import annotations

import sys
from dataclasses import asdict
from typing import Annotated, Optional

import typer

from dossier.cli.common import (
    DbOption,
    JsonOption,
    PackOption,
    app,
    emit_json,
    err,
    link_across_reports,
    open_at,
    out,
    progress_bar,
    report_failures,
    run_ingest,
    waiting_for_writer,
)
from dossier.errors import DossierError
from dossier.extract import load_pipeline
from dossier.extract.cores import default_cores
from dossier.ingest import IngestOptions
from dossier.packs import load_pack
from dossier.picture import Picture
from dossier.read import find_sources
from dossier.read.clean import ReportDefaults
from dossier.read.decode import DEFAULT_MAX_BYTES
from dossier.report import serialise, terminal
from dossier.store import default_db


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
    with open_at(db) as store, store.writing(lambda: waiting_for_writer(db)):
        if dask or workers:
            from dossier.scale.dask_ingest import ingest_dask

            sources = list(find_sources(paths))
            with progress_bar(json_out) as progress:
                task = progress.add_task("reading reports on Dask", total=len(sources))
                summary = ingest_dask(sources, store, options, dask, workers or 2, lambda _s: progress.advance(task))
            link_across_reports(store, options.packs, len(summary.added), json_out)
        else:
            summary = run_ingest(paths, store, options, json_out)
    report_failures(summary)
    if json_out:
        emit_json({
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
    with open_at(db) as store:
        view = Picture(store, bring=False)
        docs = view.every(view.reports)
        counts = store.mention_counts_in([d.id for d in docs])
    if json_out:
        emit_json([{**serialise.report_json(d), "mentions": counts.get(d.id, 0)} for d in docs])
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
    with open_at(db) as store:
        document = store.get(doc)
        findings = store.findings(document.id)
    if json_out:
        emit_json(serialise.report_json(document, findings))
    else:
        out.print(terminal.document_view(document, findings, furniture))


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
        with open_at(db) as store:
            polls = poll(feeds, store, lambda: load_pipeline(None, options.packs), options)
        failed = False
        for p in polls:
            report_failures(p.summary)
            failed |= bool(p.summary.failed)
            if json_out:
                emit_json({"feed": p.feed, "new_entries": p.new_entries,
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

    with open_at(db) as store:
        found = what_changed(Picture(store), since_moment(since))
    if json_out:
        emit_json(serialise.changes_json(found))
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
    with open_at(db) as store, store.writing(lambda: waiting_for_writer(db)):
        done = link_across_reports(store, tuple(pack or ()), store.count(), json_out)
    if json_out:
        emit_json(asdict(done))
    else:
        made = "made anew for every report" if done.rebuilt else "brought up to date"
        out.print(terminal.plain(f"picture {made}: {done.linked} reports linked, {done.compared} compared for "
                                 f"copies, {done.pictured} joined to claims, timeline and figures"))


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
    with open_at(db) as store:
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
    with open_at(db) as store:
        hits = store.search(query, limit)
    if json_out:
        strip = str.maketrans("", "", terminal.SNIPPET_OPEN + terminal.SNIPPET_CLOSE)
        emit_json([{"id": h.doc_id, "title": h.title, "snippet": h.snippet.translate(strip)} for h in hits])
    else:
        out.print(terminal.search_table(query, hits))
