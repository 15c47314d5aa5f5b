"""The service processes' rows: gRPC commands against their floor, latency against capacity.

1. Organization, cadre and headquarters start; their idle RSS is read.
2. Capacity: RecordMeeting through gRPC, 16 closed-loop clients, with headquarters
   projecting what the commands publish (the whole path shares the cores, so this is
   the rate the county could sustain).
3. Command → visible in headquarters at 25 % and 50 % of that capacity, Poisson
   arrivals (the target applies there); the fixed DESIGN.md rate as information only.
4. Cadre and headquarters stop. RecordMeeting through gRPC and the floor (bench/
   grpc_floor.py: bare grpc.aio + one asyncpg statement) alternate, best of each kept;
   then SubmitRequest, RegisterCadre and RegisterDispute each on its own service
   process, each as a ratio to the same floor.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import uuid
from collections.abc import Awaitable, Callable

import grpc

from bench import latency
from bench.cpu import CpuMeter, Source, own_process
from bench.grpc_commands import OrganizationClient, grpc_command_rate
from bench.grpc_floor import floor_process
from bench.grpc_requests import ServiceDeskClient, submit_rate
from bench.grpc_services import register_cadre_rate, register_dispute_rate
from bench.processes import Service
from bench.servers import Servers
from bench.suites import failed, rounds, start
from bench.table import Row, not_measured, rate, ratio
from frontline.testkit.runtime import SigningKeys

FLOOR_FACTOR = 0.7
P50_MS, P99_MS = 50.0, 250.0
SHARES = (0.25, 0.5)
# DESIGN.md §8 names 300/s; above this machine's capacity it measures queueing, so it is
# shown for information only. BENCH_LATENCY_RATE changes it.
FIXED_RATE = float(os.environ.get("BENCH_LATENCY_RATE", "300"))
RSS_MB = 150.0
IDLE_SECONDS = 3.0
LATENCY_TARGET = "p50 ≤ 50 ms; p99 ≤ 250 ms"
FLOOR_TARGET = f"≥ {FLOOR_FACTOR:.2f}x floor"
GRPC_PATH = "command via gRPC (RecordMeeting), 16 clients"
Measure = Callable[[grpc.aio.Channel, CpuMeter], Awaitable[float]]


def memory_rows(services: dict[str, Service | None], errors: dict[str, str]) -> list[Row]:
    rows = []
    for package, service in services.items():
        path = f"{package} process RSS, idle after ready"
        if service is None:
            rows.append(not_measured(path, "≤ 150 MB", errors.get(package, "did not start")))
            continue
        rss = service.rss_mb()
        rows.append(Row(path, f"{rss:.0f} MB", target="≤ 150 MB", passed=rss <= RSS_MB))
    return rows


async def latency_row(
    client: OrganizationClient,
    unit_id: str,
    hq: Service,
    servers: Servers,
    prefix: str,
    per_second: float,
    path: str,
    judged: bool,
) -> Row:
    target = LATENCY_TARGET if judged else "information"
    try:
        p50, p99, lost = await latency.visible_latency(
            client,
            unit_id,
            hq.database_url,
            per_second,
            servers.kafka_bootstrap,
            f"{prefix}organization.events.v1",
            poisson=judged,
        )
    except Exception as exc:
        return not_measured(path, target, failed("latency", exc))
    measured = f"p50 {p50:.0f} ms; p99 {p99:.0f} ms" + (f"; {lost} never seen" if lost else "")
    passed = (p50 <= P50_MS and p99 <= P99_MS and not lost) if judged else None
    return Row(path, measured, target=target, passed=passed)


async def latency_rows(
    client: OrganizationClient,
    unit_id: str,
    hq: Service | None,
    errors: dict[str, str],
    servers: Servers,
    prefix: str,
) -> list[Row]:
    if hq is None:
        return [not_measured("command → visible in HQ", LATENCY_TARGET, errors["headquarters"])]
    capacity = await grpc_command_rate(client, unit_id, None)
    rows = []
    for share in SHARES:
        path = (
            f"command → visible in HQ, Poisson at {share:.0%} of capacity"
            f" ({rate(share * capacity)} of {rate(capacity)})"
        )
        rows.append(
            await latency_row(client, unit_id, hq, servers, prefix, share * capacity, path, True)
        )
    path = f"command → visible in HQ, evenly at {FIXED_RATE:.0f}/s (DESIGN.md §8)"
    rows.append(await latency_row(client, unit_id, hq, servers, prefix, FIXED_RATE, path, False))
    return rows


async def floor_rate(client: OrganizationClient, unit_id: str, servers: Servers) -> float:
    async with contextlib.AsyncExitStack() as stack:
        target, child = await stack.enter_async_context(floor_process(servers))
        channel = await stack.enter_async_context(grpc.aio.insecure_channel(target))
        bare = OrganizationClient(channel, client.keys)
        groups = servers.cpu_groups(client=own_process(), floor=Source(child.pid))
        return await grpc_command_rate(bare, unit_id, CpuMeter("gRPC floor", groups))


async def meeting_row(
    client: OrganizationClient, unit_id: str, org: Service, servers: Servers
) -> tuple[Row, float]:
    """RecordMeeting against the floor, alternating; the row and the floor's rate."""
    groups = servers.cpu_groups(client=own_process(), organization=Source(org.child.pid))
    meter = CpuMeter("gRPC RecordMeeting", groups)
    service = floor = 0.0
    for _ in range(rounds()):
        floor = max(floor, await floor_rate(client, unit_id, servers))
        service = max(service, await grpc_command_rate(client, unit_id, meter))
    return floor_row(GRPC_PATH, service, floor), floor


