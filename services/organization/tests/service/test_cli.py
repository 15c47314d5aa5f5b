"""`frontline org …` against the running service: tables for people, JSON for scripts."""

from __future__ import annotations

import asyncio
import json

import pytest
from typer.testing import CliRunner

from frontline.cli.org import app

from .conftest import Org


@pytest.fixture
def cli_env(org: Org, monkeypatch: pytest.MonkeyPatch) -> Org:
    monkeypatch.setenv("FRONTLINE_ORGANIZATION_GRPC", f"127.0.0.1:{org.runtime.grpc_port}")
    monkeypatch.setenv("FRONTLINE_TOKEN", org.keys.token(["county_admin"], "440781"))
    monkeypatch.setenv("COLUMNS", "200")
    return org


async def run(*args: str) -> str:
    # The CLI is synchronous; the server shares this event loop, so the CLI runs in a thread.
    result = await asyncio.to_thread(CliRunner().invoke, app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


async def test_establish_a_tree_and_walk_a_decision_from_the_command_line(cli_env: Org) -> None:
    county = json.loads(await run("unit", "establish", "--level", "county", "--code", "440781",
                                  "--name", "county committee", "--json"))  # fmt: skip
    town = json.loads(await run("unit", "establish", "--level", "township", "--code", "440781100",
                                "--name", "Shatou town", "--parent", county["org_unit_id"],
                                "--json"))  # fmt: skip
    village = json.loads(await run(
        "unit", "establish", "--level", "village", "--code", "440781100201", "--name", "Shatou",
        "--parent", town["org_unit_id"], "--json"))  # fmt: skip
    table = await run("unit", "show", "440781100201")
    assert "Shatou" in table and "2031-01-05" in table

    drafted = json.loads(await run(
        "decision", "draft", "--unit", village["org_unit_id"], "--title", "Pond lease",
        "--matter", "collective_assets", "--json"))  # fmt: skip
    d = drafted["decision_id"]
    await run("decision", "propose", d, "--due", "5", "--present", "5", "--for", "4")
    await run("decision", "deliberate", d, "--due", "9", "--present", "8", "--for", "6")
    shown = await run("decision", "review", d, "--due", "30", "--present", "20", "--for", "15")
    assert "REJECTED" in shown
    listed = json.loads(await run("decision", "list", "--state", "rejected", "--json"))
    assert [x["decision_id"] for x in listed] == [d]

    await run("meeting", "record", "--unit", village["org_unit_id"], "--type", "party_lesson",
              "--due", "30", "--present", "26", "--topic", "rules")  # fmt: skip
    meetings = await run("meeting", "list", "--unit", village["org_unit_id"])
    assert "party_lesson" in meetings and "26/30" in meetings


async def test_a_bad_enum_value_names_the_choices(cli_env: Org) -> None:
    result = await asyncio.to_thread(CliRunner().invoke, app, ["unit", "list", "--level", "hamlet"])
    assert result.exit_code != 0
    assert "village" in result.output


async def test_recording_a_form_shows_the_meetings_it_makes_due(cli_env: Org) -> None:
    _, _, village = await cli_env.county_tree()
    shown = await run(
        "unit",
        "form",
        village.org_unit_id,
        "--form",
        "branch",
        "--members",
        "6",
        "--party-groups",
    )
    assert "branch, 6 members, party groups" in shown
    assert "party_group_meeting every 1 mo" in shown
    assert "branch_committee_meeting" not in shown  # six members elect no committee
