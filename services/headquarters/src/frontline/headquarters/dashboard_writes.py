"""What makes a dashboard write safe: same origin, a CSRF token, and an audit line.

A write is a POST with a JSON body from a page of this dashboard:
- its ``Origin`` (or, without one, its ``Referer``) names this host — a form or script
  on another site is refused even before the cookie is looked at (DESIGN.md §6);
- it carries ``X-CSRF-Token``, derived from the session itself (the operator's token,
  which page scripts cannot read: HttpOnly) and handed out by ``/api/session`` only to
  a same-origin page. It needs no secret kept by headquarters and holds across restarts
  and instances: it changes exactly when the session does;
- it is audited like an RPC (logger ``frontline.audit``: method, principal, outcome,
  ms), refused ones too.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from aiohttp import web

audit = logging.getLogger("frontline.audit")
CSRF_HEADER = "X-CSRF-Token"


def csrf_token(session_token: str) -> str:
    return hashlib.sha256(b"frontline-dashboard-csrf:" + session_token.encode()).hexdigest()


def same_origin(request: web.Request) -> bool:
    """The request comes from a page of this host (hosts compared, not schemes: behind a
    TLS-terminating proxy this process sees http)."""
    source = request.headers.get("Origin") or request.headers.get("Referer")
    return bool(source) and urlsplit(source).netloc == request.host


def refusal(request: web.Request, session_token: str) -> str | None:
    """Why this write is refused (None: it may go ahead)."""
    if not same_origin(request):
        return "写操作只接受本站页面发出的请求。"
    if request.content_type != "application/json":
        return "写操作须以 JSON 提交。"
    sent = request.headers.get(CSRF_HEADER, "")
    if not hmac.compare_digest(sent, csrf_token(session_token)):
        return "页面已过期或请求来源不明（CSRF 校验失败），请刷新页面后重试。"
    return None


Write = Callable[[], Awaitable[web.StreamResponse]]
OUTCOMES = {
    200: "OK",
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    409: "FAILED_PRECONDITION",
    503: "UNAVAILABLE",
}


async def audited(request: web.Request, principal: str, write: Write) -> web.StreamResponse:
    """Run ``write`` and record it like an RPC, whatever its outcome."""
    started, status = time.perf_counter(), 500
    try:
        response = await write()
        status = response.status
        return response
    finally:
        audit.info(
            "http",
            extra={
                "method": f"{request.method} {request.path}",
                "principal": principal,
                "outcome": OUTCOMES.get(status, "INTERNAL" if status >= 500 else str(status)),
                "ms": round((time.perf_counter() - started) * 1000, 2),
            },
        )
