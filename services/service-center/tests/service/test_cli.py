"""`frontline service …` against the running service: tables for people, JSON for scripts."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from frontline.cli.main import app

from .conftest import Desk


@pytest.fixture
def cli_env(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> Desk:
    monkeypatch.setenv("FRONTLINE_SERVICE_CENTER_GRPC", f"127.0.0.1:{desk.runtime.grpc_port}")
    monkeypatch.setenv("FRONTLINE_TOKEN", desk.keys.token(["county_admin"], "440781"))
    monkeypatch.setenv("COLUMNS", "250")
    return desk


async def run(*args: str, code: int = 0) -> str:
    # The CLI is synchronous; the server shares this event loop, so the CLI runs in a thread.
    result = await asyncio.to_thread(CliRunner().invoke, app, ["service", *args])
    assert result.exit_code == code, result.output
    return result.output


async def test_a_request_from_the_command_line(cli_env: Desk) -> None:
    desk = cli_env
    unit = await desk.known_unit("440781100201")
    await desk.known_cadre("c-1", "440781100201")
    made = json.loads(
        await run(
            "centre",
            "establish",
            "--unit",
            unit,
            "--name",
            "沙头村一站式",
            "--line",
            "social_security",
            "--json",
        )
    )
    centre = made["centre_id"]
    assert "c-1" in await run("centre", "staff", centre, "c-1")
    taken = json.loads(
        await run(
            "request",
            "submit",
            "--centre",
            centre,
            "--line",
            "social_security",
            "--kind",
            "help",
            "--channel",
            "walk-in",
            "--name",
            "欧阳明月",
            "--phone",
            "137 1234 5678",
            "--description",
            "残疾证换证",
            "--json",
        )
    )
    rid = taken["request_id"]
    assert (taken["due_on"], taken["kind"]) == ("2025-10-10", "help")
    await run("request", "assign", rid, "--cadre", "c-1")
    await run("request", "sign", rid, "--cadre", "c-1")
    listed = await run("request", "list", "--division", "440781100201")
    assert rid in listed and "in_progress" in listed and "2025-10-10" in listed
    shown = await run("request", "show", rid)
    assert "欧阳明月 13712345678" in shown and "残疾证换证" in shown
    stats = await run("stats")
    assert "social_security" in stats and "100.0%" in stats
    erased = await run("requester", "erase", taken["requester_id"], "--yes")
    assert "in 1 request(s)" in erased
    after = await run("request", "show", rid)
    assert "erased" in after and "欧阳明月" not in after and "残疾证换证" not in after
    catalogue = await run("centre", "catalogue")
    assert "complaint 10" in catalogue and "民政办" in catalogue


async def test_mistakes_are_named(cli_env: Desk) -> None:
    bad_kind = await run(
        "request",
        "submit",
        "--centre",
        "x",
        "--line",
        "social_security",
        "--kind",
        "hamlet",
        "--channel",
        "phone",
        "--name",
        "a",
        "--phone",
        "1",
        "--description",
        "d",
        code=2,
    )
    assert "consultation" in bad_kind
    refused = await asyncio.to_thread(
        CliRunner().invoke, app, ["service", "request", "show", "no such id!"]
    )
    assert refused.exit_code == 1
    assert "INVALID_ARGUMENT" in refused.output and "request_id" in refused.output


def test_the_group_loads_without_grpc_or_the_generated_code() -> None:
    probe = (
        "import sys, frontline.cli.service_centre;"
        "print(sorted(m for m in sys.modules if m == 'grpc' or m.startswith('frontline.api')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == "[]"
