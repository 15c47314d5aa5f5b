"""One trace from an operator's gRPC call to every effect it has in the county.

Organization's server span → its command → the outbox row (``create``) → the relay's
send to Kafka → the cadre service's reaction and the headquarters projection
(``process``), all in the trace the operator's client started; and when a reaction
runs a command of its own (organization filling a post after cadre's appointment), that
command and what it publishes continue the same trace. Service-center and discipline,
declared on the same kernel Service shape, are traced and measured the same way. The
services run in this process on the real broker and database (county_stack); the spans
are read with the OpenTelemetry SDK's in-memory exporter.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import grpc
import pytest
import pytest_asyncio
from opentelemetry import propagate, trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

from frontline.api.cadre.v1 import cadre_pb2 as cadre_pb
from frontline.api.cadre.v1.cadre_pb2_grpc import CadreServiceStub
from frontline.api.discipline.v1 import discipline_pb2 as discipline_pb
from frontline.api.discipline.v1.discipline_pb2_grpc import DisciplineServiceStub
from frontline.api.organization.v1 import organization_pb2 as org_pb
from frontline.api.organization.v1.organization_pb2_grpc import OrganizationServiceStub
from frontline.api.service_center.v1 import service_center_pb2 as centre_pb
from frontline.api.service_center.v1.service_center_pb2_grpc import ServiceCenterServiceStub
from frontline.contracts.cadre import CadreAppointed
from frontline.discipline.service import SERVICE as DISCIPLINE
from frontline.kernel import tracing
from frontline.kernel.ids import new_id
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.service import Service
from frontline.service_center.service import SERVICE as SERVICE_CENTER
from frontline.testkit.county_stack import CountyStack, county_stack
from frontline.testkit.metrics import Scrape, scrape
from frontline.testkit.waiting import eventually

COUNTY, TOWNSHIP, VILLAGE = "440781", "440781107", "440781107201"


@dataclass
class Traced:
    stack: CountyStack
    exporter: InMemorySpanExporter
    operator: trace.Tracer
    county_unit: str = ""
    # Service-center and discipline, by service name.
    more: dict[str, ServiceRuntime[Any]] = field(default_factory=dict)

    def metadata(self, *roles: str) -> list[tuple[str, str]]:
        """A call's metadata, with the operator's current span as its ``traceparent``."""
        carrier: dict[str, str] = {}
        propagate.inject(carrier)
        md = self.stack.keys.metadata(list(roles), request_id=new_id())
        return [*md, *carrier.items()]

    async def trace_of(self, span: trace.Span, topic: str, *wanted: str) -> list[ReadableSpan]:
        """The finished spans of ``span``'s trace, once the event the call put on ``topic``
        was sent and each wanted consumer group's ``process`` span for it has ended (a
        consumer's span ends when its effect committed).

        A group's span for another topic is not enough: headquarters projects every topic
        under one group, and discipline's reaction to a township (SweepDutyStarted) is in
        the same trace, so on a slow broker headquarters can show a span of the trace
        before it has applied organization's event. The relay's ``send`` span ends when
        Kafka's acknowledgement is read, which a consumer may beat."""
        trace_id = span.get_span_context().trace_id
        expected = {(f"send {topic}", None)} | {
            (f"process {topic}", self.stack.cadre.topic_name(group)) for group in wanted
        }

        async def spans() -> list[ReadableSpan] | None:
            found = [
                s
                for s in self.exporter.get_finished_spans()
                if s.context is not None and s.context.trace_id == trace_id
            ]
            seen = {(s.name, attrs(s).get("messaging.consumer.group.name")) for s in found}
            return found if expected <= seen else None

        # Generous: a consumer group that is rebalancing on a slow broker applies late.
        found = await eventually(spans, timeout=120)
        assert found is not None
        return found


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def traced(
    pg: Any, kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Traced]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    # On before the services start: gRPC handlers and the relay's producer are wrapped
    # once, at start.
    tracing.enable(provider)
    prefix = f"trace{new_id()[-8:]}."
    try:
        folder = tmp_path_factory.mktemp("t")
        # One instance of each service: a second one in the same consumer groups would
        # only add rebalances, which a slow broker stretches.
        async with county_stack(pg, kafka_bootstrap, prefix, folder) as s:
            traced = Traced(s, exporter, provider.get_tracer("operator"))
            traced.more = {"service-center": s.service_center, "discipline": s.discipline}
            traced.county_unit = await establish(traced, org_pb.ORG_LEVEL_COUNTY, COUNTY)
            yield traced
    finally:
        tracing.disable()
        provider.shutdown()


def attrs(span: ReadableSpan) -> dict[str, Any]:
    return dict(span.attributes or {})


def one(spans: Sequence[ReadableSpan], name: str, **attributes: Any) -> ReadableSpan:
    matching = [
        s
        for s in spans
        if s.name == name and all(attrs(s).get(k) == v for k, v in attributes.items())
    ]
    assert len(matching) == 1, (name, attributes, [(s.name, attrs(s)) for s in spans])
    return matching[0]


