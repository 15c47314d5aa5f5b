"""`python -m frontline.stack up` as a user runs it: one stack, announced, stopped cleanly."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import asyncpg
import psutil
import pytest

from frontline.kernel.kafka_client import client_settings_from
from frontline.stack.kafka import kafka_answers
from frontline.stack.stack_env import read_stack_env
from frontline.stack.testing import _throwaway_folder

START_TIMEOUT = 90.0


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


STANDIN = Path(__file__).parent / "standin"


def start_stack(
    home: Path, log: Path, services: str = "none", *flags: str, **extra_env: str
) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "frontline.stack", "up", "--home", str(home),
               "--services", services, "--free-ports", "--no-seed", *flags]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
    env.update(extra_env)
    with log.open("wb") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)


@contextmanager
def stack_running(
    home: Path, log: Path, services: str = "none", *flags: str, **extra_env: str
) -> Iterator[subprocess.Popen[bytes]]:
    supervisor = start_stack(home, log, services, *flags, **extra_env)
    try:
        wait_for(
            lambda: (home / "stack.env").exists() or supervisor.poll() is not None,
            START_TIMEOUT,
            "stack.env",
        )
        assert supervisor.poll() is None, log.read_text()
        yield supervisor
    finally:
        if supervisor.poll() is None:
            supervisor.kill()
            supervisor.wait()


@pytest.fixture(scope="module")
def shared_stack(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[subprocess.Popen[bytes], Path]]:
    """One stack for the tests that only look at it (each start costs seconds)."""
    log = tmp_path_factory.mktemp("shared-stack") / "up.log"
    with _throwaway_folder("stack") as home, stack_running(home, log) as supervisor:
        yield supervisor, home


def descendants(pid: int) -> list[psutil.Process]:
    children: list[psutil.Process] = psutil.Process(pid).children(recursive=True)
    return children


def all_gone(processes: list[psutil.Process]) -> bool:
    return not any(p.is_running() and p.status() != psutil.STATUS_ZOMBIE for p in processes)


async def test_the_ready_stack_announces_working_endpoints(
    shared_stack: tuple[subprocess.Popen[bytes], Path],
) -> None:
    _, home = shared_stack
    env = read_stack_env(home / "stack.env")
    # The operator's credentials are in stack.env, for the CLI.
    assert await kafka_answers(client_settings_from(env))
    connection = await asyncpg.connect(env["FRONTLINE_DATABASE_URL"])
    try:
        assert await connection.fetchval("SELECT 1") == 1
    finally:
        await connection.close()


def test_operators_get_an_admin_token_and_services_the_public_key(
    shared_stack: tuple[subprocess.Popen[bytes], Path],
) -> None:
    _, home = shared_stack
    env = read_stack_env(home / "stack.env")
    token = Path(env["FRONTLINE_TOKEN_PATH"]).read_text().strip()
    assert token.count(".") == 2  # a signed JWT
    assert Path(env["FRONTLINE_JWT_PUBLIC_KEY_PATH"]).read_text().startswith("-----BEGIN PUBLIC")


def redeem(site: str, ticket: str) -> urllib.request.Request:
    """The sign-in page's POST of a link's ticket, from the page's own origin."""
    return urllib.request.Request(
        f"{site}/login",
        data=json.dumps({"ticket": ticket}).encode(),
        headers={"Content-Type": "application/json", "Origin": site},
    )


def test_the_printed_sign_in_link_opens_the_county_dashboard(tmp_path: Path) -> None:
    log = tmp_path / "up.log"
    with _throwaway_folder("stack") as home, stack_running(home, log, "headquarters"):
        env = read_stack_env(home / "stack.env")
        link = env["FRONTLINE_DASHBOARD_SIGN_IN_URL"]
        wait_for(lambda: link in log.read_text(), 10, "the banner with the sign-in link")
        site, _, ticket = link.partition("/login#ticket=")
        assert f"{site}/" == env["FRONTLINE_DASHBOARD_URL"] and ticket
        # What the sign-in page's script does with the fragment.
        signed_in = urllib.request.urlopen(redeem(site, ticket), timeout=10)
        cookie = signed_in.headers["Set-Cookie"].split(";")[0]
        me = urllib.request.urlopen(
            urllib.request.Request(f"{site}/api/session", headers={"Cookie": cookie}), timeout=10
        )
        session = json.loads(me.read())
        # The link works once.
        with pytest.raises(urllib.error.HTTPError) as again:
            urllib.request.urlopen(redeem(site, ticket), timeout=10)
        assert again.value.code == 401
    assert session["roles"] == ["hq_viewer"]
    assert session["home"] == env["FRONTLINE_COUNTY_CODE"] and session["may_rank"]


def test_a_second_stack_is_refused_clearly(
    shared_stack: tuple[subprocess.Popen[bytes], Path], tmp_path: Path
) -> None:
    supervisor, home = shared_stack
    second = start_stack(home, tmp_path / "second.log")
    assert second.wait(timeout=30) != 0
    message = (tmp_path / "second.log").read_text()
    assert "already running" in message and str(supervisor.pid) in message
    assert supervisor.poll() is None  # the first one is untouched


def test_even_a_killed_supervisor_leaves_no_server(tmp_path: Path) -> None:
    with _throwaway_folder("stack") as home, stack_running(home, tmp_path / "up.log") as supervisor:
        children = descendants(supervisor.pid)
        assert {"java", "postgres"} <= {child.name() for child in children}
        supervisor.kill()
        supervisor.wait()
    wait_for(lambda: all_gone(children), 20, "Kafka and PostgreSQL to exit")


