"""Composition root of the headquarters process: projections, gRPC, dashboard, rebuild."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass

import asyncpg

from frontline.api.admin.v1 import read_model_pb2_grpc
from frontline.api.headquarters.v1 import headquarters_pb2_grpc as pb_grpc
from frontline.headquarters import applied_ids
from frontline.headquarters.api import SERVICE_NAME, HeadquartersServicer, rules
from frontline.headquarters.dashboard import Dashboard
from frontline.headquarters.live import UpdateHub
from frontline.headquarters.projection import registry
from frontline.headquarters.projection.apply import apply_events
from frontline.headquarters.query.overview import Queries
from frontline.headquarters.readmodel.ddl import create_read_model
from frontline.headquarters.rebuild import Rebuilder
from frontline.headquarters.settings import HeadquartersSettings
from frontline.kernel.auth.tokens import TokenVerifier
from frontline.kernel.clock import Clock
from frontline.kernel.inbound import InboundEvent
from frontline.kernel.logs import configure_logging
from frontline.kernel.runtime import ServiceRuntime, with_backoff
from frontline.kernel.subscriber import Batched

log = logging.getLogger(__name__)
CONSUMER = "headquarters.projection"


@dataclass
class Headquarters:
    runtime: ServiceRuntime
    queries: Queries
    hub: UpdateHub
    rebuilder: Rebuilder
    dashboard: Dashboard


def build(settings: HeadquartersSettings, clock: Clock | None = None) -> ServiceRuntime:
    runtime = ServiceRuntime(
        settings, migrations=["frontline.headquarters.migrations"], clock=clock
    )
    schema = settings.read_model_schema

    async def project(conn: asyncpg.Connection, events: Sequence[InboundEvent]) -> None:
        await apply_events(conn, schema, events, runtime.clock.now().date())

    # One projector module per topic (projection/registry.py finds them); each
    # partition batch is applied with one statement per table (projection/bulk.py).
    # Writes commute across aggregates (readmodel/schema.sql), so partitions may be
    # applied concurrently. The read model's own applied_events (projection/apply.py)
    # skips duplicates, so the kernel inbox would only record every id a second time.
    for topic in registry.topics():
        runtime.subscribe(topic, CONSUMER, Batched(project, commutes=True, dedupes=True))
    return runtime


def today_of(runtime: ServiceRuntime) -> Callable[[], dt.date]:
    return lambda: runtime.clock.now().date()


@contextlib.asynccontextmanager
async def running(
    settings: HeadquartersSettings, clock: Clock | None = None
) -> AsyncIterator[Headquarters]:
    """The whole headquarters process, started; used by ``main`` and by tests."""
    runtime = build(settings, clock)
    queries = Queries(runtime, settings, today_of(runtime))
    hub = UpdateHub(settings.database_url, settings.update_coalesce_seconds)
    hub.on_change(queries.changed)  # cached figures follow the notifications of changes
    topics = [runtime.topic_name(t) for t in registry.topics()]
    rebuilder = Rebuilder(
        runtime, settings.kafka_bootstrap, topics, settings.read_model_schema, hub
    )
    servicer = HeadquartersServicer(queries, hub, rebuilder)
    runtime.add_grpc(
        pb_grpc.add_HeadquartersServiceServicer_to_server,
        servicer,
        SERVICE_NAME,
        rules(settings.county_code),
    )
    runtime.add_grpc(
        read_model_pb2_grpc.add_ReadModelServiceServicer_to_server,
        applied_ids.ReadModelServicer(runtime, settings.read_model_schema),
        applied_ids.SERVICE_NAME,
        applied_ids.RULES,
    )
    await with_backoff("PostgreSQL read model", lambda: _ensure_read_model(settings))
    async with runtime.started():
        await hub.start()
        queries.start()  # keeps month-end trends stored (query/trend_keeper.py)
        # The dashboard verifies the operator's token exactly as the gRPC server does.
        verifier = TokenVerifier.from_file(
            settings.jwt_public_key_path,
            settings.jwt_issuer,
            settings.jwt_audience,
            settings.jwt_key_check_seconds,
        )
        dashboard = Dashboard(queries, hub, verifier)
        await dashboard.start(settings.dashboard_host, settings.dashboard_port)
        try:
            yield Headquarters(runtime, queries, hub, rebuilder, dashboard)
        finally:
            await dashboard.stop()
            await hub.stop()
            await queries.stop()


async def _ensure_read_model(settings: HeadquartersSettings) -> None:
    # The read model must exist before the subscribers start projecting into it.
    conn = await asyncpg.connect(settings.database_url)
    try:
        await create_read_model(conn, settings.read_model_schema)
    finally:
        await conn.close()


async def main() -> None:
    settings = HeadquartersSettings()
    configure_logging(settings.service_name, settings.log_level)
    async with running(settings) as hq:
        log.info("dashboard ready", extra={"port": hq.dashboard.port})
        stop = asyncio.Event()
        await _wait_for_signal(stop)


async def _wait_for_signal(stop: asyncio.Event) -> None:
    import signal

    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
