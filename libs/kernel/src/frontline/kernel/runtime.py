"""ServiceRuntime: the one place a service's process is assembled and run.

A service's ``app`` module builds one runtime, registers its deciders, subscriptions,
timers and gRPC services, then calls ``run()``. Start order: PostgreSQL (with
backoff) → migrations → Kafka topics → relay, subscribers, timers → gRPC → ready.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import asyncpg

from frontline.api.admin.v1.admin_pb2_grpc import add_AdminServiceServicer_to_server
from frontline.kernel.admin import RULES as ADMIN_RULES
from frontline.kernel.admin import SERVICE_NAME as ADMIN_SERVICE
from frontline.kernel.admin import AdminServicer
from frontline.kernel.auth.tokens import TokenVerifier
from frontline.kernel.authz import Rule
from frontline.kernel.calendar import DEFAULT_CALENDAR, YearSchedule
from frontline.kernel.clock import Clock, SystemClock
from frontline.kernel.commands import CommandHandler, Project, Publish, Registration
from frontline.kernel.db import create_pool
from frontline.kernel.decider import Decider
from frontline.kernel.eventstore import EventStore
from frontline.kernel.grpc.server import GrpcServer
from frontline.kernel.inbound import expected_source
from frontline.kernel.logs import configure_logging
from frontline.kernel.migrate import apply_migrations
from frontline.kernel.public_ids import PublicEventIds
from frontline.kernel.relay import OutboxRelay, keyed_producer
from frontline.kernel.settings import ServiceSettings
from frontline.kernel.sideport import SidePort
from frontline.kernel.subscriber import Handler, Subscriber, dlq_topic
from frontline.kernel.timers import TimerHandler, Timers
from frontline.kernel.topics import ensure_topics

log = logging.getLogger(__name__)


async def with_backoff(what: str, attempt: Callable[[], Awaitable[Any]], tries: int = 30) -> Any:
    """Services start in any order: wait for PostgreSQL and Kafka (DESIGN.md §7)."""
    delay = 0.2
    for n in range(1, tries + 1):
        try:
            return await attempt()
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, Exception) as exc:
            if n == tries:
                raise
            log.info(f"waiting for {what}", extra={"error": repr(exc), "attempt": n})
            await asyncio.sleep(delay)
            delay = min(delay * 2, 3.0)
    raise AssertionError("unreachable")


class ServiceRuntime:
    def __init__(
        self,
        settings: ServiceSettings,
        migrations: list[str] | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.settings = settings
        self.service = settings.service_name
        self.clock = clock or SystemClock()
        # A caller that brings its own clock (a test) owns time: timers then fire only
        # when it calls `timers.fire_due()`, never behind its back.
        self.fire_timers_in_background = clock is None
        self.migrations = ["frontline.kernel.migrations", *(migrations or [])]
        self.store = EventStore()
        self.upcasters = self.store.upcasters
        self.topic = self.topic_name(f"{self.service}.events.v1")
        self.source = f"/counties/{settings.county_code}/{self.service}"
        self._registrations: list[Registration] = []
        self._subscriptions: list[tuple[str, str, Handler]] = []
        self._timer_handlers: dict[str, TimerHandler] = {}
        self._grpc_services: list[tuple[Any, Any, str, dict[str, Rule]]] = []
        self._tasks: list[asyncio.Task[None]] = []
        self.subscribers: list[Subscriber] = []
        self.ready = False
        self.grpc_port = 0
        self.http_port = 0
        self._pool: asyncpg.Pool | None = None
        self._commands: CommandHandler | None = None
        self._timers: Timers | None = None
        self.relay: OutboxRelay | None = None

    # -- registration, before start ------------------------------------------------
    def topic_name(self, name: str) -> str:
        return self.settings.topic_prefix + name

    def register(
        self,
        decider: Decider[Any, Any],
        publish: Publish | None = None,
        project: Project | None = None,
    ) -> None:
        self._registrations.append(Registration(decider, publish, project))

    def subscribe(self, topic: str, consumer: str, handler: Handler) -> None:
        self._subscriptions.append((self.topic_name(topic), self.topic_name(consumer), handler))

    def on_timer(self, kind: str, handler: TimerHandler) -> None:
        self._timer_handlers[kind] = handler

    def add_grpc(
        self, add_fn: Any, servicer: Any, service_name: str, rules: dict[str, Rule]
    ) -> None:
        self._grpc_services.append((add_fn, servicer, service_name, rules))

    # -- running parts -----------------------------------------------------------------
    @property
    def pool(self) -> asyncpg.Pool:
        if self._pool is None:
            raise RuntimeError("runtime not started")
        return self._pool

    @property
    def commands(self) -> CommandHandler:
        if self._commands is None:
            raise RuntimeError("runtime not started")
        return self._commands

    @property
    def timers(self) -> Timers:
        if self._timers is None:
            raise RuntimeError("runtime not started")
        return self._timers

    @contextlib.asynccontextmanager
    async def started(self) -> AsyncIterator[ServiceRuntime]:
        try:
            await self._start()
            yield self
        finally:
            await self._stop()

    async def run(self) -> None:
        """Serve until SIGTERM or SIGINT, then shut down gracefully."""
        configure_logging(
            self.service, self.settings.log_level, audit_path=self.settings.audit_log_path
        )
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        async with self.started():
            log.info(
                "service ready", extra={"grpc_port": self.grpc_port, "http_port": self.http_port}
            )
            await stop.wait()
            log.info("service stopping")

    async def _start(self) -> None:
        s = self.settings
        self.sideport = SidePort(lambda: self.ready)
        self.http_port = await self.sideport.start(s.grpc_host, s.http_port)
        self._pool = await with_backoff(
            "PostgreSQL", lambda: create_pool(s.database_url, s.db_pool_size)
        )
        await apply_migrations(self.pool, self.migrations)
        await self._load_calendar()
        self._commands = CommandHandler(
            self.pool, self.store, self.source, self.service, s.topic_prefix
        )
        for registration in self._registrations:
            self._commands.register(registration)
        self._timers = Timers(self.pool, self.clock, s.timer_poll_seconds)
        for kind, handler in self._timer_handlers.items():
            self._timers.on(kind, handler)
        await self._start_kafka()
        verifier = TokenVerifier.from_file(
            s.jwt_public_key_path, s.jwt_issuer, s.jwt_audience, s.jwt_key_check_seconds
        )
        self.grpc = GrpcServer(verifier)
        self.grpc.add(
            add_AdminServiceServicer_to_server,
            AdminServicer(
                self.pool,
                self.clock,
                PublicEventIds(self.pool, self.store, self._registrations, s.topic_prefix),
            ),
            ADMIN_SERVICE,
            ADMIN_RULES,
        )
        for add_fn, servicer, name, rules in self._grpc_services:
            self.grpc.add(add_fn, servicer, name, rules)
        tls = (
            (s.tls_cert_path, s.tls_key_path, s.tls_client_ca_path)
            if s.tls_cert_path and s.tls_key_path
            else None
        )
        self.grpc_port = await self.grpc.start(s.grpc_host, s.grpc_port, tls)
        self.ready = True

    async def _start_kafka(self) -> None:
        s = self.settings
        # A service that publishes nothing (headquarters) owns no topic.
        publishes = any(r.publish for r in self._registrations)
        topics = [self.topic, dlq_topic(self.topic)] if publishes else []
        for topic, _, _ in self._subscriptions:
            topics += [topic, dlq_topic(topic)]
        await with_backoff(
            "Kafka",
            lambda: ensure_topics(s, topics, s.topic_partitions, s.topic_replication),
        )
        self.producer = keyed_producer(s, f"{self.service}-relay")
        await with_backoff("Kafka producer", self.producer.start)
        self.relay = OutboxRelay(
            self.pool, s.database_url, self.producer, s.relay_batch_size, s.relay_poll_seconds
        )
        self._spawn("relay", self.relay.run)
        self.commands.on_commit = self.timers.on_commit = self.relay.nudge
        for topic, consumer, handler in self._subscriptions:
            source = expected_source(s.county_code, topic.removeprefix(s.topic_prefix))
            sub = Subscriber(self.pool, s, topic, consumer, handler, self.producer, source=source)
            sub.on_commit = self.relay.nudge
            self.subscribers.append(sub)
            self._spawn(f"subscriber {consumer}", sub.run)
        if self.fire_timers_in_background:
            self._spawn("timers", self.timers.run)

    def _spawn(self, name: str, factory: Callable[[], Awaitable[None]]) -> None:
        async def supervised() -> None:
            # A background loop that dies (broker or database gone) restarts itself.
            while True:
                try:
                    await factory()
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception(f"{name} crashed; restarting")
                    await asyncio.sleep(1.0)

        self._tasks.append(asyncio.create_task(supervised(), name=name))

    async def _load_calendar(self) -> None:
        rows = await self.pool.fetch("SELECT year, holidays, workdays FROM calendar_years")
        DEFAULT_CALENDAR.load(
            YearSchedule(r["year"], frozenset(r["holidays"]), frozenset(r["workdays"]))
            for r in rows
        )

    async def _stop(self) -> None:
        self.ready = False
        grpc_server = getattr(self, "grpc", None)
        if grpc_server is not None:
            await grpc_server.stop(grace=3.0)
        for task in self._tasks:
            task.cancel()
        if self._tasks:
            # A Kafka consumer leaving its group mid-rebalance can take long to stop:
            # shutdown waits a bounded time, then goes on without it.
            _, stuck = await asyncio.wait(self._tasks, timeout=10)
            for task in stuck:
                log.warning("background task did not stop in time", extra={"task": task.get_name()})
        self._tasks.clear()
        producer = getattr(self, "producer", None)
        if producer is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(producer.stop(), 10)
        if self._pool is not None:
            try:
                # close() waits for every borrowed connection; never let shutdown hang.
                await asyncio.wait_for(self._pool.close(), 10)
            except TimeoutError:
                log.warning("database pool did not close in time; terminating it")
                self._pool.terminate()
            self._pool = None
        sideport = getattr(self, "sideport", None)
        if sideport is not None:
            await sideport.stop()
