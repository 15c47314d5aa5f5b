"""Rebuild without downtime: fresh tables from the start of the topics, then a swap.

The new read model is built in its own schema by a reader of its own (not the live
consumer group), batch by batch. To swap, live projections are paused with an
advisory lock, the tail that arrived meanwhile is applied, and the schemas are
renamed in one transaction — queries see either the old or the new model, never
a half-built one, and keep answering throughout. The rebuild refuses what the live
consumer refuses: a malformed record, or an event whose ce_source is not its topic's
publisher in this county (a forged event enters the read model neither way).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import gc
import logging
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

import asyncpg
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import UnknownTopicOrPartitionError

from frontline.headquarters.live import UpdateHub
from frontline.headquarters.projection.apply import (
    PreparedBatch,
    apply_batch,
    apply_prepared,
)
from frontline.headquarters.query.overview import HasPool
from frontline.headquarters.readmodel.ddl import (
    Conn,
    checked_schema,
    create_read_model,
    drop_read_model,
)
from frontline.kernel.ids import new_id
from frontline.kernel.inbound import (
    InboundEvent,
    MalformedMessage,
    RefusedEvent,
    check_source,
    parse_record,
)
from frontline.kernel.kafka_client import KafkaTarget, kafka_options

log = logging.getLogger(__name__)
BATCH = 5000
SLICE = 250


@dataclass(frozen=True)
class Progress:
    phase: str = "starting"
    applied: int = 0
    total: int = 0
    rate: float = 0.0
    message: str = ""

    @property
    def finished(self) -> bool:
        return self.phase in ("done", "failed")


class RebuildJob:
    def __init__(self, rebuild_id: str) -> None:
        self.rebuild_id = rebuild_id
        self.progress = Progress()
        self._changed = asyncio.Event()
        self.task: asyncio.Task[None] | None = None

    def report(self, **changes: object) -> None:
        self.progress = replace(self.progress, **changes)  # type: ignore[arg-type]
        self._changed.set()

    async def watch(self, every: float = 0.3) -> AsyncIterator[Progress]:
        while True:
            yield self.progress
            if self.progress.finished:
                return
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), timeout=every * 3)
            await asyncio.sleep(every)


class Rebuilder:
    def __init__(
        self,
        db: HasPool,
        bootstrap: KafkaTarget,
        topics: Mapping[str, str],
        live_schema: str,
        hub: UpdateHub | None = None,
    ) -> None:
        self.db = db
        self.bootstrap = bootstrap
        # Each topic with the ce_source its publisher writes (inbound.expected_source).
        self.topics = dict(topics)
        self.live = checked_schema(live_schema)
        self._dropping: asyncio.Task[None] | None = None
        self.next = checked_schema(f"{live_schema}_next")
        self.hub = hub
        self.job: RebuildJob | None = None

    def start(self) -> RebuildJob:
        """Start a rebuild, or join the one already running."""
        if self.job is not None and not self.job.progress.finished:
            return self.job
        job = RebuildJob(new_id())
        job.task = asyncio.create_task(self._run(job), name="hq-rebuild")
        self.job = job
        return job

    async def _run(self, job: RebuildJob) -> None:
        await self._record(job, "running")
        consumer = AIOKafkaConsumer(
            **kafka_options(self.bootstrap),
            enable_auto_commit=False,
            max_partition_fetch_bytes=8 * 1024 * 1024,
        )
        await consumer.start()
        try:
            await self._build(job, consumer)
            await self._record(job, "done")
        except Exception as exc:
            log.exception("rebuild failed")
            job.report(phase="failed", message=repr(exc))
            await self._record(job, "failed")
        finally:
            await consumer.stop()

    async def _build(self, job: RebuildJob, consumer: AIOKafkaConsumer) -> None:
        async with self.db.pool.acquire() as conn:
            await drop_read_model(conn, self.next)
            await create_read_model(conn, self.next, indexes=False)
        tps = await _partitions(self.bootstrap, list(self.topics))
        await _assign_from_start(consumer, tps)
        starts = await consumer.beginning_offsets(tps)
        ends = await consumer.end_offsets(tps)
        job.report(phase="running", total=sum(ends[tp] - starts[tp] for tp in tps))
        started = time.monotonic()
        async with self.db.pool.acquire() as conn:
            with _fewer_collections():
                await self._catch_up(conn, consumer, ends, job, started)
            await create_read_model(conn, self.next)  # the indexes, over the loaded rows
            job.report(phase="swapping")
            await self._swap(conn, consumer, job)
        rate = job.progress.applied / max(time.monotonic() - started, 1e-6)
        job.report(
            phase="done",
            rate=round(rate, 1),
            message=f"read model rebuilt from {job.progress.applied} events",
        )
        if self.hub is not None:
            self.hub.everything_changed()

    async def _catch_up(
        self,
        conn: Conn,
        consumer: AIOKafkaConsumer,
        ends: dict[TopicPartition, int],
        job: RebuildJob,
        started: float,
    ) -> None:
        # Reading and projecting the next batch (CPU) overlaps writing this one (I/O).
        queue: asyncio.Queue[tuple[PreparedBatch, int] | None] = asyncio.Queue(maxsize=2)
        reader = asyncio.create_task(_read_until(consumer, ends, queue, self.topics))
        try:
            while (item := await queue.get()) is not None:
                prepared, records = item
                async with conn.transaction():
                    # Nothing reads the new schema before the swap, and a crash before it
                    # means rebuilding again: no need to wait for each batch's WAL flush.
                    await conn.execute("SET LOCAL synchronous_commit TO off")
                    await apply_prepared(conn, self.next, prepared)
                done = job.progress.applied + records
                elapsed = max(time.monotonic() - started, 1e-6)
                job.report(applied=done, rate=round(done / elapsed, 1))
            await reader
        finally:
            reader.cancel()

    async def _swap(self, conn: Conn, consumer: AIOKafkaConsumer, job: RebuildJob) -> None:
        retired = checked_schema(f"{self.live}_retired")
        # Left by the last rebuild if its readers outlasted it, or by a crash.
        if not await _drop_without_blocking_readers(conn, retired, attempts=20):
            raise RuntimeError(f"{retired} is still being read; try again later")
        async with conn.transaction():
            # Waits for live projections in flight and holds new ones until commit: each
            # begins by writing applied_events (projection/apply.py).
            await conn.execute(f"LOCK TABLE {self.live}.applied_events IN SHARE ROW EXCLUSIVE MODE")
            tail = await consumer.end_offsets(list(consumer.assignment()))
            while not await _reached(consumer, tail):
                batches = await consumer.getmany(timeout_ms=200, max_records=BATCH)
                events = [e for records in batches.values() for e in _parsed(records, self.topics)]
                await apply_batch(conn, self.next, events)
                job.report(applied=job.progress.applied + len(events))
            # Renaming schemas takes no table locks: queries already running keep the
            # tables they opened, new ones find the rebuilt tables under the live name.
            await conn.execute(f"ALTER SCHEMA {self.live} RENAME TO {retired}")
            await conn.execute(f"ALTER SCHEMA {self.next} RENAME TO {self.live}")
        # The swap is done; the old tables go once the last query inside them ends.
        self._dropping = asyncio.create_task(self._drop_retired(retired))

    async def _drop_retired(self, schema: str) -> None:
        try:
            for _ in range(600):  # five minutes; a connection is held per attempt only
                async with self.db.pool.acquire() as conn:
                    if await _drop_without_blocking_readers(conn, schema):
                        return
                await asyncio.sleep(0.5)
            log.warning("retired read model still in use", extra={"schema": schema})
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            # Shutting down, or the server went away: the next rebuild drops it first.
            log.warning("retired read model not dropped", extra={"error": repr(exc)})

    async def _record(self, job: RebuildJob, phase: str) -> None:
        p = job.progress
        finished = dt.datetime.now(dt.UTC) if phase in ("done", "failed") else None
        await self.db.pool.execute(
            "INSERT INTO hq_rebuilds (rebuild_id, phase, events_applied, events_total, message,"
            " finished_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (rebuild_id) DO UPDATE SET"
            " phase = EXCLUDED.phase, events_applied = EXCLUDED.events_applied,"
            " events_total = EXCLUDED.events_total, message = EXCLUDED.message,"
            " finished_at = EXCLUDED.finished_at",
            job.rebuild_id,
            phase,
            p.applied,
            p.total,
            p.message,
            finished,
        )


async def _drop_without_blocking_readers(conn: Conn, schema: str, attempts: int = 1) -> bool:
    """Drop a schema that nothing new reads, giving way to queries still inside it.

    DROP takes each table's exclusive lock in turn; a query that began before the
    swap may hold one of those tables while it waits for another, and the two would
    deadlock, the query losing as often as not. With a short lock timeout the drop
    is always the side that gives way; False when readers kept it out every time.
    """
    for attempt in range(attempts):
        if attempt:
            await asyncio.sleep(0.5)
        try:
            async with conn.transaction():
                await conn.execute("SET LOCAL lock_timeout = '200ms'")
                await conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            return True
        except (asyncpg.LockNotAvailableError, asyncpg.DeadlockDetectedError):
            continue
    return False


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collect young objects less often while catching up.

    Each batch allocates a few hundred thousand short-lived containers (records,
    event data, rows); at the default threshold the collector would walk them
    hundreds of times per batch, which costs about as much as projecting them.
    """
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], 50_000), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


