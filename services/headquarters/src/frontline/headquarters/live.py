"""Live updates: projections NOTIFY after commit; the hub coalesces and fans out.

One LISTEN connection per process feeds every dashboard (server-sent events) and
every gRPC ``StreamUpdates`` caller, so a new event shows within a second.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import asyncpg

from frontline.headquarters.projection.apply import UPDATES_CHANNEL

log = logging.getLogger(__name__)


@dataclass
class Update:
    divisions: set[str] = field(default_factory=set)
    event_ids: list[str] = field(default_factory=list)
    # Set when a coalesced change named no division: it concerns everyone.
    everyone: bool = False

    def touches(self, prefix: str) -> bool:
        # A change without a division (e.g. a county-wide summary) concerns everyone.
        return (
            self.everyone
            or not self.divisions
            or any(d.startswith(prefix) or prefix.startswith(d) for d in self.divisions)
        )

    def divisions_within(self, prefix: str) -> list[str]:
        """The changed divisions a viewer scoped to ``prefix`` may be told about."""
        return sorted(d for d in self.divisions if d.startswith(prefix))


class UpdateHub:
    def __init__(self, dsn: str, coalesce_seconds: float = 0.25) -> None:
        self.dsn = dsn
        self.coalesce_seconds = coalesce_seconds
        self._queues: set[asyncio.Queue[Update]] = set()
        self._pending: Update | None = None
        self._flush: asyncio.TimerHandle | None = None
        self._conn: asyncpg.Connection | None = None
        self.applied = 0

    async def start(self) -> None:
        self._conn = await asyncpg.connect(self.dsn)
        await self._conn.add_listener(UPDATES_CHANNEL, self._on_notify)

    async def stop(self) -> None:
        if self._flush is not None:
            self._flush.cancel()
        if self._conn is not None:
            with contextlib.suppress(Exception):
                await self._conn.close()
            self._conn = None

    def _on_notify(self, _conn: object, _pid: int, _channel: str, payload: object) -> None:
        try:
            data = json.loads(str(payload))
        except ValueError:
            return
        # One notification per applied batch (projection/apply.py) names up to 50 ids.
        ids = [str(i) for i in data.get("event_ids") or [data.get("event_id", "")]]
        self.applied += int(data.get("count") or len(ids))
        if self._pending is None:
            self._pending = Update()
            loop = asyncio.get_running_loop()
            self._flush = loop.call_later(self.coalesce_seconds, self._publish)
        divisions = data.get("divisions") or []
        if not divisions:
            self._pending.everyone = True
        self._pending.divisions.update(divisions)
        self._pending.event_ids.extend(ids[: max(0, 50 - len(self._pending.event_ids))])

    def publish_now(self, update: Update) -> None:
        for queue in list(self._queues):
            if queue.qsize() < 100:  # a stalled reader drops updates, not the process
                queue.put_nowait(update)

    def _publish(self) -> None:
        update, self._pending, self._flush = self._pending, None, None
        if update is not None:
            self.publish_now(update)

    @contextlib.asynccontextmanager
    async def subscribe(self) -> AsyncIterator[asyncio.Queue[Update]]:
        queue: asyncio.Queue[Update] = asyncio.Queue()
        self._queues.add(queue)
        try:
            yield queue
        finally:
            self._queues.discard(queue)
