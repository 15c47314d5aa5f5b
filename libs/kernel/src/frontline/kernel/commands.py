"""Command handling, all or nothing (DESIGN.md §4).

load → decide → append + outbox + idempotency record + projection → wake the relay.
The writes go as one statement when the projection is a single write, else in one
transaction. A version conflict reloads and re-decides up to three times, then
answers ABORTED.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

import asyncpg

from frontline.contracts.base import PublicEvent
from frontline.kernel.context import CallContext, current_context, system_context
from frontline.kernel.decider import Decider
from frontline.kernel.errors import ConcurrencyConflict
from frontline.kernel.eventstore import EventStore, StoredEvent
from frontline.kernel.metrics import COMMANDS
from frontline.kernel.outbox import (
    OutboxRecord,
    outbox_records,
    outbox_statements,
)
from frontline.kernel.statements import NotRecordable, Statement, StatementRecorder, combined

log = logging.getLogger(__name__)

Publish = Callable[[StoredEvent, Any], Sequence[PublicEvent]]
Project = Callable[[asyncpg.Connection, Sequence[StoredEvent], Any], Awaitable[None]]

MAX_ATTEMPTS = 4  # the first try and three retries


@dataclass(frozen=True)
class Registration:
    decider: Decider[Any, Any]
    publish: Publish | None = None
    project: Project | None = None


@dataclass(frozen=True)
class CommandResult:
    stream_id: str
    version: int
    events: list[StoredEvent] = field(default_factory=list)
    replayed: bool = False  # True when a retried request id returned the first answer
    state: Any = None


@dataclass(frozen=True)
class _Decided:
    result: CommandResult
    writes: list[Statement]  # events, outbox rows, the answer
    registration: Registration | None


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
        # Stream types whose projection turned out to read or write more than once.
        self._project_needs_transaction: set[str] = set()
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
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                if conn is not None:
                    # Inside a caller's transaction (timer, reaction): a savepoint lets a
                    # conflict roll back just this command.
                    async with conn.transaction():
                        result = await self._run(conn, decider, stream_id, command, ctx)
                else:
                    alone = await self._run_alone(decider, stream_id, command, ctx)
                    if alone is None:
                        async with self.pool.acquire() as own, own.transaction():
                            own_conn = cast(asyncpg.Connection, own)
                            result = await self._run(own_conn, decider, stream_id, command, ctx)
                    else:
                        result = alone
                    if result.events:
                        self.on_commit()
            except asyncpg.UniqueViolationError as exc:
                # The stream's next version (or the request id) was taken meanwhile.
                log.info("command conflict, retrying", extra={"attempt": attempt})
                if attempt == MAX_ATTEMPTS:
                    COMMANDS.labels(type(command).__name__, "conflict").inc()
                    raise ConcurrencyConflict(
                        f"{decider.stream_type} {stream_id} kept changing; retry"
                    ) from exc
                continue
            COMMANDS.labels(type(command).__name__, "ok").inc()
            return result
        raise AssertionError("unreachable")

    async def _run(
        self,
        conn: asyncpg.Connection,
        decider: Decider[Any, Any],
        stream_id: str,
        command: Any,
        ctx: CallContext,
    ) -> CommandResult:
        """Inside a transaction: the writes in one statement, then the projection."""
        decided = await self._decide(conn, decider, stream_id, command, ctx)
        if isinstance(decided, CommandResult):
            return decided
        if decided.writes:
            sql, args = combined(decided.writes)
            await conn.execute(sql, *args)
        project = decided.registration.project if decided.registration else None
        if project is not None and decided.result.events:
            await project(conn, decided.result.events, decided.result.state)
        return decided.result

    async def _run_alone(
        self,
        decider: Decider[Any, Any],
        stream_id: str,
        command: Any,
        ctx: CallContext,
    ) -> CommandResult | None:
        """Load, then every write in one statement: no transaction to open and close.

        The insert of the events at the loaded version fails if another command
        appended meanwhile (retried like any conflict), and takes the outbox rows,
        the answer and the read-model write with it. None when the stream type's
        projection cannot be recorded as a single write (it reads, or writes more
        than once): that command runs in a transaction.
        """
        registration = self._registrations.get(decider.stream_type)
        project = registration.project if registration else None
        if project is not None and decider.stream_type in self._project_needs_transaction:
            return None
        async with self.pool.acquire() as proxy:
            conn = cast(asyncpg.Connection, proxy)
            decided = await self._decide(conn, decider, stream_id, command, ctx)
            if isinstance(decided, CommandResult):
                return decided
            writes, result = decided.writes, decided.result
            if project is not None and result.events:
                recorder = StatementRecorder()
                try:
                    await project(cast(asyncpg.Connection, recorder), result.events, result.state)
                    # Writes in one statement all see the same snapshot: two of them
                    # could not build on each other as they do in a transaction.
                    recordable = len(recorder.statements) <= 1
                except NotRecordable:
                    recordable = False
                if not recordable:
                    self._project_needs_transaction.add(decider.stream_type)
                    return None
                writes = writes + recorder.statements
            if writes:
                sql, args = combined(writes)
                await conn.execute(sql, *args)
            return result

    async def _decide(
        self,
        conn: asyncpg.Connection,
        decider: Decider[Any, Any],
        stream_id: str,
        command: Any,
        ctx: CallContext,
    ) -> CommandResult | _Decided:
        """Load and decide: the earlier answer to a retried request, or what to write
        (events at the loaded version, outbox rows, the answer) and the result."""
        state, version, previous = await self.store.load_unless_answered(
            conn, decider, stream_id, ctx.request_id
        )
        if previous is not None:
            return self._replay(decider, json.loads(previous))
        new_events = list(decider.decide(command, state))
        insert, stored = self.store.new_events(
            stream_id, decider.stream_type, version, new_events, ctx.metadata()
        )
        for event in new_events:
            state = decider.evolve(state, event)
        registration = self._registrations.get(decider.stream_type)
        records: list[OutboxRecord] = []
        if registration and registration.publish:
            for item in stored:
                publics = registration.publish(item, state)
                records += outbox_records(self.source, item, publics, self.topic_prefix)
        result = CommandResult(stream_id, version + len(stored), stored, state=state)
        answer = (ctx.request_id, json.dumps(_response(result))) if ctx.request_id else None
        writes = ([insert] if stored else []) + outbox_statements(records, answer)
        return _Decided(result, writes, registration)

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
