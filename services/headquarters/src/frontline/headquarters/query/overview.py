"""The overview of one place (county, township or village) as of a day.

Both the gRPC servicer and the dashboard's JSON call ``Queries``: one code path, so
the dashboard's figures are the gRPC figures.

What a request costs: the day's facts are loaded and summed into every place's
figures once (``places.py``), and each place's overview rendered once, until the
live update hub announces that facts of that day changed (``changed``, wired to the
hub in ``app.py``). So many viewers of the county share one computation, and a burst
of events costs one recomputation per announcement a viewer asks about, not one per
viewer. Past days' overviews are put together two at a time, and their queries run
one at a time: looking back in history never takes both cores from the live view.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import math
import time
from collections.abc import AsyncIterator, Callable
from typing import Protocol

import asyncpg

from frontline.headquarters.params import check_code
from frontline.headquarters.query.activity import activity_by_ids, latest_activity
from frontline.headquarters.query.assemble import (
    Rendered,
    children,
    compared_day,
    overview_of,
    unit_of,
)
from frontline.headquarters.query.day_cache import DayCache
from frontline.headquarters.query.facts import load_facts
from frontline.headquarters.query.models import Activity, Alert, ChildSummary, Overview
from frontline.headquarters.query.places import DayFigures, day_figures
from frontline.headquarters.query.trend_keeper import TrendKeeper
from frontline.headquarters.query.trends import (
    Counts,
    Point,
    counts_between,
    day_points,
    month_before,
    month_ends,
    point_for,
    store_points,
    stored_points,
    trend_point,
    trend_series,
)
from frontline.headquarters.readmodel.ddl import Conn, checked_schema
from frontline.headquarters.settings import HeadquartersSettings

log = logging.getLogger(__name__)

# Days whose place figures are kept in memory (today, the day compared with, the
# past days being looked at), month ends whose trend points are, rendered overviews.
DAYS_KEPT, MONTH_ENDS_KEPT, OVERVIEWS_KEPT = 8, 48, 64
# Overviews of past days put together at once; pool connections queries use at once,
# and of those, queries about past days: one, so looking back takes at most one of
# the two cores from the live view.
HISTORY_AT_ONCE, READERS, HISTORY_READERS = 2, 4, 1
# Someone asked about today this recently: when its facts change, reload them at once.
LIVE_WATCHED_SECONDS = 60.0


class HasPool(Protocol):
    """The service runtime (its pool exists only once it started) or a test stand-in."""

    @property
    def pool(self) -> asyncpg.Pool: ...


class Queries:
    def __init__(
        self,
        db: HasPool,
        settings: HeadquartersSettings,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.db = db
        self.settings = settings
        self.schema = checked_schema(settings.read_model_schema)
        self.today = today
        self.days: DayCache[dt.date, DayFigures] = DayCache(self._load_day, _same, DAYS_KEPT)
        self.month_ends: DayCache[dt.date, dict[str, Point]] = DayCache(
            self._month_end_points, _same, MONTH_ENDS_KEPT
        )
        self.month_so_far: DayCache[dt.date, Counts] = DayCache(
            self._month_so_far, _same, DAYS_KEPT
        )
        self.rendered: DayCache[tuple[str, dt.date], Rendered] = DayCache(
            self._render, _second, OVERVIEWS_KEPT
        )
        self._history = asyncio.Semaphore(HISTORY_AT_ONCE)
        self._readers = asyncio.Semaphore(READERS)
        self._history_readers = asyncio.Semaphore(HISTORY_READERS)
        self._backdated = 0  # changes to past days seen so far
        self._live_asked = -math.inf  # when someone last asked about today
        self._prefetching: set[asyncio.Task[object]] = set()
        self.trends = TrendKeeper(self)

    def start(self) -> None:
        """Start keeping month-end trends stored (``trend_keeper.py``)."""
        self.trends.start()

    async def stop(self) -> None:
        await self.trends.stop()

    @contextlib.asynccontextmanager
    async def connection(self) -> AsyncIterator[Conn]:
        """A pool connection for queries, at most ``READERS`` at once: the rest of the pool
        stays free for the projection, whatever the viewers ask."""
        async with self._readers, self.db.pool.acquire() as conn:
            yield conn

    def changed(self, since: dt.date | None) -> None:
        """Facts dated ``since`` or later changed (None: all of them, e.g. a rebuild)."""
        today = self.today()
        if since is None or since < today:
            self._backdated += 1
        for cache in (self.days, self.month_ends, self.month_so_far, self.rendered):
            cache.changed(since)
        self.trends.changed(since)
        if time.monotonic() - self._live_asked < LIVE_WATCHED_SECONDS:
            # Viewers of today will ask again right away: start on what they all need.
            for fetch in (self.days.get(today), self.month_so_far.get(today)):
                task = asyncio.ensure_future(fetch)
                self._prefetching.add(task)
                task.add_done_callback(self._prefetched)

    def _prefetched(self, task: asyncio.Task[object]) -> None:
        self._prefetching.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("prefetching today's figures failed", exc_info=task.exception())

    async def overview(self, code: str, as_of: dt.date) -> Overview:
        return (await self.render(code, as_of)).overview

    async def render(self, code: str, as_of: dt.date) -> Rendered:
        if as_of >= self.today():
            self._live_asked = time.monotonic()
        return await self.rendered.get((check_code(code), as_of))

    async def ranking(self, as_of: dt.date) -> list[ChildSummary]:
        day = await self.days.get(as_of)
        return children(day, self.settings.county_code, self.settings)

    async def alerts(self, code: str, as_of: dt.date) -> list[Alert]:
        return list((await self.days.get(as_of)).alerts_under(code))

    async def activity_by_ids(self, event_ids: list[str], scope: str = "") -> list[Activity]:
        """The activity lines of these events inside ``scope`` (a division-code prefix)."""
        async with self.connection() as conn:
            return await activity_by_ids(conn, self.schema, event_ids, scope)

    async def _render(self, key: tuple[str, dt.date]) -> Rendered:
        if key[1] >= self.today():
            return await self._assemble(*key)
        async with self._history:
            return await self._assemble(*key)

    async def _assemble(self, code: str, as_of: dt.date) -> Rendered:
        s = self.settings
        day, before = await asyncio.gather(
            self.days.get(as_of), self.days.get(compared_day(as_of, s))
        )
        unit_of(day, code, s)  # an unknown place is NotFound before anything else is loaded
        ends = month_ends(as_of)
        stored = await asyncio.gather(*(self.month_ends.get(end) for end in ends[:-1]))
        so_far = (await self.month_so_far.get(as_of)).get(code, {})
        points = [point_for(p, code, s) for p in stored]
        points.append(trend_point(day.place(code), so_far, s))
        async with self.connection() as conn:
            activity = await latest_activity(conn, self.schema, code, as_of)
        return Rendered(overview_of(code, day, before, trend_series(ends, points), activity, s))

    @contextlib.asynccontextmanager
    async def _past_connection(self) -> AsyncIterator[Conn]:
        async with self._history_readers, self.connection() as conn:
            yield conn

    async def _load_day(self, as_of: dt.date) -> DayFigures:
        connect = self.connection if as_of >= self.today() else self._past_connection
        facts = await load_facts(connect, self.schema, as_of, self.settings)
        return day_figures(facts, self.settings)

    async def _month_so_far(self, as_of: dt.date) -> Counts:
        """Every place's counts for the month up to ``as_of``."""
        async with self.connection() as conn:
            return await counts_between(conn, self.schema, month_before(as_of), as_of)

    async def _month_end_points(self, day: dt.date) -> dict[str, Point]:
        """Every place's trend point at a month end: stored once the day is past."""
        if day >= self.today():
            figures, counts = await asyncio.gather(self.days.get(day), self._month_so_far(day))
            return day_points(figures, counts, self.settings)
        async with self.connection() as conn:
            stored = await stored_points(conn, self.schema, day)
        if stored is not None:
            return stored
        backdated = self._backdated
        figures, counts = await asyncio.gather(self._load_day(day), self._month_so_far(day))
        points = day_points(figures, counts, self.settings)
        if backdated == self._backdated:  # no fact before today changed meanwhile
            async with self.connection() as conn:
                await store_points(conn, self.schema, day, points)
        return points


def _same(day: dt.date) -> dt.date:
    return day


def _second(key: tuple[str, dt.date]) -> dt.date:
    return key[1]
