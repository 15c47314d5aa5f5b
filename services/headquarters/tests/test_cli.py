"""`frontline hq …` and `frontline admin rebuild headquarters` against a running HQ."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from frontline.cli.main import app
from frontline.testkit.county_events import SmallCounty, hq_settings, produce
from frontline.testkit.headquarters import running
from frontline.testkit.runtime import SigningKeys
from frontline.testkit.settle import settled


async def test_hq_commands_and_rebuild_from_the_cli(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = SigningKeys.create(tmp_path)
    dsn = await pg.create_database("hqcli")
    events = SmallCounty(dt.date.today()).build()
    async with running(hq_settings(dsn, kafka_bootstrap, unique, keys.public)) as hq:
        await produce(kafka_bootstrap, unique, events)
        monkeypatch.setenv("FRONTLINE_HEADQUARTERS_GRPC", f"127.0.0.1:{hq.runtime.grpc_port}")
        monkeypatch.setenv("FRONTLINE_TOKEN", keys.token(["county_admin"]))
        monkeypatch.setenv("COLUMNS", "200")
        runner = CliRunner()

        async def frontline(*args: str) -> str:
            result = await asyncio.to_thread(runner.invoke, app, list(args))
            assert result.exit_code == 0, result.output
            return result.output

        # Every event of the county consumed, from every partition of both topics.
        await settled(kafka_bootstrap, [hq.runtime])
        assert "河口镇党委" in await frontline("hq", "ranking")
        assert "南村党支部 书记空缺" in await frontline("hq", "alerts")
        assert "战斗堡垒" in await frontline("hq", "overview")
        assert '"division_code": "440781101"' in await frontline(
            "hq", "unit", "440781101", "--json"
        )

        rebuilt = await frontline("admin", "rebuild", "headquarters")
        assert "the new read model is live" in rebuilt
        assert "河口镇党委" in await frontline("hq", "ranking")