def child_of(span: ReadableSpan, parent: ReadableSpan | trace.Span) -> bool:
    context = parent.get_span_context() if isinstance(parent, trace.Span) else parent.context
    assert span.parent is not None and context is not None
    return span.parent.span_id == context.span_id


async def establish(t: Traced, level: org_pb.OrgLevel, code: str, parent: str = "") -> str:
    request = org_pb.EstablishOrgUnitRequest(
        level=level, division_code=code, name=f"unit {code}", parent_unit_id=parent
    )
    async with grpc.aio.insecure_channel(address(t.stack.organization)) as channel:
        stub = OrganizationServiceStub(channel)  # type: ignore[no-untyped-call]
        reply = await stub.EstablishOrgUnit(request, metadata=t.metadata("county_admin"))
    return str(reply.org_unit.org_unit_id)


def address(runtime: Any) -> str:
    return f"127.0.0.1:{runtime.grpc_port}"


async def test_one_trace_from_organization_to_cadre_and_headquarters(traced: Traced) -> None:
    t, topic = traced, traced.stack.organization.topic
    with t.operator.start_as_current_span("operator", kind=SpanKind.CLIENT) as call:
        unit = await establish(t, org_pb.ORG_LEVEL_TOWNSHIP, "440781101", t.county_unit)
    spans = await t.trace_of(call, topic, "cadre.org-directory", "headquarters.projection")

    server = one(spans, "frontline.api.organization.v1.OrganizationService/EstablishOrgUnit")
    assert server.kind == SpanKind.SERVER and child_of(server, call)
    assert attrs(server)["rpc.grpc.status_code"] == grpc.StatusCode.OK.value[0]
    command = one(spans, "command EstablishOrgUnit")
    assert child_of(command, server) and attrs(command)["frontline.stream_id"] == unit
    created = one(spans, f"create {topic}")
    assert created.kind == SpanKind.PRODUCER and child_of(created, command)
    sent = one(spans, f"send {topic}")
    assert child_of(sent, created) and "messaging.kafka.offset" in attrs(sent)
    for group in ("cadre.org-directory", "headquarters.projection"):
        consumer = t.stack.cadre.topic_name(group)
        applied = one(spans, f"process {topic}", **{"messaging.consumer.group.name": consumer})
        assert applied.kind == SpanKind.CONSUMER and child_of(applied, created)
        assert attrs(applied)["cloudevents.event_type"] == attrs(created)["cloudevents.event_type"]
        assert applied.status.is_ok
    # The effects the trace shows are there: the cadre service knows the unit now.
    known = "SELECT 1 FROM org_units WHERE org_unit_id = $1"
    assert await t.stack.cadre.pool.fetchval(known, unit) == 1


def id_number(birth: str, sequence: int) -> str:
    """A resident ID number with its GB 11643 check character."""
    body = f"{COUNTY}{birth.replace('-', '')}{sequence:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(digit) * weight for digit, weight in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]


async def test_a_reaction_s_command_continues_the_trace(traced: Traced) -> None:
    """Cadre appoints a secretary; organization fills the post by a command of its own;
    headquarters applies what organization published: one trace."""
    t = traced
    town = await establish(t, org_pb.ORG_LEVEL_TOWNSHIP, TOWNSHIP, t.county_unit)
    village = await establish(t, org_pb.ORG_LEVEL_VILLAGE, VILLAGE, town)
    known = "SELECT 1 FROM org_units WHERE org_unit_id = $1"
    await eventually(lambda: t.stack.cadre.pool.fetchval(known, village), timeout=120)
    async with grpc.aio.insecure_channel(address(t.stack.cadre)) as channel:
        cadre = CadreServiceStub(channel)  # type: ignore[no-untyped-call]
        registered = await cadre.RegisterCadre(
            cadre_pb.RegisterCadreRequest(
                name="张秀英",
                gender=cadre_pb.GENDER_FEMALE,
                birth_date="1985-03-17",
                education_level=cadre_pb.EDUCATION_LEVEL_SENIOR_SECONDARY,
                party_member=True,
                phone="13900000001",
                id_number=id_number("1985-03-17", 12),
                division_code=VILLAGE,
                registered_on="2025-03-01",
            ),
            metadata=t.metadata("cadre_manager"),
        )
        with t.operator.start_as_current_span("operator", kind=SpanKind.CLIENT) as call:
            await cadre.AppointFromElection(
                cadre_pb.AppointFromElectionRequest(
                    cadre_id=registered.cadre_id,
                    org_unit_id=village,
                    post=cadre_pb.POST_SECRETARY,
                    election_ref="e-1",
                    appointed_on="2026-01-04",
                ),
                metadata=t.metadata("cadre_manager"),
            )
    cadre_topic, org_topic = t.stack.cadre.topic, t.stack.organization.topic
    spans = await t.trace_of(call, cadre_topic, "organization.secretary-posts")
    appointed = one(
        spans, f"create {cadre_topic}", **{"cloudevents.event_type": CadreAppointed.ce_type}
    )
    reaction = one(
        spans,
        f"process {cadre_topic}",
        **{
            "messaging.consumer.group.name": t.stack.cadre.topic_name(
                "organization.secretary-posts"
            )
        },
    )
    assert child_of(reaction, appointed)
    commands = [s for s in spans if s.name.startswith("command ") and child_of_any(s, reaction)]
    assert commands, "organization's command runs inside the reaction's span"
    published = [s for s in spans if s.name == f"create {org_topic}" and child_of_any(s, *commands)]
    assert published, "what the reaction's command publishes is in the trace"
    hq = t.stack.cadre.topic_name("headquarters.projection")

    async def projected() -> bool:
        later = await t.trace_of(call, cadre_topic, "organization.secretary-posts")
        return any(
            s.name == f"process {org_topic}"
            and attrs(s).get("messaging.consumer.group.name") == hq
            and child_of_any(s, *published)
            for s in later
        )

    assert await eventually(projected, timeout=120)


