"""The command tools' figures (DOMAIN.md "Responsibility lists and supervision orders"):
supervision orders open, overdue and handled on time, responsibility items completed —
sums that add up place by place, their score inputs, indicators and the overdue alert.

Orders count at the receiving unit's division, so a township's figures hold the orders
the county sent it and those it sent its villages. SCORING.md documents the inputs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from frontline.headquarters.query.models import Alert, Indicator, UnitRef
from frontline.headquarters.query.scoring import RawInput, share
from frontline.headquarters.settings import HeadquartersSettings

if TYPE_CHECKING:
    from frontline.headquarters.query.facts import Facts, UnitFacts


@dataclass
class CommandFigures:
    orders_open: int = 0
    orders_overdue: int = 0
    # Accepted within the trailing window, and of those reported on time.
    orders_settled: int = 0
    orders_on_time: int = 0
    # Responsibility items due within the trailing window, and of those completed.
    duties_due: int = 0
    duties_completed: int = 0

    def add_orders(self, row: Any) -> None:
        self.orders_open += row["open"]
        self.orders_overdue += row["overdue"]
        self.orders_settled += row["settled"]
        self.orders_on_time += row["on_time"]

    def add_duties(self, row: Any) -> None:
        self.duties_due += row["due"]
        self.duties_completed += row["completed"]


def window_start(as_of: dt.date, s: HeadquartersSettings) -> dt.date:
    """The day before the trailing window (the meeting window's months) begins."""
    months = as_of.year * 12 + as_of.month - 1 - s.compliance.meeting_window_months
    year, month = divmod(months, 12)
    return dt.date(year, month + 1, min(as_of.day, 28))


def command_inputs(f: CommandFigures, s: HeadquartersSettings) -> list[RawInput]:
    w = s.scoring.fortress
    return [
        RawInput(
            "orders_on_time",
            "督办按时办结率",
            # Open orders past their deadline count against it as they happen.
            share(f.orders_on_time, f.orders_settled + f.orders_overdue),
            w.orders_on_time,
        ),
        RawInput(
            "duties_completed",
            "责任清单完成率",
            share(f.duties_completed, f.duties_due),
            w.duties_completed,
        ),
    ]


def _i(key: str, label: str, value: float | None, unit: str) -> Indicator:
    return Indicator(
        key=key,
        label=label,
        value=None if value is None else round(value, 2),
        unit=unit,
        has_data=value is not None,
    )


def command_indicators(f: CommandFigures) -> list[Indicator]:
    handled = f.orders_settled + f.orders_overdue
    return [
        _i("orders_open", "在办督办单", f.orders_open, "件"),
        _i("orders_overdue", "逾期督办单", f.orders_overdue, "件"),
        _i(
            "orders_on_time_rate",
            "督办按时办结率",
            100.0 * f.orders_on_time / handled if handled else None,
            "%",
        ),
        _i("duties_due", "到期责任事项", f.duties_due, "项"),
        _i(
            "duties_completed_rate",
            "责任清单完成率",
            100.0 * f.duties_completed / f.duties_due if f.duties_due else None,
            "%",
        ),
    ]


def order_overdue(u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> Alert | None:
    """An order past its deadline with no report: an alert one level up (DOMAIN.md) — it
    shows at the unit that owes the report, in the issuer's view above it."""
    if not u.orders_overdue:
        return None
    return Alert(
        kind="order_overdue",
        severity="critical",
        unit=UnitRef(unit_id=u.unit_id, name=u.name, level=u.level, division_code=u.division_code),
        message=f"{u.name} 有 {u.orders_overdue} 件督办单逾期未报告"
        f"（最早应于 {u.orders_overdue_since} 前报告）",
        since=str(u.orders_overdue_since or ""),
    )
