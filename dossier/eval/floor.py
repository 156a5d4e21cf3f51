"""A floor under the scores: per section, the F1 a change may not fall below (as trafilatura's evaluation gate pins
its own figures), so that a regression on the gold reports fails the build instead of landing silently."""

from __future__ import annotations

import json
from pathlib import Path

from dossier.errors import EvalError
from dossier.eval import scorer
from dossier.eval.scorer import Evaluation

SECTIONS = ("entities", *scorer.SECTIONS)
AGREEMENTS = ("hedged", "quantity_about", "quantity_when")  # scored as accuracy over matched items


def load_floor(path: str | Path) -> dict[str, float]:
    """Section -> lowest F1 allowed, from a JSON object; an unknown section or a figure outside 0..1 is an error."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvalError(f"{path}: cannot be read as a JSON floor ({exc}); write an object such as "
                        '{"attributions": 0.85}') from exc
    if not isinstance(data, dict):
        raise EvalError(f"{path}: a floor is a JSON object of section -> F1, such as {{\"attributions\": 0.85}}")
    floor = {}
    for section, value in data.items():
        if section not in SECTIONS + AGREEMENTS:
            raise EvalError(f"{path}: '{section}' is no section; use one of {', '.join(SECTIONS + AGREEMENTS)}")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise EvalError(f"{path}: the floor of '{section}' must be a number from 0 to 1, not {value!r}")
        floor[section] = float(value)
    return floor


def below_floor(evaluation: Evaluation, floor: dict[str, float]) -> list[tuple[str, float, float]]:
    """(section, F1 or accuracy, floor) for every section scored below its floor."""
    out = []
    agreements = evaluation.agreements()
    for section, lowest in floor.items():
        if section in agreements:
            agree, matched = agreements[section]
            value = agree / matched if matched else 0.0
        else:
            value = (evaluation.entities if section == "entities" else evaluation.sections[section]).f1
        if round(value, 4) < lowest:
            out.append((section, value, lowest))
    return out