async def _read_until(
    consumer: AIOKafkaConsumer,
    ends: dict[TopicPartition, int],
    queue: asyncio.Queue[tuple[PreparedBatch, int] | None],
    sources: Mapping[str, str],
) -> None:
    try:
        while not await _reached(consumer, ends):
            batches = await consumer.getmany(timeout_ms=200, max_records=BATCH)
            records = [r for rs in batches.values() for r in rs]
            if not records:
                continue
            prepared = PreparedBatch()
            for start in range(0, len(records), SLICE):
                prepared.add(_parsed(records[start : start + SLICE], sources))
                # The writer shares this event loop: let it send its next statement
                # now rather than after the whole batch, so PostgreSQL works meanwhile.
                await asyncio.sleep(0)
            await queue.put((prepared, len(records)))
    finally:
        await queue.put(None)


def _parsed(records: list[Any], sources: Mapping[str, str]) -> list[InboundEvent]:
    events = []
    for record in records:
        try:
            events.append(check_source(parse_record(record), sources[record.topic]))
        except (MalformedMessage, RefusedEvent):
            continue  # the live consumer dead-letters it; the rebuild just skips it
    return events


async def _partitions(bootstrap: KafkaTarget, topics: list[str]) -> list[TopicPartition]:
    admin = AIOKafkaAdminClient(**kafka_options(bootstrap))
    await admin.start()
    described = []
    try:
        for topic in topics:  # one by one: a topic nobody has written to yet is skipped
            with contextlib.suppress(UnknownTopicOrPartitionError):
                described += await admin.describe_topics([topic])
    finally:
        await admin.close()
    tps = [
        TopicPartition(d["topic"], p["partition"])
        for d in described
        if not d.get("error_code")
        for p in d.get("partitions", [])
    ]
    if not tps:
        # Swapping in an empty model would blank the dashboard: refuse instead.
        raise RuntimeError(f"none of the topics {topics} exist; nothing to rebuild from")
    return sorted(tps)


async def _assign_from_start(consumer: AIOKafkaConsumer, tps: list[TopicPartition]) -> None:
    consumer.assign(tps)
    await consumer.seek_to_beginning(*tps)


async def _reached(consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int]) -> bool:
    for tp, end in ends.items():
        if await consumer.position(tp) < end:
            return False
    return True
