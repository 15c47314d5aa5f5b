"""The server interceptor every RPC passes: authenticate, authorize, run, map errors, audit.

One interceptor instead of four so the order is explicit and the audit line sees the
final status of each call, denied ones included (DESIGN.md §6).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc
from grpc.aio import ServicerContext

from frontline.kernel.auth.tokens import TokenVerifier
from frontline.kernel.authz import Rule
from frontline.kernel.context import CallContext, set_context
from frontline.kernel.deadline import within
from frontline.kernel.errors import PermissionDenied, Unauthenticated
from frontline.kernel.grpc.status import fitted, internal, is_bad_value, is_transient, status_for
from frontline.kernel.ids import new_id
from frontline.kernel.metrics import RPC_LATENCY
from frontline.kernel.refusals_zh import KERNEL_ZH
from frontline.kernel.wording import Wording

audit = logging.getLogger("frontline.audit")
log = logging.getLogger(__name__)

# Health checks and reflection answer anyone: load balancers and grpcurl need them.
PUBLIC_PREFIXES = (
    "/grpc.health.v1.Health/",
    "/grpc.reflection.v1alpha.ServerReflection/",
    "/grpc.reflection.v1.ServerReflection/",
)


def _note(method: str, exc: BaseException) -> None:
    """A line for what the status alone hides: a server away, or a bad value the
    conversion layer let through (refused anyway, but the layer should name the field)."""
    if is_transient(exc):
        log.warning("RPC interrupted", extra={"method": method, "error": repr(exc)})
    elif is_bad_value(exc):
        log.warning("bad value refused late", extra={"method": method, "error": repr(exc)})


class GuardInterceptor(grpc.aio.ServerInterceptor):  # type: ignore[type-arg]
    def __init__(
        self,
        verifier: TokenVerifier,
        rules: dict[str, Rule],
        county_code: str = "",
        wording: Wording = KERNEL_ZH,
        deadline: float = 5.0,
    ) -> None:
        self.verifier = verifier
        self.rules = rules  # full method name → rule
        self.county_code = county_code
        self.wording = wording  # the Chinese of every refusal (frontline.kernel.wording)
        # The longest a unary call may take here (the client's own deadline if sooner).
        self.deadline = deadline
        # A method's handler never changes once the server runs: wrap it once, not on
        # every call.
        self._guarded: dict[str, grpc.RpcMethodHandler[Any, Any]] = {}
        self._ok_latency: dict[str, Any] = {}  # method → its RPC_LATENCY child for OK

    async def intercept_service(
        self,
        continuation: Callable[
            [grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler[Any, Any]]
        ],
        details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler[Any, Any]:
        method = details.method
        guarded = self._guarded.get(method)
        if guarded is not None:
            return guarded
        handler = await continuation(details)
        if handler is None or method.startswith(PUBLIC_PREFIXES):
            return handler
        guarded = self._guard(method, handler)
        self._guarded[method] = guarded
        return guarded

    def _guard(
        self, method: str, handler: grpc.RpcMethodHandler[Any, Any]
    ) -> grpc.RpcMethodHandler[Any, Any]:
        if handler.unary_unary is not None:
            inner = handler.unary_unary

            async def unary(request: Any, context: ServicerContext[Any, Any]) -> Any:
                return await self._call(method, inner, request, context)

            return grpc.unary_unary_rpc_method_handler(
                unary, handler.request_deserializer, handler.response_serializer
            )
        if handler.unary_stream is not None:
            inner_stream = handler.unary_stream

            async def stream(
                request: Any, context: ServicerContext[Any, Any]
            ) -> AsyncIterator[Any]:
                async for item in self._stream(method, inner_stream, request, context):
                    yield item

            return grpc.unary_stream_rpc_method_handler(
                stream, handler.request_deserializer, handler.response_serializer
            )
        return handler

    def _authenticated(self, context: ServicerContext[Any, Any]) -> CallContext:
        auth: Any = ""
        request_id: Any = None
        correlation_id: Any = None
        # One pass, no dict per call; the last value of a repeated key wins, as before.
        for key, value in context.invocation_metadata() or ():
            if key == "authorization":
                auth = value
            elif key == "x-request-id":
                request_id = value
            elif key == "x-correlation-id":
                correlation_id = value
        auth = str(auth)
        if auth[:7].lower() != "bearer ":
            raise Unauthenticated("missing bearer token", "TOKEN_MISSING")
        principal = self.verifier.verify(auth[7:].strip())
        return CallContext(
            principal=principal,
            request_id=str(request_id) if request_id else None,
            correlation_id=str(correlation_id or new_id()),
        )

    def _authorize(self, method: str, request: Any, ctx: CallContext) -> None:
        rule = self.rules.get(method)
        if rule is None:
            raise PermissionDenied(
                "{method} declares no authorization rule", reason="NO_RULE", method=method
            )
        rule.check(ctx.principal, request, self.county_code)

    async def _call(
        self, method: str, inner: Any, request: Any, context: ServicerContext[Any, Any]
    ) -> Any:
        started, outcome, principal = time.perf_counter(), "OK", "-"
        try:
            ctx = self._authenticated(context)
            principal = ctx.principal.sub  # a denied call's audit line names who asked
            self._authorize(method, request, ctx)
            set_context(ctx)
            return await within(inner(request, context), self._limit(context))
        except grpc.aio.AbortError:
            outcome = "ABORTED_BY_SERVICER"
            raise
        except asyncio.CancelledError:  # the client went away or its deadline passed
            outcome = "CANCELLED"
            raise
        except Exception as exc:
            status = status_for(exc, self.wording)
            outcome = status.code.name if status else "INTERNAL"
            _note(method, exc)
            await self._abort(status, context)
            raise  # abort() raised already; keeps type checkers satisfied
        finally:
            self._audit(method, principal, outcome, started)

    def _limit(self, context: ServicerContext[Any, Any]) -> float:
        """The server's limit, or the client's own deadline when it comes sooner."""
        remaining = context.time_remaining()
        return self.deadline if remaining is None else min(self.deadline, remaining)

    async def _stream(
        self, method: str, inner: Any, request: Any, context: ServicerContext[Any, Any]
    ) -> AsyncIterator[Any]:
        started, outcome, principal = time.perf_counter(), "OK", "-"
        try:
            ctx = self._authenticated(context)
            principal = ctx.principal.sub  # a denied call's audit line names who asked
            self._authorize(method, request, ctx)
            set_context(ctx)
            async for item in inner(request, context):
                yield item
        except grpc.aio.AbortError:
            outcome = "ABORTED_BY_SERVICER"
            raise
        except Exception as exc:
            status = status_for(exc, self.wording)
            outcome = status.code.name if status else "INTERNAL"
            _note(method, exc)
            await self._abort(status, context)
        finally:
            self._audit(method, principal, outcome, started)

    async def _abort(self, status: grpc.Status | None, context: ServicerContext[Any, Any]) -> None:
        if status is None:
            log.exception("unexpected error in RPC")
            status = internal(self.wording)
        await context.abort_with_status(fitted(status))  # type: ignore[attr-defined]

    def _audit(self, method: str, principal: str, outcome: str, started: float) -> None:
        elapsed = time.perf_counter() - started
        if outcome == "OK":
            # labels() takes a lock and builds a key on each call; OK is the common case.
            latency = self._ok_latency.get(method)
            if latency is None:
                latency = self._ok_latency[method] = RPC_LATENCY.labels(method, outcome)
            latency.observe(elapsed)
        else:
            RPC_LATENCY.labels(method, outcome).observe(elapsed)
        if not audit.isEnabledFor(logging.INFO):
            return
        audit.info(
            "rpc",
            extra={
                "method": method,
                "principal": principal,
                "outcome": outcome,
                "ms": round(elapsed * 1000, 2),
            },
        )
