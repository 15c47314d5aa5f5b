"""Reactions to the cadre service's public events (consumer ``organization.secretary-posts``).

The kernel validates each event against its contract before this runs, and its
inbox skips redelivered events; the use cases (use_cases/team_posts.py) turn them
into commands in the same transaction. Filling a post moves authority, so an
appointment is applied only when what it names is in this service's own records
(team_posts.py); anything else is dead-lettered and alerted.
"""

from __future__ import annotations

import asyncpg

from frontline.contracts.cadre import CadreAppointed, CadreLeftPost, CadreRegistered
from frontline.kernel.commands import InTransaction
from frontline.kernel.context import system_context
from frontline.kernel.inbound import InboundEvent
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.subscriber import Handler
from frontline.organization.queries import PgCadreDirectory
from frontline.organization.runtime_ports import ports
from frontline.organization.settings import OrganizationSettings
from frontline.organization.use_cases import team_posts

CONSUMER = "organization.secretary-posts"
CONTRACT = (CadreRegistered, CadreAppointed, CadreLeftPost)


def team_posts_handler(rt: ServiceRuntime[OrganizationSettings]) -> Handler:
    async def handle(conn: asyncpg.Connection, event: InboundEvent) -> None:
        ctx = system_context(rt.service).caused_by(event.event_id, event.correlation_id)
        p = ports(rt, InTransaction(rt.commands, conn, ctx), PgCadreDirectory(conn))
        if event.type == CadreRegistered.ce_type:
            await team_posts.cadre_registered(p, CadreRegistered.model_validate(event.data))
        elif event.type == CadreAppointed.ce_type:
            await team_posts.cadre_appointed(p, CadreAppointed.model_validate(event.data))
        elif event.type == CadreLeftPost.ce_type:
            await team_posts.cadre_left_post(p, CadreLeftPost.model_validate(event.data))

    return handle
