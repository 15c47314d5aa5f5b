"""Tracing without servers: off unless OTEL_* ask for it, and then each outbox row
carries its command's trace as documented headers (the end-to-end trace through Kafka
and other services is tests/e2e/test_tracing.py)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from frontline.contracts.catalogue_asyncapi import cloudevent_headers_schema
from frontline.kernel import tracing
from frontline.kernel.errors import PreconditionFailed
from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.message_tracing import carried
from frontline.kernel.outbox import outbox_records
from frontline.testkit.counter import CounterIncremented, Increment, Incremented

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("environ", "on"),
    [
        ({}, False),
        ({"OTEL_SERVICE_NAME": "cadre"}, False),
        ({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318"}, True),
        ({"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://collector:4318/v1/traces"}, True),
        ({"OTEL_TRACES_EXPORTER": "otlp"}, True),
        ({"OTEL_TRACES_EXPORTER": "console"}, True),
        ({"OTEL_TRACES_EXPORTER": "none", "OTEL_EXPORTER_OTLP_ENDPOINT": "http://c:4318"}, False),
        ({"OTEL_SDK_DISABLED": "true", "OTEL_TRACES_EXPORTER": "otlp"}, False),
    ],
)
def test_tracing_is_off_unless_otel_variables_ask_for_it(environ: dict[str, str], on: bool) -> None:
    assert tracing.wanted(environ) is on


def test_configure_leaves_tracing_off_by_default() -> None:
    assert tracing.configure("cadre", "440781", environ={}) is False
    assert tracing.tracer() is None


def _stored() -> StoredEvent:
    return StoredEvent(
        stream_id=str(uuid.uuid4()),
        stream_type="counter",
        version=1,
        event_id=str(uuid.uuid4()),
        event=Incremented(by=1, total=1, unit="piece"),
        recorded_at=datetime.now(UTC),
        metadata={"correlation_id": "c-1"},
    )


def _records() -> list[dict[str, str]]:
    stored = _stored()
    public = CounterIncremented(counter_id=stored.stream_id, total=1)
    return [dict(r.headers) for r in outbox_records("/counties/440781/test", stored, [public])]


def test_outbox_rows_carry_no_trace_while_tracing_is_off() -> None:
    (headers,) = _records()
    assert not {"traceparent", "ce_traceparent", "tracestate"} & set(headers)


@pytest.fixture
def exporter() -> Iterator[InMemorySpanExporter]:
    spans = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(spans))
    tracing.enable(provider)
    try:
        yield spans
    finally:
        tracing.disable()
        provider.shutdown()


def test_each_outbox_row_carries_its_command_s_trace_in_documented_headers(
    exporter: InMemorySpanExporter,
) -> None:
    with tracing.command("counter", "c-1", Increment(by=1), "corr-1") as command:
        (headers,) = _records()
    assert command is not None
    assert headers["traceparent"] == headers["ce_traceparent"]
    parent = carried(headers)
    assert parent is not None
    spans = {s.name: s for s in exporter.get_finished_spans()}
    created, done = spans["create test.events.v1"], spans["command Increment"]
    assert created.context is not None and done.context is not None
    assert created.parent is not None and created.parent.span_id == done.context.span_id
    assert headers["traceparent"].startswith(
        f"00-{created.context.trace_id:032x}-{created.context.span_id:016x}-"
    )
    documented = cloudevent_headers_schema("test.events.v1", None)["properties"]
    assert set(headers) <= set(documented)
    assert re.match(documented["traceparent"]["pattern"], headers["traceparent"])


def test_a_refusal_is_noted_on_the_command_span_but_is_no_error(
    exporter: InMemorySpanExporter,
) -> None:
    refusal = PreconditionFailed("CLOSED", "counter", "the counter is closed")
    with pytest.raises(PreconditionFailed), tracing.command("counter", "c-1", Increment(by=1), ""):
        raise refusal
    with pytest.raises(RuntimeError), tracing.command("counter", "c-2", Increment(by=1), ""):
        raise RuntimeError("database gone")
    refused, failed = exporter.get_finished_spans()
    assert refused.status.is_ok and (refused.attributes or {})["frontline.refused"] == (
        "PreconditionFailed"
    )
    assert not failed.status.is_ok
