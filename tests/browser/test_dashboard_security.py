"""The dashboard's defences in headless Chromium (issue 13): the page works under its
Content-Security-Policy with no violation, while injected inline code is refused;
another site can neither frame it, sign its operator out, nor sign a browser in; and a
link carrying a token no longer signs anyone in.

The other site is served from ``localhost`` while the dashboard is on ``127.0.0.1``:
two sites to the browser, as an attacker's page and the county's dashboard would be.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from playwright.async_api import BrowserContext, Page, async_playwright

from frontline.kernel.http import serve
from frontline.testkit.county_events import SmallCounty, hq_settings, produce
from frontline.testkit.dashboard_links import sign_in_link
from frontline.testkit.headquarters import running
from frontline.testkit.runtime import SigningKeys

from .test_dashboard import ARGS, ARTIFACTS, CHROMIUM

pytestmark = pytest.mark.browser

WATCH_CSP = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation",
  (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
"""


def attacker_pages(dashboard: str, attacker_token: str) -> web.Application:
    """What another site could put in front of a signed-in operator."""
    pages = {
        "/frame": f'<iframe id="victim" src="{dashboard}/" width="800" height="600"></iframe>',
        # Forms post as top-level navigations, the way a CSRF page would.
        "/logout": f'<form id="f" method="post" action="{dashboard}/logout"></form>'
        "<script>document.getElementById('f').submit()</script>",
        "/login": f'<form id="f" method="post" action="{dashboard}/login" enctype="text/plain">'
        f'<input name=\'{{"token": "{attacker_token}", "x": "\' value=\'"}}\'></form>'
        "<script>document.getElementById('f').submit()</script>",
    }

    async def page(request: web.Request) -> web.Response:
        return web.Response(text=pages[request.path], content_type="text/html")

    app = web.Application()
    for path in pages:
        app.router.add_get(path, page)
    return app


@pytest.fixture
async def sites(
    pg: Any, kafka_bootstrap: str, tmp_path: Any
) -> AsyncIterator[tuple[str, str, SigningKeys]]:
    keys = SigningKeys.create(tmp_path)
    prefix = f"b{uuid.uuid4().hex[:10]}"
    settings = hq_settings(await pg.create_database("hqcsp"), kafka_bootstrap, prefix, keys.public)
    async with running(settings) as hq:
        await produce(kafka_bootstrap, prefix, SmallCounty(dt.date.today()).build())
        dashboard = f"http://127.0.0.1:{hq.dashboard.port}"
        attacker_token = keys.token(["hq_viewer"], sub="attacker", ttl=600)
        runner, port = await serve(attacker_pages(dashboard, attacker_token), "127.0.0.1", 0)
        try:
            yield dashboard, f"http://localhost:{port}", keys
        finally:
            await runner.cleanup()


async def session_of(page: Page) -> tuple[int, str]:
    """What the dashboard's own page gets from /api/session: status and who."""
    answer = await page.evaluate(
        """async () => { const r = await fetch("/api/session");
           return [r.status, r.ok ? (await r.json()).sub : ""]; }"""
    )
    return int(answer[0]), str(answer[1])


async def signed_in_page(context: BrowserContext, link: str, dashboard: str) -> Page:
    page = await context.new_page()
    await page.add_init_script(WATCH_CSP)
    await page.goto(link)
    await page.wait_for_url(f"{dashboard}/")
    return page


