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

STANDIN = Path(__file__).parent / "standin_logging"
TIMEOUT = 90.0


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def test_the_console_is_readable_and_the_file_keeps_every_json_line(tmp_path: Path) -> None:
    home, console = tmp_path / "home", tmp_path / "up.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
    env["PYTHONPATH"] = os.pathsep.join([str(STANDIN), os.environ.get("PYTHONPATH", "")])
    command = [sys.executable, "-m", "frontline.stack", "up", "--home", str(home),
               "--services", "discipline", "--free-ports", "--no-seed"]  # fmt: skip
    log_file = home / "logs" / "discipline.log"
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

    shown = [line for line in console.read_text().splitlines() if "discipline |" in line]
    assert [line.split(" | ", 1)[1] for line in shown] == [
        "INFO    service ready  http_port=" + shown[0].rsplit("=", 1)[1],
        "WARNING timer failed  correlation_id=seeded-call kind=deadline",
    ]
    kept = [json.loads(line) for line in log_file.read_text().splitlines()]
    assert [e["msg"] for e in kept].count("command conflict, retrying") == 1000
    assert kept[0]["msg"] == "service ready" and kept[-1]["level"] == "WARNING"
