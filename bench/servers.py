"""One Kafka broker and one PostgreSQL server for the whole bench run.

Both run on free ports in a throwaway folder and stop when the run ends. PostgreSQL
is durable by default (fsync on, as in production); BENCH_DURABLE=0 turns fsync off
like the test clusters, for comparing with test-suite numbers.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from bench.cpu import Source
from frontline.stack.kafka import KafkaBroker, ensure_kafka_libs
from frontline.stack.paths import kafka_libs_dir
from frontline.stack.ports import free_port
from frontline.stack.postgres import PostgresLauncher, create_database, database_name


@dataclass(frozen=True)
class Servers:
    kafka_bootstrap: str
    admin_dsn: str
    folder: Path
    durable: bool
    kafka_pid: int  # for CPU accounting (bench/cpu.py)
    postgres_pid: int

    async def database(self, prefix: str) -> str:
        """A fresh empty database on the bench server; its DSN."""
        return await create_database(self.admin_dsn, database_name(prefix))

    def cpu_groups(self, **others: Source) -> dict[str, Source]:
        """Processes to account CPU to: the servers' trees, plus `others` by name."""
        return {**others, "postgres": Source(self.postgres_pid), "kafka": Source(self.kafka_pid)}


def durable() -> bool:
    return os.environ.get("BENCH_DURABLE", "1") != "0"


@contextlib.asynccontextmanager
async def _folder() -> AsyncIterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="frontline-bench-"))
    # PostgreSQL runs as an unprivileged account when we are root: it must reach in.
    os.chmod(folder, 0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.asynccontextmanager
async def running_servers() -> AsyncIterator[Servers]:
    async with _folder() as folder:
        libs = await asyncio.to_thread(ensure_kafka_libs, kafka_libs_dir())
        kafka = KafkaBroker(folder / "kafka", libs, free_port(), free_port())
        postgres = PostgresLauncher(folder / "pg" / "data", free_port(), durable=durable())
        try:
            kafka_child, postgres_child = kafka.start(), postgres.start()
            await asyncio.gather(kafka.wait_ready(), postgres.wait_ready())
            yield Servers(
                kafka.bootstrap, postgres.admin_dsn, folder, durable(),
                kafka_child.pid, postgres_child.pid,
            )  # fmt: skip
        finally:
            postgres.stop()
            kafka.stop()
