"""A person's own decisions on who is who: dossier alias merge|split|ls."""

from __future__ import annotations

from dataclasses import asdict

import typer

from dossier.cli.common import DbOption, JsonOption, app, emit_json, open_at, out
from dossier.model import AliasDecision
from dossier.report import terminal

alias_app = typer.Typer(help="Your own decisions on who is who: they win over the automatic matching.",
                        no_args_is_help=True)


app.add_typer(alias_app, name="alias")


@alias_app.command("merge")
def alias_merge(a: str, b: str, db: DbOption = None) -> None:
    """A and B are one actor (e.g. 'Sergei Tikhanovsky' 'Syarhei Tsikhanouski')."""
    with open_at(db) as store:
        store.add_decision(AliasDecision("merge", a, b))
    out.print(terminal.plain(f"merged: {a} = {b}"))


@alias_app.command("split")
def alias_split(a: str, b: str, db: DbOption = None) -> None:
    """A and B are different actors, however alike their names."""
    with open_at(db) as store:
        store.add_decision(AliasDecision("split", a, b))
    out.print(terminal.plain(f"split: {a} ≠ {b}"))


@alias_app.command("ls")
def alias_ls(db: DbOption = None, json_out: JsonOption = False) -> None:
    """The decisions made so far."""
    with open_at(db) as store:
        decisions = store.decisions()
    if json_out:
        emit_json([asdict(d) for d in decisions])
    else:
        for d in decisions:
            out.print(terminal.plain(f"{d.kind:5}  {d.a}  {'=' if d.kind == 'merge' else '≠'}  {d.b}"))
