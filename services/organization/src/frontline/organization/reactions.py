"""Reactions to the cadre service's public events (consumer ``organization.secretary-posts``).

DOMAIN.md: the secretary post is filled when the cadre service announces a
secretary appointment and vacated when that cadre leaves it. Other team posts
(deputy secretary, committee members, village committee head — the last one
decides 一肩挑) follow the same way. The kernel's inbox skips redelivered
events, and the deciders treat a fact that is already true as a no-op.
"""

from __future__ import annotations

from typing import Any

import asyncpg

from frontline.contracts.cadre import TOPIC as CADRE_TOPIC
from frontline.contracts.cadre import CadreAppointed, CadreLeftPost
from frontline.kernel.context import system_context
from frontline.kernel.inbound import InboundEvent
from frontline.kernel.runtime import ServiceRuntime
from frontline.organization.domain import org_unit_commands as cmd
from frontline.organization.domain.org_unit import org_unit_decider

CONSUMER = "organization.secretary-posts"
SECRETARY = "secretary"
# "other" posts are not part of the leadership team (班子).
TEAM_POSTS = frozenset(
    {"deputy_secretary", "committee_member", "village_committee_head", "village_committee_member"}
)


class SecretaryPosts:
    def __init__(self, runtime: ServiceRuntime) -> None:
        self.runtime = runtime

    def register(self) -> None:
        self.runtime.subscribe(CADRE_TOPIC, CONSUMER, self.handle)

    async def handle(self, conn: asyncpg.Connection, event: InboundEvent) -> None:
        if event.type == CadreAppointed.ce_type:
            appointed = CadreAppointed.model_validate(event.data)
            await self._apply(conn, event, appointed.org_unit_id, _on_appointed(appointed))
        elif event.type == CadreLeftPost.ce_type:
            left = CadreLeftPost.model_validate(event.data)
            await self._apply(conn, event, left.org_unit_id, _on_left(left))

    async def _apply(
        self, conn: asyncpg.Connection, event: InboundEvent, unit_id: str, command: Any
    ) -> None:
        if command is None:
            return
        ctx = system_context(self.runtime.service).caused_by(event.event_id, event.correlation_id)
        await self.runtime.commands.execute(org_unit_decider, unit_id, command, ctx, conn=conn)


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
