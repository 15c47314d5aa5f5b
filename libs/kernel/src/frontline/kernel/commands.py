"""Command handling, all or nothing (DESIGN.md §4).

load → decide → append + outbox + idempotency record + projection → wake the relay.
The projection returns its writes as data (``frontline.kernel.ops``): with at most
one op every write goes as one statement, else in one transaction. A version
conflict reloads and re-decides up to three times, then answers ABORTED.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, TypeVar, cast

import asyncpg

from frontline.contracts.base import PublicEvent
from frontline.kernel import tracing
from frontline.kernel.context import CallContext, current_context, system_context
from frontline.kernel.decider import Decider
from frontline.kernel.errors import ConcurrencyConflict
from frontline.kernel.eventstore import EventStore, StoredEvent
from frontline.kernel.lookups import Lookup, SqlLookup
from frontline.kernel.metrics import COMMANDS
from frontline.kernel.ops import Op, Projection, separable
from frontline.kernel.outbox import (
    OutboxRecord,
    outbox_records,
    outbox_statements,
)
from frontline.kernel.statements import Statement, combined

log = logging.getLogger(__name__)

Publish = Callable[[StoredEvent, Any], Sequence[PublicEvent]]

MAX_ATTEMPTS = 4  # the first try and three retries
F = TypeVar("F")


@dataclass(frozen=True)
class Registration:
    decider: Decider[Any, Any]
    publish: Publish | None = None
    project: Projection | None = None


@dataclass(frozen=True)
class CommandResult:
    stream_id: str
    version: int
    events: list[StoredEvent] = field(default_factory=list)
    replayed: bool = False  # True when a retried request id returned the first answer
    state: Any = None


@dataclass
class _Pending:
    """A command, or how to make one: ``build`` given what ``lookup`` found."""

    command: Any = None
    lookup: SqlLookup[Any] | None = None
    build: Callable[[Any], Any] | None = None
    span: Any = None  # the command's span, named once the command is built

    def made(self, found: Any) -> Any:
        if self.build is not None:
            self.command = self.build(found)
            tracing.named(self.span, self.command)
        return self.command


@dataclass(frozen=True)
class _Decided:
    result: CommandResult
    writes: list[Statement]  # events, outbox rows, the answer
    ops: list[Op]  # the projection's writes


class CommandHandler:
    def __init__(
        self,
        pool: asyncpg.Pool,
        store: EventStore,
        source: str,
        service: str,
        topic_prefix: str = "",
    ) -> None:
        self.pool = pool
        self.topic_prefix = topic_prefix
        self.store = store
        self.source = source
        self.service = service
        self._registrations: dict[str, Registration] = {}
        # Called after a command's own transaction commits: wakes the outbox relay.
        self.on_commit: Callable[[], None] = lambda: None

    def register(self, registration: Registration) -> None:
        self._registrations[registration.decider.stream_type] = registration

    async def answered_before(self, ctx: CallContext | None = None) -> bool:
        """Whether the current request id already has a recorded answer.

        Handlers that check a precondition outside the decider (e.g. a unique division
        code) ask this first, so a retried request replays its first answer instead of
        tripping over its own earlier effect.
        """
        ctx = ctx or current_context()
        if ctx is None or not ctx.request_id:
            return False
        seen = await self.pool.fetchval(
            "SELECT 1 FROM idempotency WHERE request_id = $1", ctx.request_id
        )
        return seen is not None

    async def execute(
        self,
        decider: Decider[Any, Any],
        stream_id: str,
        command: Any,
        ctx: CallContext | None = None,
        conn: asyncpg.Connection | None = None,
    ) -> CommandResult:
        ctx = ctx or current_context() or system_context(self.service)
        with tracing.command(decider.stream_type, stream_id, command, ctx.correlation_id):
            return await self._attempts(decider, stream_id, _Pending(command), ctx, conn)

    async def execute_after(
        self,
        decider: Decider[Any, Any],
        stream_id: str,
        lookup: Lookup[F],
        build: Callable[[F | None], Any],
        ctx: CallContext | None = None,
        conn: asyncpg.Connection | None = None,
    ) -> CommandResult:
        """The command ``build`` makes of what ``lookup`` finds (None: nothing), executed.

        A ``SqlLookup`` goes in the same round trip as the command's load (lookups.py),
        and is asked again with it after a conflict. ``build`` runs before a retried
        request's earlier answer is replayed too: the checks it makes of what it was
        given (the caller's scope, say) hold for a retry as for the first call.
        """
        if not isinstance(lookup, SqlLookup):
            return await self.execute(
                decider, stream_id, build(await lookup.fetch(conn)), ctx, conn
            )
        ctx = ctx or current_context() or system_context(self.service)
        with tracing.command(decider.stream_type, stream_id, build, ctx.correlation_id) as span:
            pending = _Pending(lookup=lookup, build=build, span=span)
            return await self._attempts(decider, stream_id, pending, ctx, conn)

    async def _attempts(
        self,
        decider: Decider[Any, Any],
        stream_id: str,
        command: _Pending,
        ctx: CallContext,
        conn: asyncpg.Connection | None,
    ) -> CommandResult:
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                if conn is not None:
                    # Inside a caller's transaction (timer, reaction): a savepoint lets a
                    # conflict roll back just this command.
                    async with conn.transaction():
                        result = await self._run(conn, decider, stream_id, command, ctx)
                else:
                    async with self.pool.acquire() as own:
                        own_conn = cast(asyncpg.Connection, own)
                        result = await self._run(
                            own_conn, decider, stream_id, command, ctx, alone=True
                        )
                    if result.events:
                        self.on_commit()
            except asyncpg.UniqueViolationError as exc:
                # The stream's next version (or the request id) was taken meanwhile.
                log.info("command conflict, retrying", extra={"attempt": attempt})
                if attempt == MAX_ATTEMPTS:
                    COMMANDS.labels(type(command.command).__name__, "conflict").inc()
                    raise ConcurrencyConflict(
                        f"{decider.stream_type} {stream_id} kept changing; retry"
                    ) from exc
                continue
            COMMANDS.labels(type(command.command).__name__, "ok").inc()
            return result
        raise AssertionError("unreachable")

    async def _run(
        self,
        conn: asyncpg.Connection,
        decider: Decider[Any, Any],
        stream_id: str,
        command: _Pending,
        ctx: CallContext,
        alone: bool = False,
    ) -> CommandResult:
        """Load, decide, then write.

        With at most one projection op (besides ops on rows of their own, ``Op.row``),
        every write is one statement: data-modifying parts of one WITH, atomic without
        BEGIN/COMMIT (``alone``: no caller's transaction around us). The insert of the
        events at the loaded version fails if another command appended meanwhile
        (retried like any conflict) and takes the outbox rows, the answer and the
        read-model write with it. More ops run in order in a transaction, since parts
        of one statement cannot see each other.
        """
        decided = await self._decide(conn, decider, stream_id, command, ctx)
        if isinstance(decided, CommandResult):
            return decided
        ops = [(op.sql, op.args) for op in decided.ops]
        if separable(decided.ops):
            statements = decided.writes + ops
            if statements:
                sql, args = combined(statements)
                await conn.execute(sql, *args)
            return decided.result
        async with contextlib.AsyncExitStack() as stack:
            if alone:
                await stack.enter_async_context(conn.transaction())
            if decided.writes:
                sql, args = combined(decided.writes)
                await conn.execute(sql, *args)
            for sql, args in ops:
                await conn.execute(sql, *args)
        return decided.result

    async def _decide(
        self,
        conn: asyncpg.Connection,
        decider: Decider[Any, Any],
        stream_id: str,
        pending: _Pending,
        ctx: CallContext,
    ) -> CommandResult | _Decided:
        """Load and decide: the earlier answer to a retried request, or what to write
        (events at the loaded version, outbox rows, the answer, the projection's ops)
        and the result."""
        state, version, previous, found = await self.store.load_unless_answered(
            conn, decider, stream_id, ctx.request_id, pending.lookup
        )
        command = pending.made(found)  # before a replay too (execute_after)
        if previous is not None:
            return self._replay(decider, json.loads(previous))
        new_events = list(decider.decide(command, state))
        insert, stored = self.store.new_events(
            stream_id, decider.stream_type, version, new_events, ctx.metadata()
        )
        # Each event is published with the stream's state after it (publication.py): a
        # command deciding several events (an import, deadlines passed at once) must not
        # lend the first ones what only the last ones changed.
        after: list[Any] = []
        for event in new_events:
            state = decider.evolve(state, event)
            after.append(state)
        registration = self._registrations.get(decider.stream_type)
        records: list[OutboxRecord] = []
        ops: list[Op] = []
        if registration and stored:
            if registration.publish:
                for item, its_state in zip(stored, after, strict=True):
                    publics = registration.publish(item, its_state)
                    records += outbox_records(self.source, item, publics, self.topic_prefix)
            if registration.project:
                ops = list(registration.project(stored, state))
        result = CommandResult(stream_id, version + len(stored), stored, state=state)
        answer = (ctx.request_id, json.dumps(_response(result))) if ctx.request_id else None
        writes = ([insert] if stored else []) + outbox_statements(records, answer)
        return _Decided(result, writes, ops)

    def _replay(self, decider: Decider[Any, Any], response: dict[str, Any]) -> CommandResult:
        events = [
            StoredEvent(
                stream_id=response["stream_id"],
                stream_type=decider.stream_type,
                version=item["version"],
                event_id=item["event_id"],
                event=decider.event_class(item["event_type"]).model_validate(item["data"]),
                recorded_at=_parse_time(item["recorded_at"]),
                metadata={},
            )
            for item in response["events"]
        ]
        return CommandResult(response["stream_id"], response["version"], events, replayed=True)


def _response(result: CommandResult) -> dict[str, Any]:
    return {
        "stream_id": result.stream_id,
        "version": result.version,
        "events": [
            {
                "version": e.version,
                "event_id": e.event_id,
                "event_type": e.event_type,
                "data": e.event.model_dump(mode="json"),
                "recorded_at": e.recorded_at.isoformat(),
            }
            for e in result.events
        ],
    }


def _parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text)


class CommandPort(Protocol):
    """What a service's use cases need of command handling (a port: in-memory in tests)."""

    async def execute(
        self, decider: Decider[Any, Any], stream_id: str, command: Any
    ) -> CommandResult: ...

    async def execute_after(
        self,
        decider: Decider[Any, Any],
        stream_id: str,
        lookup: Lookup[F],
        build: Callable[[F | None], Any],
    ) -> CommandResult: ...

    async def answered_before(self) -> bool: ...


@dataclass(frozen=True)
class InTransaction:
    """The command port inside a caller's transaction (a timer firing, a reaction):
    every command joins it, with the caller's context (e.g. caused by an event)."""

    handler: CommandHandler
    conn: asyncpg.Connection
    ctx: CallContext | None = None

    async def execute(
        self, decider: Decider[Any, Any], stream_id: str, command: Any
    ) -> CommandResult:
        return await self.handler.execute(decider, stream_id, command, self.ctx, conn=self.conn)

    async def execute_after(
        self,
        decider: Decider[Any, Any],
        stream_id: str,
        lookup: Lookup[F],
        build: Callable[[F | None], Any],
    ) -> CommandResult:
        return await self.handler.execute_after(
            decider, stream_id, lookup, build, self.ctx, conn=self.conn
        )

    async def answered_before(self) -> bool:
        return False  # work the service does by itself has no request id to replay
