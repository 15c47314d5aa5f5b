"""Supervision orders and responsibility items as of a day, worked out one by one in
Python from the raw rows (see direct_overview.py): the service does it in SQL
(query/command_sql.py), grouped; the tests compare both."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from frontline.headquarters.query.command_figures import CommandFigures, window_start
from frontline.headquarters.query.facts import UnitFacts
from frontline.headquarters.readmodel.ddl import Conn
from frontline.headquarters.settings import HeadquartersSettings


@dataclass(frozen=True)
class OrderOnDay:
    unit_id: str
    division_code: str
    open: bool
    overdue: bool
    due_on: dt.date | None
    settled: bool
    on_time: bool


@dataclass
class DirectCommand:
    orders: list[OrderOnDay] = field(default_factory=list)
    # (division code, completed) of each item due within the window.
    items: list[tuple[str, bool]] = field(default_factory=list)

    def figures(self, prefix: str) -> CommandFigures:
        f = CommandFigures()
        for o in (o for o in self.orders if o.division_code.startswith(prefix)):
            f.orders_open += o.open
            f.orders_overdue += o.overdue
            f.orders_settled += o.settled
            f.orders_on_time += o.settled and o.on_time
        for code, completed in self.items:
            if code.startswith(prefix):
                f.duties_due += 1
                f.duties_completed += completed
        return f

    def mark(self, units: dict[str, UnitFacts]) -> None:
        """Each unit's overdue orders, for the alert rule."""
        for o in self.orders:
            if o.overdue and (u := units.get(o.unit_id)) is not None:
                u.orders_overdue += 1
                since = u.orders_overdue_since
                u.orders_overdue_since = o.due_on if since is None else min(since, o.due_on)  # type: ignore[type-var]


def _order(order: Any, steps: list[Any], day: dt.date, start: dt.date) -> OrderOnDay:
    seen = [s for s in steps if s["on_date"] <= day]
    dues = [s for s in seen if s["due_on"] is not None]
    due = max(dues, key=lambda s: (s["on_date"], s["due_on"])) if dues else None
    reports = [s for s in seen if s["step"] in ("reported", "returned")]
    last = max(reports, key=lambda s: (s["round"], s["step"] == "returned")) if reports else None
    accepted = sorted(s["on_date"] for s in seen if s["step"] == "accepted")
    on_time = any(s["on_time"] for s in seen if s["step"] == "accepted")
    open_ = not accepted
    overdue = (
        open_
        and (last is None or last["step"] != "reported")
        and due is not None
        and not due["provisional"]
        and due["due_on"] < day
    )
    return OrderOnDay(
        unit_id=order["unit_id"],
        division_code=order["division_code"],
        open=open_,
        overdue=overdue,
        due_on=due["due_on"] if due else None,
        settled=bool(accepted) and accepted[0] > start,
        on_time=on_time,
    )


async def load(conn: Conn, day: dt.date, s: HeadquartersSettings) -> DirectCommand:
    start = window_start(day, s)
    steps: defaultdict[str, list[Any]] = defaultdict(list)
    for row in await conn.fetch("SELECT * FROM hq.order_steps"):
        steps[row["order_id"]].append(row)
    out = DirectCommand()
    for order in await conn.fetch("SELECT * FROM hq.orders WHERE issued_on <= $1", day):
        out.orders.append(_order(order, steps[order["order_id"]], day, start))
    checks: defaultdict[str, list[Any]] = defaultdict(list)
    for row in await conn.fetch("SELECT * FROM hq.duty_checks WHERE checked_on <= $1", day):
        checks[row["item_id"]].append(row)
    for item in await conn.fetch("SELECT * FROM hq.duty_items WHERE set_on <= $1", day):
        if start < item["due_on"] <= day:
            found = checks[item["item_id"]]
            last = max(found, key=lambda c: (c["checked_on"], c["completed"])) if found else None
            out.items.append((item["division_code"], bool(last and last["completed"])))
    return out
