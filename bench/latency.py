"""Command → visible in the headquarters read model, at a share of capacity.

An open loop sends RecordMeeting to the organization process at a given mean rate,
whether or not earlier calls have answered: arrivals are a Poisson process (gaps drawn
from an exponential distribution, seeded), as independent operators' commands are, or
evenly spaced for the fixed-rate information row. The clock runs from sending the
command until the meeting is a row in the headquarters process's read model
(`hq.meetings`, polled every 5 ms, so figures carry up to 5 ms of polling
granularity). The path: command commit → relay → Kafka → HQ subscriber →
projection commit.

For diagnosis a tap consumer also reads the organization topic: the record's
timestamp is when the relay sent it, its arrival is when Kafka delivered it. The
breakdown (RPC; sent → relay send; relay send → delivered; delivered → visible) goes to
stderr. Wall-clock times throughout, to compare with Kafka's timestamps.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from dataclasses import dataclass, field

import asyncpg
from aiokafka import AIOKafkaConsumer

from bench.grpc_commands import OrganizationClient
from bench.load import seconds

POLL_SECONDS = 0.005
log = logging.getLogger("bench")


def percentile(sorted_values: list[float], share: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(share * len(sorted_values)))]


@dataclass
class Timeline:
    """Per meeting id, wall-clock seconds of each step."""

    sent: dict[str, float] = field(default_factory=dict)
    replied: dict[str, float] = field(default_factory=dict)
    relayed: dict[str, float] = field(default_factory=dict)  # the Kafka record's timestamp
    delivered: dict[str, float] = field(default_factory=dict)
    visible: dict[str, float] = field(default_factory=dict)

    def waiting(self) -> list[str]:
        return [m for m in self.replied if m not in self.visible]

    def spans(self, start: dict[str, float], end: dict[str, float]) -> list[float]:
        return sorted(1000 * (end[m] - start[m]) for m in end if m in start)


async def watch_visible(
    timeline: Timeline,
    hq_dsn: str,
    until: asyncio.Event,
    timeout: float,
    poll: float = POLL_SECONDS,
) -> None:
    conn = await asyncpg.connect(hq_dsn)
    try:
        deadline = time.monotonic() + timeout
        while (timeline.waiting() or not until.is_set()) and time.monotonic() < deadline:
            if ids := timeline.waiting():
                rows = await conn.fetch(
                    "SELECT meeting_id FROM hq.meetings WHERE meeting_id = ANY($1::text[])", ids
                )
                now = time.time()
                for row in rows:
                    timeline.visible[row["meeting_id"]] = now
            await asyncio.sleep(poll)
    finally:
        await conn.close()


async def _tap(timeline: Timeline, bootstrap: str, topic: str, ready: asyncio.Event) -> None:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="latest")
    await consumer.start()
    try:
        while True:
            batches = await consumer.getmany(timeout_ms=100)
            ready.set()  # subscribed and positioned at the end: later records are ours
            now = time.time()
            for records in batches.values():
                for record in records:
                    key = record.key.decode() if record.key else ""
                    timeline.relayed[key] = record.timestamp / 1000
                    timeline.delivered[key] = now
    finally:
        await consumer.stop()


def _explain(t: Timeline) -> None:
    parts = [
        ("RPC", t.sent, t.replied),
        ("sent → relay send", t.sent, t.relayed),
        ("relay send → delivered", t.relayed, t.delivered),
        ("delivered → visible in HQ", t.delivered, t.visible),
    ]
    text = "; ".join(
        f"{name} p50 {percentile(v, 0.5):.0f} ms p99 {percentile(v, 0.99):.0f} ms"
        for name, start, end in parts
        if (v := t.spans(start, end))
    )
    log.warning(f"latency breakdown: {text}")


def departures(rate: float, duration: float, poisson: bool) -> list[float]:
    """Seconds after the start at which each command leaves."""
    if not poisson:
        return [n / rate for n in range(int(rate * duration))]
    draw, at, times = random.Random(20261202), 0.0, []
    while (at := at + draw.expovariate(rate)) < duration:
        times.append(at)
    return times


async def visible_latency(
    client: OrganizationClient,
    unit_id: str,
    hq_dsn: str,
    rate: float,
    bootstrap: str,
    topic: str,
    poisson: bool = True,
) -> tuple[float, float, int]:
    """p50 and p99 in ms, and how many commands never became visible within 30 s."""
    timeline, done, tapped = Timeline(), asyncio.Event(), asyncio.Event()

    async def send(n: int) -> None:
        sent = time.time()
        meeting_id = await client.record_meeting(unit_id, n)
        timeline.sent[meeting_id], timeline.replied[meeting_id] = sent, time.time()

    tap = asyncio.create_task(_tap(timeline, bootstrap, topic, tapped))
    await asyncio.wait_for(tapped.wait(), 30)
    watcher = asyncio.create_task(watch_visible(timeline, hq_dsn, done, timeout=seconds(10) + 30))
    try:
        started, sends = time.monotonic(), []
        for n, at in enumerate(departures(rate, seconds(10), poisson)):
            # Open loop: the n-th command leaves at its scheduled time, not after a reply.
            await asyncio.sleep(max(0.0, started + at - time.monotonic()))
            sends.append(asyncio.create_task(send(n)))
        await asyncio.gather(*sends)
        done.set()
        await watcher
    finally:
        tap.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await tap
    latencies = timeline.spans(timeline.sent, timeline.visible)
    if not latencies:
        raise RuntimeError("no command became visible in the headquarters read model")
    log.warning(f"{rate:.0f} commands/s ({'Poisson' if poisson else 'evenly spaced'}):")
    _explain(timeline)
    return percentile(latencies, 0.5), percentile(latencies, 0.99), len(timeline.waiting())
