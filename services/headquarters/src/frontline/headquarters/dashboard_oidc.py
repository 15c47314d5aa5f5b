"""Signing in to the dashboard at the county's identity provider: OpenID Connect's
authorization code flow with PKCE (RFC 7636), the dashboard a public client.

- ``GET /login/oidc`` makes a one-time sign-in attempt — ``state``, ``nonce`` and the
  PKCE verifier, kept sealed like a sign-in ticket (``dashboard_store.py``) under a
  secret in a short-lived cookie bound to this browser — and sends the browser to the
  provider with the verifier's S256 challenge.
- ``GET /login/oidc/callback`` takes the attempt (once), checks ``state`` against it
  (another site cannot finish a sign-in this browser did not start: login CSRF), trades
  the code and the verifier for tokens at the provider, checks the ID token's
  signature, audience and ``nonce``, and opens a session with the access token — the
  token every service verifies through the provider's JWKS (``kernel.auth.oidc``), so
  the operator's writes forwarded to gRPC carry it as they would from the CLI.

The attempt's cookie is SameSite=Lax, not Strict: the provider's redirect back is a
navigation from another site, on which a Strict cookie is not sent. For the same reason
the callback ends on ``/login?reason=signed-in``, whose script opens ``/`` from this
site, where the new Strict session cookie is sent.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import hmac
import json
import secrets
from typing import Any
from urllib.parse import urlencode

import aiohttp
from aiohttp import web

from frontline.headquarters.dashboard_session import LOGIN, redirect
from frontline.headquarters.dashboard_sign_in import SignIn
from frontline.kernel.auth.oidc import OidcVerifier, discover
from frontline.kernel.errors import PermissionDenied, Unauthenticated

ATTEMPT_COOKIE = "frontline_oidc"
CALLBACK = "/login/oidc/callback"
ATTEMPT_SECONDS = 600
SCOPES = "openid frontline"


def _challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


class OidcSignIn:
    def __init__(self, sign_in: SignIn, oidc: OidcVerifier | None, public_url: str) -> None:
        self.sign_in = sign_in
        self.oidc = oidc
        self.public_url = public_url.rstrip("/")
        self._provider: dict[str, Any] | None = None

    def routes(self, app: web.Application) -> None:
        app.router.add_get("/login/methods", self.methods)
        app.router.add_get("/login/oidc", self.start)
        app.router.add_get(CALLBACK, self.callback)

    async def methods(self, request: web.Request) -> web.Response:
        """What the sign-in page offers besides a pasted token."""
        return web.json_response(
            {"oidc": self.oidc is not None}, headers={"Cache-Control": "no-store"}
        )

    async def _endpoints(self, oidc: OidcVerifier) -> dict[str, Any]:
        if self._provider is None:
            self._provider = await asyncio.to_thread(discover, oidc.issuer)
        return self._provider

    def _redirect_uri(self, request: web.Request) -> str:
        # Behind a TLS-terminating proxy this process sees http: the public address is
        # set (FRONTLINE_DASHBOARD_PUBLIC_URL) and registered at the provider as is.
        return (self.public_url or f"{request.scheme}://{request.host}") + CALLBACK

    async def start(self, request: web.Request) -> web.Response:
        if self.oidc is None:
            return redirect(LOGIN)
        provider = await self._endpoints(self.oidc)
        attempt = {
            "state": secrets.token_urlsafe(32),
            "nonce": secrets.token_urlsafe(32),
            "verifier": secrets.token_urlsafe(64),
        }
        expires = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=ATTEMPT_SECONDS)
        store = self.sign_in.sessions.store
        secret = await store.issue_ticket(json.dumps(attempt), "oidc-sign-in", "-", expires)
        query = {
            "response_type": "code",
            "client_id": self.oidc.settings.dashboard_client_id,
            "redirect_uri": self._redirect_uri(request),
            "scope": SCOPES,
            "state": attempt["state"],
            "nonce": attempt["nonce"],
            "code_challenge": _challenge(attempt["verifier"]),
            "code_challenge_method": "S256",
        }
        response = redirect(f"{provider['authorization_endpoint']}?{urlencode(query)}")
        response.set_cookie(
            ATTEMPT_COOKIE,
            secret,
            max_age=ATTEMPT_SECONDS,
            path="/login/oidc",
            httponly=True,
            samesite="Lax",
            secure=request.secure or self.sign_in.secure_cookie,
        )
        return response

    async def callback(self, request: web.Request) -> web.Response:
        failed = redirect(f"{LOGIN}?reason=oidc-failed")
        failed.del_cookie(ATTEMPT_COOKIE, path="/login/oidc")
        secret = request.cookies.get(ATTEMPT_COOKIE, "")
        kept = await self.sign_in.sessions.store.redeem_ticket(secret) if secret else None
        if self.oidc is None or kept is None or "error" in request.query:
            return failed
        attempt = json.loads(kept)
        if not hmac.compare_digest(request.query.get("state", ""), attempt["state"]):
            return failed
        try:
            token = await self._tokens(self.oidc, request, attempt)
            opened = self.sign_in.sessions.open(token)
        except PermissionDenied:
            return redirect(f"{LOGIN}?reason=oidc-not-a-reader")
        except (Unauthenticated, aiohttp.ClientError, KeyError, ValueError):
            return failed
        signed_in = redirect(f"{LOGIN}?reason=signed-in")
        signed_in.del_cookie(ATTEMPT_COOKIE, path="/login/oidc")
        return await self.sign_in.begin(request, opened, signed_in)

    async def _tokens(
        self, oidc: OidcVerifier, request: web.Request, attempt: dict[str, str]
    ) -> str:
        """The access token for the code, once the ID token proves the same sign-in."""
        provider = await self._endpoints(oidc)
        form = {
            "grant_type": "authorization_code",
            "code": request.query.get("code", ""),
            "redirect_uri": self._redirect_uri(request),
            "client_id": oidc.settings.dashboard_client_id,
            "code_verifier": attempt["verifier"],
        }
        timeout = aiohttp.ClientTimeout(total=15)
        async with (
            aiohttp.ClientSession(timeout=timeout) as http,
            http.post(provider["token_endpoint"], data=form) as answer,
        ):
            answer.raise_for_status()
            tokens = await answer.json()
        required = ["exp", "iat", "sub", "iss", "aud", "nonce"]
        claims = await asyncio.to_thread(
            oidc.claims, tokens["id_token"], oidc.settings.dashboard_client_id, required
        )
        if not hmac.compare_digest(str(claims["nonce"]), attempt["nonce"]):
            raise Unauthenticated("the ID token answers another sign-in", "TOKEN_INVALID")
        return str(tokens["access_token"])
