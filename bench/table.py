"""The one table `make bench` prints: path | measured | baseline | ratio | target | result."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    path: str
    measured: str
    baseline: str = "-"
    ratio: str = "-"
    target: str = "-"
    passed: bool | None = None  # None: not measured

    @property
    def result(self) -> str:
        if self.passed is None:
            return "n/a"
        return "pass" if self.passed else "FAIL"


def not_measured(path: str, target: str, reason: str) -> Row:
    return Row(path, f"not measured: {reason}", target=target)


def rate(value: float, unit: str = "/s") -> str:
    return f"{value:,.0f}{unit}"


def ratio(measured: float, baseline: float) -> str:
    return f"{measured / baseline:.2f}x" if baseline > 0 else "-"


HEADERS = ("path", "measured", "baseline (same run)", "ratio", "target", "result")


def render(rows: Sequence[Row]) -> str:
    cells = [HEADERS] + [
        (r.path, r.measured, r.baseline, r.ratio, r.target, r.result) for r in rows
    ]
    widths = [max(len(line[i]) for line in cells) for i in range(len(HEADERS))]

    def line(values: Sequence[str]) -> str:
        return "| " + " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(cells[0]), rule, *(line(c) for c in cells[1:])])
