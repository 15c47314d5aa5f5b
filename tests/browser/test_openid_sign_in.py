"""County sign-in with OpenID Connect (issue 13), against a real provider (npm
oidc-provider, started by the fixture) and its own sign-in pages in Chromium:

- the dashboard signs in with the authorization code flow and PKCE; roles and scope
  come from the provider's claims, mapped by settings; a login the directory gives no
  reading role is refused; a callback this browser did not start is refused;
- the CLI signs in with the device flow (`frontline token login`, a subprocess) and its
  token opens the gRPC API;
- services verify the provider's tokens through its JWKS: a key the provider starts
  signing with is picked up without a restart, the keys are cached (a new token still
  verifies while the provider is down), and a key it never published is refused.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import re
import sys
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
import jwt
import pytest
from playwright.async_api import Browser, Page, async_playwright

from frontline.api.headquarters.v1 import headquarters_pb2 as pb
from frontline.api.headquarters.v1 import headquarters_pb2_grpc as pb_grpc
from frontline.cli.device_sign_in import device_sign_in, settings_from
from frontline.testkit.county_events import SmallCounty, hq_settings, produce
from frontline.testkit.headquarters import Headquarters, running
from frontline.testkit.openid_provider import (
    OpenIdProvider,
    free_port,
    openid_provider,
    signing_key,
)
from frontline.testkit.runtime import SigningKeys

from .test_dashboard import ARGS, ARTIFACTS, CHROMIUM

pytestmark = pytest.mark.browser

# As a county directory names its groups; FRONTLINE_OIDC_ROLE_MAP says what they may do.
ACCOUNTS = {
    "zhang": {"roles": ["hq-viewers"], "division": "440781"},
    "li": {"roles": ["township-staff"], "division": "440781101"},
    "wang": {"roles": ["payroll"], "division": "440781"},
}
ROLE_MAP = {"hq-viewers": "hq_viewer", "township-staff": "township_operator"}
URL = re.compile(r"https?://\S+")


@dataclass
class County:
    provider: OpenIdProvider
    hq: Headquarters
    site: str
    env: dict[str, str]
    browser: Browser


@pytest.fixture
async def county(
    pg: Any, kafka_bootstrap: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[County]:
    keys = SigningKeys.create(tmp_path)
    prefix = f"o{uuid.uuid4().hex[:10]}"
    port = free_port()
    site = f"http://127.0.0.1:{port}"
    settings = hq_settings(await pg.create_database("hqoidc"), kafka_bootstrap, prefix, keys.public)
    settings.dashboard_port = port
    with openid_provider(tmp_path, ACCOUNTS, [f"{site}/login/oidc/callback"]) as provider:
        env = {
            **provider.environment(),
            "FRONTLINE_OIDC_ROLE_MAP": json.dumps(ROLE_MAP),
            # A rotated key is fetched at once (production waits up to 30 s between fetches).
            "FRONTLINE_OIDC_JWKS_REFRESH_COOLDOWN_SECONDS": "0",
        }
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        async with running(settings) as hq, async_playwright() as p:
            await produce(kafka_bootstrap, prefix, SmallCounty(dt.date.today()).build())
            browser = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            try:
                yield County(provider, hq, site, env, browser)
            finally:
                await browser.close()


# Which of the provider's pages the browser shows, once one has replaced the page the
# last step acted on (marked by ``acted``) and is parsed: one a person acts on, the
# device flow's last page, or a page past the provider. Anything else is on its way
# (the device flow's first page is a form that posts itself on DOMContentLoaded).
PROVIDER_STEP = """([issuer, acted]) => {
  if (window[acted] || document.readyState === "loading") return null;
  if (!location.href.startsWith(issuer)) return "left";
  if (document.title === "Sign-in Success") return "done";
  if (document.querySelector("input[name=login]")) return "login";
  const buttons = [...document.querySelectorAll("button")];
  return buttons.some((b) => b.textContent.trim() === "Continue") ? "continue" : null;
}"""
ACTED = "frontlineTestActedHere"
# Generous: each step is one or two requests to the provider, on a loaded machine.
STEP_TIMEOUT_MS = 60_000


async def approve_at_provider(page: Page, issuer: str, login: str) -> None:
    """What a person does on the provider's own pages: confirm a device code if asked,
    sign in, allow the client; done once the browser has left the provider.

    Each step waits for a page it can act on. Looking once is not enough on a loaded
    machine: the self-posting first page showed no button yet (so the sign-in stopped
    before it began), and a page a click has left stays on screen until the next one
    arrives (acting on it again would post its form twice)."""
    for _ in range(4):
        shown = await page.wait_for_function(
            PROVIDER_STEP, arg=[issuer, ACTED], timeout=STEP_TIMEOUT_MS
        )
        step = await shown.json_value()
        if step in ("left", "done"):
            return
        if step == "login":
            await page.fill("input[name=login]", login)
            await page.fill("input[name=password]", "any password")
        await page.evaluate("acted => { window[acted] = true; }", ACTED)
        await page.click(
            "button[type=submit]" if step == "login" else "button:has-text('Continue')"
        )


async def overview_status(county: County, token: str) -> grpc.StatusCode:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{county.hq.runtime.grpc_port}") as channel:
        stub = pb_grpc.HeadquartersServiceStub(channel)
        try:
            await stub.GetCountyOverview(
                pb.GetCountyOverviewRequest(), metadata=[("authorization", f"Bearer {token}")]
            )
        except grpc.aio.AioRpcError as exc:
            return exc.code()
        return grpc.StatusCode.OK


async def device_token(county: County, login: str) -> str:
    """A token by the device flow (the CLI's own code), approved in the browser."""
    shown: asyncio.Queue[str] = asyncio.Queue()
    loop = asyncio.get_running_loop()
    settings = settings_from(county.env)
    flow = asyncio.create_task(
        asyncio.to_thread(
            device_sign_in, settings, lambda line: loop.call_soon_threadsafe(shown.put_nowait, line)
        )
    )
    try:
        line = await asyncio.wait_for(shown.get(), 30)
        page = await county.browser.new_page()
        await page.goto(URL.findall(line)[0], wait_until="domcontentloaded")
        await approve_at_provider(page, county.provider.issuer, login)
        await page.wait_for_selector("text=Sign-in Success")
        await page.close()
        return await asyncio.wait_for(flow, 60)
    finally:
        # After a failure the CLI's thread polls on until the provider stops; its error
        # would otherwise be logged whenever the task is collected, in a later test.
        flow.cancel()


async def test_the_dashboard_signs_in_at_the_provider_with_code_and_pkce(county: County) -> None:
    page = await county.browser.new_page(locale="zh-CN")
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url))
    await page.goto(f"{county.site}/login")
    await page.click("#oidc-sign-in")
    await page.wait_for_url(f"{county.provider.issuer}/**", wait_until="domcontentloaded")
    [authorize] = [u for u in asked if u.startswith(f"{county.provider.issuer}/auth?")]
    assert "code_challenge_method=S256" in authorize and "code_challenge=" in authorize
    await approve_at_provider(page, county.provider.issuer, "zhang")
    await page.wait_for_url(f"{county.site}/")
    await page.wait_for_function(
        "() => document.querySelector('#who').textContent.includes('zhang')"
    )
    assert "指挥部查看员" in (await page.text_content("#who") or "")
    await page.wait_for_function(
        "() => document.querySelector('#combined-score').textContent !== '—'"
    )
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / "dashboard-oidc.png"))
    session = await page.evaluate("async () => (await fetch('/api/session')).json()")
    assert (session["roles"], session["home"]) == (["hq_viewer"], "440781")
    [cookie] = [c for c in await page.context.cookies() if c["name"] == "frontline_session"]
    assert not cookie["value"].startswith("eyJ")  # a session id, not the provider's token

    # A township's staff member opens on the township.
    other = await county.browser.new_page()
    await other.goto(f"{county.site}/login/oidc", wait_until="domcontentloaded")
    await approve_at_provider(other, county.provider.issuer, "li")
    await other.wait_for_url(f"{county.site}/")
    me = await other.evaluate("async () => (await fetch('/api/session')).json()")
    assert (me["roles"], me["home"]) == (["township_operator"], "440781101")

    # Signed in at the provider, but the directory grants nothing that may read.
    third = await county.browser.new_page()
    await third.goto(f"{county.site}/login/oidc", wait_until="domcontentloaded")
    await approve_at_provider(third, county.provider.issuer, "wang")
    await third.wait_for_url("**/login?reason=oidc-not-a-reader")
    # A callback this browser did not start (another site's code and state) goes nowhere.
    await third.goto(f"{county.site}/login/oidc/callback?code=stolen&state=guessed")
    await third.wait_for_url("**/login?reason=oidc-failed")
    status = await third.evaluate("async () => (await fetch('/api/session')).status")
    assert status == 401


async def test_the_cli_signs_in_with_a_device_code_and_its_token_opens_the_api(
    county: County, tmp_path: Path
) -> None:
    token_file = tmp_path / "operator.token"
    env = {**os.environ, **county.env, "FRONTLINE_STACK_ENV": str(tmp_path / "none.env")}
    cli = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "frontline.cli",
        "--lang",
        "en",
        "token",
        "login",
        "--token-file",
        str(token_file),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        env=env,
    )
    assert cli.stdout is not None
    line = (await asyncio.wait_for(cli.stdout.readline(), 30)).decode()
    assert "open http" in line, line
    page = await county.browser.new_page()
    await page.goto(URL.findall(line)[0], wait_until="domcontentloaded")
    await approve_at_provider(page, county.provider.issuer, "zhang")
    await page.wait_for_selector("text=Sign-in Success")
    rest = (await asyncio.wait_for(cli.stdout.read(), 60)).decode()
    assert await cli.wait() == 0, rest
    assert "signed in as zhang" in rest
    assert token_file.stat().st_mode & 0o077 == 0
    token = token_file.read_text().strip()
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["iss"] == county.provider.issuer and claims["aud"] == "frontline"

    overview = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "frontline.cli",
        "--lang",
        "en",
        "hq",
        "ranking",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        env={
            **env,
            "FRONTLINE_TOKEN_PATH": str(token_file),
            "FRONTLINE_HEADQUARTERS_GRPC": f"127.0.0.1:{county.hq.runtime.grpc_port}",
        },
    )
    printed = (await asyncio.wait_for(overview.communicate(), 60))[0].decode()
    assert overview.returncode == 0 and "河口镇" in printed, printed


