"""ServiceRuntime: the one place a service's process is assembled and run.

``ServiceRuntime.of(service)`` takes a declared ``Service`` (service.py) and runs it.
Start order: side port → PostgreSQL (with backoff) → migrations → calendar → setup
hooks → Kafka topics → relay, subscribers, timers → gRPC → components → ready.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any, Generic, TypeVar, cast
from zoneinfo import ZoneInfo

import asyncpg

from frontline.api.admin.v1 import admin_pb2
from frontline.api.admin.v1.admin_pb2_grpc import add_AdminServiceServicer_to_server
from frontline.contracts.base import PublicEvent
from frontline.kernel import tracing
from frontline.kernel.admin import RULES as ADMIN_RULES
from frontline.kernel.admin import AdminServicer
from frontline.kernel.auth.oidc import OidcSettings, OidcVerifier
from frontline.kernel.auth.tokens import TokenVerifier
from frontline.kernel.authz import Rule
from frontline.kernel.backoff import with_backoff
from frontline.kernel.calendar import WorkingCalendar, YearSchedule
from frontline.kernel.clock import Clock, SystemClock
from frontline.kernel.commands import CommandHandler, Publish, Registration
from frontline.kernel.county_time import CountyTime
from frontline.kernel.db import create_pool
from frontline.kernel.decider import Decider
from frontline.kernel.eventstore import EventStore
from frontline.kernel.grpc.server import GrpcServer
from frontline.kernel.health import Readiness, service_checks
from frontline.kernel.inbound import expected_source
from frontline.kernel.logs import configure_logging
from frontline.kernel.message_tracing import traced_producer
from frontline.kernel.migrate import apply_migrations
from frontline.kernel.observability import ServiceMetrics, Watched
from frontline.kernel.ops import Projection
from frontline.kernel.public_ids import PublicEventIds
from frontline.kernel.refusals_zh import KERNEL_ZH
from frontline.kernel.relay import OutboxRelay, keyed_producer
from frontline.kernel.service import AddToServer, Api, Service, Stream, Subscription, TimerKind
from frontline.kernel.settings import ServiceSettings
from frontline.kernel.sideport import SidePort
from frontline.kernel.subscriber import Handler, Subscriber, checked, dlq_topic
from frontline.kernel.timers import TimerHandler, Timers
from frontline.kernel.topics import ensure_topics
from frontline.kernel.wording import Wording

log = logging.getLogger(__name__)

S = TypeVar("S", bound=ServiceSettings)
T = TypeVar("T")

_ADMIN = admin_pb2.DESCRIPTOR.services_by_name["AdminService"]


class ServiceRuntime(Generic[S]):
    def __init__(
        self,
        settings: S,
        migrations: Sequence[str] | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.settings = settings
        self.service = settings.service_name
        self.clock = clock or SystemClock()
        # A caller that brings its own clock (a test) owns time: timers then fire only
        # when it calls `timers.fire_due()`, never behind its back.
        self.fire_timers_in_background = clock is None
        self.time = CountyTime(self.clock, ZoneInfo(settings.time_zone))
        # Per runtime, not per process: two runtimes in one test process keep their own.
        self.calendar = WorkingCalendar()
        self.migrations = ["frontline.kernel.migrations", *(migrations or [])]
        self.store = EventStore()
        self.upcasters = self.store.upcasters
        # The Chinese of every refusal this process answers (frontline.kernel.wording).
        self.wording: Wording = KERNEL_ZH
        self.topic = self.topic_name(f"{self.service}.events.v1")
        self.source = f"/counties/{settings.county_code}/{self.service}"
        self._streams: list[Stream] = []
        self._registrations: list[Registration] = []
        self._deciders: dict[str, Decider[Any, Any]] = {}
        self._subscriptions: list[tuple[str, str, Handler]] = []
        self._subscription_specs: list[Subscription] = []
        self._projections: set[str] = set()  # consumer groups feeding a read model people read
        self._timer_handlers: dict[str, TimerHandler] = {}
        self._timer_specs: list[TimerKind] = []
        self._apis: list[Api] = []
        self._setup: list[Callable[[ServiceRuntime[S]], Awaitable[None]]] = []
        self._components: list[Callable[[ServiceRuntime[S]], AbstractAsyncContextManager[Any]]] = []
        self._provided: dict[Callable[..., Any], Any] = {}
        self._tasks: list[asyncio.Task[None]] = []
        self.subscribers: list[Subscriber] = []
        self.ready = False
        self.grpc_port = 0
        self.http_port = 0
        self._pool: asyncpg.Pool | None = None
        self._commands: CommandHandler | None = None
        self._timers: Timers | None = None
        self._grpc: GrpcServer | None = None
        self._sideport: SidePort | None = None
        self._readiness: Readiness | None = None
        self.producer: Any = None
        self.relay: OutboxRelay | None = None
        self.metrics: ServiceMetrics | None = None

    @classmethod
    def of(
        cls, service: Service[S], settings: S | None = None, clock: Clock | None = None
    ) -> ServiceRuntime[S]:
        """The runtime of a declared service (settings from the environment by default)."""
        chosen = settings if settings is not None else service.settings()
        if not chosen.service_name:
            chosen = chosen.model_copy(update={"service_name": service.name})
        runtime = cls(chosen, migrations=list(service.migrations), clock=clock)
        for stream in service.streams:
            runtime.add_stream(stream)
        for subscription in service.subscriptions:
            runtime._subscription_specs.append(subscription)
        for timer in service.timers:
            runtime._timer_specs.append(timer)
        runtime._apis.extend(service.apis)
        if service.upcasters is not None:
            runtime.upcasters.include(service.upcasters)
        if service.refusals_zh is not None:
            runtime.wording = service.refusals_zh.over(KERNEL_ZH)
        runtime._setup.extend(service.setup)
        runtime._components.extend(service.components)
        return runtime

    # -- registration, before start ------------------------------------------------
    def topic_name(self, name: str) -> str:
        return self.settings.topic_prefix + name

    def add_stream(self, stream: Stream) -> None:
        self._streams.append(stream)

    def register(
        self,
        decider: Decider[Any, Any],
        publish: Publish | None = None,
        project: Projection | None = None,
    ) -> None:
        self._registrations.append(Registration(decider, publish, project))
        self._deciders[decider.stream_type] = decider

    def subscribe(
        self,
        topic: str,
        consumer: str,
        handler: Handler,
        contract: Sequence[type[PublicEvent]] = (),
        projection: bool = False,
    ) -> None:
        if contract:
            handler = checked(handler, contract)
        self._subscriptions.append((self.topic_name(topic), self.topic_name(consumer), handler))
        if projection:
            self._projections.add(self.topic_name(consumer))

    def on_timer(self, kind: str, handler: TimerHandler) -> None:
        self._timer_handlers[kind] = handler

    def add_grpc(
        self,
        descriptor: Any,
        add_to_server: AddToServer,
        servicer: object,
        rules: Mapping[str, Rule],
    ) -> None:
        self._apis.append(Api(descriptor, add_to_server, lambda _: servicer, rules))

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

    @property
    def verifier(self) -> TokenVerifier:
        """The one token verifier of this process (gRPC and any web front share it,
        and with it the key file's rotations)."""
        return self.provide(_verifier)

    def decider(self, stream_type: str) -> Decider[Any, Any]:
        """The stream's decider as this runtime runs it (bound to its calendar)."""
        return self._deciders[stream_type]

    def provide(self, factory: Callable[[ServiceRuntime[S]], T]) -> T:
        """One instance per runtime of what ``factory`` builds (shared by the servicer,
        the reactions, the timers and the components that ask for it)."""
        if factory not in self._provided:
            self._provided[factory] = factory(self)
        return cast(T, self._provided[factory])

    @contextlib.asynccontextmanager
    async def started(self) -> AsyncIterator[ServiceRuntime[S]]:
        async with contextlib.AsyncExitStack() as stack:
            stack.push_async_callback(self._stop)
            await self._start()
            for component in self._components:
                await stack.enter_async_context(component(self))
            self.ready = True
            yield self
            self.ready = False

    async def run(self) -> None:
        """Serve until SIGTERM or SIGINT, then shut down gracefully."""
        configure_logging(
            self.service, self.settings.log_level, audit_path=self.settings.audit_log_path
        )
        tracing.configure(self.service, self.settings.county_code)  # off unless OTEL_* ask
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        async with self.started():
            # What start-up built (modules, schemas, the pool) lives as long as the
            # process: out of the collector's sight, its full collections scan only
            # what calls allocate.
            gc.freeze()
            log.info(
                "service ready", extra={"grpc_port": self.grpc_port, "http_port": self.http_port}
            )
            await stop.wait()
            log.info("service stopping")
        tracing.shutdown()  # the spans still buffered go out

    async def _start(self) -> None:
        s = self.settings
        self._sideport = SidePort(self.ready_state)
        self.http_port = await self._sideport.start(s.grpc_host, s.http_port)
        self._pool = await with_backoff(
            "PostgreSQL",
            lambda: create_pool(
                s.database_url, s.db_pool_size, s.db_command_seconds, s.db_connect_seconds
            ),
        )
        await apply_migrations(self.pool, self.migrations)
        await self._load_calendar()
        for setup in self._setup:
            await setup(self)
        for stream in self._streams:
            decider = stream.decider
            if not isinstance(decider, Decider):
                decider = decider(self.calendar)
            project = stream.projection(self) if stream.projection else None
            self.register(decider, stream.publication, project)
        self._commands = CommandHandler(
            self.pool, self.store, self.source, self.service, s.topic_prefix
        )
        for registration in self._registrations:
            self._commands.register(registration)
        for spec in self._subscription_specs:
            self.subscribe(
                spec.topic, spec.consumer, spec.handler(self), spec.contract, spec.projection
            )
        for timer in self._timer_specs:
            self.on_timer(timer.kind, timer.handler(self))
        self._timers = Timers(self.pool, self.clock, s.timer_poll_seconds)
        for kind, handler in self._timer_handlers.items():
            self._timers.on(kind, handler)
        await self._start_kafka()
        await self._start_grpc()
        checks = service_checks(
            s.database_url, s.readiness_timeout_seconds, self.producer, self.subscribers
        )
        self._readiness = Readiness(checks, s.readiness_timeout_seconds, s.readiness_cache_seconds)

    async def ready_state(self) -> tuple[bool, dict[str, str]]:
        """What /health/ready answers: started, and every dependency answering now."""
        if not self.ready or self._readiness is None:
            return False, {"process": "starting or stopping"}
        checks = await self._readiness.state()
        return all(outcome == "ok" for outcome in checks.values()), checks

    async def _start_grpc(self) -> None:
        s = self.settings
        self._grpc = GrpcServer(self.verifier, s.county_code, self.wording, s.rpc_deadline_seconds)
        public_ids = PublicEventIds(self.pool, self.store, self._registrations, s.topic_prefix)
        self._grpc.add(
            _ADMIN,
            add_AdminServiceServicer_to_server,
            AdminServicer(self.pool, self.clock, public_ids, self.calendar),
            ADMIN_RULES,
        )
        for api in self._apis:
            self._grpc.add(api.descriptor, api.add_to_server, api.servicer(self), api.rules)
        tls = (
            (s.tls_cert_path, s.tls_key_path, s.tls_client_ca_path)
            if s.tls_cert_path and s.tls_key_path
            else None
        )
        self.grpc_port = await self._grpc.start(s.grpc_host, s.grpc_port, tls)

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
        self.producer = traced_producer(keyed_producer(s, f"{self.service}-relay"))
        await with_backoff("Kafka producer", self.producer.start)

        def relay_producer() -> Any:
            return traced_producer(keyed_producer(s, f"{self.service}-relay"))

        # The relay has a producer of its own: it replaces it after a broker's refusal
        # (relay.py), which must not stop the one the subscribers dead-letter with.
        own = relay_producer()
        await with_backoff("Kafka producer", own.start)
        self.relay = OutboxRelay(
            self.pool,
            s.database_url,
            own,
            s.relay_batch_size,
            s.relay_poll_seconds,
            renew=relay_producer,
        )
        self._spawn("relay", self.relay.run)
        self.commands.on_commit = self.timers.on_commit = self.relay.nudge
        for topic, consumer, handler in self._subscriptions:
            source = expected_source(s.county_code, topic.removeprefix(s.topic_prefix))
            sub = Subscriber(self.pool, s, topic, consumer, handler, self.producer, source=source)
            sub.on_commit = self.relay.nudge
            self.subscribers.append(sub)
            self._spawn(f"subscriber {consumer}", sub.run)
        self._watch()
        if self.fire_timers_in_background:
            self._spawn("timers", self.timers.run)
        self._spawn("calendar", self._follow_calendar)

    def _watch(self) -> None:
        """Sample the outbox, timers and consumer groups when /metrics is scraped."""
        relay = self.relay
        watched = Watched(
            self.pool,
            self.clock,
            [(sub.consumer, sub.topic) for sub in self.subscribers],
            frozenset(self._projections),
            lambda: relay is not None and relay.is_leader,
        )
        self.metrics = ServiceMetrics(watched, self.settings, f"{self.service}-metrics")
        if self._sideport is not None:
            self._sideport.metrics = self.metrics.exposition

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

    async def _load_calendar(self) -> tuple[int, object]:
        """The operators' years into this runtime's calendar; what was loaded (count
        and latest load time), to notice a change."""
        rows = await self.pool.fetch(
            "SELECT year, holidays, workdays, loaded_at FROM calendar_years"
        )
        self.calendar.load(
            YearSchedule(r["year"], frozenset(r["holidays"]), frozenset(r["workdays"]))
            for r in rows
        )
        return len(rows), max((r["loaded_at"] for r in rows), default=None)

    async def _follow_calendar(self) -> None:
        """Another instance of the service may load a year (`frontline admin calendar`
        reaches one of them): every instance counts working days the same way."""
        loaded = await self._load_calendar()
        while True:
            await asyncio.sleep(self.settings.calendar_refresh_seconds)
            found = await self.pool.fetchrow(
                "SELECT count(*) AS n, max(loaded_at) AS latest FROM calendar_years"
            )
            if found is not None and (found["n"], found["latest"]) != loaded:
                loaded = await self._load_calendar()

    async def _stop(self) -> None:
        self.ready = False
        if self._grpc is not None:
            await self._grpc.stop(grace=3.0)
            self._grpc = None
        for task in self._tasks:
            task.cancel()
        if self._tasks:
            # A Kafka consumer leaving its group mid-rebalance can take long to stop:
            # shutdown waits a bounded time, then goes on without it.
            _, stuck = await asyncio.wait(self._tasks, timeout=10)
            for task in stuck:
                log.warning("background task did not stop in time", extra={"task": task.get_name()})
        self._tasks.clear()
        if self.metrics is not None:
            await self.metrics.close()
        if self.relay is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.relay.producer.stop(), 10)
        if self.producer is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.producer.stop(), 10)
            self.producer = None
        if self._pool is not None:
            try:
                # close() waits for every borrowed connection; never let shutdown hang.
                await asyncio.wait_for(self._pool.close(), 10)
            except TimeoutError:
                log.warning("database pool did not close in time; terminating it")
                self._pool.terminate()
            self._pool = None
        if self._sideport is not None:
            await self._sideport.stop()
            self._sideport = None


def _verifier(rt: ServiceRuntime[Any]) -> TokenVerifier:
    s = rt.settings
    county = TokenVerifier.from_file(
        s.jwt_public_key_path, s.jwt_issuer, s.jwt_audience, s.jwt_key_check_seconds
    )
    # Staff signed in at the county's identity provider, when one is configured.
    oidc = OidcSettings()
    return county.with_oidc(OidcVerifier(oidc) if oidc.enabled else None)