async def check_page_under_csp(page: Page, dashboard: str) -> None:
    """The page works and breaks no rule; injected inline code is refused."""
    # Functions, not expressions: Playwright evaluates an expression with eval(), which
    # the policy refuses on the dashboard's pages.
    await page.wait_for_function(
        "() => document.querySelector('#combined-score').textContent !== '—'"
    )
    await page.wait_for_selector("#live.on")
    await page.wait_for_selector(".pillar .bar b")
    # Bars are sized through the DOM, not by a style attribute the policy would drop.
    width = await page.eval_on_selector(".pillar .input:not(.missing) .bar b", "b => b.style.width")
    assert width.endswith("%")
    await page.hover("#chart-scores", position={"x": 300, "y": 120})  # the chart's tooltip
    await page.wait_for_timeout(300)  # let a tooltip render, if it were to break the policy
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / "dashboard-under-csp.png"))
    assert await page.evaluate("window.cspViolations") == []
    # What an injected snippet would try: an inline handler and an inline style.
    await page.evaluate(
        """document.body.insertAdjacentHTML("beforeend",
             '<img src="/nothing-here.png" onerror="window.ran = true"><p style="color:red">x</p>')"""
    )
    await page.wait_for_function("() => window.cspViolations.length >= 2")
    assert await page.evaluate("window.ran === undefined")
    response = await page.request.get(f"{dashboard}/api/session")
    assert response.headers["cache-control"] == "no-store"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


async def check_no_framing(context: BrowserContext, attacker: str) -> None:
    page = await context.new_page()
    refused: list[str] = []
    page.on("console", lambda m: refused.append(m.text))
    await page.goto(f"{attacker}/frame")
    frame = page.frame_locator("#victim")
    await page.wait_for_function(
        "() => { const f = document.getElementById('victim'); return f && f.contentWindow; }"
    )
    await asyncio.wait_for(_until(lambda: any("frame" in m for m in refused)), 10)
    # Not even the sign-in page (what a framed dashboard shows without the Strict cookie).
    assert await frame.locator(".topbar").count() == 0, "the dashboard rendered inside another site"
    await page.close()


async def _until(condition: Any) -> None:
    while not condition():
        await asyncio.sleep(0.1)


async def test_the_dashboard_defends_itself_in_the_browser(
    sites: tuple[str, str, SigningKeys],
) -> None:
    dashboard, attacker, keys = sites
    async with async_playwright() as p:
        browser = await p.chromium.launch(
            executable_path=CHROMIUM, args=ARGS, env={**os.environ, "LANG": "zh_CN.UTF-8"}
        )
        context = await browser.new_context(
            locale="zh-CN", viewport={"width": 1600, "height": 1000}
        )
        errors: list[str] = []
        context.on("weberror", lambda e: errors.append(str(e.error)))
        link = await sign_in_link(dashboard, keys, ["hq_viewer"])
        page = await signed_in_page(context, link, dashboard)
        await check_page_under_csp(page, dashboard)
        await check_no_framing(context, attacker)

        # Another site's form cannot sign the operator out (nor in as someone else).
        other = await context.new_page()
        await other.goto(f"{attacker}/logout")
        await other.wait_for_url(f"{dashboard}/logout")
        assert "其他网站" in (await other.content())
        await other.goto(f"{attacker}/login")
        await other.wait_for_url(f"{dashboard}/login")
        assert await session_of(page) == (200, "tester")
        # The page's own 退出 works: a same-origin POST.
        await page.click("#logout")
        await page.wait_for_url("**/login?reason=logout")
        assert (await session_of(page))[0] == 401

        # A fresh browser is not signed in by the attacker's page, nor by a link that
        # carries a token, and a used sign-in link does not work twice.
        fresh = await browser.new_context(locale="zh-CN")
        victim = await fresh.new_page()
        await victim.goto(f"{attacker}/login")
        await victim.wait_for_url(f"{dashboard}/login")
        assert (await session_of(victim))[0] == 401
        await victim.goto("about:blank")  # what follows differs from /login in its fragment only
        await victim.goto(f"{dashboard}/login#token={keys.token(['hq_viewer'], sub='attacker')}")
        await victim.wait_for_selector("#login-notice:not([hidden])")
        assert "已停用" in (await victim.text_content("#login-notice") or "")
        assert "token=" not in victim.url
        assert (await session_of(victim))[0] == 401
        await victim.goto("about:blank")
        await victim.goto(link)
        await victim.wait_for_selector("#login-error:not([hidden])")
        assert "已用过" in (await victim.text_content("#login-error") or "")
        assert (await session_of(victim))[0] == 401
        await browser.close()
    assert errors == []
