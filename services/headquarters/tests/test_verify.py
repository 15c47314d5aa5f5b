"""`frontline admin verify` against a seeded county: organization, cadre, service-center,
discipline and headquarters on real Kafka and PostgreSQL, the CLI run in-process."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path
from typing import Any

import grpc
import pytest
from typer.testing import CliRunner, Result

from frontline.api.admin.v1 import admin_pb2, admin_pb2_grpc
from frontline.cli.demo import _seed
from frontline.cli.demo_plan import plan_county
from frontline.cli.main import app
from frontline.testkit.county_stack import CountyStack, county_stack


def _point_cli_at(stack: CountyStack, monkeypatch: pytest.MonkeyPatch, roles: list[str]) -> None:
    stack.point_cli_here(monkeypatch)
    monkeypatch.setenv("FRONTLINE_STACK_ENV", "/nonexistent")
    monkeypatch.setenv("FRONTLINE_HEADQUARTERS_GRPC", f"127.0.0.1:{stack.hq.runtime.grpc_port}")
    monkeypatch.setenv("FRONTLINE_TOKEN", stack.keys.token(roles))
    monkeypatch.setenv("COLUMNS", "200")


async def _verify(*args: str) -> Result:
    runner = CliRunner()
    return await asyncio.to_thread(runner.invoke, app, ["admin", "verify", *args])


def _report(result: Result) -> dict[str, Any]:
    report: dict[str, Any] = json.loads(result.stdout)
    return report


async def test_verify_reconciles_a_settled_county_then_names_the_lost_events(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = plan_county(5, dt.date.today(), villages=4, cadres_per_village=2)
    async with county_stack(pg, kafka_bootstrap, unique, tmp_path) as stack:
        stack.point_cli_here(monkeypatch)
        assert await _seed(plan, 5, concurrency=8) == 0
        await stack.settled()
        _point_cli_at(stack, monkeypatch, ["auditor"])
        hq_pool, schema = stack.hq.runtime.pool, stack.hq.queries.settings.read_model_schema

        clean = await _verify("--json", "--wait", "0")
        assert clean.exit_code == 0, clean.output
        report = _report(clean)
        applied_in_hq = await hq_pool.fetchval(f"SELECT count(*) FROM {schema}.applied_events")
        topics = {t["topic"]: t for t in report["topics"]}
        assert set(topics) == {
            "organization.events.v1",
            "cadre.events.v1",
            "service-center.events.v1",
            "discipline.events.v1",
        }
        assert all(t["published"] > 0 and t["missing"] == 0 for t in topics.values())
        assert sum(t["applied"] for t in topics.values()) == applied_in_hq
        assert report["unknown"] == 0 and report["reconciled"] is True

        # Three events lost, one of them the service-center's.
        lost = await hq_pool.fetch(
            f"DELETE FROM {schema}.applied_events WHERE event_id IN"
            f" (SELECT event_id FROM {schema}.applied_events ORDER BY event_id LIMIT 2)"
            f" OR event_id = (SELECT min(event_id) FROM {schema}.service_request_steps)"
            " RETURNING event_id"
        )
        await hq_pool.execute(
            f"INSERT INTO {schema}.applied_events (event_id) VALUES ('not-published-by-anyone')"
        )
        broken = await _verify("--json", "--wait", "0")
        assert broken.exit_code == 1, broken.output
        report = _report(broken)
        missing = [i for t in report["topics"] for i in t["missing_ids"]]
        by_topic = {t["topic"]: t["missing_ids"] for t in report["topics"]}
        assert len(by_topic["service-center.events.v1"]) == 1
        assert sorted(missing) == sorted(r["event_id"] for r in lost)
        assert report["unknown_ids"] == ["not-published-by-anyone"]

        table = await _verify("--wait", "0")
        assert table.exit_code == 1
        assert lost[0]["event_id"] in table.stdout
        assert "NOT reconciled: 3 missing, 1 unknown" in table.stdout


async def test_verify_is_refused_to_roles_that_do_not_audit(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with county_stack(pg, kafka_bootstrap, unique, tmp_path) as stack:
        _point_cli_at(stack, monkeypatch, ["hq_viewer", "cadre_manager"])
        refused = await _verify()
        assert refused.exit_code == 1
        assert "PERMISSION_DENIED" in refused.output

        # The services refuse too, not only the headquarters the CLI asks first.
        token = stack.keys.token(["township_operator"])
        async with grpc.aio.insecure_channel(f"127.0.0.1:{stack.cadre.grpc_port}") as channel:
            stub = admin_pb2_grpc.AdminServiceStub(channel)
            call = stub.ListPublicEventIds(
                admin_pb2.ListPublicEventIdsRequest(),
                metadata=[("authorization", f"Bearer {token}")],
            )
            with pytest.raises(grpc.aio.AioRpcError) as denied:
                async for _ in call:
                    pass
        assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED
