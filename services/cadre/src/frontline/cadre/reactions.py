"""Reactions to other services' public events.

- ``cadre.org-directory`` on ``organization.events.v1``: the service's own directory of
  org units;
- ``cadre.discipline-outcomes`` on ``discipline.events.v1``: integrity opinions,
  sanctions and their revocation (use_cases/discipline_outcomes.py).

A service never asks another service (DESIGN.md §2): appointments are checked
against the org directory, and refused for units it does not know or that were
dissolved (use_cases/appointments.py). The kernel validates each event against its
contract before this runs, and the handler runs in one transaction with the inbox
row, so a redelivered event changes nothing twice.
"""

from __future__ import annotations

import asyncpg

from frontline.cadre.runtime_ports import ports
from frontline.cadre.settings import CadreSettings
from frontline.cadre.use_cases import discipline_outcomes as outcomes
from frontline.contracts import discipline
from frontline.contracts.organization import OrgUnitDissolved, OrgUnitEstablished
from frontline.kernel.commands import InTransaction
from frontline.kernel.context import system_context
from frontline.kernel.inbound import IdentityContradiction, InboundEvent
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.subscriber import Handler

CONSUMER = "cadre.org-directory"
TOPIC = OrgUnitEstablished.topic
CONTRACT = (OrgUnitEstablished, OrgUnitDissolved)

DISCIPLINE_CONSUMER = "cadre.discipline-outcomes"
DISCIPLINE_TOPIC = discipline.TOPIC
DISCIPLINE_CONTRACT = (
    discipline.IntegrityOpinionIssued,
    discipline.SanctionImposed,
    discipline.SanctionRevoked,
)


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


def discipline_outcomes_handler(rt: ServiceRuntime[CadreSettings]) -> Handler:
    """Each outcome runs its use case in the inbox's transaction (caused by the event)."""

    async def handle(conn: asyncpg.Connection, event: InboundEvent) -> None:
        ctx = system_context(rt.service).caused_by(event.event_id, event.correlation_id)
        p = ports(rt, InTransaction(rt.commands, conn, ctx))
        if event.type == discipline.IntegrityOpinionIssued.ce_type:
            issued = discipline.IntegrityOpinionIssued.model_validate(event.data)
            await outcomes.record_integrity_opinion(
                p, issued.procedure_id, issued.opinion, issued.issued_on
            )
        elif event.type == discipline.SanctionImposed.ce_type:
            await outcomes.record_sanction(p, _sanction(event))
        elif event.type == discipline.SanctionRevoked.ce_type:
            revoked = discipline.SanctionRevoked.model_validate(event.data)
            await outcomes.lift_sanction(
                p, revoked.case_id, revoked.cadre_id, revoked.kind, revoked.revoked_on
            )

    return handle


def _sanction(event: InboundEvent) -> outcomes.Sanction:
    imposed = discipline.SanctionImposed.model_validate(event.data)
    return outcomes.Sanction(
        case_id=imposed.case_id,
        cadre_id=imposed.cadre_id,
        measure_type=imposed.measure_type,
        kind=imposed.kind,
        removes_from_post=imposed.removes_from_post,
        influence_ends_on=imposed.influence_ends_on,
        permanent=imposed.permanent,
        decided_on=imposed.decided_on,
    )
