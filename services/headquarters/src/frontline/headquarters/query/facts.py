"""Loading the read model's facts for one day into plain rows, per unit and division.

One load answers every level (county, township, village): figures for a unit are
sums over the rows whose division code starts with the unit's code.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import get_args

import asyncpg

from frontline.contracts.cadre import EducationLevel
from frontline.headquarters.query import facts_sql as q
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


def _sql(text: str, schema: str) -> str:
    return text.replace("{s}", schema)


async def load_facts(
    conn: Conn, schema: str, as_of: dt.date, settings: HeadquartersSettings
) -> Facts:
    """Everything the county's figures need for one day, in a few grouped queries."""
    units = await _load_units(conn, schema, as_of, settings)
    cadres = [
        CadreRow(**dict(r))
        for r in await conn.fetch(
            _sql(q.CADRES, schema),
            as_of,
            EDUCATION_ORDER,
            settings.scoring.training_hours_target,
            COLLEGE_LEVELS,
            YOUNG_BANDS,
        )
    ]
    return Facts(
        as_of=as_of,
        units=units,
        cadres=cadres,
        upgrades=list(await conn.fetch(_sql(q.UPGRADES, schema), as_of)),
        students=list(await conn.fetch(_sql(q.STUDENTS, schema), as_of)),
        remuneration=list(await conn.fetch(_sql(q.REMUNERATION, schema), as_of)),
    )


async def _load_units(
    conn: Conn, schema: str, as_of: dt.date, settings: HeadquartersSettings
) -> dict[str, UnitFacts]:
    c = settings.compliance
    units = {
        r["unit_id"]: UnitFacts(**dict(r)) for r in await conn.fetch(_sql(q.UNITS, schema), as_of)
    }
    await _load_secretaries(conn, schema, as_of, units)
    periods = c.meeting_period_months
    meeting_args = (list(periods), list(periods.values()), c.meeting_window_months)
    for r in await conn.fetch(_sql(q.MEETINGS, schema), as_of, *meeting_args):
        if (u := units.get(r["unit_id"])) is not None:
            u.meetings_expected, u.meetings_held = r["expected"], r["held"]
    await _load_decisions(conn, schema, as_of, units, c.decision_stuck_days)
    for r in await conn.fetch(_sql(q.WEAK_LAX, schema), as_of):
        if (u := units.get(r["unit_id"])) is not None:
            u.weak_lax_confirmed_on = r["confirmed_on"]
            u.weak_lax_signed_off_on = r["signed_off_on"]
            u.rectification_percent = r["percent_complete"]
    for r in await conn.fetch(_sql(q.RATINGS, schema), as_of):
        if (u := units.get(r["unit_id"])) is not None:
            u.rating = r["rating"]
    return units


async def _load_secretaries(
    conn: Conn, schema: str, as_of: dt.date, units: dict[str, UnitFacts]
) -> None:
    for r in await conn.fetch(_sql(q.SECRETARIES, schema), as_of):
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


async def _load_decisions(
    conn: Conn,
    schema: str,
    as_of: dt.date,
    units: dict[str, UnitFacts],
    stuck_days: int,
) -> None:
    for r in await conn.fetch(_sql(q.DECISIONS, schema), as_of, stuck_days):
        u = units.get(r["unit_id"]) if r["unit_id"] else None
        if u is None:
            continue
        u.decisions[r["state"]] += r["n"]
        if r["state"] in PENDING_STATES:
            u.decisions_stuck += r["old"]
        if r["state"] == "resolved":
            u.decisions_unpublished += r["old"]
