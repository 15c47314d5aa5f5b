"""The headquarters query rows of `make bench` (DESIGN.md §8, issue "Headquarters answers
in milliseconds"), measured on a seeded demo county.

Targets: GetCountyOverview and GetUnitDetail p50 ≤ 20 ms for one client and p99 ≤
100 ms for 16 concurrent clients, the dashboard's /api/overview the same; views
"as of" past dates p99 ≤ 500 ms while the live view beside them keeps its target.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import random
import uuid
from dataclasses import replace

import grpc

from bench.cpu import CpuMeter, Source, own_process
from bench.grpc_commands import OrganizationClient
from bench.hq_burst import DASHBOARDS, burst, places
from bench.hq_county import demo_county, villages
from bench.hq_queries import Call, HeadquartersClient, Latency, latencies
from bench.load import seconds
from bench.servers import Servers
from bench.service_suite import FIXED_RATE as LATENCY_RATE
from bench.suites import failed
from bench.table import Row, not_measured, ratio
from frontline.api.organization.v1 import organization_pb2 as org_pb
from frontline.cli.demo_plan import CountyPlan
from frontline.testkit.runtime import SigningKeys

TOWNSHIP = "440781101"
ONE_P50_MS, MANY_P99_MS, PAST_P99_MS = 20.0, 100.0, 500.0
ONE_TARGET, MANY_TARGET = f"p50 ≤ {ONE_P50_MS:.0f} ms", f"p99 ≤ {MANY_P99_MS:.0f} ms"


def _row(path: str, measured: Latency, target: str, passed: bool) -> Row:
    return Row(path, measured.text(), target=target, passed=passed)


async def _pair(path: str, call: Call) -> list[Row]:
    one = await latencies(call, 1, seconds(6))
    many = await latencies(call, 16, seconds(6))
    return [
        _row(f"{path}, 1 client", one, ONE_TARGET, one.p50 <= ONE_P50_MS),
        _row(f"{path}, 16 clients", many, MANY_TARGET, many.p99 <= MANY_P99_MS),
    ]


def past_dates(today: dt.date, seed: int = 20) -> itertools.cycle[str]:
    """Days of the last two years in random order, each asked once per run (no two
    calls share a day, so none is answered from an earlier call's work on that day)."""
    days = [(today - dt.timedelta(days=n)).isoformat() for n in range(1, 730)]
    random.Random(seed).shuffle(days)
    return itertools.cycle(days)


async def _past_and_live_beside(client: HeadquartersClient) -> list[Row]:
    """Past dates on their own, then the live view while past dates are asked beside it."""
    dates = past_dates(dt.date.today())

    async def past() -> object:
        return await client.county(next(dates))

    alone = await latencies(past, 2, seconds(8))
    beside = asyncio.create_task(latencies(past, 2, seconds(8) + 2))
    live = await latencies(client.county, 16, seconds(8))
    await beside
    return [
        _row(
            "GetCountyOverview as of past dates (a new day each call), 2 clients",
            alone,
            f"p99 ≤ {PAST_P99_MS:.0f} ms",
            alone.p99 <= PAST_P99_MS,
        ),
        _row(
            "GetCountyOverview live, 16 clients, while 2 clients ask past dates",
            live,
            MANY_TARGET,
            live.p99 <= MANY_P99_MS,
        ),
    ]


async def query_rows(client: HeadquartersClient) -> list[Row]:
    """Rows for both RPCs and the dashboard API at 1 and 16 clients, then past dates."""
    await client.county()  # the first call after start-up is not anyone's steady state
    rows = await _pair("GetCountyOverview", client.county)
    rows += await _pair(f"GetUnitDetail (township {TOWNSHIP})", lambda: client.unit(TOWNSHIP))
    rows += await _pair("dashboard /api/overview (county)", client.dashboard_overview)
    rows += await _past_and_live_beside(client)
    return rows


BURST_PATH = f"{DASHBOARDS} dashboards on SSE during a burst"
BURST_OVERVIEW_MS, BURST_LAG_MS = 250.0, 1000.0
BURST_TARGET = f"overview p99 ≤ {BURST_OVERVIEW_MS:.0f} ms; lag p99 < 1 s"


async def burst_row(
    client: HeadquartersClient,
    org_target: str,
    hq_dsn: str,
    plan: CountyPlan,
    keys: SigningKeys,
    meter: CpuMeter | None = None,
) -> Row:
    townships = [t.code for t in plan.townships]
    villages = [v.code for t in townships for v in plan.villages[t][:2]]
    async with grpc.aio.insecure_channel(org_target) as channel:
        org = OrganizationClient(channel, keys)
        units = [
            (
                await org.stub.GetOrgUnit(
                    org_pb.GetOrgUnitRequest(division_code=code), metadata=org.metadata()
                )
            ).org_unit.org_unit_id
            for code in villages
        ]
        # Baseline: the same burst with no dashboard open (same run, same county).
        alone = await burst(client, org, [], units, hq_dsn, LATENCY_RATE, seconds(10))
        result = await burst(
            client,
            org,
            places(plan.code, townships, villages),
            units,
            hq_dsn,
            LATENCY_RATE,
            seconds(10),
            meter,
        )
    measured = (
        f"overview p50 {result.overview_p50:.0f} ms, p99 {result.overview_p99:.0f} ms"
        f" ({result.reloads} reloads); lag p50 {result.lag_p50:.0f} ms,"
        f" p99 {result.lag_p99:.0f} ms" + (f"; {result.lost} never seen" if result.lost else "")
    )
    passed = (
        result.reloads > 0
        and result.overview_p99 <= BURST_OVERVIEW_MS
        and result.lag_p99 < BURST_LAG_MS
        and not result.lost
    )
    path = f"{BURST_PATH}, {LATENCY_RATE:.0f} commands/s"
    baseline = f"no dashboard: lag p50 {alone.lag_p50:.0f} ms, p99 {alone.lag_p99:.0f} ms"
    return Row(
        path,
        measured,
        baseline,
        f"lag p99 {ratio(result.lag_p99, alone.lag_p99)}",
        BURST_TARGET,
        passed,
    )


async def hq_rows(servers: Servers, keys: SigningKeys) -> list[Row]:
    """The query rows and the burst row on a demo county of the bench's own, or one row
    saying why they could not run."""
    try:
        return await _hq_rows(servers, keys)
    except Exception as exc:
        return [not_measured("headquarters queries", "-", failed("headquarters queries", exc))]


async def _hq_rows(servers: Servers, keys: SigningKeys) -> list[Row]:
    prefix = f"h{uuid.uuid4().hex[:6]}."
    async with demo_county(servers, keys, prefix) as county:
        token = keys.token(["hq_viewer"], scope=county.plan.code, ttl=3600)
        async with (
            grpc.aio.insecure_channel(county.headquarters.grpc_target) as channel,
            HeadquartersClient(channel, county.dashboard_url, token) as client,
        ):
            rows = await query_rows(client)
            hq_dsn, org = county.headquarters.database_url, county.organization.grpc_target
            groups = servers.cpu_groups(
                bench=own_process(),
                organization=Source(county.organization.child.pid),
                headquarters=Source(county.headquarters.child.pid),
            )
            meter = CpuMeter(f"{DASHBOARDS} dashboards during the burst (per command)", groups)
            rows.append(await burst_row(client, org, hq_dsn, county.plan, keys, meter))
    note = f" [demo county, {villages()} villages]"
    return [replace(r, path=r.path + note) for r in rows]
