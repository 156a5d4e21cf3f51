"""What every command of the CLI shares: the app, the consoles, the common options and the helpers that print
progress, failures and JSON."""


from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dossier.extract import load_pipeline
from dossier.ingest import IngestOptions, add_reports
from dossier.model import IngestSummary
from dossier.packs import load_pack
from dossier.read import find_sources
from dossier.report import terminal
from dossier.resolve.up_to_date import Resolved, bring_up_to_date
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


def emit_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def open_at(db: str | None) -> Store:
    return open_store(db or default_db())


PROGRESS_COLUMNS = (TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                     TimeElapsedColumn())


def progress_bar(hide: bool = False) -> Progress:
    """A progress bar on standard error, gone when done, and not drawn at all when that is no terminal."""
    return Progress(*PROGRESS_COLUMNS, console=err, transient=True, disable=hide or not err.is_terminal)


@contextmanager
def steps(total: int) -> Iterator[Callable[[str], None]]:
    """A bar over `total` named steps; the callable names the step starting and advances the bar."""
    with progress_bar() as progress:
        task = progress.add_task("benchmark", total=total)
        yield lambda step: (progress.update(task, description=step), progress.advance(task))


def run_ingest(paths: list[str], store: Store, options: IngestOptions, quiet: bool) -> IngestSummary:
    """`add_reports` with progress bars: reading (a bar per source), then linking across the store."""
    total = sum(1 for _ in find_sources(paths))
    with progress_bar(quiet) as progress:
        task = progress.add_task("reading reports", total=total)
        linking = progress.add_task("linking across reports", total=None, visible=False)

        def linked(n: int) -> None:
            progress.update(linking, visible=True)
            progress.advance(linking, n)

        summary, _ = add_reports(paths, store, options, lambda: load_pipeline(None, options.packs),
                                 lambda _s: progress.advance(task), linked)
    return summary


def link_across_reports(store: Store, packs: tuple[str, ...], added: int, quiet: bool) -> Resolved:
    """The picture across reports brought up to date now, so that the first query after an ingest does not wait."""
    with progress_bar(quiet) as progress:
        task = progress.add_task("linking across reports", total=2 * added or None)
        return bring_up_to_date(store, load_pack(packs), on_batch=lambda n: progress.advance(task, n))


def waiting_for_writer(db: str | None) -> None:
    err.print(terminal.plain(f"another dossier is writing to {db or default_db()}; waiting for it to finish "
                             "(reports are added one writer at a time)"), style="yellow", soft_wrap=True)


def report_failures(summary: IngestSummary) -> None:
    for failure in summary.failed:
        err.print(terminal.plain(f"error: {failure.source}: {failure.reason}"), style="red", soft_wrap=True)
