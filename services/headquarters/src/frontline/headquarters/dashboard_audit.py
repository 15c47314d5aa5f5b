"""Every dashboard request audited like an RPC (DESIGN.md §6): who, what, the outcome.

One line per request on the ``frontline.audit`` logger, refused ones included, with
the same fields as the gRPC guard's: ``method`` ("GET /api/overview": the path, not the
query or the body), ``principal`` (the operator's ``sub``, or "-" before sign-in),
``outcome`` (a gRPC status name for the HTTP status) and ``ms``. Never a token, a
cookie, a ticket or what was sent: the audit file is read by more people than the data.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from aiohttp import web
from aiohttp.typedefs import Middleware

from frontline.headquarters.dashboard_session import SESSION

audit = logging.getLogger("frontline.audit")
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
OUTCOMES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    405: "UNIMPLEMENTED",
    409: "FAILED_PRECONDITION",
    503: "UNAVAILABLE",
}


def outcome(status: int) -> str:
    if status < 400:
        return "OK"
    return OUTCOMES.get(status, "INTERNAL" if status >= 500 else "INVALID_ARGUMENT")


def audited() -> Middleware:
    """The outermost middleware, so it sees the final status of every request."""

    @web.middleware
    async def audit_request(request: web.Request, handler: Handler) -> web.StreamResponse:
        started, status = time.perf_counter(), 500
        try:
            response = await handler(request)
            status = response.status
            return response
        except web.HTTPException as exc:  # the router's 404 and 405
            status = exc.status
            raise
        finally:
            session = request.get(SESSION)
            audit.info(
                "http",
                extra={
                    "method": f"{request.method} {request.path}",
                    "principal": session.principal.sub if session else "-",
                    "outcome": outcome(status),
                    "ms": round((time.perf_counter() - started) * 1000, 2),
                },
            )

    return audit_request
