"""The web dashboard: static page, JSON from the same queries as gRPC, and SSE.

Everything but the sign-in page and static assets needs a session with a role that
may read headquarters, and shows only what the operator's scope covers — the same
rules as the gRPC API (``api.py``, ``dashboard_session.py``, ``dashboard_scope.py``).

ECharts comes from ``web/node_modules`` (installed from npm by the stack's install
script) and is served by this process: county networks are often offline.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
from pathlib import Path

from aiohttp import web

from frontline.headquarters.api import READERS
from frontline.headquarters.briefing.briefings import CONTENT_TYPE, Briefings
from frontline.headquarters.dashboard_audit import audited
from frontline.headquarters.dashboard_headers import add_security_headers
from frontline.headquarters.dashboard_oidc import OidcSignIn
from frontline.headquarters.dashboard_orders import OrderDesk, may_issue, may_receive
from frontline.headquarters.dashboard_refusals import refusals
from frontline.headquarters.dashboard_scope import ViewScope
from frontline.headquarters.dashboard_session import ROLE_NAMES, SESSION, Session, Sessions
from frontline.headquarters.dashboard_sign_in import SignIn
from frontline.headquarters.dashboard_store import SessionStore
from frontline.headquarters.dashboard_writes import csrf_token
from frontline.headquarters.live import Update, UpdateHub
from frontline.headquarters.params import parse_as_of
from frontline.headquarters.query.assemble import json_text
from frontline.headquarters.query.overview import Queries
from frontline.headquarters.refusals_zh import REFUSALS_ZH
from frontline.kernel.auth.tokens import TokenVerifier
from frontline.kernel.context import Principal
from frontline.kernel.errors import PreconditionFailed
from frontline.kernel.http import serve
from frontline.kernel.refusals_zh import KERNEL_ZH
from frontline.kernel.wording import Wording

ECHARTS = Path("node_modules/echarts/dist/echarts.min.js")


def web_root() -> Path:
    configured = os.environ.get("FRONTLINE_DASHBOARD_ASSETS")
    if configured:
        return Path(configured)
    # src/frontline/headquarters/dashboard.py -> services/headquarters/web
    return Path(__file__).resolve().parents[3] / "web"


def _json(data: object, status: int = 200) -> web.Response:
    return web.Response(
        text=json.dumps(data, ensure_ascii=False),
        status=status,
        content_type="application/json",
        charset="utf-8",
    )


class Dashboard:
    def __init__(
        self,
        queries: Queries,
        hub: UpdateHub,
        verifier: TokenVerifier,
        root: Path | None = None,
        wording: Wording | None = None,
        orders: OrderDesk | None = None,
        briefings: Briefings | None = None,
    ) -> None:
        self.queries = queries
        # The dashboard's writes, forwarded as the operator (dashboard_orders.py).
        self.orders = orders or OrderDesk(queries.settings.organization_grpc)
        self.briefings = briefings or Briefings(queries)
        self.hub = hub
        # Refusals answer in the service's Chinese (dashboard_refusals.py).
        self.wording = wording or REFUSALS_ZH.over(KERNEL_ZH)
        settings = queries.settings
        self.sessions = Sessions(verifier, READERS, SessionStore(queries.db), self.wording)
        self.sign_ins = SignIn(
            self.sessions, settings.dashboard_secure_cookie, settings.dashboard_ticket_seconds
        )
        # Sign-in at the county's identity provider, when one is configured.
        self.oidc = OidcSignIn(self.sign_ins, verifier.oidc, settings.dashboard_public_url)
        self.scope = ViewScope(queries.settings.county_code)
        self.root = root or web_root()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._closing = asyncio.Event()

    def app(self) -> web.Application:
        deadline = self.queries.settings.rpc_deadline_seconds
        refused = refusals(self.wording, deadline)
        # Audit outermost: it sees the final answer to every request (dashboard_audit.py).
        app = web.Application(middlewares=[audited(), refused, self.sessions.guard()])
        app.on_response_prepare.append(add_security_headers)
        app.router.add_get("/", self.index)
        app.router.add_get("/login", self.login_page)
        # Sign-in, sign-in links and sign-out; only POST, from this site's own pages.
        self.sign_ins.routes(app)
        self.oidc.routes(app)
        app.router.add_get("/api/session", self.session)
        app.router.add_get("/api/overview", self.overview)
        app.router.add_get("/api/ranking", self.ranking)
        app.router.add_get("/api/alerts", self.alerts)
        app.router.add_get("/api/events", self.events)
        app.router.add_get("/api/briefing", self.briefing)
        self.orders.routes(app)
        app.router.add_get("/vendor/echarts.min.js", self.echarts)
        app.router.add_static("/static/", self.root / "static")
        return app

    async def start(self, host: str, port: int) -> int:
        self._runner, self.port = await serve(self.app(), host, port)
        return self.port

    async def stop(self) -> None:
        self._closing.set()
        if self._runner is not None:
            await self._runner.cleanup()
        await self.orders.close()

    async def index(self, request: web.Request) -> web.StreamResponse:
        return web.FileResponse(self.root / "static" / "index.html")

    async def login_page(self, request: web.Request) -> web.StreamResponse:
        return web.FileResponse(self.root / "static" / "login.html")

    async def session(self, request: web.Request) -> web.Response:
        """Who is signed in, and where the page may go: it hides what would be refused."""
        session = _session(request)
        principal = session.principal
        return _json(
            {
                "sub": principal.sub,
                "roles": sorted(principal.roles & READERS),
                "role_names": [ROLE_NAMES.get(r, r) for r in sorted(principal.roles & READERS)],
                "scope": principal.scope,
                "home": self.scope.home(principal),
                "may_rank": self.scope.may_rank(principal),
                # Writes send it back in X-CSRF-Token (dashboard_writes.py).
                "csrf_token": csrf_token(session.token),
                "may_issue_orders": may_issue(session),
                "may_receive_orders": may_receive(session),
            }
        )

    async def echarts(self, request: web.Request) -> web.StreamResponse:
        path = self.root / ECHARTS
        if not path.exists():
            return web.Response(status=404, text="echarts is not installed: run npm ci in web/")
        return web.FileResponse(path, headers={"Cache-Control": "max-age=86400"})

    def _params(self, request: web.Request) -> tuple[str, dt.date]:
        code = self.scope.code(_session(request).principal, request.query.get("code", ""))
        return code, parse_as_of(request.query.get("as_of", ""), self.queries.today())

    async def overview(self, request: web.Request) -> web.Response:
        code, as_of = self._params(request)
        rendered = await self.queries.render(code, as_of)
        # The JSON text is made once per rendered overview, whoever asks for it.
        return web.Response(
            text=rendered.encoded(json_text), content_type="application/json", charset="utf-8"
        )

    async def ranking(self, request: web.Request) -> web.Response:
        self.scope.check_ranking(_session(request).principal)
        _, as_of = self._params(request)
        rows = await self.queries.ranking(as_of)
        return _json([r.model_dump(mode="json") for r in rows])

    async def briefing(self, request: web.Request) -> web.Response:
        """The county's monthly briefing as a PDF download (briefing/), for the county."""
        self.scope.check_ranking(_session(request).principal)
        try:
            rendered = await self.briefings.render(request.query.get("period", ""))
        except PreconditionFailed as exc:
            return _json({"error": str(exc)}, 503)
        disposition = f'attachment; filename="{rendered.filename}"'
        return web.Response(
            body=rendered.pdf,
            content_type=CONTENT_TYPE,
            headers={"Content-Disposition": disposition},
        )

    async def alerts(self, request: web.Request) -> web.Response:
        code, as_of = self._params(request)
        rows = await self.queries.alerts(code, as_of)
        return _json([r.model_dump(mode="json") for r in rows])

    async def events(self, request: web.Request) -> web.StreamResponse:
        """Server-sent events: one message per change in the operator's scope.

        The stream ends with an ``expired`` event when the token does: the page then
        sends the operator to sign in again instead of showing a silently stale view.
        """
        session = _session(request)
        response = web.StreamResponse(
            headers={"Content-Type": "text/event-stream", "X-Accel-Buffering": "no"}
        )
        await response.prepare(request)
        await response.write(b"event: hello\ndata: {}\n\n")
        idle = 0
        async with self.hub.subscribe() as queue:
            # Short waits so a shutting-down server does not hold on to open streams.
            while not self._closing.is_set():
                if not await self._still_open(session, idle):
                    await _send(response, b"event: expired\ndata: {}\n\n")
                    break
                try:
                    update = await asyncio.wait_for(queue.get(), timeout=1.0)
                except TimeoutError:
                    idle += 1
                    if idle % 15 == 0 and not await _send(response, b": keep-alive\n\n"):
                        break
                    continue
                if not self.scope.sees(session.principal, update):
                    continue
                data = await self._update_text(session.principal, update)
                if not await _send(response, f"event: update\ndata: {data}\n\n".encode()):
                    break
        return response

    async def _still_open(self, session: Session, idle: int) -> bool:
        """The token every tick (cached by the verifier); whether the operator signed
        out meanwhile (another tab, another instance) with each keep-alive."""
        if idle % 15 == 0:
            return await self.sessions.still_open(session)
        return self.sessions.still_valid(session)

    async def _update_text(self, principal: Principal, update: Update) -> str:
        """An update as a viewer with this scope sees it: looked up and encoded once for
        all the open dashboards that share the scope."""
        activity = await update.activity_within(principal.scope, self.queries.activity_by_ids)
        # "figures": the place's figures changed, reload them (live.py); otherwise the
        # update only brings activity lines.
        return update.encoded(
            principal.scope,
            lambda: json.dumps(
                {**self.scope.visible_part(principal, update, activity), "figures": update.figures},
                ensure_ascii=False,
            ),
        )


def _session(request: web.Request) -> Session:
    return request[SESSION]  # set by the guard for every /api/ route


async def _send(response: web.StreamResponse, chunk: bytes) -> bool:
    """False once the browser went away."""
    try:
        await response.write(chunk)
    except (ConnectionResetError, RuntimeError):
        return False
    return True
