"""Supervision orders and responsibility lists in the command view: orders open, overdue
and on time per place, items completed, the score input, and the overdue alert one level
up — from real events on Kafka, answered over gRPC."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import grpc

from frontline.api.headquarters.v1 import headquarters_pb2 as pb
from frontline.api.headquarters.v1 import headquarters_pb2_grpc as pb_grpc
from frontline.testkit.county_events import SmallCounty, hq_settings, produce
from frontline.testkit.headquarters import running
from frontline.testkit.runtime import SigningKeys

from .test_rebuild import wait_applied


def fortress(overview: pb.Overview) -> pb.Pillar:
    return next(p for p in overview.pillars if p.key == "fortress")


def indicators(overview: pb.Overview) -> dict[str, float]:
    return {i.key: i.value for i in fortress(overview).indicators if i.has_data}


async def test_orders_and_duties_per_place_with_their_score_input_and_alerts(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path
) -> None:
    keys = SigningKeys.create(tmp_path)
    dsn = await pg.create_database("hqorders")
    today = dt.date.today()
    events = SmallCounty(today).build()
    async with running(hq_settings(dsn, kafka_bootstrap, unique, keys.public)) as hq:
        await produce(kafka_bootstrap, unique, events)
        await wait_applied(hq, [e.event_id for e in events])
        async with grpc.aio.insecure_channel(f"127.0.0.1:{hq.runtime.grpc_port}") as channel:
            stub = pb_grpc.HeadquartersServiceStub(channel)  # type: ignore[no-untyped-call]
            viewer = keys.metadata(["hq_viewer"])
            county = await stub.GetCountyOverview(pb.GetCountyOverviewRequest(), metadata=viewer)
            town = await stub.GetUnitDetail(
                pb.GetUnitDetailRequest(division_code="440781101"), metadata=viewer
            )
            month_ago = (today - dt.timedelta(days=45)).isoformat()
            before = await stub.GetCountyOverview(
                pb.GetCountyOverviewRequest(as_of=month_ago), metadata=viewer
            )
    # o-1 (to 城关镇) has no report and o-3 (to 东村) was returned after its deadline:
    # both overdue; o-2 (to 河口镇) was accepted on time.
    got = indicators(county.overview)
    assert (got["orders_open"], got["orders_overdue"], got["orders_on_time_rate"]) == (2, 2, 33.33)
    assert (got["duties_due"], got["duties_completed_rate"]) == (2, 50.0)
    inputs = {i.key: i for i in fortress(county.overview).inputs}
    assert round(inputs["orders_on_time"].value, 4) == round(1 / 3, 4)
    assert inputs["duties_completed"].value == 0.5
    assert indicators(town.overview)["orders_overdue"] == 2
    overdue = [
        (a.unit.division_code, a.severity)
        for a in town.overview.alerts
        if a.kind == "order_overdue"
    ]
    assert sorted(overdue) == [("440781101", "critical"), ("440781101001", "critical")]
    # 45 days ago o-2 was already accepted on time and o-1, o-3 not issued yet: full marks
    # then, lost since to the two overdue orders (what moved the score).
    assert indicators(before.overview)["orders_overdue"] == 0
    assert {i.key: i for i in fortress(before.overview).inputs}["orders_on_time"].value == 1.0
