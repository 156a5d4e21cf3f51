"""The same claim across reports: one source saying much the same thing, told by several reports, counted by the
independent sources behind them (copies of one report count once). Claims are grouped as reports arrive, by
`dossier.resolve.picture_batch` (rules `same_claim`, `independent_sources`); this module holds the group as pages
show it."""

from __future__ import annotations

from dataclasses import dataclass, field

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
    first_seen: str | None = None
    hedged: bool = False
    hedges: list[str] = field(default_factory=list)
    report_count: int | None = None  # all its reports, when `reports` holds only the first few

    @property
    def documents(self) -> list[Document]:
        return list({doc.id: doc for doc, _ in self.reports}.values())

    @property
    def count(self) -> int:
        return self.report_count if self.report_count is not None else len(self.documents)


def free_text_key(source: str) -> str:
    return "text:" + fold(source)
