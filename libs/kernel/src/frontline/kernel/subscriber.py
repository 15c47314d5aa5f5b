"""Consumers of public events with inbox de-duplication, retry and a dead-letter topic.

aiokafka is driven directly rather than through FastStream's ack: FastStream's
``msg.ack()`` commits the consumer's current position on every assigned partition
(faststream issue #2618), which can run ahead of effects not yet committed. Here an
offset is committed explicitly, per partition, only after the effects of every record
before it are committed in PostgreSQL together with their inbox rows.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from typing import Any, cast

import asyncpg
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import CommitFailedError, KafkaError
from pydantic import ValidationError

from frontline.contracts.base import PublicEvent
from frontline.kernel.errors import DomainError
from frontline.kernel.inbound import (
    InboundEvent,
    MalformedMessage,
    RefusedEvent,
    check_source,
    parse_record,
)
from frontline.kernel.kafka_client import KafkaTarget, kafka_options
from frontline.kernel.message_tracing import consumed
from frontline.kernel.metrics import CONSUMED, DEAD_LETTERS

log = logging.getLogger(__name__)

Handler = Callable[[asyncpg.Connection, InboundEvent], Awaitable[None]]
BatchHandler = Callable[[asyncpg.Connection, Sequence[InboundEvent]], Awaitable[None]]
Record = Any  # aiokafka ships no type information for ConsumerRecord


class Batched:
    """A handler that can also apply a partition's fresh events at once.

    The subscriber calls ``many`` with the events its inbox claim let through, in
    offset order, inside the same transaction as that claim — so a projection can
    write them with one set-based statement per table instead of one per event.
    A failing batch is retried one event at a time (``many`` with one event), as
    for any handler; a subscriber given a plain handler calls it per event.

    ``commutes=True`` declares that batches of different partitions may be applied
    at the same time (e.g. a read model whose rows are keyed by the aggregate that
    the partition key names): the partitions of one poll then run concurrently,
    each in its own transaction, so their commits share one WAL flush. Offsets
    are still committed once per poll, after every partition's effects committed.

    ``dedupes=True`` declares that ``many`` itself records, in the same
    transaction, which event ids it applied and skips the ones it has seen (e.g. a
    read model that must carry that record across a rebuild anyway). The subscriber
    then claims no inbox rows: one statement fewer per batch and no second copy of
    every id. It still hands over each id once per batch.
    """

    def __init__(self, many: BatchHandler, commutes: bool = False, dedupes: bool = False) -> None:
        self.many = many
        self.commutes = commutes
        self.dedupes = dedupes

    async def __call__(self, conn: asyncpg.Connection, event: InboundEvent) -> None:
        await self.many(conn, [event])


# A message that breaks a rule or does not parse will fail the same way every time.
PERMANENT = (
    DomainError,
    ValidationError,
    MalformedMessage,
    RefusedEvent,
    KeyError,
    TypeError,
    ValueError,
)


def checked(handler: Handler, contract: Sequence[type[PublicEvent]]) -> Handler:
    """``handler`` behind its contract: each event of a listed type is validated
    against its model first (a failure is permanent: dead-lettered), and events of
    types not listed are skipped (DESIGN.md §7: validated before any effect)."""
    models = {model.ce_type: model for model in contract}

    def admitted(events: Sequence[InboundEvent]) -> list[InboundEvent]:
        kept = []
        for event in events:
            model = models.get(event.type)
            if model is not None:
                model.model_validate(event.data)
                kept.append(event)
        return kept

    if isinstance(handler, Batched):
        inner = handler

        async def many(conn: asyncpg.Connection, events: Sequence[InboundEvent]) -> None:
            kept = admitted(events)
            if kept:
                await inner.many(conn, kept)

        return Batched(many, commutes=inner.commutes, dedupes=inner.dedupes)

    async def one(conn: asyncpg.Connection, event: InboundEvent) -> None:
        if admitted([event]):
            await handler(conn, event)

    return one


class _Joined(ConsumerRebalanceListener):  # type: ignore[misc]
    """Marks the subscriber joined once its group gave it an assignment (maybe empty:
    more members than partitions)."""

    def __init__(self, subscriber: Subscriber) -> None:
        self.subscriber = subscriber

    async def on_partitions_revoked(self, revoked: object) -> None:
        pass

    async def on_partitions_assigned(self, assigned: object) -> None:
        self.subscriber.joined = True


def dlq_topic(topic: str) -> str:
    return f"{topic}.dlq"


class Subscriber:
    def __init__(
        self,
        pool: asyncpg.Pool,
        kafka: KafkaTarget,
        topic: str,
        consumer: str,
        handler: Handler,
        dlq_producer: AIOKafkaProducer,
        retry_delays: Sequence[float] = (0.2, 1.0, 3.0),
        batch_size: int = 500,
        *,
        source: str,
    ) -> None:
        self.pool = pool
        self.kafka = kafka
        self.topic = topic
        # The ce_source of the topic's owner in this county (inbound.expected_source).
        self.source = source
        self.consumer = consumer
        self.handler = handler
        self.dlq_producer = dlq_producer
        self.retry_delays = retry_delays
        self.batch_size = batch_size
        self.processed = 0
        # Called after each committed batch: a reaction may have filled the outbox.
        self.on_commit: Callable[[], None] = lambda: None
        # Whether the running consumer has joined its group (readiness looks).
        self.joined = False

    async def run(self) -> None:
        kafka = AIOKafkaConsumer(
            **kafka_options(self.kafka),
            group_id=self.consumer,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_records=self.batch_size,
            # A rebalance waits for every member to rejoin for up to this long; the
            # default (max.poll.interval, 5 minutes) can stall a restart or a shutdown.
            max_poll_interval_ms=60_000,
            rebalance_timeout_ms=20_000,
        )
        kafka.subscribe([self.topic], listener=_Joined(self))
        await kafka.start()
        committing: asyncio.Task[None] | None = None
        try:
            while True:
                batches = await kafka.getmany(timeout_ms=200, max_records=self.batch_size)
                done = await self._process_poll(batches)
                if done:
                    # One commit per poll, and only for partitions whose effects committed.
                    # It travels while the next poll waits (the effects are in the
                    # database already: a commit lost to a crash only replays records
                    # the inbox skips); one at a time, so offsets only move forward.
                    if committing is not None:
                        await committing
                    committing = asyncio.create_task(self._commit(kafka, done))
        finally:
            self.joined = False
            if committing is not None and not committing.done():
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(committing, 8)  # the last offsets still go
            with contextlib.suppress(Exception):
                await asyncio.wait_for(kafka.stop(), 8)

    async def _process_poll(
        self, batches: dict[TopicPartition, list[Record]]
    ) -> dict[TopicPartition, int]:
        """Apply each partition's records; the offsets to commit."""
        if isinstance(self.handler, Batched) and self.handler.commutes and len(batches) > 1:
            results = await asyncio.gather(
                *(self.process(records) for records in batches.values()), return_exceptions=True
            )
            # Every partition has finished before an error propagates (nothing left running).
            for result in results:
                if isinstance(result, BaseException):
                    raise result
        else:
            for records in batches.values():
                await self.process(records)
        return {tp: records[-1].offset + 1 for tp, records in batches.items()}

    async def _commit(self, kafka: AIOKafkaConsumer, offsets: dict[TopicPartition, int]) -> None:
        try:
            await kafka.commit(offsets)
        except (CommitFailedError, KafkaError) as exc:
            # The partition moved to another member during a rebalance: it resumes from
            # the last committed offset and the inbox skips what we already applied.
            log.warning("offset commit failed", extra={"error": repr(exc), "topic": self.topic})

    async def process(self, records: Sequence[Record]) -> None:
        """Apply a partition's records in order; exactly-once per event id."""
        parsed: list[InboundEvent] = []
        for record in records:
            try:
                parsed.append(check_source(parse_record(record), self.source))
            except (MalformedMessage, RefusedEvent) as exc:
                await self.dead_letter(record, exc)
        if not parsed:
            return
        try:
            await self._apply_batch(parsed)
        except Exception:  # isolate the failing message one by one
            log.info("batch failed, applying one by one", extra={"consumer": self.consumer})
            by_offset = {r.offset: r for r in records}
            for event in parsed:
                await self._apply_one(event, by_offset[event.offset])

    async def _apply_batch(self, events: Sequence[InboundEvent]) -> None:
        spans = consumed(self.consumer, events)  # each event's trace, while tracing is on
        async with spans, self.pool.acquire() as proxy, proxy.transaction():
            conn = cast(asyncpg.Connection, proxy)
            if isinstance(self.handler, Batched) and self.handler.dedupes:
                fresh = {e.event_id for e in events}
            else:
                fresh = await self._claim(conn, [e.event_id for e in events])
            todo = []
            for event in events:
                if event.event_id in fresh:
                    fresh.discard(event.event_id)  # a duplicate inside the batch runs once
                    todo.append(event)
            if isinstance(self.handler, Batched):
                if todo:
                    await self.handler.many(conn, todo)
            else:
                for event in todo:
                    with spans.current(event):
                        await self.handler(conn, event)
        self.on_commit()
        self._count(len(events))

    async def _claim(self, conn: asyncpg.Connection, event_ids: list[str]) -> set[str]:
        rows = await conn.fetch(
            "INSERT INTO inbox (consumer, event_id) SELECT $1, unnest($2::text[])"
            " ON CONFLICT DO NOTHING RETURNING event_id",
            self.consumer,
            list(dict.fromkeys(event_ids)),
        )
        return {r["event_id"] for r in rows}

    async def _apply_one(self, event: InboundEvent, record: Record) -> None:
        for attempt, delay in enumerate([*self.retry_delays, None], start=1):
            try:
                await self._apply_batch([event])
                return
            except PERMANENT as exc:
                await self.dead_letter(record, exc)
                return
            except Exception as exc:  # transient until proven otherwise
                if delay is None:
                    await self.dead_letter(record, exc)
                    return
                log.warning(
                    "handler failed, retrying",
                    extra={"consumer": self.consumer, "attempt": attempt, "error": repr(exc)},
                )
                await asyncio.sleep(delay)

    async def dead_letter(self, record: Record, error: BaseException) -> None:
        headers = [
            *record.headers,
            ("x-error", str(error)[:2000].encode()),
            ("x-error-type", type(error).__name__.encode()),
            ("x-original-topic", record.topic.encode()),
            ("x-original-partition", str(record.partition).encode()),
            ("x-original-offset", str(record.offset).encode()),
            ("x-consumer", self.consumer.encode()),
            ("x-failed-at", datetime.now(UTC).isoformat().encode()),
        ]
        await self.dlq_producer.send_and_wait(
            dlq_topic(record.topic), value=record.value, key=record.key, headers=headers
        )
        DEAD_LETTERS.labels(self.consumer).inc()
        details = {
            "consumer": self.consumer,
            "topic": record.topic,
            "offset": record.offset,
            "error_type": type(error).__name__,
        }
        if isinstance(error, RefusedEvent):
            # A forged or contradicting event: someone tried to move authority. The
            # "refused" outcome is what alerting watches (docs/runbook.md).
            CONSUMED.labels(self.consumer, "refused").inc()
            log.error("event refused and dead-lettered", extra={**details, "error": str(error)})
            return
        CONSUMED.labels(self.consumer, "dead_lettered").inc()
        log.warning("message dead-lettered", extra=details)

    def _count(self, n: int) -> None:
        self.processed += n
        CONSUMED.labels(self.consumer, "ok").inc(n)
