"""Eval results as a terminal table, a Markdown table, and the developer's --explain listing."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from dossier.eval.scorer import SECTIONS, Evaluation

ROWS = ("entities", *SECTIONS)


def _f(value: float) -> str:
    return f"{value:.3f}"


def _cells(evaluation: Evaluation, row: str) -> tuple[str, str, str]:
    score = evaluation.entities if row == "entities" else evaluation.sections[row]
    return _f(score.p), _f(score.r), _f(score.f1)


def _tail_rows(evaluation: Evaluation) -> list[tuple[str, str]]:
    labels = {"hedged": "hedged flag accuracy", "quantity_about": "figure 'about' accuracy",
              "quantity_when": "figure 'when' accuracy"}
    rows = [(labels[key], f"{agree / matched:.3f} of {matched}" if matched else "— (no match)")
            for key, (agree, matched) in evaluation.agreements().items()]
    rows += [(f"meta: {k} accuracy", _f(v)) for k, v in evaluation.meta.items()]
    return rows


def evaluation_table(results: dict[str, Evaluation]) -> Table:
    """One system: P/R/F1 per section. Several: F1 per section, one column per system."""
    names = list(results)
    docs = next(iter(results.values())).docs
    table = Table(title=f"Scores on {docs} gold documents", title_justify="left")
    table.add_column("section")
    if len(names) == 1:
        only = results[names[0]]
        for head in ("P", "R", "F1"):
            table.add_column(head, justify="right")
        for row in ROWS:
            table.add_row(row, *_cells(only, row))
        for label, value in _tail_rows(only):
            table.add_row(Text(label, style="dim"), "", "", value)
        return table
    for name in names:
        table.add_column(f"{name} F1", justify="right")
    for row in ROWS:
        table.add_row(row, *(_cells(results[n], row)[2] for n in names))
    for i, (label, _) in enumerate(_tail_rows(results[names[0]])):
        table.add_row(Text(label, style="dim"), *(_tail_rows(results[n])[i][1] for n in names))
    return table


def evaluation_markdown(results: dict[str, Evaluation]) -> str:
    names = list(results)
    lines = ["| section | " + " | ".join(f"{n} P / R / F1" for n in names) + " |",
             "|---|" + "---|" * len(names)]
    for row in ROWS:
        lines.append(f"| {row} | " + " | ".join(" / ".join(_cells(results[n], row)) for n in names) + " |")
    tails = {n: _tail_rows(results[n]) for n in names}
    for i, (label, _) in enumerate(tails[names[0]]):
        lines.append(f"| {label} | " + " | ".join(tails[n][i][1] for n in names) + " |")
    return "\n".join(lines)


def explain_lines(evaluation: Evaluation) -> list[str]:
    """Per document and section: what was missed (-) and what was found falsely (+)."""
    out = []
    missed_links, false_links = evaluation.entity_pairs
    if missed_links or false_links:
        out.append("== entity links (all documents)")
        out += [f"  - {x}" for x in missed_links] + [f"  + {x}" for x in false_links]
    for doc, sections in evaluation.details.items():
        for section, (missed, false) in sections.items():
            if missed or false:
                out.append(f"== {doc} · {section}")
                out += [f"  - {x}" for x in missed] + [f"  + {x}" for x in false]
    return out
