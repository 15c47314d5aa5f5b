"""Loading the read model's facts for one day into plain rows, per unit and division.

One load answers every level (county, township, village): figures for a unit are
sums over the rows whose division code starts with the unit's code.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from typing import Any, get_args

import asyncpg

from frontline.contracts.cadre import EducationLevel
from frontline.headquarters.query import command_sql
from frontline.headquarters.query import facts_sql as q
from frontline.headquarters.query.command_figures import window_start
from frontline.headquarters.readmodel.ddl import Conn
from frontline.headquarters.settings import HeadquartersSettings

# The contract lists education levels from lowest to highest.
EDUCATION_ORDER = list(get_args(EducationLevel))
COLLEGE_LEVELS = ["college", "bachelor", "postgraduate"]
YOUNG_BANDS = ["under_30", "30_39"]


@dataclass
class UnitFacts:
    unit_id: str
    name: str
    level: str
    division_code: str
    parent_id: str | None
    established_on: dt.date
    election_due_on: dt.date | None = None
    secretary_filled: bool = False
    vacant_since: dt.date | None = None
    meetings_expected: int = 0
    meetings_held: int = 0
    decisions: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))
    decisions_stuck: int = 0
    decisions_unpublished: int = 0
    weak_lax_confirmed_on: dt.date | None = None
    weak_lax_signed_off_on: dt.date | None = None
    rectification_percent: int | None = None
    rating: str | None = None
    # Supervision orders to this unit past their deadline with no report (command_sql.py).
    orders_overdue: int = 0
    orders_overdue_since: dt.date | None = None


@dataclass
class CadreRow:
    """Cadres in office in one division on the day."""

    division_code: str | None
    n: int
    college: int
    young: int
    women: int
    hours: float
    trained: int


@dataclass
class Facts:
    as_of: dt.date
    units: dict[str, UnitFacts]
    cadres: list[CadreRow]
    upgrades: list[asyncpg.Record]
    students: list[asyncpg.Record]
    remuneration: list[asyncpg.Record]
    # The command tools' rows (command_sql.py): orders per receiving unit, duties per division.
    orders: list[asyncpg.Record] = field(default_factory=list)
    duties: list[asyncpg.Record] = field(default_factory=list)


Connect = Callable[[], AbstractAsyncContextManager[Conn]]
Rows = list[asyncpg.Record]


async def load_facts(
    connect: Connect, schema: str, as_of: dt.date, settings: HeadquartersSettings
) -> Facts:
    """Everything the county's figures need for one day: a few grouped queries, run on
    three connections at once (PostgreSQL works them on both cores), then merged."""
    c, day = settings.compliance, (as_of,)
    periods = c.meeting_period_months
    meetings = (as_of, list(periods), list(periods.values()), c.meeting_window_months)
    hours = settings.scoring.training_hours_target
    cadres = (as_of, EDUCATION_ORDER, hours, COLLEGE_LEVELS, YOUNG_BANDS)
    stuck = (as_of, c.decision_stuck_days)
    units_group = [(q.UNITS, day), (q.SECRETARIES, day), (q.WEAK_LAX, day), (q.RATINGS, day)]
    others = [(q.DECISIONS, stuck), (q.CADRES, cadres), (q.UPGRADES, day), (q.STUDENTS, day)]
    window = (as_of, window_start(as_of, settings))
    command = [(command_sql.ORDERS, window), (command_sql.DUTIES, window)]
    (
        (units, secretaries, weak_lax, ratings),
        (meeting_rows, *orders_duties),
        rest,
    ) = await asyncio.gather(
        _fetch(connect, schema, units_group),
        _fetch(connect, schema, [(q.MEETINGS, meetings), *command]),
        _fetch(connect, schema, [*others, (q.REMUNERATION, day)]),
    )
    order_rows, duty_rows = orders_duties
    decisions, cadre_rows, upgrades, students, remuneration = rest
    by_id = {r["unit_id"]: UnitFacts(**dict(r)) for r in units}
    _add_secretaries(by_id, secretaries)
    for r in meeting_rows:
        if (u := by_id.get(r["unit_id"])) is not None:
            u.meetings_expected, u.meetings_held = r["expected"], r["held"]
    _add_decisions(by_id, decisions)
    for r in weak_lax:
        if (u := by_id.get(r["unit_id"])) is not None:
            u.weak_lax_confirmed_on = r["confirmed_on"]
            u.weak_lax_signed_off_on = r["signed_off_on"]
            u.rectification_percent = r["percent_complete"]
    for r in ratings:
        if (u := by_id.get(r["unit_id"])) is not None:
            u.rating = r["rating"]
    for r in order_rows:
        if r["overdue"] and (u := by_id.get(r["unit_id"])) is not None:
            u.orders_overdue, u.orders_overdue_since = r["overdue"], r["overdue_since"]
    return Facts(
        as_of=as_of,
        units=by_id,
        cadres=[CadreRow(**dict(r)) for r in cadre_rows],
        upgrades=upgrades,
        students=students,
        remuneration=remuneration,
        orders=order_rows,
        duties=duty_rows,
    )


async def _fetch(
    connect: Connect, schema: str, queries: list[tuple[str, tuple[Any, ...]]]
) -> list[Rows]:
    """``queries`` one after another on one connection."""
    async with connect() as conn:
        return [list(await conn.fetch(sql.replace("{s}", schema), *args)) for sql, args in queries]


def _add_secretaries(units: dict[str, UnitFacts], rows: Rows) -> None:
    for r in rows:
        if (u := units.get(r["unit_id"])) is not None:
            u.secretary_filled = bool(r["filled"])
            u.vacant_since = None if u.secretary_filled else r["last_vacated"]
    for u in units.values():
        # Never filled: vacant since the unit was established.
        if not u.secretary_filled and u.vacant_since is None:
            u.vacant_since = u.established_on


# Before the resolution is public a decision waits on a vote; "stuck" means a step
# has not moved for the configured days (DOMAIN.md "Headquarters").
PENDING_STATES = {"draft", "proposed", "deliberated", "reviewed", "resolved"}


def _add_decisions(units: dict[str, UnitFacts], rows: Rows) -> None:
    for r in rows:
        u = units.get(r["unit_id"]) if r["unit_id"] else None
        if u is None:
            continue
        u.decisions[r["state"]] += r["n"]
        if r["state"] in PENDING_STATES:
            u.decisions_stuck += r["old"]
        if r["state"] == "resolved":
            u.decisions_unpublished += r["old"]
