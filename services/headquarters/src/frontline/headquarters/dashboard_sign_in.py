"""Signing in and out of the dashboard, and the one-time sign-in links.

- ``POST /login`` with ``{"token": ...}`` (pasted by the operator) or ``{"ticket": ...}``
  (from a sign-in link) opens a session (``dashboard_session.py``). Only a page of this
  dashboard may ask: another site's form or script must not sign a browser in (login
  CSRF), so ``Sec-Fetch-Site``/``Origin`` are checked as for any write.
- A sign-in link is ``/login#ticket=…``: a one-time ticket this server issued to a
  ``county_admin`` (``POST /login/tickets`` with the admin's bearer token and the
  token the link is for), short-lived and gone once used. Links that carried a token
  itself (``#token=…``) signed a browser into whatever token an attacker put there;
  the page no longer follows them, and nobody but a county administrator can make a
  link now. The fragment never reaches the server or its logs.
- ``POST /logout`` from a page of this dashboard ends the session for every instance;
  ``GET /logout`` is refused (405), so a link or an image on another page cannot.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
from typing import Any

import jwt
from aiohttp import web

from frontline.headquarters.dashboard_refusals import refusal_body
from frontline.headquarters.dashboard_session import (
    COOKIE,
    LOGIN,
    SESSION,
    Session,
    Sessions,
    bearer,
    forget,
    redirect,
)
from frontline.headquarters.dashboard_writes import same_origin
from frontline.kernel.errors import PermissionDenied, Unauthenticated

# Who may make sign-in links: whoever may hand out the county's tokens anyway.
TICKET_ISSUERS = frozenset({"county_admin"})
_DUMPS = functools.partial(json.dumps, ensure_ascii=False)


def _json(data: object, status: int = 200) -> web.Response:
    return web.json_response(
        data, status=status, dumps=_DUMPS, headers={"Cache-Control": "no-store"}
    )


async def _body(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _token(body: dict[str, Any]) -> str:
    token = str(body.get("token", "")).strip()
    return token[7:].strip() if token[:7].lower() == "bearer " else token


class SignIn:
    def __init__(self, sessions: Sessions, secure_cookie: bool, ticket_seconds: int) -> None:
        self.sessions = sessions
        self.secure_cookie = secure_cookie
        self.ticket_seconds = ticket_seconds

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/login", self.sign_in)
        app.router.add_post("/login/tickets", self.issue_ticket)
        app.router.add_post("/logout", self.sign_out)

    def _opened(self, token: str) -> Session | web.Response:
        """The session a token opens, or the refusal to answer."""
        try:
            return self.sessions.open(token)
        except Unauthenticated as exc:
            return _json(refusal_body(exc, self.sessions.wording, 401), 401)
        except PermissionDenied as exc:
            return _json(refusal_body(exc, self.sessions.wording, 403), 403)

    async def sign_in(self, request: web.Request) -> web.Response:
        if not same_origin(request):
            return _json({"error": "登录请求来自其他网站，已拒绝。"}, 403)
        body = await _body(request)
        token = _token(body)
        ticket = str(body.get("ticket", ""))
        if ticket:
            token = await self.sessions.store.redeem_ticket(ticket) or ""
            if not token:
                error = "登录链接无效、已用过或已过期，请向县级管理员索取新的链接。"
                return _json({"error": error, "reason": "TICKET_NOT_VALID"}, 401)
        if not token:
            return _json({"error": "请粘贴访问令牌。"}, 400)
        opened = self._opened(token)
        if isinstance(opened, web.Response):
            return opened
        return await self.begin(request, opened, _json({"next": "/", "sub": opened.principal.sub}))

    async def begin(
        self, request: web.Request, opened: Session, response: web.Response
    ) -> web.Response:
        """Open a server-side session for ``opened`` and set its cookie on ``response``."""
        request[SESSION] = opened  # for the audit line
        expires = _expiry(opened.token)
        cookie = await self.sessions.store.open_session(opened.token, opened.principal.sub, expires)
        response.set_cookie(
            COOKIE,
            cookie,
            max_age=max(0, int((expires - dt.datetime.now(dt.UTC)).total_seconds())),
            path="/",
            httponly=True,
            samesite="Strict",
            secure=request.secure or self.secure_cookie,
        )
        return response

    async def issue_ticket(self, request: web.Request) -> web.Response:
        """``POST /login/tickets``: a county administrator's script asks for a link."""
        issuer = self._opened(bearer(request))
        if isinstance(issuer, web.Response):
            return issuer
        request[SESSION] = issuer
        if not issuer.principal.roles & TICKET_ISSUERS:
            return _json({"error": "只有县级管理员可以生成登录链接。"}, 403)
        token = _token(await _body(request))
        if not token:
            return _json({"error": "请在 token 中给出链接所登录的令牌。"}, 400)
        opened = self._opened(token)
        if isinstance(opened, web.Response):
            return opened
        limit = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=self.ticket_seconds)
        expires = min(_expiry(token), limit)
        ticket = await self.sessions.store.issue_ticket(
            token, opened.principal.sub, issuer.principal.sub, expires
        )
        seconds = int((expires - dt.datetime.now(dt.UTC)).total_seconds())
        return _json({"path": f"{LOGIN}#ticket={ticket}", "expires_in": seconds})

    async def sign_out(self, request: web.Request) -> web.Response:
        if not same_origin(request):
            return _json({"error": "退出请求来自其他网站，已拒绝。"}, 403)
        cookie = request.cookies.get(COOKIE)
        if cookie:
            with contextlib.suppress(Unauthenticated, PermissionDenied):
                request[SESSION] = await self.sessions.current(request)  # for the audit line
            await self.sessions.store.close_session(cookie)
        return forget(redirect(f"{LOGIN}?reason=logout"))


def _expiry(token: str) -> dt.datetime:
    # Only called once the verifier accepted the token: its claims can be read as they are.
    claims = jwt.decode(token, options={"verify_signature": False})
    return dt.datetime.fromtimestamp(int(claims["exp"]), dt.UTC)
