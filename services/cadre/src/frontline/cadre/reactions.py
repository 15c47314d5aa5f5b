"""The cadre service's own directory of org units, built from ``organization.events.v1``
(consumer ``cadre.org-directory``).

A service never asks another service (DESIGN.md §2): appointments are checked
against this projection, and refused for units it does not know or that were
dissolved (use_cases/appointments.py). The kernel validates each event against its
contract before this runs, and the handler runs in one transaction with the inbox
row, so a redelivered event changes nothing twice.
"""

from __future__ import annotations

import asyncpg

from frontline.cadre.settings import CadreSettings
from frontline.contracts.organization import OrgUnitDissolved, OrgUnitEstablished
from frontline.kernel.inbound import IdentityContradiction, InboundEvent
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.subscriber import Handler

CONSUMER = "cadre.org-directory"
TOPIC = OrgUnitEstablished.topic
CONTRACT = (OrgUnitEstablished, OrgUnitDissolved)


async def apply_org_event(conn: asyncpg.Connection, event: InboundEvent) -> None:
    if event.type == OrgUnitEstablished.ce_type:
        unit = OrgUnitEstablished.model_validate(event.data)
        await _record_unit(conn, unit.org_unit_id, unit.division_code, unit.level)
    elif event.type == OrgUnitDissolved.ce_type:
        gone = OrgUnitDissolved.model_validate(event.data)
        await _record_unit(conn, gone.org_unit_id, gone.division_code, gone.level)
        await conn.execute(
            "UPDATE org_units SET dissolved_on = $2 WHERE org_unit_id = $1",
            gone.org_unit_id,
            gone.dissolved_on,
        )


def org_directory_handler(rt: ServiceRuntime[CadreSettings]) -> Handler:
    return apply_org_event


async def _record_unit(
    conn: asyncpg.Connection, org_unit_id: str, division_code: str, level: str
) -> None:
    """Record a unit's identity once; an event that contradicts it is refused.

    This directory decides scope (a township operator's reach), so a unit's
    division code and level, once known, never change: a later event saying
    otherwise is a forgery or a bug, dead-lettered and alerted (IdentityContradiction).
    """
    kept = await conn.fetchval(
        "INSERT INTO org_units (org_unit_id, division_code, level) VALUES ($1, $2, $3)"
        " ON CONFLICT (org_unit_id) DO UPDATE SET level = EXCLUDED.level"
        " WHERE org_units.division_code = EXCLUDED.division_code"
        " AND org_units.level IN ('', EXCLUDED.level)"
        " RETURNING true",
        org_unit_id,
        division_code,
        level,
    )
    if not kept:
        raise IdentityContradiction(
            f"org unit {org_unit_id} is already known with another division code or level"
        )
