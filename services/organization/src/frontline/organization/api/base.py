"""What every group of RPCs shares: the runtime, today's date, unit lookup and scope."""

from __future__ import annotations

from datetime import date
from typing import Any

import asyncpg
import grpc

from frontline.kernel.authz import current_principal, require_scope
from frontline.kernel.commands import CommandResult
from frontline.kernel.decider import Decider
from frontline.kernel.errors import InvalidArgument, NotFound
from frontline.kernel.runtime import ServiceRuntime
from frontline.organization import queries
from frontline.organization.domain.unit_facts import UnitFacts
from frontline.organization.local_time import today
from frontline.organization.settings import OrganizationSettings

Ctx = grpc.aio.ServicerContext[Any, Any]


class RpcBase:
    def __init__(self, runtime: ServiceRuntime, settings: OrganizationSettings) -> None:
        self.runtime = runtime
        self.settings = settings

    def today(self) -> date:
        return today(self.runtime.clock)

    async def execute(
        self, decider: Decider[Any, Any], stream_id: str, command: Any
    ) -> CommandResult:
        return await self.runtime.commands.execute(decider, stream_id, command)

    async def is_retry(self) -> bool:
        """Whether this request id was answered before (the kernel will replay that answer)."""
        return await self.runtime.commands.answered_before()

    async def unit_in_scope(self, unit_id: str, field: str = "org_unit_id") -> asyncpg.Record:
        """The unit's read-model row, after checking the caller may act on it."""
        if not unit_id:
            raise InvalidArgument.field(field, "required")
        row = await queries.unit(self.runtime.pool, unit_id)
        if row is None:
            raise NotFound("org unit", unit_id)
        require_scope(row["division_code"])
        return row

    async def unit_facts_in_scope(self, unit_id: str, field: str = "org_unit_id") -> UnitFacts:
        """What a command needs of a unit, after the same checks as ``unit_in_scope``
        (one lean read: commands do not need the children count)."""
        if not unit_id:
            raise InvalidArgument.field(field, "required")
        row = await queries.unit_facts(self.runtime.pool, unit_id)
        if row is None:
            raise NotFound("org unit", unit_id)
        require_scope(row["division_code"])
        return queries.facts(row)

    async def reload(self, sql_reader: Any, ident: str) -> asyncpg.Record:
        """The read-model row a command just wrote (same database, committed)."""
        row = await sql_reader(self.runtime.pool, ident)
        if row is None:
            raise NotFound("record", ident)
        return row  # type: ignore[no-any-return]

    def scoped_prefix(self, prefix: str) -> str:
        """A division-code prefix to list under: the caller's scope when none is given."""
        if prefix and not prefix.isdigit():
            raise InvalidArgument.field("division_code_prefix", "digits only")
        chosen = prefix or current_principal().scope
        require_scope(chosen)
        return chosen
