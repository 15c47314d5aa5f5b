"""Reactions to other services' public events: the org and cadre directories.

The kernel validates each event against its contract before these run (a malformed
one is dead-lettered), skips types not in the contract, and its inbox skips
redelivered events.
"""

from __future__ import annotations

from typing import Any

import asyncpg

from frontline.contracts import cadre, organization
from frontline.kernel.inbound import InboundEvent
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.subscriber import Handler
from frontline.service_center.directory import apply_cadre_event, apply_org_event

ORG_CONSUMER = "service-center.org-directory"
ORG_CONTRACT = (organization.OrgUnitEstablished, organization.OrgUnitDissolved)

CADRE_CONSUMER = "service-center.cadre-directory"
CADRE_CONTRACT = (
    cadre.CadreAppointed,
    cadre.CadreLeftPost,
    cadre.StudentOfficialAssigned,
    cadre.StudentOfficialDeparted,
)


def org_directory_handler(rt: ServiceRuntime[Any]) -> Handler:
    async def handle(conn: asyncpg.Connection, event: InboundEvent) -> None:
        await apply_org_event(conn, event.type, event.data)

    return handle


def cadre_directory_handler(rt: ServiceRuntime[Any]) -> Handler:
    async def handle(conn: asyncpg.Connection, event: InboundEvent) -> None:
        await apply_cadre_event(conn, event.type, event.data)

    return handle
