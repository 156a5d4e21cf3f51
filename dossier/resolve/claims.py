"""The same claim across reports: one source saying much the same thing, told by several reports, counted by the
independent sources behind them (copies of one report count once)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from dossier.model import Attribution, Document
from dossier.resolve.names import fold

# Token-sort similarity of two contents that report the same statement. Token-set similarity would call any short
# content the same as a longer one that contains its words.
SAME_CONTENT = 65


@dataclass
class ClaimGroup:
    source: str
    source_key: str
    content: str
    reports: list[tuple[Document, Attribution]] = field(default_factory=list)
    independent: int = 0

    @property
    def documents(self) -> list[Document]:
        return list({doc.id: doc for doc, _ in self.reports}.values())
    first_seen: str | None = None
    hedged: bool = False
    hedges: list[str] = field(default_factory=list)
    report_count: int | None = None  # all its reports, when `reports` holds only the first few

    @property
    def count(self) -> int:
        return self.report_count if self.report_count is not None else len(self.documents)


def group_claims(rows: Sequence[tuple[Document, Attribution]], family: Mapping[str, str],
                 source_key: Callable[[Document, Attribution], str]) -> list[ClaimGroup]:
    """Groups by most independent sources, then most reports. `source_key` names the actor behind a source (or the
    folded free text); `family` maps each report to the original it copies."""
    groups: list[ClaimGroup] = []
    for doc, a in sorted(rows, key=lambda r: (r[0].published or "9999", r[0].id, r[1].start)):
        key = source_key(doc, a)
        group = next((g for g in groups if g.source_key == key
                      and fuzz.token_sort_ratio(g.content.lower(), a.content.lower()) >= SAME_CONTENT), None)
        if group is None:
            group = ClaimGroup(a.source, key, a.content, first_seen=doc.published)
            groups.append(group)
        group.reports.append((doc, a))
        if a.hedged:
            group.hedged = True
            if a.hedge and a.hedge not in group.hedges:
                group.hedges.append(a.hedge)
    for g in groups:
        g.independent = len({family.get(doc.id, doc.id) for doc, _ in g.reports})
    return sorted(groups, key=lambda g: (-g.independent, -len(g.documents), g.first_seen or "9999"))


def free_text_key(source: str) -> str:
    return "text:" + fold(source)
