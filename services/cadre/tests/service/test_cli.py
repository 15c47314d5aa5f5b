"""`frontline cadre …` against the running service: register, show, appoint, list."""

from __future__ import annotations

import asyncio
import json

from typer.testing import CliRunner

from frontline.cli.cadre import app

from .conftest import TOWNSHIP, CadreStack, id_number  # type: ignore[import-not-found]

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
