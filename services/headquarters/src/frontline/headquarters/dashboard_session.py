"""Who is asking the dashboard: a bearer token (scripts) or a session cookie (browsers).

The cookie holds a random session id, not the operator's token: a token also opens
the gRPC API, and a cookie that leaks (a proxy's log, a shared machine) should open
nothing but this dashboard, and nothing once its owner signed out. The token stays
with headquarters (``dashboard_store.py``) and is verified again on every request,
exactly as a gRPC call's, so a session ends when its token does and a revoked signing
key takes its sessions with it. HttpOnly keeps page scripts from reading the cookie;
SameSite=Strict keeps other sites from riding on it. Signing in and out:
``dashboard_sign_in.py``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web
from aiohttp.typedefs import Middleware

from frontline.headquarters.dashboard_refusals import refusal_response
from frontline.headquarters.dashboard_store import SessionStore
from frontline.kernel.auth.tokens import TokenVerifier
from frontline.kernel.context import Principal
from frontline.kernel.errors import PermissionDenied, Unauthenticated
from frontline.kernel.wording import Wording

COOKIE = "frontline_session"
LOGIN = "/login"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
ROLE_NAMES = {
    "hq_viewer": "指挥部查看员",
    "county_admin": "县级管理员",
    "township_operator": "乡镇操作员",
}


@dataclass(frozen=True)
class Session:
    token: str
    principal: Principal
    # The cookie's session id; None for a script's bearer token.
    cookie: str | None = None


SESSION = web.RequestKey("session", Session)


def bearer(request: web.Request) -> str:
    header = request.headers.get("Authorization", "")
    return header[7:].strip() if header[:7].lower() == "bearer " else ""


class Sessions:
    def __init__(
        self,
        verifier: TokenVerifier,
        readers: frozenset[str],
        store: SessionStore,
        wording: Wording,
    ) -> None:
        self.verifier = verifier
        self.readers = readers
        self.store = store
        # Each way a token can be refused has its own code and words (the kernel's
        # catalogue), so an operator knows whether to ask for a new token or a role.
        self.wording = wording

    def open(self, token: str, cookie: str | None = None) -> Session:
        """Raises Unauthenticated for a bad token, PermissionDenied for a role that may not read."""
        principal = self.verifier.verify(token)
        if not principal.roles & self.readers:
            raise PermissionDenied(
                "roles {roles} may not read headquarters; needs one of: {readers}",
                reason="NOT_A_READER",
                roles=sorted(principal.roles),
                readers=list(ROLE_NAMES),
            )
        return Session(token, principal, cookie)

    async def current(self, request: web.Request) -> Session:
        token = bearer(request)
        if token:
            return self.open(token)
        cookie = request.cookies.get(COOKIE, "")
        kept = await self.store.session_token(cookie) if cookie else None
        if not kept:
            raise Unauthenticated("not signed in", "NOT_SIGNED_IN")
        return self.open(kept, cookie)

    def still_valid(self, session: Session) -> bool:
        # The verifier caches a checked token until its expiry, so this is cheap per tick.
        try:
            self.verifier.verify(session.token)
        except Unauthenticated:
            return False
        return True

    async def still_open(self, session: Session) -> bool:
        """Valid, and not signed out meanwhile (in another tab, or on another instance)."""
        if not self.still_valid(session):
            return False
        return session.cookie is None or await self.store.session_token(session.cookie) is not None

    def guard(self) -> Middleware:
        """Middleware: ``/api/*`` answers 401/403 JSON without a session, ``/`` redirects."""

        @web.middleware
        async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
            protected_api = request.path.startswith("/api/")
            if not protected_api and request.path != "/":
                return await handler(request)
            try:
                request[SESSION] = await self.current(request)
            except Unauthenticated as exc:
                if not protected_api:
                    stale = COOKIE in request.cookies
                    return forget(redirect(f"{LOGIN}?reason=expired" if stale else LOGIN))
                return forget(refusal_response(exc, self.wording, 401))
            except PermissionDenied as exc:
                if not protected_api:
                    return redirect(LOGIN)
                return refusal_response(exc, self.wording, 403)
            return await handler(request)

        return guard


def redirect(location: str) -> web.Response:
    return web.Response(status=303, headers={"Location": location, "Cache-Control": "no-store"})


def forget(response: web.Response) -> web.Response:
    response.del_cookie(COOKIE, path="/", samesite="Strict")
    return response
