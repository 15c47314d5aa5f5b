"""Headquarters benchmarks for `make bench` (DESIGN.md §8): rebuild events/s and
command → visible-in-read-model latency. Each takes running servers and a fresh
database; nothing here starts servers itself."""

from __future__ import annotations

import asyncio
import datetime as dt
import statistics
import time
from dataclasses import dataclass
from typing import Any

import asyncpg

from frontline.headquarters.readmodel.ddl import create_read_model
from frontline.headquarters.rebuild import Rebuilder
from frontline.testkit.county_events import Published, appointed, meeting, produce


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


async def rebuild_events_per_second(
    bootstrap: str, dsn: str, prefix: str, events: int = 200_000
) -> float:
    await produce(bootstrap, prefix, synthetic_county(events, dt.date.today()))
    pool = await asyncpg.create_pool(dsn, min_size=1, max_size=4)
    try:
        async with pool.acquire() as conn:
            await create_read_model(conn, "hq")
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS hq_rebuilds (rebuild_id text PRIMARY KEY,"
                " started_at timestamptz NOT NULL DEFAULT now(), finished_at timestamptz,"
                " phase text NOT NULL, events_applied bigint NOT NULL DEFAULT 0,"
                " events_total bigint NOT NULL DEFAULT 0, message text NOT NULL DEFAULT '')"
            )
        topics = [prefix + "organization.events.v1", prefix + "cadre.events.v1"]
        job = Rebuilder(Pool(pool), bootstrap, topics, "hq").start()
        started = time.monotonic()
        async for progress in job.watch(every=0.1):
            last = progress
        elapsed = time.monotonic() - started
        if last.phase != "done":
            raise RuntimeError(last.message)
        return last.applied / elapsed
    finally:
        await pool.close()


async def command_latency_ms(
    org_stub: Any,
    metadata: Any,
    hq_pool: asyncpg.Pool,
    unit_id: str,
    rate: float = 300.0,
    seconds: float = 10.0,
) -> tuple[float, float]:
    """p50 and p99 from a RecordMeeting reply to the meeting in the HQ read model."""
    from frontline.api.organization.v1 import organization_pb2 as org_pb

    pending: dict[str, float] = {}
    latencies: list[float] = []

    async def send(n: int) -> None:
        reply = await org_stub.RecordMeeting(
            org_pb.RecordMeetingRequest(
                org_unit_id=unit_id,
                meeting_type=org_pb.MeetingType.MEETING_TYPE_THEME_PARTY_DAY,
                held_on=dt.date.today().isoformat(),
                members_due=10,
                members_present=9,
                topic=f"bench {n}",
            ),
            metadata=metadata,
        )
        pending[reply.meeting.meeting_id] = time.monotonic()

    async def watch() -> None:
        while pending or not done.is_set():
            ids = list(pending)
            if ids:
                rows = await hq_pool.fetch(
                    "SELECT meeting_id FROM hq.meetings WHERE meeting_id = ANY($1::text[])", ids
                )
                now = time.monotonic()
                for r in rows:
                    latencies.append(1000 * (now - pending.pop(r["meeting_id"])))
            await asyncio.sleep(0.002)

    done = asyncio.Event()
    watcher = asyncio.create_task(watch())
    sends = []
    for n in range(int(rate * seconds)):
        sends.append(asyncio.create_task(send(n)))
        await asyncio.sleep(1 / rate)
    await asyncio.gather(*sends)
    done.set()
    await asyncio.wait_for(watcher, timeout=60)
    latencies.sort()
    return statistics.median(latencies), latencies[int(0.99 * (len(latencies) - 1))]


async def projection_latency_ms(
    bootstrap: str, prefix: str, hq_pool: asyncpg.Pool, rate: float = 300.0, seconds: float = 10.0
) -> tuple[float, float]:
    """p50 and p99 from an event acknowledged by Kafka to it in the HQ read model
    (the headquarters' share of command → visible, without the source service)."""
    from aiokafka import AIOKafkaProducer

    from frontline.kernel.kafka_client import kafka_options
    from frontline.testkit.county_events import headers

    producer = AIOKafkaProducer(**kafka_options(bootstrap), acks="all", enable_idempotence=True)
    await producer.start()
    pending: dict[str, float] = {}
    latencies: list[float] = []
    done = asyncio.Event()

    async def watch() -> None:
        while pending or not done.is_set():
            ids = list(pending)
            if ids:
                rows = await hq_pool.fetch(
                    "SELECT event_id FROM hq.applied_events WHERE event_id = ANY($1::text[])", ids
                )
                now = time.monotonic()
                for r in rows:
                    latencies.append(1000 * (now - pending.pop(r["event_id"])))
            await asyncio.sleep(0.002)

    watcher = asyncio.create_task(watch())
    try:
        today = dt.date.today()
        for _ in range(int(rate * seconds)):
            p = meeting("u-bench", "440781101001", "theme_party_day", today)
            await producer.send_and_wait(
                prefix + p.event.topic,
                key=p.key.encode(),
                value=p.event.model_dump_json().encode(),
                headers=headers(p),
            )
            pending[p.event_id] = time.monotonic()
            await asyncio.sleep(max(0.0, 1 / rate - 0.001))
        done.set()
        await asyncio.wait_for(watcher, timeout=60)
    finally:
        await producer.stop()
    latencies.sort()
    return statistics.median(latencies), latencies[int(0.99 * (len(latencies) - 1))]
