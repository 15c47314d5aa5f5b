"""Row 1 baseline (b): the `eventsourcing` library's PostgreSQL recorder, 16 threads.

Its Application saves each new aggregate (one event) through
PostgresApplicationRecorder, which locks the events table in EXCLUSIVE mode for
every insert so notification ids commit in order (DESIGN.md §8 mentions why this
caps its rate). Same server, its own database, a connection pool of 16.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit
from uuid import UUID

from eventsourcing.application import Application
from eventsourcing.domain import Aggregate, event

from bench.cpu import CpuMeter, own_process
from bench.load import seconds, threaded_loop
from bench.servers import Servers

THREADS = 16


class Tally(Aggregate):
    """The counter of the kernel row, as an eventsourcing aggregate."""

    @event("Opened")
    def __init__(self, by: int) -> None:
        self.total = by


class Tallies(Application[UUID]):
    pass


def _environment(dsn: str) -> dict[str, str]:
    url = urlsplit(dsn)
    return {
        "PERSISTENCE_MODULE": "eventsourcing.postgres",
        "POSTGRES_DBNAME": url.path.lstrip("/"),
        "POSTGRES_HOST": url.hostname or "127.0.0.1",
        "POSTGRES_PORT": str(url.port or 5432),
        "POSTGRES_USER": url.username or "postgres",
        "POSTGRES_PASSWORD": url.password or "trust",  # the server trusts loopback
        "POSTGRES_POOL_SIZE": str(THREADS),
        "POSTGRES_MAX_OVERFLOW": "0",
        "CREATE_TABLE": "true",
    }


def _measure(dsn: str, meter: CpuMeter) -> float:
    app = Tallies(env=_environment(dsn))
    try:
        return threaded_loop(THREADS, seconds(8), lambda c, n: app.save(Tally(by=1)), meter=meter)
    finally:
        app.close()


async def eventsourcing_rate(servers: Servers) -> float:
    dsn = await servers.database("bench_eventsourcing")
    meter = CpuMeter("eventsourcing", servers.cpu_groups(bench=own_process()))
    return await asyncio.to_thread(_measure, dsn, meter)