def test_services_get_their_settings_and_sigterm_stops_everything(tmp_path: Path) -> None:
    log, report = tmp_path / "up.log", tmp_path / "settings.json"
    pythonpath = os.pathsep.join([str(STANDIN), os.environ.get("PYTHONPATH", "")])
    with (
        _throwaway_folder("stack") as home,
        stack_running(
            home, log, "discipline", PYTHONPATH=pythonpath, STANDIN_REPORT=str(report)
        ) as supervisor,
    ):
        env = read_stack_env(home / "stack.env")
        settings = json.loads(report.read_text())
        children = descendants(supervisor.pid)
        names = {" ".join(child.cmdline()) for child in children}
        supervisor.send_signal(signal.SIGTERM)
        assert supervisor.wait(timeout=30) == 0
        wait_for(lambda: all_gone(children), 10, "every process of the stack to exit")
        assert not (home / "stack.env").exists()
        kept_log = (home / "logs" / "discipline.log").read_text()
    assert any("frontline.discipline" in name for name in names)
    assert "stand-in service serving" in kept_log
    assert settings["FRONTLINE_SERVICE_NAME"] == "discipline"
    assert settings["FRONTLINE_DATABASE_URL"] == env["FRONTLINE_DISCIPLINE_DATABASE_URL"]
    assert settings["FRONTLINE_DATABASE_URL"].endswith("/frontline_discipline")
    assert env["FRONTLINE_DISCIPLINE_GRPC"].endswith(f":{settings['FRONTLINE_GRPC_PORT']}")
    assert settings["FRONTLINE_KAFKA_BOOTSTRAP"] == env["FRONTLINE_KAFKA_BOOTSTRAP"]
    assert settings["FRONTLINE_JWT_PUBLIC_KEY_PATH"] == env["FRONTLINE_JWT_PUBLIC_KEY_PATH"]
    # Reporters' identities are sealed under a county secret kept with the other keys.
    secret = Path(settings["FRONTLINE_PERSONAL_DATA_SECRET_PATH"])
    assert secret.name == "discipline-personal-data.secret"
    assert secret.parent == Path(env["FRONTLINE_JWT_PUBLIC_KEY_PATH"]).parent
    assert "discipline | stand-in service serving" in log.read_text()


_JWT = re.compile(r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+")


def _secrets_of(home: Path) -> dict[str, str]:
    """Every secret the stack keeps: none may reach its console or its logs."""
    found = {"admin token": (home / "admin.token").read_text().strip()}
    for password in (home / "keys" / "kafka" / "passwords").glob("*.password"):
        found[f"Kafka password of {password.stem}"] = password.read_text().strip()
    for key in (home / "keys").glob("*.key.pem"):
        body = "".join(key.read_text().splitlines()[1:-1])
        found[f"signing key {key.name}"] = body[:40]
    secret = home / "keys" / "cadre-personal-data.secret"
    if secret.exists():
        found["personal-data secret"] = secret.read_bytes().hex()[:32]
    return found


def _everything_written(console: Path, home: Path) -> str:
    logs = [*(home / "logs").glob("*"), *(home / "data" / "kafka").glob("*.log")]
    logs += [*(home / "data" / "kafka").glob("*.out"), *(home / "data" / "postgres").rglob("*.log")]
    return "\n".join([console.read_text(), *(p.read_text(errors="replace") for p in logs)])


def test_nothing_secret_reaches_the_console_or_the_logs(tmp_path: Path) -> None:
    log = tmp_path / "up.log"
    with _throwaway_folder("stack") as home, stack_running(home, log, "cadre,headquarters"):
        wait_for(lambda: "sign in" in log.read_text(), 10, "the banner with the sign-in link")
        secrets, written = _secrets_of(home), _everything_written(log, home)
    assert len(secrets) >= 10  # the token, 8 Kafka passwords, a signing key
    for name, secret in secrets.items():
        assert secret not in written, f"the {name} is in the console or a log"
    # No token at all: the printed sign-in link carries a one-time ticket instead.
    assert "/login#ticket=" in written
    assert _JWT.findall(written) == []


def frontline(home: Path, *args: str) -> Any:
    """The operator's CLI against the stack in ``home``; its ``--json`` answer."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
    env["FRONTLINE_STACK_ENV"] = str(home / "stack.env")
    done = subprocess.run(
        [sys.executable, "-m", "frontline.cli", *args, "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def county_events(home: Path) -> list[str]:
    """The subjects of the events on the organization topic."""
    tail = frontline(home, "events", "tail", "organization.events.v1")
    return [event["headers"].get("ce_subject") for event in tail]


def stop(supervisor: subprocess.Popen[bytes]) -> None:
    supervisor.send_signal(signal.SIGTERM)
    assert supervisor.wait(timeout=60) == 0


def test_keep_data_keeps_the_countys_records_across_a_restart(tmp_path: Path) -> None:
    with _throwaway_folder("stack") as home:
        with stack_running(home, tmp_path / "first.log", "organization") as first:
            county = frontline(
                home,
                "org",
                "unit",
                "establish",
                "--level",
                "county",
                "--code",
                "440781",
                "--name",
                "开平县委员会",
            )
            unit_id = county["org_unit_id"]
            wait_for(lambda: unit_id in county_events(home), 60, "the event on Kafka")
            stop(first)
        # Restarted with --keep-data (new ports): PostgreSQL and Kafka still hold it.
        with stack_running(home, tmp_path / "kept.log", "organization", "--keep-data") as kept:
            units = frontline(home, "org", "unit", "list")
            assert [(u["org_unit_id"], u["name"]) for u in units] == [(unit_id, "开平县委员会")]
            assert county_events(home) == [unit_id]
            stop(kept)
