"""The rule-of-law facts of one day (法治): counts and breakdowns per division code.

Loaded in a few grouped queries (``rule_of_law_sql.py``); ``places.py`` adds each row
to the places above its code, and the alert and weak-and-lax rules read the counts
at a unit's own code.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from frontline.headquarters.query import rule_of_law_sql as q
from frontline.headquarters.readmodel.ddl import Conn
from frontline.headquarters.settings import HeadquartersSettings

# Counts the unit rules read at a unit's own division code.
UNIT_KEYS = (
    "replies_overdue",
    "investigations_overdue",
    "confirmations_lapsed",
    "sweeps_missed",
    "disputes_concentration",
)


class Row(NamedTuple):
    division_code: str
    breakdown: str  # "" for a plain count named ``key``
    key: str
    n: float


@dataclass
class RuleOfLawFacts:
    rows: list[Row] = field(default_factory=list)
    # UNIT_KEYS counts per exact division code.
    at: defaultdict[str, dict[str, float]] = field(default_factory=lambda: defaultdict(dict))

    def count_at(self, code: str, key: str) -> int:
        return int(self.at.get(code, {}).get(key, 0))


def windows(as_of: dt.date, s: HeadquartersSettings) -> tuple[dt.date, dt.date, dt.date]:
    """The day, the start of the rates' trailing window, the start of the recent one."""
    c = s.compliance
    return (
        as_of,
        as_of - dt.timedelta(days=c.rule_of_law_window_days),
        as_of - dt.timedelta(days=c.recent_days),
    )


async def load_rule_of_law(
    conn: Conn, schema: str, as_of: dt.date, s: HeadquartersSettings
) -> RuleOfLawFacts:
    args = windows(as_of, s)
    found = RuleOfLawFacts()
    for sql in q.ALL:
        # Each query takes the parameters it uses ($1 … $n), no more.
        n = max(int(m) for m in re.findall(r"\$(\d)", sql))
        rows = await conn.fetch(sql.replace("{s}", schema), *args[:n])
        found.rows += [Row(r["division_code"], r["breakdown"], r["key"], r["n"]) for r in rows]
    for row in _unit_rows(found.rows):
        found.at[row.division_code][row.key] = row.n
    return found


def _unit_rows(rows: Iterable[Row]) -> Iterable[Row]:
    return (r for r in rows if not r.breakdown and r.key in UNIT_KEYS)
