"""Inline SVG charts for the HTML report: no script, no fonts or files fetched.

Three kinds: a strip chart (one row of dots per series with its p50 and p99 marked), a line chart
(one line per series over the sweep points, with interval bars) and a bar chart of differences.
Every text is escaped; colours come from the caller (the tier).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

WIDTH = 1080
CHAR_PX = 7  # at least the width of one character of an 11 px label (DejaVu Sans: about 6.3)
RIGHT = 30
ROW = 24
TOP = 30


@dataclass(frozen=True, slots=True)
class Strip:
    """One row of a strip chart: values (ms) and where p50 and p99 lie."""

    label: str
    colour: str
    values: Sequence[float]
    p50: float | None
    p99: float | None


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a line chart: (value, low, high) per x position, None where missing."""

    label: str
    colour: str
    dashed: bool
    points: Sequence[tuple[float, float, float] | None]


@dataclass(frozen=True, slots=True)
class Bar:
    """One row of a bar chart: named values (ms) drawn side by side."""

    label: str
    colour: str
    values: Sequence[tuple[str, float]]


def _ticks(low: float, high: float, count: int = 5) -> list[float]:
    span = max(high - low, 1e-9)
    step = 10 ** math.floor(math.log10(span / count))
    for factor in (1, 2, 5, 10):
        if span / (step * factor) <= count:
            step *= factor
            break
    first = math.floor(low / step) * step
    return [first + i * step for i in range(int((high - first) / step) + 2)]


def _left(labels: Sequence[str]) -> float:
    """Room for the longest row label, left of the plot."""
    return min(WIDTH / 2, 16 + CHAR_PX * max((len(label) for label in labels), default=10))


class _Scale:
    def __init__(self, low: float, high: float, left: float, right: float = RIGHT) -> None:
        self.left, self.right = left, right
        ticks = _ticks(low, high)
        self.low, self.high = min(ticks[0], low), max(ticks[-1], high)
        self.ticks = [t for t in ticks if self.low <= t <= self.high]

    def x(self, value: float) -> float:
        span = max(self.high - self.low, 1e-9)
        return self.left + (value - self.low) / span * (WIDTH - self.left - self.right)


def _frame(kind: str, title: str, height: int, body: list[str], axis: list[str]) -> str:
    head = (
        f'<svg class="chart" data-chart="{escape(kind)}" role="img" width="{WIDTH}" '
        f'height="{height}" viewBox="0 0 {WIDTH} {height}"><title>{escape(title)}</title>'
    )
    return head + "".join(axis + body) + "</svg>"


def _label(scale: _Scale, y: float, text: str) -> str:
    return f'<text x="{scale.left - 8:.0f}" y="{y:.1f}" class="label">{escape(text)}</text>'


def _x_axis(scale: _Scale, height: int, unit: str) -> list[str]:
    out = []
    for tick in scale.ticks:
        x = scale.x(tick)
        out.append(
            f'<line x1="{x:.1f}" y1="{TOP - 6}" x2="{x:.1f}" y2="{height - 22}" class="grid"/>'
            f'<text x="{x:.1f}" y="{height - 8}" class="tick">{tick:g}</text>'
        )
    out.append(f'<text x="{WIDTH - RIGHT}" y="{TOP - 12}" class="unit">{escape(unit)}</text>')
    return out


