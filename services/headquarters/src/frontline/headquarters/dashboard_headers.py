"""The headers every dashboard response carries: what a browser may do with the page.

- Content-Security-Policy: scripts, styles, fonts and data from this server only. An
  injected ``<script>``, inline handler or ``style=""`` does not run even if some text
  ever escaped unescaped; the page keeps all of its code in ``static/``. Images may also
  be ``data:`` URLs (the page's empty favicon; ECharts draws on a canvas).
- frame-ancestors 'none' and X-Frame-Options DENY (for browsers that predate CSP 2):
  no other site can frame the dashboard and trick an operator into clicking in it.
- nosniff: a JSON answer is never run as a script.
- Referrer-Policy no-referrer: the page's address (which unit is open, and a sign-in
  link's fragment) never travels to another site.
- Cache-Control no-store on everything under ``/api/`` and the sign-in endpoints: what
  an operator saw stays out of shared and disk caches once they signed out.
"""

from __future__ import annotations

from aiohttp import web

CSP = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    )
)
ALWAYS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
NOT_STORED = ("/api/", "/login", "/logout")


async def add_security_headers(request: web.Request, response: web.StreamResponse) -> None:
    """``on_response_prepare``: runs for every response, refusals and files included."""
    response.headers.update(ALWAYS)
    if request.path.startswith(NOT_STORED):
        response.headers["Cache-Control"] = "no-store"
