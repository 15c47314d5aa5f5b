"""What every part of the servicer shares: the runtime's pool, commands and clock."""

from __future__ import annotations

from datetime import date
from typing import Any

import asyncpg
from grpc.aio import ServicerContext

from frontline.cadre.api.access import scoped_cadre, scoped_procedure
from frontline.cadre.api.convert import parse_date, required
from frontline.cadre.domain.cadre_decider import CadreDecider
from frontline.cadre.personal_data import PersonalDataVault
from frontline.cadre.public_notice_timer import china_today
from frontline.cadre.registry import CadreRegistry
from frontline.kernel.clock import Clock
from frontline.kernel.commands import CommandHandler, CommandResult
from frontline.kernel.decider import Command
from frontline.kernel.runtime import ServiceRuntime

Context = ServicerContext[Any, Any]


class CadreRpcBase:
    def __init__(
        self, runtime: ServiceRuntime, decider: CadreDecider, vault: PersonalDataVault
    ) -> None:
        self.runtime, self.decider, self.vault = runtime, decider, vault

    # The pool and command handler exist once the runtime has started, before any RPC.
    @property
    def pool(self) -> asyncpg.Pool:
        return self.runtime.pool

    @property
    def commands(self) -> CommandHandler:
        return self.runtime.commands

    @property
    def clock(self) -> Clock:
        return self.runtime.clock

    @property
    def registry(self) -> CadreRegistry:
        return CadreRegistry(self.pool, self.commands, self.decider, self.vault)

    def today(self) -> date:
        return china_today(self.clock)

    def day(self, text: str, field: str) -> date:
        return parse_date(text, field, self.today())

    async def on_cadre(self, cadre_id: str, command: Command) -> CommandResult:
        await scoped_cadre(self.pool, required(cadre_id, "cadre_id"))
        return await self.commands.execute(self.decider, cadre_id, command)

    async def on_procedure(self, procedure_id: str, command: Command) -> CommandResult:
        row = await scoped_procedure(self.pool, required(procedure_id, "procedure_id"))
        return await self.commands.execute(self.decider, row["cadre_id"], command)


def event_field(result: CommandResult, name: str) -> Any:
    """A value from the answer's events, so a retried request returns the first answer's ids."""
    return getattr(result.events[0].event, name)
