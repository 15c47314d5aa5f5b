"""The outbox relay: publish committed outbox rows to Kafka, then delete them.

One active relay per service database (a PostgreSQL advisory lock). It never keeps a
"last published position": identity values become visible out of commit order, so a
cursor would skip rows committed late. Reading whatever rows exist, in id order, and
deleting exactly those after Kafka acknowledged them cannot skip anything; a crash
between publish and delete republishes, and consumers de-duplicate.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging

import asyncpg
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from frontline.kernel.metrics import RELAY_BACKLOG, RELAY_PUBLISHED

log = logging.getLogger(__name__)

RELAY_LOCK = 7_240_781_002


def keyed_producer(bootstrap: str, client_id: str) -> AIOKafkaProducer:
    """Idempotent, acks from all in-sync replicas (DESIGN.md §4)."""
    return AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        client_id=client_id,
        enable_idempotence=True,
        acks="all",
        linger_ms=2,
        max_batch_size=256 * 1024,
        request_timeout_ms=30000,
    )


class OutboxRelay:
    def __init__(
        self,
        pool: asyncpg.Pool,
        dsn: str,
        producer: AIOKafkaProducer,
        batch_size: int = 500,
        poll_seconds: float = 0.5,
    ) -> None:
        self.pool = pool
        self.dsn = dsn
        self.producer = producer
        self.batch_size = batch_size
        self.poll_seconds = poll_seconds
        self._wake = asyncio.Event()
        self.is_leader = False

    async def run(self) -> None:
        """Wait for leadership, then relay until cancelled."""
        lock_conn: asyncpg.Connection = await asyncpg.connect(self.dsn)
        try:
            while not await lock_conn.fetchval("SELECT pg_try_advisory_lock($1)", RELAY_LOCK):
                await asyncio.sleep(self.poll_seconds * 4)
            self.is_leader = True
            await lock_conn.add_listener("outbox", self._on_notify)
            log.info("outbox relay is leader")
            while True:
                self._wake.clear()
                try:
                    published = await self.relay_once()
                except (OSError, asyncpg.PostgresError, KafkaError) as exc:
                    # Nothing was deleted: the same rows go out again on the next try.
                    log.warning("relay batch failed, retrying", extra={"error": repr(exc)})
                    await asyncio.sleep(self.poll_seconds)
                    continue
                if published < self.batch_size:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._wake.wait(), self.poll_seconds)
        finally:
            self.is_leader = False
            with contextlib.suppress(Exception):
                await lock_conn.close()

    def _on_notify(self, *_: object) -> None:
        self._wake.set()

    async def relay_once(self) -> int:
        """Publish one batch of outbox rows; returns how many were published."""
        async with self.pool.acquire() as conn:
            rows = await conn.fetch(
                "SELECT id, topic, key, value, headers FROM outbox ORDER BY id LIMIT $1",
                self.batch_size,
            )
            RELAY_BACKLOG.set(len(rows))
            if not rows:
                return 0
            futures = []
            for row in rows:
                headers = [(k, v.encode()) for k, v in json.loads(row["headers"])]
                futures.append(
                    await self.producer.send(
                        row["topic"], value=row["value"], key=row["key"].encode(), headers=headers
                    )
                )
            # Every ack before any delete: a row is removed only once Kafka holds it.
            await asyncio.gather(*futures)
            await conn.execute(
                "DELETE FROM outbox WHERE id = ANY($1::bigint[])", [r["id"] for r in rows]
            )
            RELAY_PUBLISHED.inc(len(rows))
            return len(rows)
