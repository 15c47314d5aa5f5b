"""Row 7: a command → visible on a dashboard that is open in a browser.

Organization and headquarters run as processes; headless Chromium opens the dashboard
signed in as a viewer, as a person at the county's command centre has it open. Then,
one at a time, a RecordMeeting for another village each (each village has its own
name): the clock runs from sending the command until the page's activity feed holds
the line "<village> · 召开…". A MutationObserver in the page notes when each line
enters the feed (Date.now(), a frame before it is painted), so how often the bench
looks does not count.

Baseline, the same commands in the same run: until the meeting is a row in the
headquarters read model (polled every 5 ms), the path of row 4b without the load. The
ratio is what the push to the browser, its fetch and its drawing add.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import asyncpg
import grpc
from playwright.async_api import Page, async_playwright
from playwright.async_api import TimeoutError as PlaywrightTimeout

from bench.grpc_commands import OrganizationClient
from bench.latency import percentile
from bench.load import quick
from bench.processes import Service, service_process
from bench.servers import Servers
from bench.suites import failed
from bench.table import Row, not_measured, ratio
from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.testkit.dashboard_links import ticket_path
from frontline.testkit.runtime import SigningKeys

PATH = "command → visible on an open dashboard"
TARGET_MS = 1000.0  # the dashboard's promise: live within a second
TARGET = "max ≤ 1,000 ms"
WAIT_SECONDS = 10.0  # a command not shown by then counts as lost
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
# Every line added to the activity feed, with the page's clock when it was added.
WATCH_FEED = """() => {
  window.feedLines = [];
  new MutationObserver((changes) => {
    const now = Date.now();
    for (const change of changes)
      for (const node of change.addedNodes)
        if (node.nodeType === 1) window.feedLines.push([now, node.textContent]);
  }).observe(document.querySelector("#activity"), { childList: true });
}"""
SHOWN = "text => window.feedLines.find(([, line]) => line.includes(text))?.[0] ?? null"


@dataclass
class Timings:
    dashboard: list[float] = field(default_factory=list)  # ms from sending
    read_model: list[float] = field(default_factory=list)
    lost: int = 0


async def establish_villages(client: OrganizationClient, count: int) -> dict[str, str]:
    """County → township → ``count`` villages; village unit id → its name."""
    parent, villages = "", {}
    above = (
        (pb.ORG_LEVEL_COUNTY, "440781", "示范县委"),
        (pb.ORG_LEVEL_TOWNSHIP, "440781101", "城关镇党委"),
    )
    for level, code, name in above:
        parent = await _establish(client, level, code, name, parent)
    for n in range(count):
        name = f"测速{n:02d}村党支部"
        code = f"440781101{n + 1:03d}"
        villages[await _establish(client, pb.ORG_LEVEL_VILLAGE, code, name, parent)] = name
    return villages


async def _establish(
    client: OrganizationClient, level: pb.OrgLevel, code: str, name: str, parent: str
) -> str:
    request = pb.EstablishOrgUnitRequest(
        level=level,
        division_code=code,
        name=name,
        parent_unit_id=parent,
        established_on="2024-01-01",
        term_years=5,
    )
    reply = await client.stub.EstablishOrgUnit(request, metadata=client.metadata())
    return str(reply.org_unit.org_unit_id)


async def _in_read_model(hq: asyncpg.Connection, meeting_id: str) -> float | None:
    """When the meeting became a row in the headquarters read model (wall clock)."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if await hq.fetchval("SELECT 1 FROM hq.meetings WHERE meeting_id = $1", meeting_id):
            return time.time()
        await asyncio.sleep(0.005)
    return None


async def _on_page(page: Page, text: str) -> float | None:
    """When the feed line with ``text`` entered the page (the page's wall clock)."""
    with contextlib.suppress(PlaywrightTimeout):
        handle = await page.wait_for_function(SHOWN, arg=text, timeout=WAIT_SECONDS * 1000)
        return float(await handle.json_value()) / 1000
    return None


