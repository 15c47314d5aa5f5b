"""End to end: the demo seed through the organization and cadre services' gRPC APIs,
their public events on Kafka, and the headquarters overview built from them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from frontline.cli.demo import _seed
from frontline.cli.demo_duties import plan_duties
from frontline.cli.demo_plan import plan_county
from frontline.testkit.county_stack import county_stack


async def test_demo_county_reaches_headquarters(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = plan_county(3, dt.date.today(), villages=12, cadres_per_village=3)
    async with county_stack(pg, kafka_bootstrap, unique, tmp_path) as stack:
        stack.point_cli_here(monkeypatch)
        assert await _seed(plan, 3, concurrency=16) == 0
        await stack.settled()
        county = await stack.hq.queries.overview("440781", dt.date.today())

    counts = {i.key: i.value for p in county.pillars for i in p.indicators}
    villages = plan.all_villages()
    assert counts["townships"] == 12
    assert counts["villages"] == 12
    assert counts["cadres"] == 12 * 3 + 12 * 3 - sum(
        1 for v in villages for c in v.cadres if c.left_on
    )
    assert counts["decisions_total"] == sum(len(v.decisions) for v in villages)
    assert counts["students_assigned"] == len(plan.students)
    # The seed's supervision orders: every one not accepted yet is open at headquarters.
    duties = plan_duties(3, plan.today, plan.townships, plan.villages)
    still_open = sum(1 for o in duties.orders if not o.steps or o.steps[-1][0] != "accept")
    assert counts["orders_open"] == still_open
    assert counts["orders_overdue"] > 0
    assert county.combined_score is not None
    assert len(county.children) == 12
