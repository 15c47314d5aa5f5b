"""Month-end trends are kept stored for every month since the first unit, and what is
stored equals the direct computation over the facts."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

from frontline.testkit.county_events import SmallCounty, hq_settings, produce
from frontline.testkit.headquarters import running
from frontline.testkit.runtime import SigningKeys

from .direct_overview import Direct

TODAY = dt.date.today()
SCORES = ("combined", "fortress", "service", "meeting_compliance", "secretary_vacant")


def month_ends_since(first: dt.date) -> list[dt.date]:
    ends, day = [], TODAY.replace(day=1) - dt.timedelta(days=1)
    while day >= first:
        ends.append(day)
        day = day.replace(day=1) - dt.timedelta(days=1)
    return ends


async def applied(hq: Any, ids: list[str], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    query = "SELECT count(*) FROM hq.applied_events WHERE event_id = ANY($1::text[])"
    while await hq.runtime.pool.fetchval(query, ids) < len(ids):
        assert time.monotonic() < deadline, "events were not projected in time"
        await asyncio.sleep(0.1)


async def stored(hq: Any, days: list[dt.date], timeout: float = 90.0) -> dict[dt.date, Any]:
    """The county's stored points, once every day has been stored."""
    deadline = time.monotonic() + timeout
    while True:
        rows = await hq.runtime.pool.fetch(
            "SELECT day, division_code, overview FROM hq.daily_rollups"
            " WHERE day = ANY($1::date[]) AND division_code IN ('', '440781')",
            days,
        )
        done = {r["day"] for r in rows if r["division_code"] == ""}
        if done >= set(days):
            return {r["day"]: json.loads(r["overview"]) for r in rows if r["division_code"]}
        assert time.monotonic() < deadline, f"month ends not stored: {sorted(set(days) - done)}"
        await asyncio.sleep(0.5)


async def test_every_month_end_is_stored_as_directly_computed(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path
) -> None:
    keys = SigningKeys.create(tmp_path)
    events = SmallCounty(TODAY).build()
    dsn = await pg.create_database("hqtrends")
    async with running(hq_settings(dsn, kafka_bootstrap, unique, keys.public)) as hq:
        await produce(kafka_bootstrap, unique, events)
        await applied(hq, [e.event_id for e in events])
        ends = month_ends_since(dt.date(TODAY.year - 2, 1, 1))  # SmallCounty's first unit
        points = await stored(hq, ends)
        async with hq.runtime.pool.acquire() as conn:
            direct = Direct(conn, hq.queries.settings)
            # The direct trends of a day name the month ends before it: the last twelve.
            series = {t.key: t for t in await direct.trends("440781", TODAY)}
        for n, day in enumerate(sorted(ends)[-11:]):
            for key in SCORES:
                assert points[day][key] == series[key].points[n].value, (day, key)
            assert points[day]["meetings_held"] == series["meetings_held"].points[n].value
