"""The briefing from the CLI (`frontline hq briefing`) and the dashboard's download link,
and who may have it: the county's viewers, not a township operator."""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
import subprocess
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from typer.testing import CliRunner

from frontline.cli.main import app
from frontline.testkit.county_events import SmallCounty, hq_settings, produce
from frontline.testkit.headquarters import running
from frontline.testkit.runtime import SigningKeys

from .test_rebuild import wait_applied


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (deploy/local/install.sh installs it)")
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode()


async def test_the_cli_writes_the_pdf_and_the_dashboard_offers_it_to_the_county(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = SigningKeys.create(tmp_path)
    dsn = await pg.create_database("hqbrief")
    today = dt.date.today()
    month = (today.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    events = SmallCounty(today).build()
    async with running(hq_settings(dsn, kafka_bootstrap, unique, keys.public)) as hq:
        await produce(kafka_bootstrap, unique, events)
        await wait_applied(hq, [e.event_id for e in events])
        monkeypatch.setenv("FRONTLINE_HEADQUARTERS_GRPC", f"127.0.0.1:{hq.runtime.grpc_port}")
        monkeypatch.setenv("FRONTLINE_TOKEN", keys.token(["hq_viewer"]))
        target = tmp_path / "briefing.pdf"
        argv = ["hq", "briefing", "--month", month, "-o", str(target)]
        result = await asyncio.to_thread(CliRunner().invoke, app, argv)
        assert result.exit_code == 0, result.output
        assert "示范县委党建工作简报" in pdf_text(target)
        refused = await asyncio.to_thread(CliRunner().invoke, app, ["hq", "briefing"])
        assert refused.exit_code != 0

        base = f"http://127.0.0.1:{hq.dashboard.port}/api/briefing?period={month}"
        async with aiohttp.ClientSession() as http:
            viewer = {"Authorization": f"Bearer {keys.token(['hq_viewer'])}"}
            async with http.get(base, headers=viewer) as response:
                assert response.status == 200
                assert response.content_type == "application/pdf"
                assert f"briefing-{month}.pdf" in response.headers["Content-Disposition"]
                assert (await response.read()).startswith(b"%PDF")
            town = {"Authorization": f"Bearer {keys.token(['township_operator'], '440781101')}"}
            async with http.get(base, headers=town) as response:
                assert response.status == 403
            async with http.get(base.replace(month, "2026-13"), headers=viewer) as response:
                assert response.status == 400
