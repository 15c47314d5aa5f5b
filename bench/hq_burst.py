"""50 dashboards following live updates while commands arrive at 300/s.

Each dashboard holds the page's server-sent events stream (`/api/events`) and does
what `web/static/app.js` does with it: when an update says figures changed in its
place (headquarters says so at most once a second) it reloads
`/api/overview` for that place 100 ms later, and at most once per `RELOAD_EVERY`
seconds (a later update inside that second is folded into one trailing reload). Meanwhile an open
loop records meetings through the organization service at a steady rate, spread
over villages of every township, and a watcher times each from sending the command
to its row in the headquarters read model (the projection lag a viewer waits).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from dataclasses import dataclass, field

import aiohttp

from bench.cpu import CpuMeter
from bench.grpc_commands import OrganizationClient
from bench.hq_queries import HeadquartersClient, percentile
from bench.latency import Timeline, watch_visible

RELOAD_EVERY = 1.0  # web/static/app.js RELOAD_EVERY_MS
FIRST_WAIT = 0.1  # app.js scheduleReload: never sooner than 100 ms after an update
DASHBOARDS = 50


@dataclass
class Dashboard:
    code: str
    client: HeadquartersClient
    reloads: list[float] = field(default_factory=list)  # ms
    updates: int = 0
    _wanted: asyncio.Event = field(default_factory=asyncio.Event)
    _last: float = 0.0

    def touches(self, divisions: list[str]) -> bool:
        # app.js touches(): an update without divisions concerns every place.
        return not divisions or any(
            d.startswith(self.code) or self.code.startswith(d) for d in divisions
        )

    async def follow(self, ready: asyncio.Event) -> None:
        assert self.client.http is not None
        url = f"{self.client.dashboard_url}/api/events"
        timeout = aiohttp.ClientTimeout(total=None, sock_read=None)
        async with self.client.http.get(url, timeout=timeout) as stream:
            event = ""
            async for raw in stream.content:
                line = raw.decode().rstrip("\n")
                if line.startswith("event: "):
                    event = line[7:]
                elif line.startswith("data: ") and event == "hello":
                    ready.set()
                elif line.startswith("data: ") and event == "update":
                    self.updates += 1
                    update = json.loads(line[6:])
                    if update["figures"] and self.touches(update["divisions"]):
                        self._wanted.set()

    async def reload_when_touched(self) -> None:
        while True:
            await self._wanted.wait()
            await asyncio.sleep(max(FIRST_WAIT, self._last + RELOAD_EVERY - time.monotonic()))
            self._wanted.clear()
            self._last = started = time.monotonic()
            await self.client.dashboard_overview(self.code)
            self.reloads.append(1000 * (time.monotonic() - started))


@dataclass(frozen=True)
class BurstResult:
    overview_p50: float
    overview_p99: float
    reloads: int
    lag_p50: float
    lag_p99: float
    lost: int


def places(county: str, townships: list[str], villages: list[str]) -> list[str]:
    """Where 50 duty-room screens point: most at the county, two at each township, the
    rest at villages."""
    chosen = [t for t in townships for _ in range(2)] + villages[: DASHBOARDS // 8]
    return [county] * (DASHBOARDS - len(chosen)) + chosen


async def burst(
    hq: HeadquartersClient,
    org: OrganizationClient,
    screens: list[str],
    units: list[str],
    hq_dsn: str,
    rate: float,
    seconds: float,
    meter: CpuMeter | None = None,
) -> BurstResult:
    dashboards = [Dashboard(code, hq) for code in screens]
    ready = [asyncio.Event() for _ in dashboards]
    tasks = [asyncio.create_task(d.follow(r)) for d, r in zip(dashboards, ready, strict=True)]
    tasks += [asyncio.create_task(d.reload_when_touched()) for d in dashboards]
    try:
        await asyncio.wait_for(asyncio.gather(*(r.wait() for r in ready)), 30)
        await asyncio.gather(*(hq.dashboard_overview(d.code) for d in dashboards))  # page load
        if meter:
            meter.start()
        timeline = await _commands(org, units, hq_dsn, rate, seconds)
        if meter:
            meter.stop()
            meter.report(len(timeline.sent))
        await asyncio.sleep(RELOAD_EVERY + 0.5)  # the last updates' reloads
    finally:
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, aiohttp.ClientError):
                await task
    reloads = sorted(ms for d in dashboards for ms in d.reloads) or [float("nan")]
    lags = timeline.spans(timeline.sent, timeline.visible)
    if not lags:
        raise RuntimeError("no command became visible in the headquarters read model")
    return BurstResult(
        percentile(reloads, 0.5),
        percentile(reloads, 0.99),
        sum(len(d.reloads) for d in dashboards),
        percentile(lags, 0.5),
        percentile(lags, 0.99),
        len(timeline.waiting()),
    )


async def _commands(
    org: OrganizationClient, units: list[str], hq_dsn: str, rate: float, seconds: float
) -> Timeline:
    """An open loop of RecordMeeting over `units`; each timed until visible in HQ."""
    timeline, done = Timeline(), asyncio.Event()

    async def send(n: int) -> None:
        sent = time.time()
        meeting_id = await org.record_meeting(units[n % len(units)], n)
        timeline.sent[meeting_id], timeline.replied[meeting_id] = sent, time.time()

    # Polled every 20 ms, not 5: fifty dashboards already share the two cores.
    watcher = asyncio.create_task(
        watch_visible(timeline, hq_dsn, done, timeout=seconds + 30, poll=0.02)
    )
    started, sends = time.monotonic(), []
    for n in range(int(rate * seconds)):
        # Open loop: the n-th command leaves at its scheduled time, not after a reply.
        await asyncio.sleep(max(0.0, started + n / rate - time.monotonic()))
        sends.append(asyncio.create_task(send(n)))
    await asyncio.gather(*sends)
    done.set()
    await watcher
    return timeline
