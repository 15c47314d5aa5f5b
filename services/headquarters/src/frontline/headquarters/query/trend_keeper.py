"""Every month end's trend points kept stored, so a view of any past day finds its
twelve months of trends ready and costs only its own day and the day it is compared
with (DESIGN.md §8: past views within half a second).

The keeper fills ``daily_rollups`` newest month first, from the last month end back to
the month the first unit was established: at start, and again once backdated facts
stop arriving (projections drop the rows they reach; a registration reaches them all).
It waits for a quiet spell first, so a seed or a replay is not followed month by month,
and it reads through the same one-at-a-time connection as other past days, so the live
view keeps the other core.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from typing import TYPE_CHECKING

from frontline.headquarters.query.trends import month_before

if TYPE_CHECKING:
    from frontline.headquarters.query.overview import Queries

log = logging.getLogger(__name__)
QUIET_SECONDS = 5.0
RETRY_SECONDS = 30.0


class TrendKeeper:
    def __init__(self, queries: Queries, quiet_seconds: float = QUIET_SECONDS) -> None:
        self.queries = queries
        self.quiet_seconds = quiet_seconds
        self._stale = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._stale.set()
        self._task = asyncio.create_task(self._run(), name="hq-trend-keeper")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def changed(self, since: dt.date | None) -> None:
        if since is None or since < self.queries.today():
            self._stale.set()

    async def _run(self) -> None:
        while True:
            await self._stale.wait()
            await self._quiet()
            try:
                await self._fill()
            except Exception:
                # The database went away, or a rebuild swapped the tables: try later.
                log.warning("keeping month-end trends failed", exc_info=True)
                await asyncio.sleep(RETRY_SECONDS)
                self._stale.set()

    async def _quiet(self) -> None:
        """Return once no backdated change arrived for ``quiet_seconds``."""
        while True:
            self._stale.clear()
            try:
                await asyncio.wait_for(self._stale.wait(), self.quiet_seconds)
            except TimeoutError:
                return

    async def _fill(self) -> None:
        q = self.queries
        async with q.connection() as conn:
            first = await conn.fetchval(
                f"SELECT min(established_on) FROM {q.schema}.units WHERE level <> ''"
            )
        if first is None:
            return
        day = month_before(q.today())
        while day >= first and not self._stale.is_set():
            await q.month_ends.get(day)  # stored: one read; dropped: computed and stored
            day = month_before(day)
