"""What this service knows of other services, built from their public events.

A service never asks another service (DESIGN.md §2). Centres are established on
org units the organization service announced (``org_directory``), and staff on
duty are cadres the cadre service announced serving in the centre's township
(``cadre_directory``: posts held, and student village officials' villages). The
subscription handlers (reactions.py) write these tables in one transaction with the
inbox row, so a redelivered event changes nothing twice.
"""

from __future__ import annotations

import asyncpg

from frontline.contracts import cadre, organization
from frontline.service_center.domain.facts import UnitFacts

STUDENT_OFFICIAL = "student_official"


async def apply_org_event(conn: asyncpg.Connection, type_: str, data: dict[str, object]) -> None:
    if type_ == organization.OrgUnitEstablished.ce_type:
        unit = organization.OrgUnitEstablished.model_validate(data)
        # A unit's code and level are never moved by a later event (DESIGN.md §6).
        await conn.execute(
            "INSERT INTO org_directory (org_unit_id, division_code, level) VALUES ($1, $2, $3)"
            " ON CONFLICT (org_unit_id) DO NOTHING",
            unit.org_unit_id,
            unit.division_code,
            unit.level,
        )
    elif type_ == organization.OrgUnitDissolved.ce_type:
        gone = organization.OrgUnitDissolved.model_validate(data)
        await conn.execute(
            "INSERT INTO org_directory (org_unit_id, division_code, level, dissolved_on)"
            " VALUES ($1, $2, $3, $4) ON CONFLICT (org_unit_id)"
            " DO UPDATE SET dissolved_on = EXCLUDED.dissolved_on",
            gone.org_unit_id,
            gone.division_code,
            gone.level,
            gone.dissolved_on,
        )


_SERVES = (
    "INSERT INTO cadre_directory (cadre_id, serves_as, org_unit_id, division_code)"
    " VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING"
)
_LEAVES = "DELETE FROM cadre_directory WHERE cadre_id = $1 AND serves_as = $2 AND org_unit_id = $3"


async def apply_cadre_event(conn: asyncpg.Connection, type_: str, data: dict[str, object]) -> None:
    if type_ == cadre.CadreAppointed.ce_type:
        a = cadre.CadreAppointed.model_validate(data)
        await conn.execute(_SERVES, a.cadre_id, a.post, a.org_unit_id, a.division_code)
    elif type_ == cadre.CadreLeftPost.ce_type:
        left = cadre.CadreLeftPost.model_validate(data)
        await conn.execute(_LEAVES, left.cadre_id, left.post, left.org_unit_id)
    elif type_ == cadre.StudentOfficialAssigned.ce_type:
        s = cadre.StudentOfficialAssigned.model_validate(data)
        await conn.execute(_SERVES, s.cadre_id, STUDENT_OFFICIAL, "", s.division_code)
    elif type_ == cadre.StudentOfficialDeparted.ce_type:
        d = cadre.StudentOfficialDeparted.model_validate(data)
        await conn.execute(_LEAVES, d.cadre_id, STUDENT_OFFICIAL, "")


class PgDirectory:
    """The directories as the use cases' ``Directory`` port."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def unit(self, org_unit_id: str) -> UnitFacts | None:
        row = await self.pool.fetchrow(
            "SELECT * FROM org_directory WHERE org_unit_id = $1", org_unit_id
        )
        if row is None:
            return None
        return UnitFacts(
            org_unit_id=row["org_unit_id"],
            division_code=row["division_code"],
            level=row["level"],
            active=row["dissolved_on"] is None,
        )

    async def serves_in(self, cadre_id: str, division_prefix: str) -> bool:
        found = await self.pool.fetchval(
            "SELECT EXISTS (SELECT 1 FROM cadre_directory WHERE cadre_id = $1"
            " AND division_code LIKE $2 || '%')",
            cadre_id,
            division_prefix,
        )
        return bool(found)
