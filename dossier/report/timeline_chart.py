"""The timeline drawn as a standalone SVG: one mark per entry on a time axis, its sources in the hover text, each
mark a link to the evidence when the caller says where evidence lives. A year far from the rest ('has ruled since
1994' beside a month of 2022) does not squash the rest into a corner: the axis breaks, and each dense stretch gets
its own scale.

Hand-written SVG rather than a plotting library: the chart is a few dozen shapes, and the file must open offline in
any browser. Every string from a report is XML-escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape, quoteattr

from dossier.resolve.timeline import TimelineEntry, TimelineSource

WIDTH, LEFT, RIGHT, TOP, LANE = 1100, 40, 40, 60, 24
LABEL_CHARS = 46
CHAR_WIDTH = 6.2
BREAK_GAP = 40  # pixels between two stretches of a broken axis
# A gap between dated entries larger than this share of the whole span, and longer than a year, breaks the axis.
BREAK_SHARE = 0.35


@dataclass(frozen=True)
class Stretch:
    """One unbroken piece of the axis: the days it covers and the pixels it is drawn on."""

    first: date
    last: date
    x0: float
    x1: float

    def x(self, day: date) -> float:
        span = max((self.last - self.first).days, 1)
        return self.x0 + (self.x1 - self.x0) * (day - self.first).days / span


def stretches(days: Sequence[date]) -> list[Stretch]:
    """The axis, broken where entries leave a gap of more than `BREAK_SHARE` of the span and more than a year; each
    stretch gets width for its entries, so a lone outlier year takes a sliver and the dense months the rest."""
    days = sorted(days)
    whole = max((days[-1] - days[0]).days, 1)
    groups: list[list[date]] = [[days[0]]]
    for a, b in zip(days, days[1:]):
        if (b - a).days > max(366, BREAK_SHARE * whole):
            groups.append([])
        groups[-1].append(b)
    usable = WIDTH - LEFT - RIGHT - BREAK_GAP * (len(groups) - 1)
    weights = [1 + len(g) + (g[-1] - g[0]).days / whole * len(days) for g in groups]
    out, x = [], float(LEFT)
    for group, weight in zip(groups, weights):
        width = usable * weight / sum(weights)
        out.append(Stretch(group[0], group[-1], x, x + width))
        x += width + BREAK_GAP
    return out


def _x(day: date, axis: Sequence[Stretch]) -> float:
    return next((s for s in axis if s.first <= day <= s.last), axis[-1]).x(day)


def ticks(first: date, last: date, most: int) -> list[tuple[date, str]]:
    """At most `most` evenly spaced labels: years for long spans, months for short ones."""
    months = (last.year - first.year) * 12 + last.month - first.month
    if months >= 24:
        step = max(1, -(-(last.year - first.year + 1) // most))
        return [(date(y, 1, 1), str(y)) for y in range(first.year + 1, last.year + 1) if (y - first.year) % step == 0]
    step = max(1, -(-(months + 1) // most))
    out = []
    for n in range(1, months + 1):
        index = first.year * 12 + first.month - 1 + n
        if n % step == 0:
            out.append((date(index // 12, index % 12 + 1, 1), f"{index // 12}-{index % 12 + 1:02d}"))
    return out


def timeline_svg(entries: Sequence[TimelineEntry], title: str = "Timeline",
                 link: Callable[[TimelineSource], str] | None = None) -> str:
    """`link` gives the address of a source's evidence (the web app's report page at the event's span); each mark
    links to its first source's."""
    if not entries:
        return _svg(200, [f'<text x="{LEFT}" y="40" class="t">{escape(title)}: no dated events</text>'])
    axis_pieces = stretches([e.start for e in entries])
    lanes_end: list[float] = []
    shapes: list[str] = []
    for entry in entries:
        x = _x(entry.start, axis_pieces)
        label = entry.what if len(entry.what) <= LABEL_CHARS else entry.what[:LABEL_CHARS - 1] + "…"
        width = CHAR_WIDTH * (len(entry.date) + len(label) + 2)
        flip = x + 12 + width > WIDTH - RIGHT  # near the right edge the label goes left of its mark
        left_edge, right = (x - 12 - width, x + 6) if flip else (x - 6, x + 12 + width)
        lane = next((i for i, end in enumerate(lanes_end) if end < left_edge), None)
        if lane is None:
            lane = len(lanes_end)
            lanes_end.append(right)
        lanes_end[lane] = right
        anchor = "end" if flip else "start"
        y = TOP + 30 + lane * LANE
        n = len(entry.sources)
        hover = "\n".join([f"{entry.date}: {entry.what}", f"Actors: {', '.join(entry.actors) or '—'}",
                           f"{n} source{'s' if n != 1 else ''}:"]
                          + [f"• {s.outlet or 'unknown outlet'}, {s.published or 'undated'}: {s.title}"
                             for s in entry.sources])
        mark = (f'<g class="e"><title>{escape(hover)}</title>'
                f'<line x1="{x:.1f}" y1="{TOP}" x2="{x:.1f}" y2="{y:.1f}" class="stem"/>'
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{4 + 2 * min(n - 1, 4)}" class="{"multi" if n > 1 else "one"}"/>'
                f'<text x="{x - 10 if flip else x + 10:.1f}" y="{y + 4:.1f}" class="l" text-anchor="{anchor}">'
                f'<tspan class="d">{escape(entry.date)}</tspan> '
                f'{escape(label)}</text></g>')
        if link is not None and entry.sources:
            mark = f'<a href={quoteattr(link(entry.sources[0]))}>{mark}</a>'
        shapes.append(mark)
    height = TOP + 60 + len(lanes_end) * LANE
    axis = []
    for n, piece in enumerate(axis_pieces):
        axis.append(f'<line x1="{piece.x0:.1f}" y1="{TOP}" x2="{max(piece.x1, piece.x0 + 2):.1f}" y2="{TOP}" '
                    f'class="axis"/>')
        if n:  # the break between two stretches
            gap = piece.x0 - BREAK_GAP / 2
            axis.append(f'<text x="{gap:.1f}" y="{TOP + 5}" class="brk" text-anchor="middle">//</text>')
        most = max(1, int((piece.x1 - piece.x0) // 60))
        marks = ticks(piece.first, piece.last, most) or [(piece.first, str(piece.first.year))]
        for day, label in marks:
            x = piece.x(day)
            axis.append(f'<line x1="{x:.1f}" y1="{TOP - 4}" x2="{x:.1f}" y2="{TOP + 4}" class="axis"/>'
                        f'<text x="{x:.1f}" y="{TOP - 10}" class="y" text-anchor="middle">{label}</text>')
    axis.append(f'<text x="{LEFT}" y="24" class="t">{escape(title)} — {len(entries)} events; '
                f'hover a mark for its sources (larger marks: told by several reports)</text>')
    return _svg(height, axis + shapes)


def _svg(height: int, body: list[str]) -> str:
    style = ("<style>.t{font:600 15px sans-serif}.y{font:11px sans-serif;fill:#555}.l{font:11px sans-serif}"
             ".d{fill:#555}.axis{stroke:#333;stroke-width:1.5}.stem{stroke:#bbb}.one{fill:#4a7fb5}"
             ".multi{fill:#d4622a}.e:hover .l{font-weight:700}.brk{font:700 14px sans-serif;fill:#333}</style>")
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}">'
            f'{style}<rect width="100%" height="100%" fill="white"/>{"".join(body)}</svg>\n')
