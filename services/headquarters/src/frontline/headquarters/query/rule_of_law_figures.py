"""The rule-of-law figures of one place: counts and breakdowns summed over its divisions.

Every figure is a sum, so each division's rows are added once to the county, its
township and its village (``places.py``). A village's figures know they are a
village's: counts below 3 are not shown there (``hidden``), so a handful of cases or
disputes cannot be traced to the people behind them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from frontline.headquarters.query.rule_of_law_facts import Row

# DOMAIN.md "Headquarters": individual discipline details never reach headquarters.
SMALLEST_SHOWN = 3


def _breakdown() -> defaultdict[str, float]:
    return defaultdict(float)


@dataclass
class RuleOfLawFigures:
    counts: defaultdict[str, float] = field(default_factory=_breakdown)
    breakdowns: defaultdict[str, defaultdict[str, float]] = field(
        default_factory=lambda: defaultdict(_breakdown)
    )
    village: bool = False

    def add(self, row: Row) -> None:
        if row.breakdown:
            self.breakdowns[row.breakdown][row.key] += row.n
        else:
            self.counts[row.key] += row.n

    def __getitem__(self, key: str) -> float:
        return self.counts.get(key, 0.0)

    def hidden(self, n: float) -> bool:
        """A village's count of 1 or 2 is not shown (0 is: nothing to trace)."""
        return self.village and 0 < n < SMALLEST_SHOWN

    @property
    def has_data(self) -> bool:
        return bool(self.counts or self.breakdowns)
