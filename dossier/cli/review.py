"""A person's own decisions on who is who: dossier alias merge|split|ls."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Optional

import typer

from dossier.cli.common import DbOption, JsonOption, PackOption, app, emit_json, open_at, out
from dossier.errors import DossierError
from dossier.model import AliasDecision
from dossier.packs import load_pack
from dossier.picture import Picture
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
def alias_ls(
    db: DbOption = None,
    actor: Annotated[Optional[str], typer.Option(
        "--actor", help="Instead: every spelling of this actor, and the named rules that made it this actor.")] = None,
    pack: PackOption = None,
    json_out: JsonOption = False,
) -> None:
    """The decisions made so far; with --actor, why each spelling is that actor."""
    if actor is not None:
        _why(actor, db, pack, json_out)
        return
    with open_at(db) as store:
        decisions = store.decisions()
    if json_out:
        emit_json([asdict(d) for d in decisions])
    else:
        for d in decisions:
            out.print(terminal.plain(f"{d.kind:5}  {d.a}  {'=' if d.kind == 'merge' else '≠'}  {d.b}"))


def _why(name: str, db: str | None, pack: list[str] | None, json_out: bool) -> None:
    with open_at(db) as store:
        view = Picture(store, load_pack(tuple(pack or ())))
        found = [(view.store.actor(key), spellings) for key in view.keys_named(name)
                 if (spellings := view.every(view.spellings, key, sort="reports"))]
    if not found:
        raise DossierError(f"no actor is named {name!r} in this store; try `dossier entities` for the names it holds")
    if json_out:
        emit_json([{"key": actor.key if actor else None, "name": actor.name if actor else None,
                    "spellings": [asdict(s) for s in spellings]} for actor, spellings in found])
        return
    for actor, spellings in found:
        if actor is not None:
            out.print(terminal.plain(f"{actor.name}  [{actor.key}]"))
        out.print(terminal.spellings_table(spellings))
