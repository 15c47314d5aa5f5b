"""Tracing with OpenTelemetry: one trace from a gRPC call through its command, the outbox
row, the Kafka message and each consumer's effect, in every service that reacts
(docs/runbook.md, "Tracing").

Off unless the standard ``OTEL_*`` variables ask for it (``configure``). While off, each
hook in the kernel costs one test of a module variable: no span, no change of context,
no header. The hooks for messages are in ``message_tracing.py``, the gRPC server's in
``grpc/telemetry.py``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING

from opentelemetry import context, trace
from opentelemetry.trace import Span, SpanKind, Status, StatusCode, Tracer

from frontline.kernel.errors import DomainError

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SpanExporter

log = logging.getLogger(__name__)

SCOPE = "frontline.kernel"
_tracer: Tracer | None = None
_provider: TracerProvider | None = None


def tracer() -> Tracer | None:
    """The kernel's tracer while tracing is on; None while it is off."""
    return _tracer


def enable(provider: trace.TracerProvider) -> None:
    """Trace with ``provider`` from now on (``configure`` does it from ``OTEL_*``; a test
    passes a provider with an in-memory exporter)."""
    global _tracer
    _tracer = provider.get_tracer(SCOPE)


def disable() -> None:
    global _tracer
    _tracer = None


def wanted(environ: Mapping[str, str]) -> bool:
    """Whether ``OTEL_*`` ask for traces: an exporter named, or an OTLP endpoint given.

    The specification's default exporter is OTLP; ours is none, so that a service
    without a collector sends nothing anywhere and pays nothing.
    """
    if environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return False
    exporters = environ.get("OTEL_TRACES_EXPORTER", "").strip().lower()
    if exporters:
        return exporters != "none"
    return bool(
        environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
        or environ.get("OTEL_EXPORTER_OTLP_ENDPOINT")
    )


def configure(service: str, county_code: str, environ: Mapping[str, str] = os.environ) -> bool:
    """Start tracing as ``OTEL_*`` say, for a service's process; whether it is on.

    Everything else is read by the SDK from the same variables: the OTLP endpoint,
    headers, certificates and timeout, the sampler (``OTEL_TRACES_SAMPLER``), the
    batching (``OTEL_BSP_*``) and the resource (``OTEL_SERVICE_NAME``,
    ``OTEL_RESOURCE_ATTRIBUTES``), which defaults to this service's name.
    """
    global _provider
    if not wanted(environ):
        return False
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    provider = TracerProvider(resource=Resource.create(_resource(service, county_code, environ)))
    for exporter in _exporters(environ):
        provider.add_span_processor(BatchSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    _provider = provider
    enable(provider)
    log.info("tracing on", extra={"exporters": environ.get("OTEL_TRACES_EXPORTER", "otlp")})
    return True


def shutdown() -> None:
    """Send the spans still buffered, then stop tracing (at the end of the process)."""
    global _provider
    disable()
    if _provider is not None:
        _provider.shutdown()
        _provider = None


def _resource(service: str, county_code: str, environ: Mapping[str, str]) -> dict[str, str]:
    """Our defaults for what ``OTEL_SERVICE_NAME`` and ``OTEL_RESOURCE_ATTRIBUTES`` leave
    unsaid (attributes given here would override theirs)."""
    given = {
        item.partition("=")[0].strip()
        for item in environ.get("OTEL_RESOURCE_ATTRIBUTES", "").split(",")
    }
    if environ.get("OTEL_SERVICE_NAME"):
        given.add("service.name")
    ours = {
        "service.name": service,
        "service.namespace": "frontline",
        "frontline.county": county_code,
    }
    return {key: value for key, value in ours.items() if key not in given}


def _exporters(environ: Mapping[str, str]) -> list[SpanExporter]:
    names = [n.strip() for n in environ.get("OTEL_TRACES_EXPORTER", "otlp").lower().split(",")]
    exporters: list[SpanExporter] = []
    for name in names:
        if name == "otlp":
            exporters.append(_otlp(environ))
        elif name == "console":
            from opentelemetry.sdk.trace.export import ConsoleSpanExporter

            exporters.append(ConsoleSpanExporter())
        elif name and name != "none":
            log.warning("unknown OTEL_TRACES_EXPORTER ignored", extra={"exporter": name})
    return exporters


def _otlp(environ: Mapping[str, str]) -> SpanExporter:
    protocol = environ.get(
        "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", environ.get("OTEL_EXPORTER_OTLP_PROTOCOL", "")
    ).strip()
    if protocol == "grpc":
        from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import (
            OTLPSpanExporter as GrpcExporter,
        )

        return GrpcExporter()
    # The specification's default transport.
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    return OTLPSpanExporter()


def failed(span: Span, error: BaseException) -> None:
    """Mark ``span`` as ended by ``error``. A refusal (a ``DomainError``: a rule broken,
    an unknown id) is an answer, not a fault of the service: it is noted, not an error."""
    if isinstance(error, DomainError):
        span.set_attribute("frontline.refused", type(error).__name__)
        return
    span.record_exception(error)
    span.set_status(Status(StatusCode.ERROR, type(error).__name__))


class Current:
    """``span`` as the current span for a block (the spans started inside are its
    children); it ends with the block, marked by the exception that ended it if any."""

    __slots__ = ("_token", "span")

    def __init__(self, span: Span) -> None:
        self.span = span
        self._token: object = None

    def __enter__(self) -> Span:
        self._token = context.attach(trace.set_span_in_context(self.span))
        return self.span

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        _: TracebackType | None,
    ) -> None:
        context.detach(self._token)  # type: ignore[arg-type]
        if error is not None:
            failed(self.span, error)
        self.span.end()


class Off:
    """What a hook returns while tracing is off: a block that does nothing."""

    __slots__ = ()

    def __enter__(self) -> None:
        return None

    def __exit__(self, *_: object) -> None:
        return None


OFF = Off()


def named(span: Span | None, command: object) -> None:
    """Name a command's span once the command is known (built from a lookup's answer:
    ``CommandHandler.execute_after``)."""
    if span is not None:
        span.update_name(f"command {type(command).__name__}")
        span.set_attribute("frontline.command", type(command).__name__)


def command(
    stream_type: str, stream_id: str, command: object, correlation_id: str
) -> Current | Off:
    """The span of one command (its retries after a conflict included): a child of the
    gRPC call, timer or reaction that runs it; the outbox rows it writes are its children."""
    if _tracer is None:
        return OFF
    span = _tracer.start_span(
        f"command {type(command).__name__}",
        kind=SpanKind.INTERNAL,
        attributes={
            "frontline.command": type(command).__name__,
            "frontline.stream_type": stream_type,
            "frontline.stream_id": stream_id,
            "frontline.correlation_id": correlation_id,
        },
    )
    return Current(span)
