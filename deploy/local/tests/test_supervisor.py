"""`python -m frontline.stack up` as a user runs it: one stack, announced, stopped cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import asyncpg
import psutil
import pytest

from frontline.stack.kafka import kafka_answers
from frontline.stack.stack_env import read_stack_env

START_TIMEOUT = 90.0


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def start_stack(home: Path, log: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "frontline.stack", "up", "--home", str(home),
               "--no-services", "--free-ports", "--no-seed"]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
    with log.open("wb") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)


@pytest.fixture
def running_stack(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], Path]]:
    home, log = tmp_path / "home", tmp_path / "up.log"
    supervisor = start_stack(home, log)
    try:
        wait_for(
            lambda: (home / "stack.env").exists() or supervisor.poll() is not None,
            START_TIMEOUT,
            "stack.env",
        )
        assert supervisor.poll() is None, log.read_text()
        yield supervisor, home
    finally:
        if supervisor.poll() is None:
            supervisor.kill()
            supervisor.wait()


def descendants(pid: int) -> list[psutil.Process]:
    children: list[psutil.Process] = psutil.Process(pid).children(recursive=True)
    return children


def all_gone(processes: list[psutil.Process]) -> bool:
    return not any(p.is_running() and p.status() != psutil.STATUS_ZOMBIE for p in processes)


async def test_the_ready_stack_announces_working_endpoints(
    running_stack: tuple[subprocess.Popen[bytes], Path],
) -> None:
    _, home = running_stack
    env = read_stack_env(home / "stack.env")
    assert await kafka_answers(env["FRONTLINE_KAFKA_BOOTSTRAP"])
    connection = await asyncpg.connect(env["FRONTLINE_DATABASE_URL"])
    try:
        assert await connection.fetchval("SELECT 1") == 1
    finally:
        await connection.close()


def test_operators_get_an_admin_token_and_services_the_public_key(
    running_stack: tuple[subprocess.Popen[bytes], Path],
) -> None:
    _, home = running_stack
    env = read_stack_env(home / "stack.env")
    token = Path(env["FRONTLINE_TOKEN_PATH"]).read_text().strip()
    assert token.count(".") == 2  # a signed JWT
    assert Path(env["FRONTLINE_JWT_PUBLIC_KEY_PATH"]).read_text().startswith("-----BEGIN PUBLIC")


def test_a_second_stack_is_refused_clearly(
    running_stack: tuple[subprocess.Popen[bytes], Path], tmp_path: Path
) -> None:
    supervisor, home = running_stack
    second = start_stack(home, tmp_path / "second.log")
    assert second.wait(timeout=30) != 0
    message = (tmp_path / "second.log").read_text()
    assert "already running" in message and str(supervisor.pid) in message
    assert supervisor.poll() is None  # the first one is untouched


def test_sigterm_stops_every_process(running_stack: tuple[subprocess.Popen[bytes], Path]) -> None:
    supervisor, home = running_stack
    children = descendants(supervisor.pid)
    assert {"java", "postgres"} <= {child.name() for child in children}
    supervisor.send_signal(signal.SIGTERM)
    assert supervisor.wait(timeout=30) == 0
    wait_for(lambda: all_gone(children), 10, "the stack's processes to exit")
    assert not (home / "stack.env").exists()


def test_even_a_killed_supervisor_leaves_no_server(
    running_stack: tuple[subprocess.Popen[bytes], Path],
) -> None:
    supervisor, _ = running_stack
    children = descendants(supervisor.pid)
    supervisor.kill()
    supervisor.wait()
    wait_for(lambda: all_gone(children), 20, "Kafka and PostgreSQL to exit")
