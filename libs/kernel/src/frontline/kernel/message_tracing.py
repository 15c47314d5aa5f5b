"""Spans of a public event's way: its outbox row, its send to Kafka, each consumer's effect.

The trace context travels with the event as the W3C ``traceparent`` (and
``tracestate``) Kafka headers, which OpenTelemetry's Kafka instrumentations read, and as
the CloudEvents distributed-tracing extension in binary mode (``ce_traceparent``,
``ce_tracestate``): the same values, as that extension asks for a single hop. The
headers are stored with the outbox row, so an event published later, by another
process (the relay leader), still continues the trace of the call that made it.

Span names and attributes follow OpenTelemetry's messaging conventions: ``create
<topic>`` (one per outbox row, in the command), ``send <topic>`` (the relay, until
Kafka acknowledged it), ``process <topic>`` (a consumer, until its effect committed).
"""

from __future__ import annotations

import functools
import types
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from opentelemetry import context, trace
from opentelemetry.trace import Span, SpanKind, Status, StatusCode
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from frontline.kernel import tracing
from frontline.kernel.tracing import OFF, Off, failed

if TYPE_CHECKING:
    from frontline.kernel.inbound import InboundEvent
    from frontline.kernel.outbox import OutboxRecord

W3C = TraceContextTextMapPropagator()
# The W3C header and the CloudEvents extension attribute it is copied to (binary mode).
HEADERS = {"traceparent": "ce_traceparent", "tracestate": "ce_tracestate"}


def carried(headers: Mapping[str, str]) -> context.Context | None:
    """The trace context a message carries (W3C header, else the CloudEvents one)."""
    parent = headers.get("traceparent") or headers.get("ce_traceparent")
    if not parent:
        return None
    state = headers.get("tracestate") or headers.get("ce_tracestate")
    return W3C.extract({"traceparent": parent, **({"tracestate": state} if state else {})})


def mark_created(records: Sequence[OutboxRecord]) -> None:
    """Give each outbox row a ``create`` span, child of the current command, and carry
    that span's context in the row's headers."""
    tracer = tracing.tracer()
    if tracer is None:
        return
    for record in records:
        found = dict(record.headers)
        span = tracer.start_span(
            f"create {record.topic}",
            kind=SpanKind.PRODUCER,
            attributes={
                **_destination(record.topic, "create"),
                "messaging.message.id": found.get("ce_id", ""),
                "messaging.kafka.message.key": record.key,
                "cloudevents.event_id": found.get("ce_id", ""),
                "cloudevents.event_type": found.get("ce_type", ""),
            },
        )
        carrier: dict[str, str] = {}
        W3C.inject(carrier, context=trace.set_span_in_context(span))
        for name, value in carrier.items():
            record.headers.extend([(name, value), (HEADERS[name], value)])
        span.end()


def _destination(topic: str, operation: str) -> dict[str, str]:
    return {
        "messaging.system": "kafka",
        "messaging.operation.type": operation,
        "messaging.operation.name": operation,
        "messaging.destination.name": topic,
    }


def traced_producer(producer: Any) -> Any:
    """``producer`` with a ``send`` span per message that carries a trace, while tracing
    is on (decided when the process starts); ``producer`` itself otherwise."""
    if tracing.tracer() is None:
        return producer
    return TracedProducer(producer)


class TracedProducer:
    """An aiokafka producer whose sends of traced messages are spans, from the send to
    Kafka's acknowledgement (the relay's, and dead letters keeping their headers)."""

    def __init__(self, producer: Any) -> None:
        self._producer = producer

    def __getattr__(self, name: str) -> Any:
        return getattr(self._producer, name)

    async def send(self, topic: str, value: Any = None, key: Any = None, **options: Any) -> Any:
        ack = await self._producer.send(topic, value=value, key=key, **options)
        tracer, headers = tracing.tracer(), options.get("headers") or ()
        parent = carried(_text(headers)) if tracer is not None else None
        if tracer is not None and parent is not None:
            span = tracer.start_span(
                f"send {topic}",
                context=parent,
                kind=SpanKind.CLIENT,  # the create span is the producer span
                attributes=_destination(topic, "send"),
            )
            ack.add_done_callback(functools.partial(_acknowledged, span))
        return ack

    async def send_and_wait(
        self, topic: str, value: Any = None, key: Any = None, **options: Any
    ) -> Any:
        return await (await self.send(topic, value=value, key=key, **options))


def _text(headers: Iterable[tuple[str, bytes]]) -> dict[str, str]:
    return {name: value.decode(errors="replace") for name, value in headers if name in _CARRIERS}


_CARRIERS = {*HEADERS, *HEADERS.values()}


def _acknowledged(span: Span, ack: Any) -> None:
    if ack.cancelled():
        span.set_status(Status(StatusCode.ERROR, "cancelled"))
    elif ack.exception() is not None:
        failed(span, ack.exception())
    else:
        sent = ack.result()
        span.set_attribute("messaging.destination.partition.id", str(sent.partition))
        span.set_attribute("messaging.kafka.offset", sent.offset)
    span.end()


def consumed(consumer: str, events: Sequence[InboundEvent]) -> Processing | OffProcessing:
    """One ``process`` span per event, child of the context the event carries, from the
    start of the batch until its effects committed (or failed)."""
    tracer = tracing.tracer()
    if tracer is None:
        return OFF_PROCESSING
    spans = {
        event.event_id: tracer.start_span(
            f"process {event.topic}",
            context=carried(event.headers),
            kind=SpanKind.CONSUMER,
            attributes={
                **_destination(event.topic, "process"),
                "messaging.consumer.group.name": consumer,
                "messaging.destination.partition.id": str(event.partition),
                "messaging.kafka.offset": event.offset,
                "messaging.message.id": event.event_id,
                "cloudevents.event_id": event.event_id,
                "cloudevents.event_type": event.type,
                "cloudevents.event_source": event.source,
                "cloudevents.event_subject": event.subject,
            },
        )
        for event in events
    }
    return Processing(spans)


class Processing:
    """The spans of one batch of events a consumer applies in one transaction."""

    def __init__(self, spans: dict[str, Span]) -> None:
        self.spans = spans

    async def __aenter__(self) -> Processing:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        _: types.TracebackType | None,
    ) -> None:
        for span in self.spans.values():
            if error is not None:
                failed(span, error)
            span.end()

    def current(self, event: InboundEvent) -> tracing.Current | Off:
        """The event's span as the current one while its handler runs: the commands of
        a reaction become its children (the span itself ends with the batch)."""
        span = self.spans.get(event.event_id)
        if span is None:
            return OFF
        return _Borrowed(span)


class _Borrowed(tracing.Current):
    """Current for a block, without ending the span with it."""

    __slots__ = ()

    def __exit__(self, *_: object) -> None:
        context.detach(self._token)  # type: ignore[arg-type]


class OffProcessing:
    __slots__ = ()

    async def __aenter__(self) -> OffProcessing:
        return self

    async def __aexit__(self, *_: object) -> None:
        return None

    def current(self, event: InboundEvent) -> Off:
        return OFF


OFF_PROCESSING = OffProcessing()