def child_of_any(span: ReadableSpan, *parents: ReadableSpan) -> bool:
    ids = {p.context.span_id for p in parents if p.context is not None}
    return span.parent is not None and span.parent.span_id in ids


def _appointed() -> str:
    from frontline.contracts.cadre import CadreAppointed

    return CadreAppointed.ce_type


async def test_service_center_and_discipline_are_traced_and_measured(traced: Traced) -> None:
    """A township established: both services' directories apply it inside the
    operator's trace; a call to each one's own API is a server span of the caller's
    trace and is counted by service, method and code; each reports its outbox, timers
    and the lag of every consumer group it runs."""
    t, topic = traced, traced.stack.organization.topic
    centre, discipline = t.more["service-center"], t.more["discipline"]
    groups = ("service-center.org-directory", "discipline.sweep-duties")
    with t.operator.start_as_current_span("operator", kind=SpanKind.CLIENT) as call:
        await establish(t, org_pb.ORG_LEVEL_TOWNSHIP, "440781102", t.county_unit)
    spans = await t.trace_of(call, topic, *groups)
    created = one(spans, f"create {topic}")
    for group in groups:
        applied = one(
            spans, f"process {topic}", **{"messaging.consumer.group.name": centre.topic_name(group)}
        )
        assert child_of(applied, created) and applied.status.is_ok

    with t.operator.start_as_current_span("operator", kind=SpanKind.CLIENT) as asked:
        async with grpc.aio.insecure_channel(address(centre)) as channel:
            centres = ServiceCenterServiceStub(channel)  # type: ignore[no-untyped-call]
            request = centre_pb.ListCentresRequest(division_code_prefix=COUNTY)
            await centres.ListCentres(request, metadata=t.metadata("county_admin"))
        async with grpc.aio.insecure_channel(address(discipline)) as channel:
            sweeps = DisciplineServiceStub(channel)  # type: ignore[no-untyped-call]
            listed = discipline_pb.ListSweepsRequest()
            await sweeps.ListSweeps(listed, metadata=t.metadata("county_admin"))
    answered: list[tuple[Service[Any], str, str]] = [
        (SERVICE_CENTER, "frontline.api.service_center.v1.ServiceCenterService", "ListCentres"),
        (DISCIPLINE, "frontline.api.discipline.v1.DisciplineService", "ListSweeps"),
    ]
    trace_id = asked.get_span_context().trace_id
    in_trace = [
        s
        for s in t.exporter.get_finished_spans()
        if s.context is not None and s.context.trace_id == trace_id
    ]
    for declared, service, method in answered:
        server = one(in_trace, f"{service}/{method}")
        assert server.kind == SpanKind.SERVER and child_of(server, asked)
        assert server.status.is_ok
        runtime = t.more[declared.name]
        subscribed = {runtime.topic_name(spec.consumer) for spec in declared.subscriptions}
        shown = await lagging_groups(runtime, subscribed)
        called = {"grpc_service": service, "grpc_method": method, "grpc_code": "OK"}
        assert shown.total("grpc_server_handled_total", **called) >= 1
        assert shown.total("grpc_server_handling_seconds_count", **called) >= 1
        for gauge in ("frontline_outbox_depth", "frontline_outbox_parked_rows", TIMERS):
            assert shown.has(gauge), gauge


LAG, TIMERS = "frontline_consumer_lag", "frontline_timer_backlog"


async def lagging_groups(runtime: ServiceRuntime[Any], groups: set[str]) -> Scrape:
    """A scrape of ``runtime`` once it reports the lag of exactly ``groups``."""

    def reported(scraped: Scrape) -> bool:
        return {found["group"] for found in scraped.labels(LAG)} == groups

    return await eventually(lambda: scrape(runtime), reported, timeout=120)
