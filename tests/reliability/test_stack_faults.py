"""The local stack keeps the county running (DESIGN.md §7), as `python -m frontline.stack
up` runs it: a crashed service comes back with a growing delay while the others stay
up; one of two instances of a service killed under load loses and doubles nothing, and
headquarters reconciles (`frontline admin verify`); only Kafka or PostgreSQL dying
stops the stack.

Before, kill -9 of one service stopped every service, Kafka and PostgreSQL with it.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import psutil
import pytest

from frontline.kernel.relay import RELAY_LOCK
from frontline.stack.kafka_principals import ADMIN
from frontline.stack.kafka_secrets import KafkaSecrets
from frontline.stack.stack_env import read_stack_env
from frontline.stack.testing import _throwaway_folder
from frontline.testkit.county_load import Load, establish_villages
from frontline.testkit.kafka import consumer_group_members, distinct_and_total

START_TIMEOUT = 240.0


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


@dataclass
class Stack:
    supervisor: subprocess.Popen[bytes]
    home: Path
    log: Path

    @property
    def env(self) -> dict[str, str]:
        return read_stack_env(self.home / "stack.env")

    def console(self) -> str:
        return self.log.read_text(errors="replace")

    def says(self, line: str) -> Callable[[], bool]:
        return lambda: line in self.console()

    def replaced(self, role: str, pid: int) -> Callable[[], bool]:
        def replaced() -> bool:
            current = self.processes().get(role)
            return current is not None and current.pid != pid

        return replaced

    def processes(self) -> dict[str, psutil.Process]:
        """The stack's processes by role: kafka, postgres, and each service instance
        by its log name (organization, organization-2 …)."""
        found: dict[str, psutil.Process] = {}
        for child in psutil.Process(self.supervisor.pid).children(recursive=True):
            try:
                line = " ".join(child.cmdline())
                if "kafka.Kafka" in line:
                    found["kafka"] = child
                elif child.name() == "postgres" and "-D" in line:
                    found["postgres"] = child
                elif " -m frontline." in line and child.name().startswith("python"):
                    audit = child.environ().get("FRONTLINE_AUDIT_LOG_PATH", "")
                    found[Path(audit).name.removesuffix(".audit.jsonl")] = child
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
        return found

    def frontline(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
        env["FRONTLINE_STACK_ENV"] = str(self.home / "stack.env")
        command = [sys.executable, "-m", "frontline.cli", *args]
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)


def start(home: Path, log: Path, *args: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "frontline.stack", "up", "--home", str(home)]
    command += ["--free-ports", "--no-seed", *args]
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
    with log.open("wb") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """Organization in two instances and the other four services, supervised:
    `admin verify` reads every service whose topic headquarters projects."""
    log = tmp_path_factory.mktemp("county") / "up.log"
    services = "organization,cadre,service-center,discipline,headquarters"
    with _throwaway_folder("stack") as home:
        supervisor = start(home, log, "--services", services, "--replicas", "organization=2")
        try:
            stack = Stack(supervisor, home, log)
            wait_for(
                lambda: (home / "stack.env").exists() or supervisor.poll() is not None,
                START_TIMEOUT,
                "the stack",
            )
            assert supervisor.poll() is None, stack.console()
            yield stack
        finally:
            if supervisor.poll() is None:
                supervisor.send_signal(signal.SIGTERM)
                try:
                    supervisor.wait(60)
                except subprocess.TimeoutExpired:
                    supervisor.kill()
                    supervisor.wait()


def test_a_crashed_service_comes_back_with_a_growing_delay_and_the_rest_stays_up(
    county: Stack,
) -> None:
    before = county.processes()
    assert {"kafka", "postgres", "organization", "organization-2", "cadre", "headquarters"} <= set(
        before
    )
    for crash, delay in ((1, 1), (2, 2)):
        cadre = county.processes()["cadre"]
        cadre.kill()
        said = f"cadre exited with code -9: restarting it in {delay}s (crash {crash} in a row)"
        wait_for(county.says(said), 30, said)
        wait_for(county.replaced("cadre", cadre.pid), 60, "cadre restarted")
        restarted = re.findall(r"cadre restarted \(pid (\d+)\)", county.console())
        assert len(restarted) == crash
    # Ready again: the CLI reaches it through the address in stack.env.
    wait_for(lambda: county.frontline("cadre", "list", "--json").returncode == 0, 120, "cadre")
    after = county.processes()
    for role in ("kafka", "postgres", "organization", "organization-2", "headquarters"):
        assert after[role].pid == before[role].pid, f"{role} was restarted too"
    assert county.supervisor.poll() is None


async def relay_leaders(database_url: str) -> list[int]:
    """Client ports of the connections holding the relay's advisory lock."""
    conn = await asyncpg.connect(database_url)
    try:
        rows = await conn.fetch(
            "SELECT a.client_port FROM pg_locks l JOIN pg_stat_activity a USING (pid)"
            " WHERE l.locktype = 'advisory' AND l.granted AND a.datname = current_database()"
            " AND (l.classid::bigint << 32) + l.objid::bigint = $1",
            RELAY_LOCK,
        )
    finally:
        await conn.close()
    return [r["client_port"] for r in rows]


