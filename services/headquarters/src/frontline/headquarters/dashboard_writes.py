"""What makes a dashboard write safe: same origin and a CSRF token.

A write is a POST with a JSON body from a page of this dashboard:
- it comes from this site (``Sec-Fetch-Site``, and ``Origin`` or ``Referer``) — a form or script
  on another site is refused even before the cookie is looked at (DESIGN.md §6);
- it carries ``X-CSRF-Token``, derived from the session itself (the operator's token,
  which page scripts cannot read: HttpOnly) and handed out by ``/api/session`` only to
  a same-origin page. It needs no secret kept by headquarters and holds across restarts
  and instances: it changes exactly when the session does;
- it is audited like every dashboard request (``dashboard_audit.py``).
"""

from __future__ import annotations

import hashlib
import hmac
from urllib.parse import urlsplit

from aiohttp import web

CSRF_HEADER = "X-CSRF-Token"


def csrf_token(session_token: str) -> str:
    return hashlib.sha256(b"frontline-dashboard-csrf:" + session_token.encode()).hexdigest()


def same_origin(request: web.Request) -> bool:
    """The request comes from a page of this dashboard.

    Browsers say so in ``Sec-Fetch-Site``, which no page can set. It is what counts when
    present: under the page's ``Referrer-Policy: no-referrer`` a form's POST carries
    ``Origin: null``. A browser without fetch metadata is judged by ``Origin`` (or
    ``Referer``), hosts compared, not schemes (behind a TLS-terminating proxy this process
    sees http). A request that says none of these is refused: browsers always do.
    """
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None:
        return site == "same-origin"
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