def strip_chart(kind: str, title: str, rows: Sequence[Strip], unit: str = "ms") -> str:
    """Dots per row (at most 300, evenly picked), a bar at p50 and a tick at p99."""
    height = TOP + ROW * len(rows) + 30
    values = [v for row in rows for v in row.values] or [0.0]
    scale = _Scale(0.0, max(values), _left([row.label for row in rows]))
    body = []
    for index, row in enumerate(rows):
        y = TOP + index * ROW + ROW / 2
        body.append(_label(scale, y + 4, row.label))
        step = max(1, len(row.values) // 300)
        for j, value in enumerate(row.values[::step]):
            jitter = ((j * 7919) % 13 - 6) * 0.9
            body.append(
                f'<circle cx="{scale.x(value):.1f}" cy="{y + jitter:.1f}" r="2.2" '
                f'fill="{row.colour}" fill-opacity="0.35"/>'
            )
        for name, mark, size in (("p50", row.p50, 9), ("p99", row.p99, 6)):
            if mark is not None:
                x = scale.x(mark)
                body.append(
                    f'<line x1="{x:.1f}" y1="{y - size:.1f}" x2="{x:.1f}" y2="{y + size:.1f}" '
                    f'stroke="{row.colour}" stroke-width="{3 if name == "p50" else 1.5}" '
                    f'class="{name}"><title>{name} {mark:.1f} {escape(unit)}</title></line>'
                )
    return _frame(kind, title, height, body, _x_axis(scale, height, unit))


def line_chart(
    kind: str, title: str, xs: Sequence[str], lines: Sequence[Line], unit: str = "ms"
) -> str:
    """One line per series over evenly spaced sweep points, with a bar for each interval."""
    height = 300
    highs = [p[2] for line in lines for p in line.points if p is not None] or [1.0]
    top, bottom = TOP, height - 40
    ymax = _ticks(0.0, max(highs))[-1]

    def y(value: float) -> float:
        return bottom - value / max(ymax, 1e-9) * (bottom - top)

    def x(index: int) -> float:
        return 80 + index * (WIDTH - 280) / max(1, len(xs) - 1)

    axis = [f'<text x="20" y="{top - 12}" class="unit">{escape(unit)}</text>']
    for tick in _ticks(0.0, ymax):
        if tick <= ymax:
            axis.append(
                f'<line x1="70" y1="{y(tick):.1f}" x2="{x(len(xs) - 1) + 10:.1f}" '
                f'y2="{y(tick):.1f}" class="grid"/><text x="62" y="{y(tick) + 4:.1f}" '
                f'class="label">{tick:g}</text>'
            )
    for i, label in enumerate(xs):
        axis.append(f'<text x="{x(i):.1f}" y="{height - 16}" class="tick">{escape(label)}</text>')
    body = []
    for n, line in enumerate(lines):
        body += _series(line, x, y)
        ly = top + n * 16
        body.append(
            f'<line x1="{WIDTH - 190}" y1="{ly}" x2="{WIDTH - 170}" y2="{ly}" '
            f'stroke="{line.colour}" stroke-width="2"{_dash(line)}/>'
            f'<text x="{WIDTH - 165}" y="{ly + 4}" class="legend">{escape(line.label)}</text>'
        )
    return _frame(kind, title, height, body, axis)


def _dash(line: Line) -> str:
    return ' stroke-dasharray="5 3"' if line.dashed else ""


def _series(line: Line, x: object, y: object) -> list[str]:
    assert callable(x) and callable(y)
    out, path = [], []
    for i, point in enumerate(line.points):
        if point is None:
            continue
        value, low, high = point
        path.append(f"{x(i):.1f},{y(value):.1f}")
        out.append(
            f'<line x1="{x(i):.1f}" y1="{y(low):.1f}" x2="{x(i):.1f}" y2="{y(high):.1f}" '
            f'stroke="{line.colour}" stroke-width="1"/>'
            f'<circle cx="{x(i):.1f}" cy="{y(value):.1f}" r="3.5" fill="{line.colour}">'
            f"<title>{escape(line.label)}: {value:.1f} [{low:.1f}-{high:.1f}]</title></circle>"
        )
    polyline = (
        f'<polyline points="{" ".join(path)}" fill="none" stroke="{line.colour}" '
        f'stroke-width="2"{_dash(line)}/>'
    )
    return [polyline, *out]


def bar_chart(kind: str, title: str, rows: Sequence[Bar], unit: str = "ms") -> str:
    """Side-by-side bars per row from zero (negative values to the left)."""
    per = max((len(row.values) for row in rows), default=1)
    row_h = 10 * per + 10
    height = TOP + row_h * len(rows) + 30
    values = [v for row in rows for _, v in row.values] or [0.0]
    labels = [row.label for row in rows]
    # room on the right for the value written after the longest bar
    scale = _Scale(min(0.0, *values), max(0.0, *values), _left(labels), right=RIGHT + 90)
    body = []
    for index, row in enumerate(rows):
        y0 = TOP + index * row_h + 5
        body.append(_label(scale, y0 + row_h / 2, row.label))
        for j, (name, value) in enumerate(row.values):
            x1, x2 = sorted((scale.x(0.0), scale.x(value)))
            body.append(
                f'<rect x="{x1:.1f}" y="{y0 + j * 10:.1f}" width="{max(x2 - x1, 1):.1f}" '
                f'height="8" fill="{row.colour}" fill-opacity="{0.9 if j == 0 else 0.5}">'
                f"<title>{escape(name)}: {value:+.1f} {escape(unit)}</title></rect>"
                f'<text x="{x2 + 4:.1f}" y="{y0 + j * 10 + 8:.1f}" class="value">'
                f"{escape(name)} {value:+.1f}</text>"
            )
    return _frame(kind, title, height, body, _x_axis(scale, height, unit))