async def measure(
    client: OrganizationClient, page: Page, hq_dsn: str, villages: dict[str, str]
) -> Timings:
    timings = Timings()
    hq = await asyncpg.connect(hq_dsn)
    try:
        for n, (unit_id, name) in enumerate(villages.items()):
            sent = time.time()
            meeting_id = await client.record_meeting(unit_id, n)
            stored, shown = await asyncio.gather(
                _in_read_model(hq, meeting_id), _on_page(page, f"{name} · 召开")
            )
            if stored is None or shown is None:
                timings.lost += 1
                continue
            timings.read_model.append(1000 * (stored - sent))
            timings.dashboard.append(1000 * (shown - sent))
    finally:
        await hq.close()
    return timings


async def _known_to_headquarters(hq_dsn: str, count: int) -> None:
    """Wait until headquarters has every village, so that its feed lines carry names."""
    hq = await asyncpg.connect(hq_dsn)
    try:
        deadline = time.monotonic() + 60
        query = "SELECT count(*) FROM hq.units WHERE level = 'village'"
        while await hq.fetchval(query) < count:
            if time.monotonic() > deadline:
                raise TimeoutError("headquarters did not learn of the villages in 60 s")
            await asyncio.sleep(0.1)
    finally:
        await hq.close()


@contextlib.asynccontextmanager
async def open_dashboard(hq: Service, keys: SigningKeys) -> AsyncIterator[Page]:
    """The dashboard in headless Chromium, signed in as a viewer, live, feed watched."""
    token = keys.token(["hq_viewer"], scope="440781", ttl=3600)
    site = f"http://127.0.0.1:{hq.ports.dashboard}"
    async with async_playwright() as p:
        browser = await p.chromium.launch(
            executable_path=CHROMIUM, args=ARGS, env={**os.environ, "LANG": "zh_CN.UTF-8"}
        )
        try:
            page = await browser.new_page(viewport={"width": 1920, "height": 1080}, locale="zh-CN")
            await page.goto(site + await ticket_path(site, keys, token))
            await page.wait_for_url(f"{site}/")
            await page.wait_for_selector("#live.on")
            await page.wait_for_selector("#activity")
            await page.evaluate(WATCH_FEED)
            yield page
        finally:
            await browser.close()


async def _timings(servers: Servers, keys: SigningKeys, count: int) -> Timings:
    prefix = f"d{uuid.uuid4().hex[:6]}."
    async with contextlib.AsyncExitStack() as stack:
        org = await stack.enter_async_context(
            service_process("organization", servers, keys, prefix)
        )
        hq = await stack.enter_async_context(service_process("headquarters", servers, keys, prefix))
        channel = await stack.enter_async_context(grpc.aio.insecure_channel(org.grpc_target))
        client = OrganizationClient(channel, keys)
        villages = await establish_villages(client, count)
        await _known_to_headquarters(hq.database_url, count)
        page = await stack.enter_async_context(open_dashboard(hq, keys))
        return await measure(client, page, hq.database_url, villages)


async def dashboard_rows(servers: Servers, keys: SigningKeys) -> list[Row]:
    count = 10 if quick() else 30
    try:
        t = await _timings(servers, keys, count)
    except Exception as exc:
        return [not_measured(PATH, TARGET, failed("dashboard", exc))]
    if not t.dashboard:
        shown_none = f"none of {count} shown within {WAIT_SECONDS:.0f} s"
        return [Row(PATH, shown_none, target=TARGET, passed=False)]
    shown, stored = sorted(t.dashboard), sorted(t.read_model)
    p50, worst, base = percentile(shown, 0.5), shown[-1], percentile(stored, 0.5)
    measured = f"p50 {p50:.0f} ms; max {worst:.0f} ms" + (f"; {t.lost} lost" if t.lost else "")
    return [
        Row(
            f"{PATH}, {count} commands one by one",
            measured,
            f"HQ read model p50 {base:.0f} ms",
            ratio(p50, base),
            TARGET,
            worst <= TARGET_MS and not t.lost,
        )
    ]
