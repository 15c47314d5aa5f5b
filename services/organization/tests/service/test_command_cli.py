"""`frontline org order …` and `frontline org duty …` against the running service, each
step under the token of the unit that takes it."""

from __future__ import annotations

import asyncio
import json

import pytest
from typer.testing import CliRunner

from frontline.cli.org import app

from .conftest import Org


async def run(org: Org, roles: list[str], scope: str, *args: str) -> str:
    env = {"FRONTLINE_TOKEN": org.keys.token(roles, scope), "COLUMNS": "200"}
    # The CLI is synchronous; the server shares this event loop, so the CLI runs in a thread.
    result = await asyncio.to_thread(CliRunner().invoke, app, list(args), env=env)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def cli_org(org: Org, monkeypatch: pytest.MonkeyPatch) -> Org:
    monkeypatch.setenv("FRONTLINE_ORGANIZATION_GRPC", f"127.0.0.1:{org.runtime.grpc_port}")
    return org


async def test_an_order_goes_down_and_its_report_comes_back_up(cli_org: Org) -> None:
    org = cli_org
    _, town, village = await org.county_tree()
    county = (["county_admin"], "440781")
    township = (["township_operator"], town.division_code)
    issued = json.loads(
        await run(
            org,
            *county,
            "order",
            "issue",
            "--to",
            town.org_unit_id,
            "--title",
            "整改书记空缺",
            "--days",
            "5",
            "--alert",
            "secretary_vacant_90d",
            "--concerning",
            village.division_code,
            "--json",
        )
    )
    order = issued["order_id"]
    assert (issued["state"], issued["due_on"]) == ("issued", "2026-01-12")
    await run(org, *township, "order", "ack", order)
    await run(org, *township, "order", "report", order, "--summary", "已选配书记")
    shown = await run(org, *county, "order", "accept", order, "--note", "同意办结")
    assert "accepted" in shown and "on time" in shown
    listed = json.loads(await run(org, *township, "order", "list", "--json"))
    assert [(o["order_id"], o["state"]) for o in listed] == [(order, "accepted")]


async def test_a_list_is_set_reported_on_and_checked(cli_org: Org) -> None:
    org = cli_org
    _, town, village = await org.county_tree()
    township = (["township_operator"], town.division_code)
    listed = json.loads(
        await run(
            org,
            *township,
            "duty",
            "set",
            "--unit",
            village.org_unit_id,
            "--year",
            "2026",
            "--item",
            "organization_building:按期换届:2026-06-30",
            "--item",
            "service:代办服务:全覆盖:2026-09-30",
            "--json",
        )
    )
    items = {i["target"]: i["item_id"] for i in listed["items"]}
    assert set(items) == {"按期换届", "代办服务:全覆盖"}
    first = items["按期换届"]
    await run(
        org,
        ["village_operator"],
        village.division_code,
        "duty",
        "report",
        listed["list_id"],
        first,
        "--percent",
        "100",
    )
    checked = await run(org, *township, "duty", "check", listed["list_id"], first)
    assert "2026-01-05 on time" in checked
