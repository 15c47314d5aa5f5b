"""The dashboard's own defences over HTTP (issue 13): security headers on every answer,
a session id (not the token) in the cookie, sign-out by a same-origin POST that ends
the session everywhere, sign-in links as one-time tickets only an administrator makes,
and an audit line for every request that names no secret.

One headquarters for the module (real Kafka and PostgreSQL), no county data needed.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import jwt
import pytest
import pytest_asyncio

from frontline.kernel.logs import JsonFormatter
from frontline.testkit.county_events import hq_settings
from frontline.testkit.runtime import SigningKeys

COUNTY = "440781"
EVIL = "http://evil.example"


@dataclass
class Board:
    url: str
    keys: SigningKeys

    def viewer(self, ttl: int = 600) -> str:
        return self.keys.token(["hq_viewer"], scope=COUNTY, sub="zhang", ttl=ttl)

    def admin(self) -> str:
        return self.keys.token(["county_admin"], scope=COUNTY, sub="admin-li")


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def board(
    pg: Any, kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Board]:
    from frontline.testkit.headquarters import running

    keys = SigningKeys.create(tmp_path_factory.mktemp("keys"))
    prefix = f"m{uuid.uuid4().hex[:10]}"
    settings = hq_settings(await pg.create_database("hqsec"), kafka_bootstrap, prefix, keys.public)
    async with running(settings) as hq:
        yield Board(f"http://127.0.0.1:{hq.dashboard.port}", keys)


def browser() -> aiohttp.ClientSession:
    # unsafe=True: cookies for 127.0.0.1, as a browser keeps them.
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))


async def post(
    http: aiohttp.ClientSession, board: Board, path: str, body: object, origin: str | None
) -> tuple[int, Any, aiohttp.ClientResponse]:
    headers = {"Origin": origin} if origin else {}
    async with http.post(
        board.url + path, json=body, headers=headers, allow_redirects=False
    ) as response:
        answer = await response.json() if response.content_type == "application/json" else None
        return response.status, answer, response


async def status(http: aiohttp.ClientSession, board: Board, path: str, **kw: Any) -> int:
    async with http.get(board.url + path, allow_redirects=False, **kw) as response:
        return response.status


async def ticket(board: Board, token: str, issuer: str | None = None) -> tuple[int, Any]:
    headers = {"Authorization": f"Bearer {issuer or board.admin()}"}
    async with (
        aiohttp.ClientSession() as http,
        http.post(board.url + "/login/tickets", json={"token": token}, headers=headers) as answer,
    ):
        return answer.status, await answer.json()


def cookie_of(http: aiohttp.ClientSession) -> str:
    [cookie] = list(http.cookie_jar)
    return cookie.value


async def test_every_answer_carries_the_security_headers(board: Board) -> None:
    bearer = {"Authorization": f"Bearer {board.viewer()}"}
    answers = {
        "/": {},
        "/login": {},
        "/static/app.js": {},
        "/vendor/echarts.min.js": {},
        "/api/session": bearer,
        "/api/events?": {},  # refused: 401
        "/no-such-page": {},  # the router's 404
    }
    async with aiohttp.ClientSession() as http:
        for path, headers in answers.items():
            async with http.get(board.url + path, headers=headers, allow_redirects=False) as r:
                got = r.headers
                csp = got.get("Content-Security-Policy", "")
                assert "script-src 'self'" in csp and "style-src 'self'" in csp, path
                assert "frame-ancestors 'none'" in csp and "unsafe" not in csp, path
                assert got.get("X-Frame-Options") == "DENY", path
                assert got.get("X-Content-Type-Options") == "nosniff", path
                assert got.get("Referrer-Policy") == "no-referrer", path
                if path.startswith("/api/"):
                    assert got.get("Cache-Control") == "no-store", (path, r.status)
        status_code, body = await ticket(board, board.viewer())
        assert status_code == 200
    async with browser() as http:
        *_, signed_in = await post(
            http, board, "/login", {"ticket": body["path"].split("=")[1]}, board.url
        )
        assert signed_in.headers["Cache-Control"] == "no-store"


async def test_the_cookie_holds_a_session_id_that_opens_nothing_but_the_dashboard(
    board: Board,
) -> None:
    token = board.viewer(ttl=600)
    async with browser() as http:
        code, _, response = await post(http, board, "/login", {"token": token}, board.url)
        assert code == 200
        set_cookie = response.headers["Set-Cookie"]
        assert "HttpOnly" in set_cookie and "SameSite=Strict" in set_cookie
        assert "Secure" not in set_cookie  # plain HTTP here; see dashboard_secure_cookie
        # The session lasts as long as the token, not longer.
        max_age = int(set_cookie.split("Max-Age=")[1].split(";")[0])
        assert 500 < max_age <= 600
        session_id = cookie_of(http)
        assert token not in set_cookie and not session_id.startswith("eyJ")
        assert await status(http, board, "/api/session") == 200
    # The cookie's value is no bearer token.
    async with aiohttp.ClientSession() as http:
        bearer = {"Authorization": f"Bearer {session_id}"}
        assert await status(http, board, "/api/session", headers=bearer) == 401


async def test_signing_out_takes_a_same_origin_post_and_ends_the_session_for_good(
    board: Board,
) -> None:
    async with browser() as http:
        assert (await post(http, board, "/login", {"token": board.viewer()}, board.url))[0] == 200
        session_id = cookie_of(http)
        # A link, an image or another site's form cannot sign the operator out.
        assert await status(http, board, "/logout") == 405
        assert (await post(http, board, "/logout", {}, EVIL))[0] == 403
        assert (await post(http, board, "/logout", {}, None))[0] == 403
        async with http.post(
            board.url + "/logout",
            headers={"Origin": board.url, "Sec-Fetch-Site": "cross-site"},
            allow_redirects=False,
        ) as response:
            assert response.status == 403
        assert await status(http, board, "/api/session") == 200
        code, _, out = await post(http, board, "/logout", {}, board.url)
        assert code == 303 and out.headers["Location"] == "/login?reason=logout"
        assert await status(http, board, "/api/session") == 401
    # The old cookie, kept by someone, is dead on the server too.
    async with aiohttp.ClientSession(cookies={"frontline_session": session_id}) as http:
        assert await status(http, board, "/api/session") == 401


async def test_another_site_or_a_script_without_an_origin_cannot_sign_a_browser_in(
    board: Board,
) -> None:
    async with browser() as http:
        assert (await post(http, board, "/login", {"token": board.viewer()}, EVIL))[0] == 403
        assert (await post(http, board, "/login", {"token": board.viewer()}, None))[0] == 403
        async with http.post(
            board.url + "/login",
            json={"token": board.viewer()},
            headers={"Origin": board.url, "Sec-Fetch-Site": "same-site"},
        ) as response:
            assert response.status == 403
        assert len(http.cookie_jar) == 0


async def test_a_sign_in_link_is_a_one_time_ticket_only_an_administrator_makes(
    board: Board,
) -> None:
    viewer = board.viewer()
    async with (
        aiohttp.ClientSession() as http,
        http.post(board.url + "/login/tickets", json={"token": viewer}) as answer,
    ):
        assert answer.status == 401
    # An operator cannot make a link to sign someone else in as itself (login CSRF).
    assert (await ticket(board, viewer, issuer=viewer))[0] == 403
    township = board.keys.token(["township_operator"], scope=f"{COUNTY}101")
    assert (await ticket(board, township, issuer=township))[0] == 403
    assert (await ticket(board, board.keys.token(["cadre_manager"])))[0] == 403
    assert (await ticket(board, board.viewer(ttl=-60)))[0] == 401

    code, made = await ticket(board, viewer)
    assert code == 200 and made["path"].startswith("/login#ticket=")
    assert viewer not in made["path"] and 0 < made["expires_in"] <= 600
    secret = made["path"].removeprefix("/login#ticket=")
    async with browser() as http:
        assert (await post(http, board, "/login", {"ticket": secret}, board.url))[0] == 200
        async with http.get(board.url + "/api/session") as me:
            assert (await me.json())["sub"] == "zhang"
    async with browser() as http:
        code, body, _ = await post(http, board, "/login", {"ticket": secret}, board.url)
        assert (code, body["reason"]) == (401, "TICKET_NOT_VALID")
        assert "已用过" in body["error"] and len(http.cookie_jar) == 0
        code, _, _ = await post(http, board, "/login", {"ticket": "made-up"}, board.url)
        assert code == 401


async def test_a_ticket_ends_with_its_token(board: Board) -> None:
    short = board.viewer(ttl=2)
    code, made = await ticket(board, short)
    assert code == 200 and made["expires_in"] <= 2
    expiry = jwt.decode(short, options={"verify_signature": False})["exp"]
    while time.time() <= expiry + 1:  # a condition on the clock, not a fixed sleep
        await asyncio.sleep(0.2)
    async with browser() as http:
        secret = made["path"].removeprefix("/login#ticket=")
        code, body, _ = await post(http, board, "/login", {"ticket": secret}, board.url)
        assert (code, body["reason"]) == (401, "TICKET_NOT_VALID")


async def test_every_request_is_audited_with_who_what_and_outcome_and_no_secret(
    board: Board, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="frontline.audit")
    token = board.viewer()
    _, made = await ticket(board, token)
    secret = made["path"].removeprefix("/login#ticket=")
    async with browser() as http:
        assert (await post(http, board, "/login", {"ticket": secret}, board.url))[0] == 200
        session_id = cookie_of(http)
        assert await status(http, board, f"/api/overview?code={COUNTY}&as_of=2024-13-45") == 400
        assert (await post(http, board, "/logout", {}, EVIL))[0] == 403
        assert (await post(http, board, "/logout", {}, board.url))[0] == 303
    async with aiohttp.ClientSession() as http:
        assert await status(http, board, "/api/alerts") == 401

    records = [r for r in caplog.records if r.name == "frontline.audit" and r.msg == "http"]
    lines = {(r.method, r.principal, r.outcome) for r in records}  # type: ignore[attr-defined]
    assert {
        ("POST /login/tickets", "admin-li", "OK"),
        ("POST /login", "zhang", "OK"),
        ("GET /api/overview", "zhang", "INVALID_ARGUMENT"),
        ("POST /logout", "-", "PERMISSION_DENIED"),
        ("POST /logout", "zhang", "OK"),
        ("GET /api/alerts", "-", "UNAUTHENTICATED"),
    } <= lines, lines
    written = "\n".join(JsonFormatter("headquarters").format(r) for r in records)
    for kept_out in (token, secret, session_id, "as_of", "2024-13-45"):
        assert kept_out not in written, kept_out