async def test_services_follow_the_providers_keys_cached_and_rotated(county: County) -> None:
    first = await device_token(county, "zhang")
    assert await overview_status(county, first) == grpc.StatusCode.OK
    township = await device_token(county, "li")
    # Mapped from the directory's group: a township operator may not read the county.
    assert await overview_status(county, township) == grpc.StatusCode.PERMISSION_DENIED

    # The provider starts signing with a new key: picked up without restarting anything.
    county.provider.rotate("key-2")
    rotated = await device_token(county, "zhang")
    assert jwt.get_unverified_header(rotated)["kid"] == "key-2"
    assert await overview_status(county, rotated) == grpc.StatusCode.OK
    assert await overview_status(county, first) == grpc.StatusCode.OK

    # The keys are cached: a token never seen before verifies while the provider is down.
    unseen = await device_token(county, "zhang")
    county.provider.stop()
    assert await overview_status(county, unseen) == grpc.StatusCode.OK
    # A key the provider never published is refused, whatever the token claims.
    claims = jwt.decode(unseen, options={"verify_signature": False})
    stranger = signing_key("key-9")
    forged = jwt.encode(
        claims,
        jwt.algorithms.RSAAlgorithm.from_jwk(json.dumps(stranger)),
        "RS256",
        headers={"kid": "key-9"},
    )
    assert await overview_status(county, forged) == grpc.StatusCode.UNAUTHENTICATED
