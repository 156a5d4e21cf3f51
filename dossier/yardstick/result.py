"""A yardstick's answer: dossier's figures, the same-process baseline where there is one, and the published rows."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Row:
    system: str
    figures: dict[str, float]
    source: str  # "measured here" or the publication the figures come from


@dataclass
class Yardstick:
    name: str
    metric: str
    columns: tuple[str, ...]
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    items: int = 0

    def dossier(self) -> Row:
        return next(r for r in self.rows if r.system.startswith("dossier"))
