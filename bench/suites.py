"""Each benchmark group as a function returning its table rows (DESIGN.md §8 targets).

A group that cannot run says so in its rows ("not measured: <reason>") instead of
stopping the others.
"""

from __future__ import annotations

import contextlib
import logging
import os
import traceback
import uuid

from bench import commands, eventsourcing_baseline, headquarters, relay
from bench.load import quick
from bench.processes import Service, service_process
from bench.servers import Servers
from bench.table import Row, not_measured, rate, ratio
from frontline.testkit.runtime import SigningKeys

log = logging.getLogger("bench")

COMMANDS_TARGET = 1500.0
ES_FACTOR = 2.0
RELAY_TARGET, RELAY_FACTOR = 10_000.0, 0.7
REBUILD_TARGET = 20_000.0


def failed(what: str, exc: BaseException) -> str:
    log.error(f"{what} failed:\n{''.join(traceback.format_exception(exc))}")
    return " ".join(f"{type(exc).__name__}: {exc}".split())[:80]


def rounds() -> int:
    """Each compared rate is measured this many times, alternating, and the best kept:
    other work on a shared machine only ever slows a run down."""
    return int(os.environ.get("BENCH_ROUNDS", "1" if quick() else "2"))


async def command_rows(servers: Servers, keys: SigningKeys) -> list[Row]:
    bare = kernel = es = 0.0
    for _ in range(rounds()):
        bare = max(bare, await commands.bare_asyncpg_rate(servers))
        kernel = max(kernel, await commands.kernel_rate(servers, keys))
        es = max(es, await eventsourcing_baseline.eventsourcing_rate(servers))
    return [
        Row("command append, kernel CommandHandler, 16 clients", rate(kernel),
            f"bare asyncpg tx {rate(bare)}", ratio(kernel, bare), "≥ 1,500/s",
            kernel >= COMMANDS_TARGET),
        Row("command append vs eventsourcing (16 threads)", rate(kernel),
            f"eventsourcing {rate(es)}", ratio(kernel, es), "≥ 2.00x",
            kernel >= ES_FACTOR * es),
    ]  # fmt: skip


async def relay_rows(servers: Servers) -> list[Row]:
    count = 20_000 if quick() else 50_000
    records = relay.sample_records(count, f"b{uuid.uuid4().hex[:6]}.")
    bare = relayed = 0.0
    for _ in range(rounds()):
        bare = max(bare, await relay.bare_rate(servers, records))
        relayed = max(relayed, await relay.relay_rate(servers, records))
    return [
        Row(f"outbox → Kafka relay, {count:,} rows", rate(relayed),
            f"bare aiokafka {rate(bare)}", ratio(relayed, bare), "≥ 10,000/s; ≥ 0.70x",
            relayed >= RELAY_TARGET and relayed >= RELAY_FACTOR * bare),
    ]  # fmt: skip


async def rebuild_rows(servers: Servers) -> list[Row]:
    events = 50_000 if quick() else 200_000
    path, target = f"HQ rebuild from Kafka, {events:,} events", "≥ 20,000/s"
    try:
        rebuilt = await headquarters.rebuild_rate(servers, f"r{uuid.uuid4().hex[:6]}.", events)
    except Exception as exc:
        return [not_measured(path, target, failed("rebuild", exc))]
    return [Row(path, rate(rebuilt), target=target, passed=rebuilt >= REBUILD_TARGET)]


async def start(stack: contextlib.AsyncExitStack, package: str, servers: Servers,
                keys: SigningKeys, prefix: str, errors: dict[str, str]) -> Service | None:  # fmt: skip
    """The service process (stopped with `stack`), or None with the reason in `errors`."""
    try:
        return await stack.enter_async_context(service_process(package, servers, keys, prefix))
    except Exception as exc:
        errors[package] = failed(f"starting {package}", exc)
        return None
