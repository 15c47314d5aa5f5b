"""Live updates: projections NOTIFY after commit; the hub coalesces and fans out.

One LISTEN connection per process feeds every dashboard (server-sent events) and
every gRPC ``StreamUpdates`` caller, so a new event shows within a second: an update
with the new events' activity lines goes out at most every ``coalesce_seconds``.

Figures are announced apart, at most every ``figures_seconds``: the hub first tells
the query caches the earliest day whose facts changed (``on_change``), then marks
the update ``figures`` with every division changed since the last announcement, and
dashboards reload their figures on those only. A viewer that asks again after such
an update is answered with figures that include it, and however many dashboards are
open, and whenever they were opened, a busy hour costs each place one recomputation
per announcement rather than one per projected batch or per viewer.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

import asyncpg

from frontline.headquarters.projection.apply import UPDATES_CHANNEL
from frontline.headquarters.query.models import Activity

log = logging.getLogger(__name__)
FIGURES_SECONDS = 1.0
# Facts dated this day or later changed; None: any day's (a rebuild swapped the model).
ChangeListener = Callable[[dt.date | None], None]
ActivityLoader = Callable[[list[str]], Awaitable[list[Activity]]]


@dataclass
class Update:
    divisions: set[str] = field(default_factory=set)
    event_ids: list[str] = field(default_factory=list)
    # Set when a coalesced change named no division: it concerns everyone.
    everyone: bool = False
    # Figures changed (in ``divisions``, from ``since`` on; None: any day's, a rebuild)
    # and the caches know it: viewers of those places reload their figures.
    figures: bool = False
    since: dt.date | None = None
    _activity: asyncio.Future[list[Activity]] | None = field(default=None, repr=False)
    _memo: dict[str, str] = field(default_factory=dict, repr=False)

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

    async def activity_within(self, prefix: str, load: ActivityLoader) -> list[Activity]:
        """The update's activity lines inside ``prefix``: looked up once for every
        subscriber (fifty dashboards cost one query), then cut to each one's scope."""
        if self._activity is None:
            self._activity = asyncio.ensure_future(load(self.event_ids))
        lines = await asyncio.shield(self._activity)
        return [a for a in lines if a.division_code.startswith(prefix)]

    def encoded(self, key: str, encode: Callable[[], str]) -> str:
        """``encode()``, once per key for every subscriber (viewers with one scope get
        the same payload)."""
        if key not in self._memo:
            self._memo[key] = encode()
        return self._memo[key]


@dataclass
class _Unannounced:
    """Changes to figures the viewers have not been told about yet."""

    since: dt.date | None
    divisions: set[str] = field(default_factory=set)
    everyone: bool = False

    def add(self, since: dt.date | None, divisions: list[str]) -> None:
        self.since = None if since is None or self.since is None else min(since, self.since)
        self.divisions.update(divisions)
        self.everyone = self.everyone or not divisions


class UpdateHub:
    def __init__(
        self, dsn: str, coalesce_seconds: float = 0.25, figures_seconds: float = FIGURES_SECONDS
    ) -> None:
        self.dsn = dsn
        self.coalesce_seconds = coalesce_seconds
        self.figures_seconds = figures_seconds
        self._queues: set[asyncio.Queue[Update]] = set()
        self._listeners: list[ChangeListener] = []
        self._pending: Update | None = None
        self._unannounced: _Unannounced | None = None
        self._announced_at = 0.0
        self._flush: asyncio.TimerHandle | None = None
        self._announce: asyncio.TimerHandle | None = None
        self._conn: asyncpg.Connection | None = None
        self.applied = 0

    def on_change(self, listener: ChangeListener) -> None:
        """Call ``listener`` with the earliest changed day before figures are announced."""
        self._listeners.append(listener)

    async def start(self) -> None:
        self._conn = await asyncpg.connect(self.dsn)
        await self._conn.add_listener(UPDATES_CHANNEL, self._on_notify)

    async def stop(self) -> None:
        for timer in (self._flush, self._announce):
            if timer is not None:
                timer.cancel()
        if self._conn is not None:
            with contextlib.suppress(Exception):
                await self._conn.close()
            self._conn = None

    def _on_notify(self, _conn: object, _pid: int, _channel: str, payload: object) -> None:
        try:
            data = json.loads(str(payload))
            since = dt.date.fromisoformat(data["since"]) if data.get("since") else None
        except ValueError:
            return
        # One notification per applied batch (projection/apply.py) names up to 50 ids.
        ids = [str(i) for i in data.get("event_ids") or [data.get("event_id", "")]]
        self.applied += int(data.get("count") or len(ids))
        divisions = [str(d) for d in data.get("divisions") or []]
        if self._unannounced is None:
            self._unannounced = _Unannounced(since)
        self._unannounced.add(since, divisions)
        if self._pending is None:
            self._pending = Update()
            loop = asyncio.get_running_loop()
            self._flush = loop.call_later(self.coalesce_seconds, self._publish)
        if not divisions:
            self._pending.everyone = True
        self._pending.divisions.update(divisions)
        self._pending.event_ids.extend(ids[: max(0, 50 - len(self._pending.event_ids))])

    def everything_changed(self) -> None:
        """The whole read model was replaced (a rebuild): every cached answer and view."""
        self._unannounced = _Unannounced(None, everyone=True)
        self.publish_now(self._announced(Update()))

    def publish_now(self, update: Update) -> None:
        for queue in list(self._queues):
            if queue.qsize() < 100:  # a stalled reader drops updates, not the process
                queue.put_nowait(update)

    def _publish(self) -> None:
        update, self._pending, self._flush = self._pending, None, None
        if update is None:
            return
        wait = self._announced_at + self.figures_seconds - time.monotonic()
        if wait <= 0:
            update = self._announced(update)
        elif self._announce is None:
            self._announce = asyncio.get_running_loop().call_later(wait, self._announce_later)
        self.publish_now(update)

    def _announce_later(self) -> None:
        """Changes that arrived inside the last announcement's second, announced alone."""
        self._announce = None
        if self._unannounced is not None:
            self.publish_now(self._announced(Update()))

    def _announced(self, update: Update) -> Update:
        """``update`` carrying the figures changed since the last announcement, after the
        query caches learned of them."""
        changes, self._unannounced = self._unannounced, None
        if changes is None:
            return update
        self._announced_at = time.monotonic()
        for listener in self._listeners:
            listener(changes.since)
        update.figures, update.since = True, changes.since
        update.divisions |= changes.divisions
        update.everyone = update.everyone or changes.everyone
        return update

    @contextlib.asynccontextmanager
    async def subscribe(self) -> AsyncIterator[asyncio.Queue[Update]]:
        queue: asyncio.Queue[Update] = asyncio.Queue()
        self._queues.add(queue)
        try:
            yield queue
        finally:
            self._queues.discard(queue)
