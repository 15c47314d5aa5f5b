"""The dashboard over HTTP, as a browser or a script meets it: sign-in, roles and scope.

One headquarters for the module (real Kafka and PostgreSQL), fed the small county:
townships 440781101 (城关镇) and 440781102 (河口镇).
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import hmac
import json
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import jwt
import pytest
import pytest_asyncio

from frontline.testkit.county_events import SmallCounty, hq_settings, meeting, produce
from frontline.testkit.headquarters import Headquarters, running
from frontline.testkit.runtime import SigningKeys

COUNTY, CHENGGUAN, HEKOU = "440781", "440781101", "440781102"


@dataclass
class Dashboard:
    hq: Headquarters
    keys: SigningKeys
    url: str
    bootstrap: str
    prefix: str

    def viewer(self) -> str:
        return self.keys.token(["hq_viewer"], scope=COUNTY)

    def township(self, ttl: int = 600) -> str:
        return self.keys.token(["township_operator"], scope=CHENGGUAN, ttl=ttl)


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not await check():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.2)


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def dashboard(
    pg: Any, kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Dashboard]:
    keys = SigningKeys.create(tmp_path_factory.mktemp("keys"))
    prefix = f"m{uuid.uuid4().hex[:10]}"
    settings = hq_settings(await pg.create_database("hqweb"), kafka_bootstrap, prefix, keys.public)
    async with running(settings) as hq:
        await produce(kafka_bootstrap, prefix, SmallCounty(dt.date.today()).build())
        board = Dashboard(
            hq, keys, f"http://127.0.0.1:{hq.dashboard.port}", kafka_bootstrap, prefix
        )

        async def both_townships_ranked() -> bool:
            rows = await get_json(board, "/api/ranking", board.viewer())
            return {r["unit"]["division_code"] for r in rows} == {CHENGGUAN, HEKOU}

        await eventually(both_townships_ranked)
        yield board


def browser() -> aiohttp.ClientSession:
    # unsafe=True: the dashboard is reached by IP (127.0.0.1), where aiohttp's jar
    # would otherwise drop cookies; a browser keeps them.
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))


async def get_json(board: Dashboard, path: str, token: str) -> Any:
    async with aiohttp.ClientSession() as http:
        headers = {"Authorization": f"Bearer {token}"}
        async with http.get(board.url + path, headers=headers) as response:
            assert response.status == 200, await response.text()
            return await response.json()


async def status_of(board: Dashboard, path: str, token: str | None = None) -> int:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with (
        aiohttp.ClientSession() as http,
        http.get(board.url + path, headers=headers, allow_redirects=False) as response,
    ):
        return response.status


async def sign_in(
    http: aiohttp.ClientSession, board: Dashboard, token: str
) -> aiohttp.ClientResponse:
    # As the sign-in page posts it: from the dashboard's own origin.
    headers = {"Origin": board.url}
    async with http.post(board.url + "/login", json={"token": token}, headers=headers) as response:
        await response.read()
        return response


async def test_without_a_session_the_api_answers_401_and_the_page_sends_to_sign_in(
    dashboard: Dashboard,
) -> None:
    for path in ("/api/overview", "/api/ranking", "/api/alerts", "/api/events", "/api/session"):
        async with aiohttp.ClientSession() as http, http.get(dashboard.url + path) as response:
            assert response.status == 401, path
            assert "未登录" in (await response.json())["error"]
    async with (
        aiohttp.ClientSession() as http,
        http.get(dashboard.url + "/", allow_redirects=False) as response,
    ):
        assert response.status == 303
        assert response.headers["Location"] == "/login"
    # The sign-in page and its assets are public; they hold no county data.
    for path in ("/login", "/static/login.js", "/static/style.css"):
        assert await status_of(dashboard, path) == 200, path


def hs256_with_public_key(keys: SigningKeys) -> str:
    """The classic downgrade: an HMAC token keyed with the (public) verification key."""

    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    claims = jwt.decode(keys.token(["hq_viewer"]), options={"verify_signature": False})
    signing_input = f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}"
    mac = hmac.new(keys.public.read_bytes(), signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{base64.urlsafe_b64encode(mac).rstrip(b'=').decode()}"


async def test_each_kind_of_bad_token_is_refused_at_sign_in_with_no_cookie(
    dashboard: Dashboard, tmp_path: Any
) -> None:
    keys = dashboard.keys
    stranger = SigningKeys.create(tmp_path)
    claims = jwt.decode(keys.token(["hq_viewer"]), options={"verify_signature": False})
    refused = {
        "expired": (keys.token(["hq_viewer"], ttl=-60), 401, "过期"),
        "another audience": (keys.token(["hq_viewer"], audience="payroll"), 401, "受众"),
        "another county's key": (stranger.token(["hq_viewer"]), 401, "签名无效"),
        'alg "none"': (jwt.encode(claims, None, algorithm="none"), 401, "签名算法"),
        "HMAC with the public key": (hs256_with_public_key(keys), 401, "签名算法"),
        "garbage": ("not-a-token", 401, "令牌无效"),
        "a role that may not read": (keys.token(["cadre_manager"]), 403, "指挥部查看员"),
        "nothing pasted": ("  ", 400, "请粘贴"),
    }
    for kind, (token, status, words) in refused.items():
        async with browser() as http:
            response = await sign_in(http, dashboard, token)
            body = await response.json()
            assert response.status == status, kind
            assert words in body["error"], (kind, body)
            assert "Set-Cookie" not in response.headers, kind
            assert len(http.cookie_jar) == 0, kind
            async with http.get(dashboard.url + "/api/session") as after:
                assert after.status == 401, kind
        # The same tokens are no key to the API either.
        if token.strip():
            assert await status_of(dashboard, "/api/overview", token) == status, kind


async def test_an_hq_viewer_signs_in_and_sees_the_whole_county(dashboard: Dashboard) -> None:
    async with browser() as http:
        response = await sign_in(http, dashboard, dashboard.viewer())
        assert response.status == 200
        cookie = response.headers["Set-Cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Max-Age=" in cookie
        async with http.get(dashboard.url + "/", allow_redirects=False) as page:
            assert page.status == 200
            assert "前线指挥部" in await page.text()
        async with http.get(dashboard.url + "/api/session") as me:
            session = await me.json()
        assert session["roles"] == ["hq_viewer"] and session["home"] == COUNTY
        assert session["may_rank"] is True
        async with http.get(dashboard.url + "/api/overview") as response:
            overview = await response.json()
        assert overview["unit"]["division_code"] == COUNTY
        children = {c["unit"]["division_code"] for c in overview["children"]}
        assert children == {CHENGGUAN, HEKOU}
        async with http.get(dashboard.url + f"/api/alerts?code={HEKOU}") as response:
            assert response.status == 200

        # Signing out (a POST from the page) forgets the session: the API refuses and the
        # page sends to sign-in.
        headers = {"Origin": dashboard.url}
        async with http.post(
            dashboard.url + "/logout", headers=headers, allow_redirects=False
        ) as out:
            assert out.status == 303 and out.headers["Location"].startswith("/login")
        async with http.get(dashboard.url + "/api/overview") as response:
            assert response.status == 401


async def test_a_township_operator_sees_its_township_and_nothing_outside(
    dashboard: Dashboard,
) -> None:
    token = dashboard.township()
    session = await get_json(dashboard, "/api/session", token)
    assert session["home"] == CHENGGUAN and session["may_rank"] is False
    overview = await get_json(dashboard, "/api/overview", token)
    assert overview["unit"]["division_code"] == CHENGGUAN
    assert overview["children"], "its villages are listed"
    assert all(c["unit"]["division_code"].startswith(CHENGGUAN) for c in overview["children"])
    alerts = await get_json(dashboard, "/api/alerts", token)
    assert all(a["unit"]["division_code"].startswith(CHENGGUAN) for a in alerts)
    village = overview["children"][0]["unit"]["division_code"]
    assert await status_of(dashboard, f"/api/overview?code={village}", token) == 200
    for outside in (f"/api/overview?code={COUNTY}", f"/api/overview?code={HEKOU}",
                    f"/api/alerts?code={HEKOU}001", "/api/ranking"):  # fmt: skip
        assert await status_of(dashboard, outside, token) == 403, outside


async def read_events(response: aiohttp.ClientResponse, until: str, timeout: float) -> list[str]:
    """SSE event names and data lines, up to and including the first line containing ``until``."""
    lines: list[str] = []
    async with asyncio.timeout(timeout):
        while not lines or until not in lines[-1]:
            line = (await response.content.readline()).decode().strip()
            assert line or not response.content.at_eof(), f"stream ended: {lines}"
            if line.startswith(("event:", "data:")):
                lines.append(line)
    return lines


async def test_the_live_stream_needs_a_session_and_keeps_to_the_scope(
    dashboard: Dashboard,
) -> None:
    assert await status_of(dashboard, "/api/events") == 401
    today = dt.date.today()
    async with browser() as http:
        assert (await sign_in(http, dashboard, dashboard.township())).status == 200
        async with http.get(dashboard.url + "/api/events") as stream:
            assert stream.status == 200
            await read_events(stream, "hello", 10)
            # A meeting in the other township, then one in its own: only the latter shows.
            await produce(
                dashboard.bootstrap,
                dashboard.prefix,
                [
                    meeting("u-v3", f"{HEKOU}001", "party_lesson", today),
                    meeting("u-v1", f"{CHENGGUAN}001", "party_lesson", today),
                ],
            )
            seen = await read_events(stream, f"{CHENGGUAN}001", 20)
    assert not any(HEKOU in line for line in seen), seen


async def test_the_stream_ends_and_the_api_refuses_when_the_token_expires(
    dashboard: Dashboard,
) -> None:
    token = dashboard.township(ttl=3)
    async with browser() as http:
        assert (await sign_in(http, dashboard, token)).status == 200
        async with http.get(dashboard.url + "/api/events") as stream:
            await read_events(stream, "hello", 10)
            await read_events(stream, "expired", 10)
        async with http.get(dashboard.url + "/api/overview") as response:
            assert response.status == 401
        async with http.get(dashboard.url + "/", allow_redirects=False) as page:
            assert page.status == 303 and page.headers["Location"].startswith("/login")


async def refused(board: Dashboard, path: str, token: str) -> tuple[int, Any]:
    async with aiohttp.ClientSession() as http:
        headers = {"Authorization": f"Bearer {token}"}
        async with http.get(board.url + path, headers=headers) as response:
            return response.status, await response.json()


async def test_a_refused_request_answers_the_servers_chinese_with_its_reason_code(
    dashboard: Dashboard,
) -> None:
    """What the page shows for any refused request or action (issue 19). A date written
    without its dashes is refused as gRPC refuses it (kernel convert.day)."""
    status, body = await refused(dashboard, "/api/overview?as_of=20241231", dashboard.viewer())
    assert (status, body["reason"]) == (400, "NOT_A_DATE")
    assert body["error"] == "as_of：须为 YYYY-MM-DD 格式的日期"
    assert body["message"] == "as_of: must be a date YYYY-MM-DD"
    assert body["locale"] == "zh-CN"
    outside = f"/api/overview?code={COUNTY}"
    status, body = await refused(dashboard, outside, dashboard.township())
    assert (status, body["reason"]) == (403, "OUT_OF_SCOPE")
    assert body["error"] == f"行政区划 {COUNTY} 不在您的权限范围（{CHENGGUAN}）内"


async def test_another_site_cannot_sign_a_browser_in(dashboard: Dashboard) -> None:
    async with browser() as http:
        for origin, status in (("http://evil.example", 403), (dashboard.url, 200)):
            async with http.post(
                dashboard.url + "/login",
                json={"token": dashboard.viewer()},
                headers={"Origin": origin},
            ) as response:
                assert response.status == status, origin
                assert ("Set-Cookie" in response.headers) == (status == 200), origin


def meetings_this_month(overview: dict[str, Any]) -> float:
    series = next(t for t in overview["trends"] if t["key"] == "meetings_held")
    return float(series["points"][-1]["value"])


async def test_after_an_update_says_figures_changed_the_overview_counts_the_new_meeting(
    dashboard: Dashboard,
) -> None:
    """What the page does with the stream: ask again when its place's figures changed."""
    village, viewer = f"{CHENGGUAN}001", dashboard.viewer()
    path = f"/api/overview?code={village}"
    before = meetings_this_month(await get_json(dashboard, path, viewer))
    headers = {"Authorization": f"Bearer {viewer}"}
    async with (
        aiohttp.ClientSession(headers=headers) as http,
        http.get(dashboard.url + "/api/events") as stream,
    ):
        await read_events(stream, "hello", 10)
        later = meeting("u-v1", village, "party_lesson", dt.date.today())
        await produce(dashboard.bootstrap, dashboard.prefix, [later])
        update: dict[str, Any] = {"figures": False}
        while not (update["figures"] and village in update["divisions"]):
            lines = await read_events(stream, "data:", 20)
            if lines[-2:-1] == ["event: update"]:
                update = json.loads(lines[-1][5:])
    assert meetings_this_month(await get_json(dashboard, path, viewer)) == before + 1