def floor_row(path: str, service: float, floor: float) -> Row:
    baseline = f"bare grpc.aio + asyncpg {rate(floor)}"
    passed = floor > 0 and service >= FLOOR_FACTOR * floor
    return Row(path, rate(service), baseline, ratio(service, floor), FLOOR_TARGET, passed)


async def other_row(
    package: str,
    path: str,
    measure: Measure,
    floor: float,
    servers: Servers,
    keys: SigningKeys,
    prefix: str,
) -> Row:
    """One service process alone beside the idle organization process."""
    errors: dict[str, str] = {}
    async with contextlib.AsyncExitStack() as stack:
        service = await start(stack, package, servers, keys, prefix, errors)
        if service is None:
            return not_measured(path, FLOOR_TARGET, errors[package])
        channel = await stack.enter_async_context(grpc.aio.insecure_channel(service.grpc_target))
        groups = servers.cpu_groups(client=own_process(), service=Source(service.child.pid))
        try:
            per_second = await measure(channel, CpuMeter(path, groups))
        except Exception as exc:
            return not_measured(path, FLOOR_TARGET, failed(path, exc))
    return floor_row(path, per_second, floor)


def _submit(keys: SigningKeys, unit_id: str) -> Measure:
    async def measure(channel: grpc.aio.Channel, meter: CpuMeter) -> float:
        client = ServiceDeskClient(channel, keys)
        return await submit_rate(client, await client.centre(unit_id), meter)

    return measure


def _with_keys(keys: SigningKeys, rate_of: Callable[..., Awaitable[float]]) -> Measure:
    async def measure(channel: grpc.aio.Channel, meter: CpuMeter) -> float:
        return await rate_of(channel, keys, meter)

    return measure


async def grpc_rows(
    client: OrganizationClient,
    unit_id: str,
    org: Service,
    servers: Servers,
    keys: SigningKeys,
    prefix: str,
) -> list[Row]:
    meeting, floor = await meeting_row(client, unit_id, org, servers)
    others = (
        (
            "service_center",
            "command via gRPC (SubmitRequest, sealed requester), 16 clients",
            _submit(keys, unit_id),
        ),
        (
            "cadre",
            "command via gRPC (RegisterCadre, sealed personal data), 16 clients",
            _with_keys(keys, register_cadre_rate),
        ),
        (
            "discipline",
            "command via gRPC (RegisterDispute), 16 clients",
            _with_keys(keys, register_dispute_rate),
        ),
    )
    rows = [meeting]
    for package, path, measure in others:
        rows.append(await other_row(package, path, measure, floor, servers, keys, prefix))
    return rows


async def service_rows(servers: Servers, keys: SigningKeys) -> tuple[list[Row], list[Row]]:
    """(gRPC command rows, latency + memory rows) from real service processes."""
    prefix, errors = f"s{uuid.uuid4().hex[:6]}.", dict[str, str]()
    async with contextlib.AsyncExitStack() as outer:
        org = await start(outer, "organization", servers, keys, prefix, errors)
        async with contextlib.AsyncExitStack() as inner:
            cadre = await start(inner, "cadre", servers, keys, prefix, errors)
            hq = await start(inner, "headquarters", servers, keys, prefix, errors)
            await asyncio.sleep(IDLE_SECONDS)  # idle means idle for a while, not just started
            rows = memory_rows({"organization": org, "cadre": cadre, "headquarters": hq}, errors)
            if org is None:
                reason = errors["organization"]
                return [not_measured(GRPC_PATH, FLOOR_TARGET, reason)], rows
            channel = await outer.enter_async_context(grpc.aio.insecure_channel(org.grpc_target))
            client = OrganizationClient(channel, keys)
            unit_id = await client.establish_village()
            rows[:0] = await latency_rows(client, unit_id, hq, errors, servers, prefix)
        return await grpc_rows(client, unit_id, org, servers, keys, prefix), rows
