"""Durable timers: deadlines in PostgreSQL that fire a handler exactly once.

The due row is locked (``FOR UPDATE SKIP LOCKED``) and marked fired in the same
transaction as the handler's effects, so two processes never fire one timer and a
crash before commit leaves it due.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

import asyncpg

from frontline.kernel.clock import Clock
from frontline.kernel.errors import DomainError
from frontline.kernel.metrics import TIMERS_FIRED
from frontline.kernel.ops import Op

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Timer:
    key: str
    kind: str
    stream_id: str
    due_at: datetime
    payload: dict[str, Any]
    provisional: bool


TimerHandler = Callable[[asyncpg.Connection, Timer], Awaitable[None]]

_SCHEDULE = (
    "INSERT INTO timers (key, kind, stream_id, due_at, payload, provisional)"
    " VALUES ($1, $2, $3, $4, $5::jsonb, $6)"
    " ON CONFLICT (key) DO UPDATE SET due_at = EXCLUDED.due_at,"
    " payload = EXCLUDED.payload, provisional = EXCLUDED.provisional,"
    " fired_at = NULL, attempts = 0, last_error = NULL"
)


def schedule_op(
    key: str,
    due_at: datetime,
    kind: str,
    stream_id: str,
    payload: dict[str, Any] | None = None,
    provisional: bool = False,
) -> Op:
    """The write that creates or moves a timer (a projection returns it with its own)."""
    args = (key, kind, stream_id, due_at, json.dumps(payload or {}), provisional)
    return Op(_SCHEDULE, args, row=f"timers:{key}")


def cancel_op(key: str) -> Op:
    return Op("DELETE FROM timers WHERE key = $1 AND fired_at IS NULL", (key,), f"timers:{key}")


class Timers:
    def __init__(self, pool: asyncpg.Pool, clock: Clock, poll_seconds: float = 1.0) -> None:
        self.pool = pool
        self.clock = clock
        self.poll_seconds = poll_seconds
        self._handlers: dict[str, TimerHandler] = {}
        # Called after a timer's transaction commits: its command may have filled the outbox.
        self.on_commit: Callable[[], None] = lambda: None

    def on(self, kind: str, handler: TimerHandler) -> None:
        self._handlers[kind] = handler

    async def schedule(
        self,
        conn: asyncpg.Connection,
        key: str,
        due_at: datetime,
        kind: str,
        stream_id: str,
        payload: dict[str, Any] | None = None,
        provisional: bool = False,
    ) -> None:
        """Create or move a timer; rescheduling an existing key re-arms it."""
        op = schedule_op(key, due_at, kind, stream_id, payload, provisional)
        await conn.execute(op.sql, *op.args)

    async def cancel(self, conn: asyncpg.Connection, key: str) -> None:
        op = cancel_op(key)
        await conn.execute(op.sql, *op.args)

    async def run(self) -> None:
        while True:
            try:
                while await self.fire_due() > 0:
                    pass
            except (OSError, asyncpg.PostgresError) as exc:
                log.warning("timer loop failed", extra={"error": repr(exc)})
            await asyncio.sleep(self.poll_seconds)

    async def fire_due(self, limit: int = 50) -> int:
        """Fire timers due by the clock's now; returns how many fired."""
        fired = 0
        async with self.pool.acquire() as proxy:
            conn = cast(asyncpg.Connection, proxy)
            rows = await conn.fetch(
                "SELECT key FROM timers WHERE fired_at IS NULL AND due_at <= $1"
                " ORDER BY due_at LIMIT $2",
                self.clock.now(),
                limit,
            )
            for row in rows:
                fired += await self._fire(conn, row["key"])
        return fired

    async def _fire(self, conn: asyncpg.Connection, key: str) -> int:
        try:
            async with conn.transaction():
                # Due again now, under the lock: since the row was listed, another
                # firer may have fired it and its handler re-armed it for later.
                row = await conn.fetchrow(
                    "SELECT * FROM timers WHERE key = $1 AND fired_at IS NULL"
                    " AND due_at <= $2 FOR UPDATE SKIP LOCKED",
                    key,
                    self.clock.now(),
                )
                if row is None:
                    return 0  # another process has it, or it fired or moved meanwhile
                timer = Timer(
                    row["key"],
                    row["kind"],
                    row["stream_id"],
                    row["due_at"],
                    json.loads(row["payload"]),
                    row["provisional"],
                )
                handler = self._handlers.get(timer.kind)
                if handler is None:
                    raise LookupError(f"no handler for timer kind {timer.kind}")
                await handler(conn, timer)
                # A handler may re-arm its own key for later (schedule() with a new due
                # date); only a timer still at the due date it fired for is done.
                await conn.execute(
                    "UPDATE timers SET fired_at = $2 WHERE key = $1 AND due_at = $3",
                    key,
                    self.clock.now(),
                    timer.due_at,
                )
            self.on_commit()
            TIMERS_FIRED.labels(timer.kind, "ok").inc()
            return 1
        except (DomainError, LookupError) as exc:
            # The command no longer applies (e.g. the election was held meanwhile).
            await self._record_failure(conn, key, exc, done=True)
        except Exception as exc:  # retried later with backoff
            await self._record_failure(conn, key, exc, done=False)
        return 0

    async def _record_failure(
        self, conn: asyncpg.Connection, key: str, exc: BaseException, done: bool
    ) -> None:
        log.warning("timer failed", extra={"timer": key, "error": repr(exc), "final": done})
        TIMERS_FIRED.labels("any", "failed").inc()
        with contextlib.suppress(asyncpg.PostgresError):
            await conn.execute(
                "UPDATE timers SET attempts = attempts + 1, last_error = $2,"
                " fired_at = CASE WHEN $3 THEN $4::timestamptz ELSE NULL END,"
                " due_at = CASE WHEN $3 THEN due_at ELSE $4::timestamptz + $5::interval END"
                " WHERE key = $1",
                key,
                repr(exc)[:500],
                done,
                self.clock.now(),
                timedelta(seconds=30),
            )
