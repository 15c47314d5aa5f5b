"""Row 4a: the headquarters rebuild rate from Kafka (latency is in bench/latency.py).

A synthetic county's contract events (meetings and appointments, real
`frontline.contracts` models with CloudEvents headers) go straight onto fresh
topics, untimed; then the Rebuilder is timed reading them all from the beginning
into a new read model and swapping it in.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

import asyncpg

from bench.servers import Servers
from frontline.headquarters.readmodel.ddl import create_read_model
from frontline.headquarters.rebuild import Rebuilder
from frontline.kernel.inbound import expected_source
from frontline.kernel.migrate import apply_migrations
from frontline.testkit.county_events import COUNTY, Published, appointed, meeting, produce


@dataclass
class Pool:
    pool: asyncpg.Pool


def synthetic_county(events: int, today: dt.date) -> list[Published]:
    """Meetings and appointments across 200 villages: the bulk of a county's history."""
    out: list[Published] = []
    while len(out) < events:
        n = len(out)
        code = f"440781{101 + n % 12:03d}{1 + n % 17:03d}"
        on = today - dt.timedelta(days=n % 730)
        if n % 10 == 0:
            out.append(
                appointed(f"k{n}", f"u{code}", code, "committee_member", on, "college", "30_39")
            )
        else:
            out.append(meeting(f"u{code}", code, "theme_party_day", on))
    return out


async def rebuild_rate(servers: Servers, prefix: str, events: int) -> float:
    dsn = await servers.database("bench_rebuild")
    await produce(servers.kafka_bootstrap, prefix, synthetic_county(events, dt.date.today()))
    pool = await asyncpg.create_pool(dsn, min_size=1, max_size=4)
    try:
        await apply_migrations(pool, ["frontline.headquarters.migrations"])  # hq_rebuilds
        async with pool.acquire() as conn:
            await create_read_model(conn, "hq")
        topics = {
            prefix + topic: expected_source(COUNTY, topic)
            for topic in ("organization.events.v1", "cadre.events.v1")
        }
        job = Rebuilder(Pool(pool), servers.kafka_bootstrap, topics, "hq").start()
        started = time.monotonic()
        async for progress in job.watch(every=0.1):
            last = progress
        elapsed = time.monotonic() - started
        if last.phase != "done":
            raise RuntimeError(last.message)
        return last.applied / elapsed
    finally:
        await pool.close()
