"""The outbox relay: publish committed outbox rows to Kafka, then delete them.

One active relay per service database (a PostgreSQL advisory lock). It never keeps a
"last published position": identity values become visible out of commit order, so a
cursor would skip rows committed late. Reading whatever rows exist, in id order, and
deleting exactly those after Kafka acknowledged them cannot skip anything; a crash
between publish and delete republishes, and consumers de-duplicate.

Throughput comes from overlap: while one batch waits for its acknowledgements the
next is read and sent (excluding the ids still in flight); a batch is deleted only
once every one of its messages is acknowledged.

A row the broker refuses for good (too large, an invalid record) is parked
(``parked.py``) instead of being retried forever in front of every later row: the
relay goes on, and only the later rows of the same aggregate wait behind it. A
refusal found in an acknowledgement may stand for a whole batch the broker took as
one: the batch's refused rows are sent again one by one, and only a row refused on
its own is parked. (Rows of that aggregate already sent in the next batch, before
the refusal was known, are not recalled; the client-side size check, which runs
before sending, catches the common case: a value over the producer's request size.)

A refusal by the broker also leaves the idempotent producer's sequence numbers for
that partition one ahead of what the broker accepted: every later send there would be
answered OutOfOrderSequenceNumber, for good. After a refusal found in an
acknowledgement, or that answer, the relay replaces its producer (a new producer id
starts its sequences afresh) and reads the outbox again from the first unpublished
row, so nothing is skipped and an aggregate's events keep their order.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

import asyncpg
from aiokafka import AIOKafkaProducer
from aiokafka.errors import (
    CorruptRecordException,
    InvalidMessageError,
    InvalidTimestampError,
    KafkaError,
    MessageSizeTooLargeError,
    OutOfOrderSequenceNumber,
    RecordListTooLargeError,
    RecordTooLargeError,
    UnsupportedCodecError,
    UnsupportedForMessageFormatError,
)
from aiokafka.partitioner import DefaultPartitioner

from frontline.kernel.kafka_client import KafkaTarget, kafka_options
from frontline.kernel.metrics import RELAY_PUBLISHED
from frontline.kernel.parked import NOT_HELD, park

log = logging.getLogger(__name__)

RELAY_LOCK = 7_240_781_002
CHANNEL = "outbox"
# The broker will refuse these rows however often they are sent.
REFUSED_FOR_GOOD = (
    MessageSizeTooLargeError,
    RecordListTooLargeError,
    RecordTooLargeError,
    CorruptRecordException,
    InvalidMessageError,
    InvalidTimestampError,
    UnsupportedForMessageFormatError,
    UnsupportedCodecError,
)


def keyed_producer(kafka: KafkaTarget, client_id: str) -> AIOKafkaProducer:
    """Idempotent, acks from all in-sync replicas (DESIGN.md §4)."""
    return AIOKafkaProducer(
        **kafka_options(kafka),
        client_id=client_id,
        enable_idempotence=True,
        acks="all",
        linger_ms=2,
        max_batch_size=512 * 1024,
        request_timeout_ms=30000,
    )


class KeyPartitions:
    """The default partitioner's choice for each key, computed once per key.

    The relay sends the same aggregate ids over and over, and aiokafka's partitioner
    hashes every key in pure Python (and rebuilds partition sets per message): about
    half the cost of a send. Choosing exactly what the default partitioner would
    keeps every aggregate on the partition other Kafka clients expect.
    """

    def __init__(self) -> None:
        self._chosen: dict[tuple[str, bytes, int], int] = {}

    def __call__(self, topic: str, key: bytes, partitions: list[int]) -> int:
        found = self._chosen.get((topic, key, len(partitions)))
        if found is None:
            if len(self._chosen) > 100_000:  # aggregates come and go; stay bounded
                self._chosen.clear()
            found = DefaultPartitioner()(key, partitions, partitions)
            self._chosen[(topic, key, len(partitions))] = found
        return found


Row = asyncpg.Record
Aggregate = tuple[str, str]  # (topic, key)


@dataclass
class _InFlight:
    rows: list[Row] = field(default_factory=list)
    acks: list[asyncio.Future[object]] = field(default_factory=list)
    read: int = 0  # rows the batch's query returned (some may wait behind a parked one)

    @property
    def ids(self) -> list[int]:
        return [row["id"] for row in self.rows]


class OutboxRelay:
    def __init__(
        self,
        pool: asyncpg.Pool,
        dsn: str,
        producer: AIOKafkaProducer,
        batch_size: int = 2000,
        poll_seconds: float = 0.5,
        linger_seconds: float = 0.003,
        renew: Callable[[], Any] | None = None,
    ) -> None:
        self.pool = pool
        self.dsn = dsn
        self.producer = producer
        # Makes a new producer (unstarted) to replace one the broker's refusal left with
        # broken sequence numbers; without it (tests, bench) the producer is kept.
        self._renew = renew
        self._unstarted = False  # a replacement whose start failed: started again first
        self.batch_size = batch_size
        self.poll_seconds = poll_seconds
        self.linger_seconds = linger_seconds
        self._wake = asyncio.Event()
        self._last_notify = 0.0
        self._notify_task: asyncio.Task[None] | None = None
        self.is_leader = False
        self._partition = KeyPartitions()

    def nudge(self) -> None:
        """Something was committed to the outbox: wake the relay, wherever it runs."""
        if self.is_leader:
            self._wake.set()
            return
        # The leader is another process: NOTIFY it, outside any transaction, and at
        # most every 10 ms (its polling covers a lost notification).
        now = time.monotonic()
        if now - self._last_notify < 0.01 or (self._notify_task and not self._notify_task.done()):
            return
        self._last_notify = now
        self._notify_task = asyncio.get_running_loop().create_task(self._notify())

    async def _notify(self) -> None:
        with contextlib.suppress(OSError, asyncpg.PostgresError):
            await self.pool.execute(f"NOTIFY {CHANNEL}")

    async def run(self) -> None:
        """Wait for leadership, then relay until cancelled."""
        lock_conn: asyncpg.Connection = await asyncpg.connect(self.dsn)
        try:
            while not await lock_conn.fetchval("SELECT pg_try_advisory_lock($1)", RELAY_LOCK):
                await asyncio.sleep(self.poll_seconds * 4)
            self.is_leader = True
            await lock_conn.add_listener(CHANNEL, lambda *_: self._wake.set())
            log.info("outbox relay is leader")
            while True:
                try:
                    await self.drain()
                except (OSError, asyncpg.PostgresError, KafkaError) as exc:
                    # Nothing unacknowledged was deleted: those rows go out again.
                    log.warning("relay batch failed, retrying", extra={"error": repr(exc)})
                    if isinstance(exc, OutOfOrderSequenceNumber):
                        await self.renew_producer()
                    await asyncio.sleep(self.poll_seconds)
                    continue
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.poll_seconds)
                self._wake.clear()
                # Let the commits that woke us gather into one batch.
                await asyncio.sleep(self.linger_seconds)
        finally:
            self.is_leader = False
            with contextlib.suppress(Exception):
                await lock_conn.close()

    async def drain(self) -> int:
        """Publish until the outbox is empty (but for rows held behind a parked one);
        returns how many rows were published."""
        published = 0
        if self._unstarted:
            await self._start_producer()
        async with self.pool.acquire() as proxy:
            conn = cast(asyncpg.Connection, proxy)
            previous = _InFlight()
            while True:
                # A row committed before this read is in it; one committed after wakes
                # the relay again (nudge, NOTIFY).
                self._wake.clear()
                current = await self._send_batch(conn, previous.ids)
                published += await self._settle(conn, previous)
                if current.read < self.batch_size and not self._wake.is_set():
                    # The outbox held no more than this and nothing was committed since:
                    # no need to read it again to find it empty.
                    published += await self._settle(conn, current)
                    break
                previous = current
        return published

    async def _send_batch(self, conn: asyncpg.Connection, in_flight: list[int]) -> _InFlight:
        rows = await conn.fetch(
            "SELECT id, topic, key, value, headers FROM outbox"
            f" WHERE id <> ALL($2::bigint[]) AND {NOT_HELD} ORDER BY id LIMIT $1",
            self.batch_size,
            in_flight,
        )
        batch = _InFlight(read=len(rows))
        # Partition counts once per batch (a topic may gain partitions; never per row).
        partitions = {
            topic: sorted(await self.producer.partitions_for(topic))
            for topic in {row["topic"] for row in rows}
        }
        send, choose, parked = self.producer.send, self._partition, set[Aggregate]()
        for row in rows:
            topic, key_text, flat = row["topic"], row["key"], row["headers"]
            if parked and (topic, key_text) in parked:
                continue  # waits behind its aggregate's parked row
            key = key_text.encode()
            headers = list(zip(flat[::2], map(str.encode, flat[1::2]), strict=True))
            partition = choose(topic, key, partitions[topic])
            try:
                ack = await send(
                    topic, value=row["value"], key=key, partition=partition, headers=headers
                )
            except REFUSED_FOR_GOOD as refusal:  # e.g. over the producer's request size
                await self._park(conn, row, refusal)
                parked.add((topic, key_text))
                continue
            batch.acks.append(ack)
            batch.rows.append(row)
        return batch

    async def _send_alone(self, row: Row) -> None:
        flat, topic, key = row["headers"], row["topic"], row["key"].encode()
        headers = list(zip(flat[::2], map(str.encode, flat[1::2]), strict=True))
        partition = self._partition(topic, key, sorted(await self.producer.partitions_for(topic)))
        await self.producer.send_and_wait(
            topic, value=row["value"], key=key, partition=partition, headers=headers
        )

    async def _park(self, conn: asyncpg.Connection, row: Row, refusal: Exception) -> None:
        await park(conn, row["id"], row["topic"], row["key"], refusal)

    async def renew_producer(self) -> None:
        """Replace the producer (see the module's note on sequence numbers)."""
        if self._renew is None:
            return
        old, self.producer, self._unstarted = self.producer, self._renew(), True
        with contextlib.suppress(Exception):
            await asyncio.wait_for(old.stop(), 10)
        log.warning("relay producer replaced after the broker refused a record")
        await self._start_producer()

    async def _start_producer(self) -> None:
        try:
            await self.producer.start()
        except BaseException:
            # Broker unreachable: the next drain starts a fresh one (the run loop
            # retries on KafkaError), rather than using a producer that never started.
            if self._renew is not None:
                self.producer = self._renew()
            raise
        self._unstarted = False

    async def _settle(self, conn: asyncpg.Connection, batch: _InFlight) -> int:
        """Wait for every ack of the batch, then delete exactly its acknowledged rows;
        rows refused for good are isolated (``_isolate``)."""
        if not batch.rows:
            return 0
        acknowledged, refused, stale = [], [], None
        for row, ack in zip(batch.rows, batch.acks, strict=True):  # in order: cheap
            try:
                await ack
            except REFUSED_FOR_GOOD:
                refused.append(row)
                continue
            except OutOfOrderSequenceNumber as exc:
                stale = exc  # sent after a refusal on the old producer: goes again
                continue
            acknowledged.append(row["id"])
        await conn.execute("DELETE FROM outbox WHERE id = ANY($1::bigint[])", acknowledged)
        if refused or stale:
            await self.renew_producer()
        published = len(acknowledged) + await self._isolate(conn, refused)
        RELAY_PUBLISHED.inc(published)
        if stale is not None:
            # Start over from the outbox: the rows it left go out again in id order.
            raise stale
        return published

    async def _isolate(self, conn: asyncpg.Connection, refused: list[Row]) -> int:
        """Send each refused row again on its own: a broker may refuse a whole batch
        for one row (or for its total size). Park the rows refused alone."""
        published, parked = 0, set[Aggregate]()
        for row in refused:
            if (row["topic"], row["key"]) in parked:
                continue
            try:
                await self._send_alone(row)
            except REFUSED_FOR_GOOD as refusal:
                await self._park(conn, row, refusal)
                parked.add((row["topic"], row["key"]))
                if not isinstance(refusal, MessageSizeTooLargeError):
                    await self.renew_producer()  # the broker itself refused it
                continue
            await conn.execute("DELETE FROM outbox WHERE id = $1", row["id"])
            published += 1
        return published
