"""Headquarters, declared: projections of every public topic, queries, the dashboard.

Headquarters publishes nothing and owns no stream: it subscribes to the four public
topics (one projector module per topic, projection/registry.py), serves the command
view over gRPC and the web dashboard, and can rebuild its read model from Kafka.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Sequence

import asyncpg

from frontline.api.admin.v1 import read_model_pb2, read_model_pb2_grpc
from frontline.api.headquarters.v1 import headquarters_pb2 as pb
from frontline.api.headquarters.v1 import headquarters_pb2_grpc as pb_grpc
from frontline.contracts.base import PublicEvent
from frontline.contracts.catalogue_events import discover_events
from frontline.headquarters import applied_ids
from frontline.headquarters.api import RULES, HeadquartersServicer
from frontline.headquarters.briefing.briefings import Briefings
from frontline.headquarters.dashboard import Dashboard
from frontline.headquarters.live import UpdateHub
from frontline.headquarters.projection import registry
from frontline.headquarters.projection.apply import apply_events
from frontline.headquarters.query.overview import Queries
from frontline.headquarters.readmodel.ddl import create_read_model
from frontline.headquarters.rebuild import Rebuilder
from frontline.headquarters.refusals_zh import REFUSALS_ZH
from frontline.headquarters.settings import HeadquartersSettings
from frontline.kernel.backoff import with_backoff
from frontline.kernel.inbound import InboundEvent, expected_source
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.service import Api, Service, Subscription
from frontline.kernel.subscriber import Batched, Handler

Runtime = ServiceRuntime[HeadquartersSettings]
CONSUMER = "headquarters.projection"


def queries(rt: Runtime) -> Queries:
    return Queries(rt, rt.settings, rt.time.today)


def hub(rt: Runtime) -> UpdateHub:
    updates = UpdateHub(rt.settings.database_url, rt.settings.update_coalesce_seconds)
    # Cached figures follow the notifications of changes (query/day_cache.py).
    updates.on_change(rt.provide(queries).changed)
    return updates


def rebuilder(rt: Runtime) -> Rebuilder:
    county = rt.settings.county_code
    topics = {rt.topic_name(t): expected_source(county, t) for t in registry.topics()}
    return Rebuilder(rt, rt.settings, topics, rt.settings.read_model_schema, rt.provide(hub))


def briefings(rt: Runtime) -> Briefings:
    return Briefings(rt.provide(queries))


def dashboard(rt: Runtime) -> Dashboard:
    # The dashboard verifies the operator's token exactly as the gRPC server does.
    return Dashboard(
        rt.provide(queries),
        rt.provide(hub),
        rt.verifier,
        wording=rt.wording,
        briefings=rt.provide(briefings),
    )


def _projection(rt: Runtime) -> Handler:
    schema = rt.settings.read_model_schema

    async def project(conn: asyncpg.Connection, events: Sequence[InboundEvent]) -> None:
        await apply_events(conn, schema, events, rt.time.today())

    # Each partition batch is applied with one statement per table (projection/bulk.py).
    # Writes commute across aggregates (readmodel/schema.sql), so partitions may be
    # applied concurrently. The read model's own applied_events (projection/apply.py)
    # skips duplicates, so the kernel inbox would only record every id a second time.
    return Batched(project, commutes=True, dedupes=True)


def _contract(topic: str) -> list[type[PublicEvent]]:
    """The public events of ``topic`` that a projector handles."""
    handled = {t for m in registry.projector_modules() if topic == m.TOPIC for t in m.HANDLERS}
    return [e for e in discover_events() if e.topic == topic and e.ce_type in handled]


async def _read_model(rt: Runtime) -> None:
    # The read model must exist before the subscribers start projecting into it.
    async def create() -> None:
        async with rt.pool.acquire() as conn:
            await create_read_model(conn, rt.settings.read_model_schema)

    await with_backoff("PostgreSQL read model", create)


@contextlib.asynccontextmanager
async def _live(rt: Runtime) -> AsyncIterator[None]:
    updates, figures = rt.provide(hub), rt.provide(queries)
    await updates.start()
    figures.start()  # keeps month-end trends stored (query/trend_keeper.py)
    try:
        yield
    finally:
        await updates.stop()
        await figures.stop()


@contextlib.asynccontextmanager
async def _web(rt: Runtime) -> AsyncIterator[None]:
    web = rt.provide(dashboard)
    await web.start(rt.settings.dashboard_host, rt.settings.dashboard_port)
    try:
        yield
    finally:
        await web.stop()


SERVICE = Service(
    name="headquarters",
    settings=HeadquartersSettings,
    migrations=["frontline.headquarters.migrations"],
    refusals_zh=REFUSALS_ZH,
    apis=[
        Api(
            pb.DESCRIPTOR.services_by_name["HeadquartersService"],
            pb_grpc.add_HeadquartersServiceServicer_to_server,
            lambda rt: HeadquartersServicer(
                rt.provide(queries), rt.provide(hub), rt.provide(rebuilder), rt.provide(briefings)
            ),
            RULES,
        ),
        Api(
            read_model_pb2.DESCRIPTOR.services_by_name["ReadModelService"],
            read_model_pb2_grpc.add_ReadModelServiceServicer_to_server,
            lambda rt: applied_ids.ReadModelServicer(rt, rt.settings.read_model_schema),
            applied_ids.RULES,
        ),
    ],
    subscriptions=[
        Subscription(topic, CONSUMER, _projection, _contract(topic), projection=True)
        for topic in registry.topics()
    ],
    setup=[_read_model],
    components=[_live, _web],
)
