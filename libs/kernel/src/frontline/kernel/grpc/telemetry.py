"""What the gRPC server measures of each call, and its server span while tracing is on.

The metrics bear the names and labels stock gRPC dashboards and alerts use
(``grpc_server_handled_total``, ``grpc_server_handling_seconds``; ``grpc_service``,
``grpc_method``, ``grpc_code``); codes are spelled as gRPC names them (``OK``,
``INVALID_ARGUMENT``). The guard interceptor (guard.py) reports each call once it has
its final status, denied calls included.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from types import TracebackType
from typing import Any

import grpc
from grpc.aio import ServicerContext
from opentelemetry import propagate
from opentelemetry.trace import SpanKind, Status, StatusCode
from prometheus_client import Counter, Histogram

from frontline.kernel import tracing

LABELS = ["grpc_service", "grpc_method", "grpc_code"]
HANDLED = Counter("grpc_server_handled", "RPCs completed on the server, by status", LABELS)
HANDLING = Histogram(
    "grpc_server_handling_seconds",
    "Time the server took to answer an RPC, by status",
    LABELS,
    # Commands take milliseconds: finer steps below 5 ms than the default buckets.
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
CODES = frozenset(code.name for code in grpc.StatusCode)
# The codes that are the server's fault (OpenTelemetry's rule for server spans); the
# others answer a client's mistake.
SERVER_FAULTS = frozenset(
    {"UNKNOWN", "DEADLINE_EXCEEDED", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS"}
)

# (method, outcome) → its counter and histogram children: labels() locks and builds a
# key on every call.
_children: dict[tuple[str, str], tuple[Any, Any]] = {}


def handled(method: str, outcome: str, seconds: float) -> None:
    """Count a call to ``method`` (``/package.Service/Method``) that ended with
    ``outcome``, a status code's name (anything else, e.g. a servicer's own abort, is
    reported as UNKNOWN)."""
    children = _children.get((method, outcome))
    if children is None:
        children = _children[(method, outcome)] = _labelled(method, outcome)
    counter, histogram = children
    counter.inc()
    histogram.observe(seconds)


def _labelled(method: str, outcome: str) -> tuple[Any, Any]:
    service, _, name = method.lstrip("/").partition("/")
    code = outcome if outcome in CODES else "UNKNOWN"
    return HANDLED.labels(service, name, code), HANDLING.labels(service, name, code)


def traced(
    method: str, handler: grpc.RpcMethodHandler[Any, Any]
) -> grpc.RpcMethodHandler[Any, Any]:
    """``handler`` inside a server span, child of the caller's ``traceparent`` metadata,
    while tracing is on (decided when the server starts); ``handler`` itself otherwise.

    The span covers authentication, the call and the mapping of its errors; its status is
    the one the client receives.
    """
    if tracing.tracer() is None:
        return handler
    service, _, name = method.lstrip("/").partition("/")
    attributes = {"rpc.system": "grpc", "rpc.service": service, "rpc.method": name}
    if handler.unary_unary is not None:
        inner: Any = handler.unary_unary

        async def unary(request: Any, context: ServicerContext[Any, Any]) -> Any:
            with _ServerSpan(method.lstrip("/"), attributes, context):
                return await inner(request, context)

        return grpc.unary_unary_rpc_method_handler(
            unary, handler.request_deserializer, handler.response_serializer
        )
    if handler.unary_stream is not None:
        inner_stream: Any = handler.unary_stream

        async def stream(request: Any, context: ServicerContext[Any, Any]) -> AsyncIterator[Any]:
            with _ServerSpan(method.lstrip("/"), attributes, context):
                async for item in inner_stream(request, context):
                    yield item

        return grpc.unary_stream_rpc_method_handler(
            stream, handler.request_deserializer, handler.response_serializer
        )
    return handler


class _ServerSpan(tracing.Current):
    """The server span of one call, current while the call runs."""

    __slots__ = ("_context",)

    def __init__(
        self, name: str, attributes: dict[str, str], call: ServicerContext[Any, Any]
    ) -> None:
        tracer = tracing.tracer()
        assert tracer is not None
        parent = propagate.extract({key: value for key, value in call.invocation_metadata() or ()})
        super().__init__(
            tracer.start_span(name, context=parent, kind=SpanKind.SERVER, attributes=attributes)
        )
        self._context = call

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        _: TracebackType | None,
    ) -> None:
        name = _code_name(self._context.code())
        if isinstance(error, asyncio.CancelledError):  # the client went away
            name = "CANCELLED"
        elif name == "OK" and error is not None and not isinstance(error, grpc.aio.AbortError):
            name = "UNKNOWN"  # what grpc answers for an exception no one mapped
        self.span.set_attribute("rpc.grpc.status_code", grpc.StatusCode[name].value[0])
        if name in SERVER_FAULTS:
            self.span.set_status(Status(StatusCode.ERROR, name))
        # The guard mapped any error to the status already: that is the outcome to show.
        super().__exit__(None, None, None)


def _code_name(code: object) -> str:
    """The name of the code a call ended with (None: it has not set one, i.e. OK)."""
    if code is None:
        return "OK"
    if isinstance(code, grpc.StatusCode):
        return code.name
    return _by_value(int(code))  # type: ignore[call-overload]


def _by_value(value: int) -> str:
    for code in grpc.StatusCode:
        if code.value[0] == value:
            return code.name
    return "UNKNOWN"
