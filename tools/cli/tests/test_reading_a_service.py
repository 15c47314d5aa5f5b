"""`frontline org` against a running organization service, read as an operator reads it
(issue 12, CLI): enum values as they are typed (`village`, not `ORG_LEVEL_VILLAGE`) in
JSON and tables, and tables that keep every value whole in 80 columns."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from frontline.kernel.runtime import ServiceRuntime
from frontline.organization.service import SERVICE
from frontline.testkit.runtime import SigningKeys, service_settings

from .conftest import Ran

Frontline = Callable[..., Awaitable[Ran]]
COUNTY, TOWNSHIP, VILLAGE = "440781", "440781100", "440781100201"


@pytest.fixture
async def organization(
    pg: Any, kafka_bootstrap: str, unique: str, tmp_path: Path
) -> AsyncIterator[dict[str, str]]:
    """A running organization service; the environment that points the CLI at it."""
    keys = SigningKeys.create(tmp_path / "keys")
    dsn = await pg.create_database(f"cli_{unique}")
    runtime = ServiceRuntime.of(
        SERVICE, service_settings(SERVICE, dsn, kafka_bootstrap, f"{unique}.", keys)
    )
    async with runtime.started():
        yield {
            "FRONTLINE_ORGANIZATION_GRPC": f"127.0.0.1:{runtime.grpc_port}",
            "FRONTLINE_TOKEN": keys.token(["county_admin"], COUNTY),
        }


async def ok(frontline: Frontline, env: dict[str, str], *args: str) -> str:
    ran = await frontline(*args, env=env)
    assert ran.code == 0, ran
    return ran.out


async def county_tree(frontline: Frontline, env: dict[str, str]) -> list[dict[str, Any]]:
    units, parent = [], ""
    for level, code in (("county", COUNTY), ("township", TOWNSHIP), ("village", VILLAGE)):
        establish = ["org", "unit", "establish", "--level", level, "--division", code]
        made = await ok(frontline, env, *establish, "--name", level, "--parent", parent, "--json")
        units.append(json.loads(made))
        parent = units[-1]["org_unit_id"]
    return units


async def test_enum_values_read_as_they_are_typed(
    organization: dict[str, str], frontline_async: Frontline
) -> None:
    units = await county_tree(frontline_async, organization)
    assert [u["level"] for u in units] == ["county", "township", "village"]
    listed = json.loads(await ok(frontline_async, organization, "org", "unit", "list", "--json"))
    assert {(u["division_code"], u["level"], u["status"]) for u in listed} == {
        (COUNTY, "county", "active"),
        (TOWNSHIP, "township", "active"),
        (VILLAGE, "village", "active"),
    }
    table = await ok(frontline_async, organization, "org", "unit", "show", VILLAGE)
    assert "village" in table and "ORG_LEVEL" not in table


async def test_tables_keep_every_value_whole_in_80_columns(
    organization: dict[str, str], frontline_async: Frontline
) -> None:
    units = await county_tree(frontline_async, organization)
    listed = await ok(frontline_async, organization, "org", "unit", "list")
    shown = await ok(frontline_async, organization, "org", "unit", "show", VILLAGE)
    for out in (listed, shown):
        assert "…" not in out
        assert max(len(line) for line in out.splitlines()) <= 80
    for unit in units:
        assert unit["org_unit_id"] in listed.split()  # whole, on one line
    assert units[1]["org_unit_id"] in shown.split()  # the village's parent


async def test_the_old_option_spelling_lists_the_same_units(
    organization: dict[str, str], frontline_async: Frontline
) -> None:
    await county_tree(frontline_async, organization)
    listing = ("org", "unit", "list", "--json")
    by_division = await ok(frontline_async, organization, *listing, "--division", TOWNSHIP)
    by_prefix = await ok(frontline_async, organization, *listing, "--prefix", TOWNSHIP)
    assert {u["division_code"] for u in json.loads(by_division)} == {TOWNSHIP, VILLAGE}
    assert json.loads(by_prefix) == json.loads(by_division)
