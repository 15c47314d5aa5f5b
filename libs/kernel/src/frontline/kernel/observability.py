"""What a service has in flight, sampled when Prometheus scrapes ``/metrics``.

``frontline_outbox_depth`` and ``frontline_outbox_oldest_age_seconds`` (events not on
Kafka yet, the rows held behind a parked one included), ``frontline_outbox_parked_rows``
and ``frontline_outbox_held_rows`` (rows the broker refused for good, and the later rows
of their aggregates waiting behind them: parked.py), ``frontline_timer_backlog``
(deadlines due and not fired: a timer that keeps failing counts until it fires),
``frontline_consumer_lag{group,topic,partition}`` (messages not applied yet) and, for a
service whose subscriptions feed a read model people look at (headquarters),
``frontline_projection_lag_seconds``. The alerts and the
dashboard in deploy/observability read them (docs/runbook.md, "Health and metrics").

They describe the service, not the process: only the process holding the relay lock
(one per service database, relay.py) reports them, so that a sum over replicas counts
each row, timer and partition once. Every process reports its own counters (gRPC calls,
dead letters: metrics.py). A part that cannot be read within its time (a database or a
broker that does not answer) is left out of that scrape rather than reported stale.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field

import asyncpg
from prometheus_client import REGISTRY, generate_latest
from prometheus_client.metrics_core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from frontline.kernel.clock import Clock
from frontline.kernel.kafka_client import KafkaTarget
from frontline.kernel.lag import GroupLag, PartitionLag
from frontline.kernel.parked import NOT_HELD

log = logging.getLogger(__name__)

# Well within a scrape's time limit (deploy/observability: 10 s); both parts run at once.
PART_SECONDS = 4.0

_IN_FLIGHT = f"""
SELECT (SELECT count(*) FROM outbox) AS depth,
       (SELECT extract(epoch FROM now() - min(created_at))::float8 FROM outbox) AS age,
       (SELECT count(*) FROM outbox_parked) AS parked,
       (SELECT count(*) FROM outbox WHERE NOT {NOT_HELD}) AS held,
       (SELECT count(*) FROM timers
         WHERE fired_at IS NULL AND (due_at <= $1 OR attempts > 0)) AS timers
"""


@dataclass
class _Sample:
    depth: int | None = None
    age: float | None = None
    parked: int = 0
    held: int = 0
    timers: int | None = None
    lags: list[PartitionLag] = field(default_factory=list)
    projection_lag: float | None = None


@dataclass(frozen=True)
class Watched:
    """What a service's metrics look at: its database, clock and consumer groups."""

    pool: asyncpg.Pool
    clock: Clock
    # (group, topic) of each subscription; the groups that feed a read model people read.
    subscriptions: Sequence[tuple[str, str]]
    projections: frozenset[str]
    is_leader: Callable[[], bool]


async def process_metrics() -> bytes:
    """The counters and histograms of this process."""
    return generate_latest(REGISTRY)


class ServiceMetrics(Collector):
    """The sampled gauges of one service (a Prometheus collector of its own, since
    several services may run in one process: the tests do)."""

    def __init__(self, watched: Watched, kafka: KafkaTarget, client_id: str) -> None:
        self.watched = watched
        self.kafka = GroupLag(kafka, client_id)
        self._sample = _Sample()
        self._lock = asyncio.Lock()

    async def exposition(self) -> bytes:
        """What ``/metrics`` answers: the process's metrics, then this service's."""
        await self.refresh()
        return await process_metrics() + generate_latest(self)

    async def close(self) -> None:
        await self.kafka.close()

    async def refresh(self) -> None:
        async with self._lock:
            sample = _Sample()
            if self.watched.is_leader():
                await asyncio.gather(
                    self._timed("database", self._database(sample)),
                    self._timed("Kafka", self._groups(sample)),
                )
            self._sample = sample

    async def _timed(self, part: str, reading: Awaitable[None]) -> None:
        try:
            await asyncio.wait_for(reading, PART_SECONDS)
        except Exception as exc:  # the metrics of that part are left out of this scrape
            log.warning("metrics not read", extra={"part": part, "error": repr(exc)})

    async def _database(self, sample: _Sample) -> None:
        row = await self.watched.pool.fetchrow(_IN_FLIGHT, self.watched.clock.now())
        assert row is not None
        sample.depth, sample.age, sample.timers = row["depth"], row["age"] or 0.0, row["timers"]
        sample.parked, sample.held = row["parked"], row["held"]

    async def _groups(self, sample: _Sample) -> None:
        if not self.watched.subscriptions:
            return
        lags = await self.kafka.partitions(self.watched.subscriptions)
        sample.lags = lags
        if self.watched.projections:
            read_model = [lag for lag in lags if lag.group in self.watched.projections]
            sample.projection_lag = await self.kafka.oldest_unapplied_age(read_model)

    def collect(self) -> Iterator[Metric]:
        sample = self._sample
        if sample.depth is not None:
            yield _gauge("frontline_outbox_depth", "Outbox rows not on Kafka yet", sample.depth)
            yield _gauge(
                "frontline_outbox_oldest_age_seconds",
                "How long the oldest outbox row has waited (0 when empty)",
                sample.age or 0.0,
            )
            yield _gauge("frontline_outbox_parked_rows", "Outbox rows parked now", sample.parked)
            yield _gauge(
                "frontline_outbox_held_rows",
                "Outbox rows waiting behind a parked row of their aggregate",
                sample.held,
            )
        if sample.timers is not None:
            yield _gauge(
                "frontline_timer_backlog",
                "Timers due and not fired (retries included)",
                sample.timers,
            )
        if sample.lags:
            lag = GaugeMetricFamily(
                "frontline_consumer_lag",
                "Messages a consumer group has not applied yet (end offset - committed offset)",
                labels=["group", "topic", "partition"],
            )
            for item in sample.lags:
                lag.add_metric([item.group, item.topic, str(item.partition)], item.messages)
            yield lag
        if sample.projection_lag is not None:
            yield _gauge(
                "frontline_projection_lag_seconds",
                "How long ago the oldest event the read model has not applied reached Kafka",
                sample.projection_lag,
            )


def _gauge(name: str, documentation: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, documentation, value=value)
