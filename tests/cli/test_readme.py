"""Every command `dossier --help` lists is shown in README.md with an example (sqlite-utils' documentation test is
the model): a command nobody can find is a command nobody uses."""

from __future__ import annotations

from pathlib import Path

import typer.main

from dossier.cli import app

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def commands() -> list[str]:
    group = typer.main.get_command(app)
    out = []
    for name, command in group.commands.items():
        subcommands = getattr(command, "commands", None)
        out += [f"{name} {sub}" for sub in subcommands] if subcommands else [name]
    return out


def test_every_command_has_an_example_in_the_readme():
    missing = [c for c in commands() if f"dossier {c}" not in README]
    assert not missing, f"README.md shows no example of: {', '.join(missing)}"
    assert len(commands()) >= 28 and "alias merge" in commands()
