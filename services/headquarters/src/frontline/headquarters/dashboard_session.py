"""Dashboard sign-in: the operator's own JWT, verified like a gRPC call's, kept in a cookie.

The cookie holds the token itself rather than a session signed by headquarters: there
is no second secret to generate, keep and rotate, a restarted (or second) headquarters
accepts the cookie as it is, and the session ends exactly when the token does — the
county's short-lived tokens stay the only thing that grants access (DESIGN.md §6).
HttpOnly keeps page scripts from reading it; SameSite=Strict keeps other sites from
riding on it.
"""

from __future__ import annotations

import functools
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import jwt
from aiohttp import web
from aiohttp.typedefs import Middleware

from frontline.headquarters.dashboard_refusals import refusal_body
from frontline.kernel.auth.tokens import TokenVerifier
from frontline.kernel.context import Principal
from frontline.kernel.errors import PermissionDenied, Unauthenticated
from frontline.kernel.wording import Wording

COOKIE = "frontline_session"
LOGIN = "/login"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
_DUMPS = functools.partial(json.dumps, ensure_ascii=False)
ROLE_NAMES = {
    "hq_viewer": "指挥部查看员",
    "county_admin": "县级管理员",
    "township_operator": "乡镇操作员",
}


@dataclass(frozen=True)
class Session:
    token: str
    principal: Principal


SESSION = web.RequestKey("session", Session)


class Sessions:
    """Who is asking: the bearer header (scripts) or the session cookie (the browser)."""

    def __init__(
        self,
        verifier: TokenVerifier,
        readers: frozenset[str],
        secure_cookie: bool,
        wording: Wording,
    ) -> None:
        self.verifier = verifier
        self.readers = readers
        self.secure_cookie = secure_cookie
        # Each way a token can be refused has its own code and words (the kernel's
        # catalogue), so an operator knows whether to ask for a new token or a role.
        self.wording = wording

    def open(self, token: str) -> Session:
        """Raises Unauthenticated for a bad token, PermissionDenied for a role that may not read."""
        principal = self.verifier.verify(token)
        if not principal.roles & self.readers:
            raise PermissionDenied(
                "roles {roles} may not read headquarters; needs one of: {readers}",
                reason="NOT_A_READER",
                roles=sorted(principal.roles),
                readers=list(ROLE_NAMES),
            )
        return Session(token, principal)

    def current(self, request: web.Request) -> Session:
        header = request.headers.get("Authorization", "")
        token = header[7:].strip() if header[:7].lower() == "bearer " else ""
        token = token or request.cookies.get(COOKIE, "")
        if not token:
            raise Unauthenticated("not signed in", "NOT_SIGNED_IN")
        return self.open(token)

    def still_valid(self, session: Session) -> bool:
        # The verifier caches a checked token until its expiry, so this is cheap per tick.
        try:
            self.verifier.verify(session.token)
        except Unauthenticated:
            return False
        return True

    def guard(self) -> Middleware:
        """Middleware: ``/api/*`` answers 401/403 JSON without a session, ``/`` redirects."""

        @web.middleware
        async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
            protected_api = request.path.startswith("/api/")
            if not protected_api and request.path != "/":
                return await handler(request)
            try:
                request[SESSION] = self.current(request)
            except Unauthenticated as exc:
                if not protected_api:
                    stale = COOKIE in request.cookies
                    return _forget(_redirect(f"{LOGIN}?reason=expired" if stale else LOGIN))
                return _forget(_json(self._refused(exc, 401), 401))
            except PermissionDenied as exc:
                if not protected_api:
                    return _redirect(LOGIN)
                return _json(self._refused(exc, 403), 403)
            return await handler(request)

        return guard

    async def sign_in(self, request: web.Request) -> web.Response:
        """POST /login with ``{"token": ...}``: sets the session cookie if the token may read."""
        origin = request.headers.get("Origin")
        # Hosts, not schemes, are compared: behind a TLS proxy this process sees http.
        if origin is not None and urlsplit(origin).netloc != request.host:
            # A page on another site must not sign this browser in (login CSRF).
            return _json({"error": "登录请求来自其他网站，已拒绝。"}, 403)
        try:
            body = await request.json()
        except ValueError:
            body = {}
        token = str(body.get("token", "") if isinstance(body, dict) else "").strip()
        if token[:7].lower() == "bearer ":
            token = token[7:].strip()
        if not token:
            return _json({"error": "请粘贴访问令牌。"}, 400)
        try:
            session = self.open(token)
        except Unauthenticated as exc:
            return _json(self._refused(exc, 401), 401)
        except PermissionDenied as exc:
            return _json(self._refused(exc, 403), 403)
        response = _json({"next": "/", "sub": session.principal.sub})
        response.set_cookie(
            COOKIE,
            token,
            max_age=_seconds_left(token),
            path="/",
            httponly=True,
            samesite="Strict",
            secure=request.secure or self.secure_cookie,
        )
        return response

    def _refused(self, exc: Unauthenticated | PermissionDenied, status: int) -> dict[str, object]:
        return refusal_body(exc, self.wording, status)

    async def sign_out(self, request: web.Request) -> web.Response:
        return _forget(_redirect(f"{LOGIN}?reason=logout"))


def _seconds_left(token: str) -> int:
    # Only called after the verifier accepted the token, so its claims can be read as is.
    claims = jwt.decode(token, options={"verify_signature": False})
    return max(0, int(claims["exp"] - time.time()))


def _json(data: object, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, dumps=_DUMPS)


def _redirect(location: str) -> web.Response:
    return web.Response(status=303, headers={"Location": location, "Cache-Control": "no-store"})


def _forget(response: web.Response) -> web.Response:
    response.del_cookie(COOKIE, path="/", samesite="Strict")
    return response
