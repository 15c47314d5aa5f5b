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
from frontline.kernel.inbound import InboundEvent
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.subscriber import Handler

CONSUMER = "cadre.org-directory"
TOPIC = OrgUnitEstablished.topic
CONTRACT = (OrgUnitEstablished, OrgUnitDissolved)


async def apply_org_event(conn: asyncpg.Connection, event: InboundEvent) -> None:
    if event.type == OrgUnitEstablished.ce_type:
        unit = OrgUnitEstablished.model_validate(event.data)
        await conn.execute(
            "INSERT INTO org_units (org_unit_id, division_code, level) VALUES ($1, $2, $3)"
            " ON CONFLICT (org_unit_id) DO UPDATE SET division_code = EXCLUDED.division_code,"
            " level = EXCLUDED.level",
            unit.org_unit_id,
            unit.division_code,
            unit.level,
        )
    elif event.type == OrgUnitDissolved.ce_type:
        gone = OrgUnitDissolved.model_validate(event.data)
        await conn.execute(
            "INSERT INTO org_units (org_unit_id, division_code, level, dissolved_on)"
            " VALUES ($1, $2, $3, $4) ON CONFLICT (org_unit_id)"
            " DO UPDATE SET dissolved_on = EXCLUDED.dissolved_on",
            gone.org_unit_id,
            gone.division_code,
            gone.level,
            gone.dissolved_on,
        )


def org_directory_handler(rt: ServiceRuntime[CadreSettings]) -> Handler:
    return apply_org_event
