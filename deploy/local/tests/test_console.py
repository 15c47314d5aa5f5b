"""The console of `make up` as a person sees it: short readable lines of each
service's start-up, warnings and errors, while the service's log file keeps every
line as JSON (the seeded commands' INFO lines among them)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from frontline.stack.testing import _throwaway_folder

STANDIN = Path(__file__).parent / "standin_logging"
TIMEOUT = 90.0


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def test_the_console_is_readable_and_the_file_keeps_every_json_line(tmp_path: Path) -> None:
    # PostgreSQL runs as an unprivileged user when we are root: a folder it can reach.
    with _throwaway_folder("stack") as home:
        console, log_file = tmp_path / "up.log", home / "logs" / "discipline.log"
        run_until_the_warning_shows(home, console, log_file)
        kept = [json.loads(line) for line in log_file.read_text().splitlines()]
    shown = [line for line in console.read_text().splitlines() if "discipline |" in line]
    assert [line.split(" | ", 1)[1] for line in shown] == [
        "INFO    service ready  http_port=" + shown[0].rsplit("=", 1)[1],
        "WARNING timer failed  correlation_id=seeded-call kind=deadline",
    ]
    assert [e["msg"] for e in kept].count("command conflict, retrying") == 1000
    assert kept[0]["msg"] == "service ready" and kept[-1]["level"] == "WARNING"


def run_until_the_warning_shows(home: Path, console: Path, log_file: Path) -> None:
    """`up` with the stand-in service, stopped by SIGTERM once its warning is shown."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
    env["PYTHONPATH"] = os.pathsep.join([str(STANDIN), os.environ.get("PYTHONPATH", "")])
    stack = ["up", "--home", str(home), "--services", "discipline", "--free-ports", "--no-seed"]
    command = [sys.executable, "-m", "frontline.stack", *stack]
    with console.open("wb") as out:
        supervisor = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        wait_for(lambda: (home / "stack.env").exists() or supervisor.poll() is not None, "up")
        assert supervisor.poll() is None, console.read_text()
        wait_for(lambda: log_file.exists() and "timer failed" in log_file.read_text(), "the log")
        wait_for(lambda: "timer failed" in console.read_text(), "the console")
        supervisor.send_signal(signal.SIGTERM)
        assert supervisor.wait(timeout=30) == 0
    finally:
        if supervisor.poll() is None:
            supervisor.kill()
            supervisor.wait()
