"""`frontline cadre …` against the running service: register, show, appoint, list."""

from __future__ import annotations

import asyncio
import json
from datetime import date

from typer.testing import CliRunner

from frontline.cli.cadre import app

from .conftest import (  # type: ignore[import-not-found]
    TOWNSHIP,
    CadreStack,
    china_midnight,
    id_number,
)

VILLAGE = f"{TOWNSHIP}206"


async def _run(stack: CadreStack, *args: str) -> str:
    env = {
        "FRONTLINE_CADRE_GRPC": f"127.0.0.1:{stack.runtime.grpc_port}",
        "FRONTLINE_TOKEN": stack.keys.token(["cadre_manager"], "440781"),
        "FRONTLINE_STACK_ENV": "no-such-stack.env",
    }
    # The CLI is synchronous: run it off the event loop that serves the RPCs.
    result = await asyncio.to_thread(CliRunner().invoke, app, list(args), env=env)
    assert result.exit_code == 0, result.output
    return result.output


async def test_register_appoint_and_list_through_the_cli(stack: CadreStack) -> None:
    unit_id = await stack.establish_unit(VILLAGE)
    stack.personal_values.extend(["李建国", "13911112222"])
    number = id_number()
    stack.personal_values.append(number)
    registered = await _run(
        stack,
        "register",
        "--name",
        "李建国",
        "--gender",
        "male",
        "--birth-date",
        "1978-06-01",
        "--education",
        "senior_secondary",
        "--id-number",
        number,
        "--code",
        VILLAGE,
        "--phone",
        "13911112222",
        "--json",
    )
    cadre_id = json.loads(registered)["cadre_id"]
    await _run(
        stack,
        "appoint",
        "elect",
        cadre_id,
        "--unit",
        unit_id,
        "--post",
        "secretary",
        "--election",
        "2026 换届",
        "--also-village-head",
    )
    shown = json.loads(await _run(stack, "show", cadre_id, "--json"))
    assert shown["personal"]["name"] == "李建国"
    assert shown["posts"][0]["post"] == "secretary"  # as typed, not the proto name
    posts = await _run(stack, "appoint", "posts", unit_id)
    assert cadre_id[:8] in posts


async def test_an_objection_is_reported_and_upheld_through_the_cli(stack: CadreStack) -> None:
    stack.clock.set(china_midnight(date(2025, 12, 1)))
    unit_id = await stack.establish_unit(VILLAGE)
    cadre_id = await stack.register(VILLAGE)
    nominated = await _run(
        stack, "appoint", "nominate", cadre_id, "--unit", unit_id, "--post", "other", "--json"
    )
    procedure_id = json.loads(nominated)["procedure_id"]
    assert "waiting" in await _run(stack, "appoint", "inspect", procedure_id)
    await stack.issue_opinion(procedure_id)
    await _run(stack, "appoint", "notice", procedure_id, "--starts-on", "2025-12-01")
    held = await _run(stack, "appoint", "objection", procedure_id, "--reported-on", "2025-12-01")
    assert "held" in held
    listed = await _run(stack, "appoint", "list", "--division", VILLAGE)
    assert "objection open" in listed
    assert "withdrawn" in await _run(stack, "appoint", "check", procedure_id, "--outcome", "upheld")
    [procedure] = [
        p
        for p in json.loads(await _run(stack, "appoint", "list", "--all", "--json"))
        if p["procedure_id"] == procedure_id
    ]
    assert (procedure["stage"], procedure["objection"]) == ("withdrawn", "upheld")
