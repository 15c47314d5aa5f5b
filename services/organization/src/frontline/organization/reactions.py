"""Reactions to the cadre service's public events (consumer ``organization.secretary-posts``).

DOMAIN.md: the secretary post is filled when the cadre service announces a
secretary appointment and vacated when that cadre leaves it. Other team posts
(deputy secretary, committee members, village committee head — the last one
decides 一肩挑) follow the same way. The kernel's inbox skips redelivered
events, and the deciders treat a fact that is already true as a no-op.

Filling a post moves authority, so an appointment is applied only when what it
names is in this service's own records: the unit (with the division the event
claims) and the cadre. The cadres come from CadreRegistered on the same topic and
partition (keyed by cadre), so a registration is always applied before that
cadre's appointments. Anything else is dead-lettered and alerted (RefusedEvent).
"""

from __future__ import annotations

from typing import Any

import asyncpg

from frontline.contracts.cadre import TOPIC as CADRE_TOPIC
from frontline.contracts.cadre import CadreAppointed, CadreLeftPost, CadreRegistered
from frontline.kernel.context import system_context
from frontline.kernel.inbound import InboundEvent, RefusedEvent
from frontline.kernel.runtime import ServiceRuntime
from frontline.organization.domain import org_unit_commands as cmd
from frontline.organization.domain.org_unit import org_unit_decider

CONSUMER = "organization.secretary-posts"
SECRETARY = "secretary"
# "other" posts are not part of the leadership team (班子).
TEAM_POSTS = frozenset(
    {"deputy_secretary", "committee_member", "village_committee_head", "village_committee_member"}
)


class UnknownReference(RefusedEvent):
    """A cadre event names a unit or cadre this service does not know (or not so)."""


class SecretaryPosts:
    def __init__(self, runtime: ServiceRuntime) -> None:
        self.runtime = runtime

    def register(self) -> None:
        self.runtime.subscribe(CADRE_TOPIC, CONSUMER, self.handle)

    async def handle(self, conn: asyncpg.Connection, event: InboundEvent) -> None:
        if event.type == CadreRegistered.ce_type:
            registered = CadreRegistered.model_validate(event.data)
            await conn.execute(
                "INSERT INTO known_cadres (cadre_id, division_code) VALUES ($1, $2)"
                " ON CONFLICT (cadre_id) DO NOTHING",
                registered.cadre_id,
                registered.division_code,
            )
        elif event.type == CadreAppointed.ce_type:
            appointed = CadreAppointed.model_validate(event.data)
            await _check_references(conn, appointed)
            await self._apply(conn, event, appointed.org_unit_id, _on_appointed(appointed))
        elif event.type == CadreLeftPost.ce_type:
            left = CadreLeftPost.model_validate(event.data)
            await _check_references(conn, left)
            await self._apply(conn, event, left.org_unit_id, _on_left(left))

    async def _apply(
        self, conn: asyncpg.Connection, event: InboundEvent, unit_id: str, command: Any
    ) -> None:
        if command is None:
            return
        ctx = system_context(self.runtime.service).caused_by(event.event_id, event.correlation_id)
        await self.runtime.commands.execute(org_unit_decider, unit_id, command, ctx, conn=conn)


async def _check_references(conn: asyncpg.Connection, e: CadreAppointed | CadreLeftPost) -> None:
    division = await conn.fetchval(
        "SELECT division_code FROM org_units WHERE unit_id = $1", e.org_unit_id
    )
    if division is None:
        raise UnknownReference(f"no org unit {e.org_unit_id} is established here")
    if division != e.division_code:
        raise UnknownReference(
            f"org unit {e.org_unit_id} is on division {division}, not {e.division_code}"
        )
    known = await conn.fetchval("SELECT 1 FROM known_cadres WHERE cadre_id = $1", e.cadre_id)
    if known is None:
        raise UnknownReference(f"cadre {e.cadre_id} was never registered by the cadre service")


def _on_appointed(e: CadreAppointed) -> Any:
    if e.post == SECRETARY:
        return cmd.FillSecretaryPost(
            cadre_id=e.cadre_id, filled_on=e.appointed_on, also_village_head=e.also_village_head
        )
    if e.post in TEAM_POSTS:
        return cmd.AppointTeamMember(cadre_id=e.cadre_id, post=e.post, appointed_on=e.appointed_on)
    return None


def _on_left(e: CadreLeftPost) -> Any:
    if e.post == SECRETARY:
        return cmd.VacateSecretaryPost(cadre_id=e.cadre_id, vacated_on=e.left_on, reason=e.reason)
    if e.post in TEAM_POSTS:
        return cmd.RemoveTeamMember(
            cadre_id=e.cadre_id, post=e.post, left_on=e.left_on, reason=e.reason
        )
    return None
