"""The user's path: `make up`'s supervisor → a `frontline` CLI command → the event on Kafka.

Everything goes through real entry points: the supervisor process, the service
process it starts, the CLI as a subprocess reading `stack.env`, and Kafka.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

START_TIMEOUT = 120.0


def frontline(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
    env["FRONTLINE_STACK_ENV"] = str(home / "stack.env")
    return subprocess.run(
        [sys.executable, "-m", "frontline.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("stack")
    log = home.parent / "up.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
    command = [
        sys.executable,
        "-m",
        "frontline.stack",
        "up",
        "--home",
        str(home),
        "--services",
        "organization",
        "--free-ports",
        "--no-seed",
    ]
    with log.open("wb") as out:
        supervisor = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not (home / "stack.env").exists():
            assert supervisor.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "the stack did not come up:\n" + log.read_text()
            time.sleep(0.2)
        yield home
    finally:
        supervisor.terminate()
        try:
            supervisor.wait(30)
        except subprocess.TimeoutExpired:
            supervisor.kill()
            supervisor.wait()


def published_about(home: Path, subject: str, timeout: float = 60.0) -> list[dict[str, Any]]:
    """The events about ``subject`` on the organization topic, read with `events tail`
    until one has arrived (the relay publishes after the command's commit)."""
    deadline = time.monotonic() + timeout
    while True:
        tail = frontline(home, "events", "tail", "organization.events.v1", "--json")
        assert tail.returncode == 0, tail.stderr
        found = [e for e in json.loads(tail.stdout) if e["headers"].get("ce_subject") == subject]
        if found:
            return found
        assert time.monotonic() < deadline, f"no event about {subject} within {timeout:.0f} s"
        time.sleep(0.5)


def test_a_cli_command_lands_on_kafka_with_cloudevents_headers(stack: Path) -> None:
    done = frontline(
        stack,
        "org",
        "unit",
        "establish",
        "--level",
        "county",
        "--code",
        "440781",
        "--name",
        "Kaiping county committee",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    unit_id = json.loads(done.stdout)["org_unit_id"]

    events = published_about(stack, unit_id)
    assert len(events) == 1
    event = events[0]
    assert event["key"] == unit_id
    assert event["headers"]["ce_type"] == "cn.frontline.organization.OrgUnitEstablished.v1"
    assert event["headers"]["ce_source"] == "/counties/440781/organization"
    assert event["headers"]["ce_specversion"] == "1.0"
    assert event["headers"]["content-type"] == "application/json"
    assert event["headers"]["ce_id"] and event["headers"]["ce_time"]
    assert event["data"]["division_code"] == "440781"


def test_bad_input_is_a_clear_error_naming_the_field(stack: Path) -> None:
    done = frontline(
        stack,
        "org",
        "unit",
        "establish",
        "--level",
        "village",
        "--code",
        "4407811",  # digits, so the CLI sends it; no division code has seven
        "--name",
        "Nowhere",
    )
    assert done.returncode == 1
    summary, *violations = done.stderr.splitlines()
    assert summary.startswith("error: INVALID_ARGUMENT")
    # The field violation names the request field the bad value went into.
    assert [v.split(":")[0].strip() for v in violations] == ["division_code"]
    assert "Traceback" not in done.stderr
