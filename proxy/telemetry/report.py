"""The sovereignty report: what the audit log says about where requests went.

``build_report(paths)`` verifies the hash chain over the given files (rotated ones in any order)
and aggregates their records: requests by level × tier × jurisdictions, by tenant, by model and
by backend, denials by rule, fallbacks, policies in force. ``render_text`` lays it out for a
terminal (``sovproxy audit report FILE...``); ``render_html`` makes one self-contained page with
charts to hand to an auditor. Neither reads anything but the audit log, which holds no content.
"""

from __future__ import annotations

from proxy.telemetry.report_html import render_html
from proxy.telemetry.report_model import Report, Row, build_report
from proxy.telemetry.report_tables import Cell, Table, summary, tables

__all__ = ["Report", "Row", "Table", "build_report", "render_html", "render_text"]

_MAX_PROBLEMS = 50


def _grid(table: Table) -> list[str]:
    """Rows as aligned columns; numbers right-aligned, text left-aligned."""
    if not table.rows:
        return ["  (none)"]
    cells: list[tuple[Cell, ...]] = [table.headers, *table.rows]
    widths = [max(len(str(row[col])) for row in cells) for col in range(len(table.headers))]

    def line(row: tuple[Cell, ...]) -> str:
        parts = [
            str(cell).rjust(width) if isinstance(cell, int | float) else str(cell).ljust(width)
            for cell, width in zip(row, widths, strict=True)
        ]
        return "  " + "  ".join(parts).rstrip()

    rule = "  " + "  ".join("-" * width for width in widths)
    return [line(table.headers), rule, *(line(row) for row in table.rows)]


def render_text(report: Report) -> str:
    """The report as plain text for a terminal: headline facts, chain problems, then tables."""
    title = "sovproxy sovereignty report"
    lines = [title, "=" * len(title)]
    facts = summary(report)
    width = max(len(key) for key, _ in facts)
    lines += [f"{key.ljust(width)}  {value}" for key, value in facts]
    problems = report.verify.problems
    if problems:
        lines += ["", "Hash chain problems:"]
        lines += [f"  {problem}" for problem in problems[:_MAX_PROBLEMS]]
        if len(problems) > _MAX_PROBLEMS:
            lines.append(f"  ... and {len(problems) - _MAX_PROBLEMS} more")
    if report.verify.warnings:
        lines += ["", "Notes:", *(f"  {warning}" for warning in report.verify.warnings)]
    for table in tables(report):
        lines += ["", table.title, "-" * len(table.title)]
        if table.note:
            lines.append(table.note)
        lines += _grid(table)
    return "\n".join(lines) + "\n"
