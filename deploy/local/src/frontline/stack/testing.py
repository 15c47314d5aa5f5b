"""Pytest plugin: real Kafka and PostgreSQL, started once per test session, lazily.

Loaded by the repository's conftest.py. A test that asks for `kafka_bootstrap`
or `pg` gets the servers (started on free ports in a throwaway folder, stopped
at the end of the session); pure unit tests start nothing.

- FRONTLINE_KAFKA_BOOTSTRAP / FRONTLINE_DATABASE_URL: use those servers instead.
- FRONTLINE_TEST_BACKEND=testcontainers: Kafka and PostgreSQL in Docker containers.

Tests isolate themselves by names: `unique` topics, `pg.create_database(prefix)`.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol, TypeVar

import pytest
import pytest_asyncio

from frontline.stack.children import ChildProcess
from frontline.stack.kafka import KafkaBroker, ensure_kafka_libs
from frontline.stack.paths import kafka_libs_dir
from frontline.stack.ports import free_port
from frontline.stack.postgres import (
    MAX_CONNECTIONS,
    PostgresLauncher,
    create_database,
    database_dsn,
    database_name,
)

L = TypeVar("L", bound="_Launcher")


class TestPostgres:
    """The session's PostgreSQL server; each test creates the databases it needs."""

    __test__ = False  # not a test class, despite the name

    def __init__(self, admin_dsn: str) -> None:
        self.admin_dsn = admin_dsn
        self.created: list[str] = []

    async def create_database(self, prefix: str) -> str:
        """A new empty database named `<prefix>_<random>`; its DSN."""
        name = database_name(prefix)
        self.created.append(name)
        return await create_database(self.admin_dsn, name)

    def dsn(self, database: str) -> str:
        return database_dsn(self.admin_dsn, database)

    async def drop_created(self) -> None:
        """Leave an external server as we found it."""
        import asyncpg

        connection = await asyncpg.connect(self.admin_dsn)
        try:
            for name in self.created:
                await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await connection.close()


def _backend() -> str:
    return os.environ.get("FRONTLINE_TEST_BACKEND", "local")


_PREFIX = "frontline-test-"


def _sweep_abandoned_folders() -> None:
    """Remove folders of test sessions that were killed before cleaning up
    (their servers died with them: see children.py)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{_PREFIX}*"):
        try:
            os.kill(int((folder / "owner.pid").read_text()), 0)
        except (FileNotFoundError, ValueError):
            continue  # being created right now, or not ours
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except PermissionError:
            continue  # alive, another user's


@contextmanager
def _throwaway_folder(kind: str) -> Iterator[Path]:
    _sweep_abandoned_folders()
    folder = Path(tempfile.mkdtemp(prefix=f"{_PREFIX}{kind}-"))
    (folder / "owner.pid").write_text(str(os.getpid()))
    # PostgreSQL runs as an unprivileged account when we are root: it must reach in.
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class _Launcher(Protocol):
    process: ChildProcess | None

    def start(self) -> ChildProcess: ...
    async def wait_ready(self) -> float: ...
    def stop(self) -> None: ...


async def _started(launch: Callable[[int], L], attempts: int = 3) -> L:
    """Start a server on free ports; start over on new ports if it died at once.

    Other test sessions on the machine pick free ports too: one of them may take
    ours between our choosing it and the server binding it.
    """
    for attempt in range(1, attempts + 1):
        server = launch(attempt)
        server.start()
        try:
            await server.wait_ready()
            return server
        except BaseException:
            died = server.process is not None and not server.process.alive()
            server.stop()
            if not died or attempt == attempts:
                raise
    raise AssertionError("unreachable")


async def _local_kafka() -> AsyncIterator[str]:
    with _throwaway_folder("kafka") as folder:
        libs = await asyncio.to_thread(ensure_kafka_libs, kafka_libs_dir())
        broker = await _started(
            lambda attempt: KafkaBroker(folder / str(attempt), libs, free_port(), free_port())
        )
        try:
            yield broker.bootstrap
        finally:
            broker.stop()


async def _container_kafka() -> AsyncIterator[str]:
    from testcontainers.community.kafka import KafkaContainer

    # Same broker rules as the local one: topics are created on purpose only.
    container = KafkaContainer().with_kraft().with_env("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
    await asyncio.to_thread(container.start)
    try:
        yield container.get_bootstrap_server()
    finally:
        await asyncio.to_thread(container.stop)


async def _local_postgres() -> AsyncIterator[TestPostgres]:
    with _throwaway_folder("pg") as folder:
        server = await _started(
            lambda attempt: PostgresLauncher(folder / str(attempt), free_port(), durable=False)
        )
        try:
            yield TestPostgres(server.admin_dsn)
        finally:
            server.stop()


async def _container_postgres() -> AsyncIterator[TestPostgres]:
    from testcontainers.community.postgres import PostgresContainer

    container = PostgresContainer("postgres:17-alpine", driver=None).with_command(
        f"postgres -c max_connections={MAX_CONNECTIONS} -c fsync=off -c synchronous_commit=off"
    )
    await asyncio.to_thread(container.start)
    try:
        yield TestPostgres(container.get_connection_url())
    finally:
        await asyncio.to_thread(container.stop)


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def kafka_bootstrap() -> AsyncIterator[str]:
    """The broker ("host:port") shared by the whole session."""
    external = os.environ.get("FRONTLINE_KAFKA_BOOTSTRAP")
    if external:
        yield external
        return
    servers = _container_kafka() if _backend() == "testcontainers" else _local_kafka()
    async for bootstrap in servers:
        yield bootstrap


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def pg() -> AsyncIterator[TestPostgres]:
    """The session's PostgreSQL: `await pg.create_database(prefix)` -> DSN; `pg.admin_dsn`."""
    external = os.environ.get("FRONTLINE_DATABASE_URL")
    if external:
        server = TestPostgres(external)
        yield server
        await server.drop_created()
        return
    servers = _container_postgres() if _backend() == "testcontainers" else _local_postgres()
    async for server in servers:
        yield server


@pytest.fixture
def unique() -> str:
    """A short unique lowercase name, valid for topics, groups and databases."""
    return f"t{uuid.uuid4().hex[:10]}"
