"""Pytest plugin: real Kafka and PostgreSQL, started once per test session, lazily.

Loaded by the repository's conftest.py. A test that asks for `kafka_bootstrap`
or `pg` gets the servers (started on free ports in a throwaway folder, stopped
at the end of the session); pure unit tests start nothing.

- FRONTLINE_KAFKA_BOOTSTRAP / FRONTLINE_DATABASE_URL: use those servers instead (with
  the FRONTLINE_KAFKA_* credentials of the environment).
- FRONTLINE_TEST_BACKEND=testcontainers: Kafka and PostgreSQL in Docker containers.

The local broker is secured like the stack's (SASL/SCRAM over TLS, ACLs). The test
process itself connects as the broker's admin (FRONTLINE_KAFKA_* are set for the
session), so helpers taking a bare address work; a test that runs a service as its
own principal grants the county's ACLs to its topic prefix (`TestKafka.grant_county`).

Tests isolate themselves by names: `unique` topics, `pg.create_database(prefix)`.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

import pytest
import pytest_asyncio

from frontline.kernel.kafka_client import KafkaClientSettings, KafkaTarget
from frontline.stack.children import ChildProcess
from frontline.stack.kafka import KafkaBroker, ensure_kafka_libs
from frontline.stack.kafka_principals import ADMIN, PRINCIPALS, county_acls, create_acls
from frontline.stack.kafka_secrets import KafkaSecrets, prepare_kafka_secrets
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
S = TypeVar("S", bound=KafkaClientSettings)
# Principals only tests use: a client whose credentials no ACL mentions.
STRANGER = "stranger"


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


@dataclass(frozen=True)
class TestKafka:
    """The session's broker; with ``secrets`` when it authenticates and authorizes."""

    __test__ = False  # not a test class, despite the name

    bootstrap: str
    secrets: KafkaSecrets | None = None

    def client(self, principal: str) -> KafkaTarget:
        if self.secrets is None:
            return self.bootstrap
        return self.secrets.client_settings(self.bootstrap, principal)

    def as_principal(self, settings: S, principal: str) -> S:
        """``settings`` connecting as ``principal`` (unchanged on an open broker)."""
        if self.secrets is None:
            return settings
        secured = self.secrets.client_settings(settings.kafka_bootstrap, principal)
        return settings.model_copy(update=secured.model_dump(exclude_unset=True))

    async def grant_county(self, prefix: str) -> None:
        """Every service's ACLs (kafka_principals) on the topics and groups of ``prefix``."""
        if self.secrets is not None:
            await create_acls(self.client(ADMIN), county_acls(prefix))


@contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


async def _local_kafka() -> AsyncIterator[TestKafka]:
    async with own_kafka() as (kafka, _):
        yield kafka


@asynccontextmanager
async def own_kafka() -> AsyncIterator[tuple[TestKafka, KafkaBroker]]:
    """A broker of the caller's own, to pause or kill (fault tests), and how to reach
    it: this process's bare-address clients sign in to it while it runs."""
    with _throwaway_folder("kafka") as folder:
        libs = await asyncio.to_thread(ensure_kafka_libs, kafka_libs_dir())
        secrets = prepare_kafka_secrets(folder / "secrets", [*PRINCIPALS, STRANGER])
        broker = await _started(
            lambda attempt: KafkaBroker(
                folder / str(attempt), libs, free_port(), free_port(), secrets=secrets
            )
        )
        try:
            with _environment(secrets.client_env(ADMIN)):
                yield TestKafka(broker.bootstrap, secrets), broker
        finally:
            broker.stop()


async def _container_kafka() -> AsyncIterator[TestKafka]:
    from testcontainers.community.kafka import KafkaContainer

    # Same broker rules as the local one: topics are created on purpose only.
    container = KafkaContainer().with_kraft().with_env("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
    await asyncio.to_thread(container.start)
    try:
        yield TestKafka(container.get_bootstrap_server())
    finally:
        await asyncio.to_thread(container.stop)


async def _local_postgres() -> AsyncIterator[TestPostgres]:
    async with own_postgres() as (postgres, _):
        yield postgres


@asynccontextmanager
async def own_postgres() -> AsyncIterator[tuple[TestPostgres, PostgresLauncher]]:
    """A PostgreSQL server of the caller's own, to pause or kill (fault tests)."""
    with _throwaway_folder("pg") as folder:
        server = await _started(
            lambda attempt: PostgresLauncher(folder / str(attempt), free_port(), durable=False)
        )
        try:
            yield TestPostgres(server.admin_dsn), server
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
async def test_kafka() -> AsyncIterator[TestKafka]:
    """The broker shared by the whole session, and how to connect as a principal."""
    external = os.environ.get("FRONTLINE_KAFKA_BOOTSTRAP")
    if external:
        yield TestKafka(external)
        return
    servers = _container_kafka() if _backend() == "testcontainers" else _local_kafka()
    async for server in servers:
        yield server


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def kafka_bootstrap(test_kafka: TestKafka) -> str:
    """The broker ("host:port"); this process's clients connect as its admin."""
    return test_kafka.bootstrap


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
