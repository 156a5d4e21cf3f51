"""A yardstick's answer as a table: dossier's row first, then the rows it is compared with, with their sources."""

from __future__ import annotations

from dataclasses import asdict

from rich.table import Table
from rich.text import Text

from dossier.yardstick.result import Yardstick

_LABELS = {"f1": "F1", "precision": "P", "recall": "R", "accuracy": "accuracy", "value_f1": "value F1",
           "relaxed_f1": "relaxed F1", "strict_f1": "strict F1", "type_f1": "type F1", "value_unit_f1": "value+unit F1",
           "value_p": "value P", "value_r": "value R", "links_f1": "links F1", "links_p": "links P", "links_r": "links R"}


def _cell(value: float | None, percent: bool) -> str:
    if value is None:
        return "–"
    return f"{value:.2f}" if percent else f"{value:.3f}"


def _percent(result: Yardstick) -> bool:
    return any(v > 1.5 for row in result.rows for v in row.figures.values())


def yardstick_table(result: Yardstick) -> Table:
    table = Table(title=f"{result.name}: {result.metric} ({result.items} items)", title_justify="left")
    table.add_column("system")
    for column in result.columns:
        table.add_column(_LABELS.get(column, column), justify="right")
    table.add_column("source", style="dim")
    percent = _percent(result)
    for n, row in enumerate(result.rows):
        style = "bold" if n == 0 else None
        table.add_row(Text(row.system, style=style or ""), *(_cell(row.figures.get(c), percent) for c in result.columns),
                      row.source)
    return table


def yardstick_markdown(result: Yardstick, command: str) -> str:
    percent = _percent(result)
    head = "| system | " + " | ".join(_LABELS.get(c, c) for c in result.columns) + " | source |"
    lines = [f"**{result.name}** ({result.items} items; {result.metric}) — `{command}`", "", head,
             "|" + "---|" * (len(result.columns) + 2)]
    for row in result.rows:
        cells = " | ".join(_cell(row.figures.get(c), percent) for c in result.columns)
        lines.append(f"| {row.system} | {cells} | {row.source} |")
    lines += [f"\n{note}" for note in result.notes]
    return "\n".join(lines)


def yardstick_json(result: Yardstick) -> dict:
    return asdict(result)
