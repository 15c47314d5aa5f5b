"""Headquarters query latency: GetCountyOverview, GetUnitDetail and /api/overview.

Closed loops of 1 and 16 clients call one query for a fixed time (after a warm-up
that is not counted) and record every call's latency; rows print p50 and p99.
The clients are the same grpc.aio channel a gateway would hold, and aiohttp for
the dashboard's JSON with the operator's bearer token (the page's cookie carries
the same token). Works against any running headquarters: the bench's own
processes, or a `make up` stack (`python -m bench.hq_stack`).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import aiohttp
import grpc

from frontline.api.headquarters.v1 import headquarters_pb2 as pb
from frontline.api.headquarters.v1 import headquarters_pb2_grpc as pb_grpc

Call = Callable[[], Awaitable[object]]


@dataclass(frozen=True)
class Latency:
    p50: float
    p99: float
    calls: int
    per_second: float

    def text(self) -> str:
        return f"p50 {self.p50:.1f} ms; p99 {self.p99:.1f} ms ({self.per_second:.0f}/s)"


def percentile(sorted_ms: list[float], share: float) -> float:
    return sorted_ms[min(len(sorted_ms) - 1, int(share * len(sorted_ms)))]


async def latencies(call: Call, clients: int, seconds: float, warmup: float = 1.0) -> Latency:
    """Every call's latency from `clients` closed loops over `seconds` (after `warmup`)."""
    measured: list[float] = []
    counting, stop = False, False

    async def client() -> None:
        while not stop:
            started = time.perf_counter()
            await call()
            if counting:
                measured.append(1000 * (time.perf_counter() - started))

    tasks = [asyncio.create_task(client()) for _ in range(clients)]
    try:
        await _sleep_or_raise(tasks, warmup)
        counting, began = True, time.monotonic()
        await _sleep_or_raise(tasks, seconds)
        counting, stop, elapsed = False, True, time.monotonic() - began
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
    if not measured:
        raise RuntimeError("no call finished inside the measured window")
    measured.sort()
    return Latency(
        percentile(measured, 0.5),
        percentile(measured, 0.99),
        len(measured),
        len(measured) / elapsed,
    )


async def _sleep_or_raise(tasks: list[asyncio.Task[None]], seconds: float) -> None:
    done, _ = await asyncio.wait(tasks, timeout=seconds, return_when=asyncio.FIRST_EXCEPTION)
    for task in done:
        task.result()


class HeadquartersClient:
    """The calls a county leader's screen makes, by gRPC and by the dashboard's JSON API."""

    def __init__(self, channel: grpc.aio.Channel, dashboard_url: str, token: str) -> None:
        self.stub = pb_grpc.HeadquartersServiceStub(channel)  # type: ignore[no-untyped-call]
        self.metadata = (("authorization", f"Bearer {token}"),)
        self.dashboard_url = dashboard_url.rstrip("/")
        self.headers = {"Authorization": f"Bearer {token}"}
        self.http: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> HeadquartersClient:
        # Enough connections for 50 dashboards' streams plus their reloads.
        connector = aiohttp.TCPConnector(limit=200)
        self.http = aiohttp.ClientSession(connector=connector, headers=self.headers)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.http is not None:
            await self.http.close()

    async def county(self, as_of: str = "") -> pb.Overview:
        reply = await self.stub.GetCountyOverview(
            pb.GetCountyOverviewRequest(as_of=as_of), metadata=self.metadata
        )
        overview: pb.Overview = reply.overview
        return overview

    async def unit(self, code: str, as_of: str = "") -> pb.Overview:
        reply = await self.stub.GetUnitDetail(
            pb.GetUnitDetailRequest(division_code=code, as_of=as_of), metadata=self.metadata
        )
        overview: pb.Overview = reply.overview
        return overview

    async def dashboard_overview(self, code: str = "", as_of: str = "") -> bytes:
        assert self.http is not None
        params = {k: v for k, v in (("code", code), ("as_of", as_of)) if v}
        async with self.http.get(f"{self.dashboard_url}/api/overview", params=params) as reply:
            reply.raise_for_status()
            return await reply.read()
