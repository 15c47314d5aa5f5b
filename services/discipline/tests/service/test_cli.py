"""`frontline discipline …` against the running service: tables for people, JSON for
scripts, each command under the token of the role whose work it is."""

from __future__ import annotations

import asyncio
import json

import pytest
from typer.testing import CliRunner

from frontline.cli.discipline import app

from .conftest import VILLAGE, Discipline


class Cli:
    def __init__(self, d: Discipline, monkeypatch: pytest.MonkeyPatch) -> None:
        self.d, self.monkeypatch = d, monkeypatch
        monkeypatch.setenv("FRONTLINE_DISCIPLINE_GRPC", f"127.0.0.1:{d.runtime.grpc_port}")
        monkeypatch.setenv("COLUMNS", "200")

    async def run(self, role: str, *args: str, ok: bool = True) -> str:
        self.monkeypatch.setenv("FRONTLINE_TOKEN", self.d.keys.token([role], "440781", sub=role))
        # The CLI is synchronous; the server shares this event loop, so it runs in a thread.
        result = await asyncio.to_thread(CliRunner().invoke, app, list(args))
        assert (result.exit_code == 0) is ok, result.output
        return result.output


@pytest.fixture
def cli(discipline: Discipline, monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(discipline, monkeypatch)


async def test_a_clue_becomes_a_case_from_the_command_line(cli: Cli) -> None:
    intake, investigator = "discipline_intake", "discipline_investigator"
    clue = json.loads(
        await cli.run(
            intake,
            "clue",
            "receive",
            "--division",
            VILLAGE,
            "--source",
            "letters_visits",
            "--category",
            "three_capitals_misuse",
            "--summary",
            "Pond leased twice.",
            "--reporter-name",
            "孙八",
            "--reporter-phone",
            "13300003333",
            "--json",
        )
    )
    assert clue["reporter"]["name"] == "孙八" and clue["reply_due_on"] == "2026-01-26"
    table = await cli.run(intake, "clue", "show", clue["clue_id"])
    assert "孙八" in table and "2026-01-26" in table
    assert "孙八" not in await cli.run(investigator, "clue", "show", clue["clue_id"])
    await cli.run(intake, "clue", "dispose", clue["clue_id"], "--way", "preliminary_verification")
    case = json.loads(
        await cli.run(investigator, "case", "file", clue["clue_id"], "--cadre", "cadre-5", "--json")
    )
    assert case["status"] == "investigating"
    await cli.run(investigator, "case", "evidence", case["case_id"], "--description", "Contracts")
    await cli.run(investigator, "case", "submit", case["case_id"])
    decided = await cli.run(
        "discipline_reviewer",
        "case",
        "decide",
        case["case_id"],
        "--level",
        "2",
        "--measure",
        "party_sanction:party_warning",
    )
    assert "party_warning until 2026-07-05" in decided
    listed = await cli.run(investigator, "case", "list")
    assert case["case_id"] in listed and "decided" in listed


async def test_registers_from_the_command_line(cli: Cli) -> None:
    mediator = "dispute_mediator"
    dispute = json.loads(
        await cli.run(
            mediator,
            "dispute",
            "register",
            "--division",
            VILLAGE,
            "--type",
            "reserved_land",
            "--risk",
            "high",
            "--parties",
            "30",
            "--summary",
            "Reserved land never handed over.",
            "--amount",
            "2000000",
            "--json",
        )
    )
    await cli.run(mediator, "dispute", "escalate", dispute["dispute_id"], "--reason", "Too big.")
    shown = await cli.run(mediator, "dispute", "show", dispute["dispute_id"])
    assert "township" in shown and "reserved_land" in shown
    assert "nil" in await cli.run(mediator, "sweep", "report", "--division", VILLAGE)
    await cli.run(
        mediator, "ledger", "arrears", "--division", VILLAGE, "--owed", "500000", "--paid", "120000"
    )
    ledger = await cli.run(mediator, "ledger", "show", VILLAGE)
    assert "outstanding 380000 yuan" in ledger


async def test_a_bad_value_names_the_choices_and_a_refusal_its_reason(cli: Cli) -> None:
    wrong = await cli.run("dispute_mediator", "dispute", "list", "--type", "quarrel", ok=False)
    assert "neighbour" in wrong
    denied = await cli.run("dispute_mediator", "clue", "list", ok=False)
    assert "PERMISSION_DENIED" in denied
