"""`python -m bench` (`make bench`): start Kafka and PostgreSQL, run every benchmark,
print one table. BENCH_QUICK=1 for a shorter run; BENCH_ONLY=commands,relay,rebuild,
services,cli,hq,dashboard to run some groups; BENCH_DURABLE=0 for a PostgreSQL without fsync."""

from __future__ import annotations

import logging
import os
import sys
import time

from bench import cli_startup, dashboard_live, hq_suite, suites
from bench.commands import signing_keys
from bench.load import quick
from bench.servers import running_servers
from bench.table import Row, render
from frontline.kernel import loop

GROUPS = ("commands", "services", "relay", "rebuild", "cli", "hq", "dashboard")


def _selected() -> set[str]:
    only = os.environ.get("BENCH_ONLY", "")
    return {g.strip() for g in only.split(",") if g.strip()} or set(GROUPS)


def _say(message: str) -> None:
    print(f"bench | {message}", file=sys.stderr, flush=True)


async def run() -> list[Row]:
    chosen = _selected()
    rows: dict[str, list[Row]] = {}
    async with running_servers() as servers:
        _say(f"Kafka {servers.kafka_bootstrap}, PostgreSQL (durable={servers.durable}) ready")
        keys = signing_keys(servers.folder)
        if "commands" in chosen:
            _say("command append: bare asyncpg, kernel, eventsourcing")
            rows["commands"] = await suites.command_rows(servers, keys)
        if "services" in chosen:
            _say("service processes: memory, command → HQ latency, gRPC commands")
            rows["grpc"], rows["services"] = await suites.service_rows(servers, keys)
        if "relay" in chosen:
            _say("outbox relay vs bare producer")
            rows["relay"] = await suites.relay_rows(servers)
        if "rebuild" in chosen:
            _say("headquarters rebuild")
            rows["rebuild"] = await suites.rebuild_rows(servers)
        if "cli" in chosen:
            _say("operator CLI processes: --help, a read command")
            rows["cli"] = await cli_startup.cli_rows(servers, keys)
        if "hq" in chosen:
            _say("headquarters queries on a seeded demo county, and 50 dashboards in a burst")
            rows["hq"] = await hq_suite.hq_rows(servers, keys)
        if "dashboard" in chosen:
            _say("command → an open dashboard in headless Chromium")
            rows["dashboard"] = await dashboard_live.dashboard_rows(servers, keys)
    order = ("commands", "grpc", "relay", "rebuild", "services", "cli", "hq", "dashboard")
    return [row for key in order for row in rows.get(key, [])]


def main() -> None:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    started = time.monotonic()
    load_before = os.getloadavg()[0]
    rows = loop.run(run())
    print()
    print(render(rows))
    print(
        f"\n{os.cpu_count()} cores; load average {load_before:.1f} at start,"
        f" {os.getloadavg()[0]:.1f} at end (other work on the machine skews every row);"
        f" PostgreSQL fsync {'on' if os.environ.get('BENCH_DURABLE', '1') != '0' else 'off'};"
        f" {'quick' if quick() else 'full'} run in {time.monotonic() - started:.0f} s"
    )
    if any(r.passed is False for r in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