def owner_of_port(processes: dict[str, psutil.Process], port: int) -> str:
    for name, process in processes.items():
        if any(c.laddr.port == port for c in process.net_connections(kind="tcp")):
            return name
    raise AssertionError(f"no instance has a connection from port {port}")


async def test_one_of_two_instances_killed_under_load_loses_and_doubles_nothing(
    county: Stack,
) -> None:
    env = county.env
    database = env["FRONTLINE_ORGANIZATION_DATABASE_URL"]
    instances = {k: v for k, v in county.processes().items() if k.startswith("organization")}
    assert len(instances) == 2
    # One relay leads; both instances share the consumer group's partitions.
    [leader_port] = await relay_leaders(database)
    leader = owner_of_port(instances, leader_port)
    kafka = KafkaSecrets(county.home / "keys" / "kafka").client_settings(
        env["FRONTLINE_KAFKA_BOOTSTRAP"], ADMIN
    )
    members = await consumer_group_members(kafka, "organization.secretary-posts")
    assert len(members) == 2 and all(members), members

    load = Load(env["FRONTLINE_ORGANIZATION_GRPC"], Path(env["FRONTLINE_TOKEN_PATH"]))
    killed = asyncio.Event()

    async def kill_the_leader_midway() -> None:
        await load.acknowledged_at_least(100)
        instances[leader].kill()
        killed.set()

    villages, _ = await asyncio.gather(establish_villages(load, 400), kill_the_leader_midway())
    assert killed.is_set()
    print(
        f"{load.acknowledged} commands acknowledged, {load.retried} retried after"
        f" {leader} was killed (both instances served: {load.served_by_both(county.home)})"
    )
    assert load.served_by_both(county.home)

    conn = await asyncpg.connect(database)
    try:
        stored = await conn.fetch(
            "SELECT data->>'division_code' AS code, count(*) AS n FROM events"
            " WHERE event_type = 'OrgUnitEstablished' AND data->>'division_code' = ANY($1)"
            " GROUP BY 1",
            villages,
        )
    finally:
        await conn.close()
    assert {r["code"] for r in stored} == set(villages)  # nothing lost
    assert all(r["n"] == 1 for r in stored)  # nothing doubled

    verified = await asyncio.to_thread(county.frontline, "admin", "verify", "--wait", "120")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    distinct, total = await distinct_and_total(kafka, "organization.events.v1")
    print(
        f"lost 0, doubled in the store 0; on Kafka {total - distinct} duplicate deliveries"
        f" of {distinct} events (consumers skip them); headquarters reconciled"
    )
    said = f"{leader} exited with code -9: restarting it in 1s"
    wait_for(county.says(said), 30, said)


def test_only_kafka_or_postgresql_dying_stops_the_stack(county: Stack) -> None:
    """Last in the module: it ends the module's stack."""
    servers = county.processes()
    servers["postgres"].kill()
    assert county.supervisor.wait(90) == 1
    assert "postgres exited with code -9: stopping the stack" in county.console()
    for role, process in servers.items():
        wait_for(stopped(process), 60, f"{role} to stop")


def stopped(process: psutil.Process) -> Callable[[], bool]:
    return lambda: not process.is_running() or process.status() == psutil.STATUS_ZOMBIE
