"""A report's text cut into segments, each with the findings that cover it, so that the page can mark exactly the
stored spans even where findings overlap (a name inside a quote inside a hedged claim)."""

from __future__ import annotations

from dataclasses import dataclass

from dossier.model import Findings


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    css: str
    note: str
    link: str | None = None


@dataclass(frozen=True)
class Segment:
    text: str
    marks: tuple[Mark, ...]
    anchor: str | None = None  # 'at123': an event's evidence starts here, for links from the timeline

    @property
    def css(self) -> str:
        return " ".join(dict.fromkeys(m.css for m in self.marks))

    @property
    def note(self) -> str:
        return "\n".join(dict.fromkeys(m.note for m in self.marks))

    @property
    def link(self) -> str | None:
        return next((m.link for m in reversed(self.marks) if m.link), None)


def marks_for(findings: Findings, actor_of: dict[str, str]) -> list[Mark]:
    marks: list[Mark] = []
    for a in findings.attributions:
        kind = "hedged" if a.hedged else "quote" if a.direct else "claim"
        note = f"{'Quote' if a.direct else 'Claim'} by {a.source or 'unknown source'}" + (f" ({a.cue})" if a.cue else "")
        if a.hedged:
            note += f"; unverified: {a.hedge}"
        marks.append(Mark(a.content_start, a.content_end, kind, note))
        if a.cue_start is not None and a.cue_end is not None:
            marks.append(Mark(a.cue_start, a.cue_end, "cue", f"reporting cue for {a.source or 'unknown source'}"))
    for q in findings.quantities:
        value = "no definite number" if q.value is None else f"{q.value:,.10g}"
        marks.append(Mark(q.start, q.end, "figure", f"Figure: {value}{' (' + q.bound + ')' if q.bound else ''}"
                                                    f"{'; counts ' + q.about if q.about else ''}"))
    for t in (t for t in findings.times if not t.in_furniture):
        marks.append(Mark(t.start, t.end, "date", f"Date: {t.value or 'unresolved (' + str(t.unresolved) + ')'}"))
    for m in findings.mentions:
        key = actor_of.get(m.text)
        marks.append(Mark(m.start, m.end, f"ent ent-{m.label}", f"{m.label}: {m.text}",
                          f"/actors/{key}" if key else None))
    return marks


def segments(text: str, marks: list[Mark], anchors: frozenset[int] = frozenset()) -> list[Segment]:
    """Consecutive pieces of `text`, each with the marks covering all of it (in the order `marks` gives them); a
    piece that starts at one of `anchors` carries it as its id. One sweep over the cuts keeps the marks open at each,
    so a long report costs its cuts plus its marks, not their product."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks), *anchors})
    by_start = sorted(range(len(marks)), key=lambda i: marks[i].start)
    open_marks: dict[int, Mark] = {}  # index in `marks` -> mark covering the current cut
    k = 0
    out = []
    for a, b in zip(cuts, cuts[1:]):
        while k < len(by_start) and marks[by_start[k]].start <= a:
            open_marks[by_start[k]] = marks[by_start[k]]
            k += 1
        for i in [i for i, m in open_marks.items() if m.end <= a]:
            del open_marks[i]
        if a >= b:
            continue
        covering = tuple(open_marks[i] for i in sorted(open_marks))  # every cut is a mark's end, so each reaches b
        out.append(Segment(text[a:b], covering, f"at{a}" if a in anchors else None))
    return out
