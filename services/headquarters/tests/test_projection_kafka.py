"""Projections fed by real events on Kafka: figures, gRPC, scope and duplicates."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

import grpc
import pytest

from frontline.api.headquarters.v1 import headquarters_pb2 as pb
from frontline.api.headquarters.v1 import headquarters_pb2_grpc as pb_grpc
from frontline.contracts import organization as o
from frontline.headquarters.query.models import Overview
from frontline.testkit.county_events import COUNTY, Published, SmallCounty, hq_settings, produce
from frontline.testkit.headquarters import running
from frontline.testkit.runtime import SigningKeys
from frontline.testkit.settle import settled
from frontline.testkit.waiting import eventually


def indicator(overview: Overview, pillar: str, key: str) -> float | None:
    for p in overview.pillars:
        for i in p.indicators:
            if p.key == pillar and i.key == key:
                return i.value
    raise KeyError(key)


async def applied(hq: Any) -> int:
    return int(await hq.runtime.pool.fetchval("SELECT count(*) FROM hq.applied_events"))


def figures(overview: Overview) -> dict[str, Any]:
    """Everything a user reads off the overview except the activity feed."""
    data = overview.model_dump(mode="json")
    data.pop("activity")
    return data


async def test_projects_a_small_county_and_ignores_duplicates(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path
) -> None:
    keys = SigningKeys.create(tmp_path)
    dsn = await pg.create_database("hq")
    today = dt.date.today()
    events = SmallCounty(today).build()
    settings = hq_settings(dsn, kafka_bootstrap, unique, keys.public)
    async with running(settings) as hq:
        await produce(kafka_bootstrap, unique, events)
        await eventually(lambda: applied(hq), lambda n: n == len(events), timeout=30)
        county = await hq.queries.overview(COUNTY, today)

        # Given the small county, the fortress pillar counts what its events say.
        assert indicator(county, "fortress", "townships") == 2
        assert indicator(county, "fortress", "villages") == 3
        assert indicator(county, "fortress", "secretary_vacant") == 1  # 南村
        assert indicator(county, "fortress", "elections_due_soon") == 1  # 西村 in 60 days
        assert indicator(county, "fortress", "decisions_stuck") == 1
        assert indicator(county, "service", "cadres") == 4
        assert indicator(county, "service", "college_share") == 50.0
        kinds = {(a.kind, a.unit.division_code) for a in county.alerts}
        assert ("secretary_vacant_90d", "440781102001") in kinds
        assert ("election_due_soon", "440781101002") in kinds
        assert ("decision_stuck", "440781101001") in kinds
        assert ("weak_lax_suggested", "440781102001") in kinds
        assert [p.key for p in county.pillars if not p.has_data] == ["rule_of_law"]
        assert county.combined_score is not None and 0 < county.combined_score <= 100
        ranked = [c.unit.division_code for c in county.children]
        assert ranked == ["440781101", "440781102"]  # 河口镇 has the vacancy

        # When every event is delivered a second time, no figure changes: compared once
        # every duplicate, on every partition of every topic, has been consumed.
        before = figures(county)
        await produce(kafka_bootstrap, unique, events)
        await settled(kafka_bootstrap, [hq.runtime])
        after = await hq.queries.overview(COUNTY, today)
        assert figures(after) == before

        # The gRPC overview answers the same figures; a township operator sees only its own.
        channel = grpc.aio.insecure_channel(f"127.0.0.1:{hq.runtime.grpc_port}")
        stub = pb_grpc.HeadquartersServiceStub(channel)
        reply = await stub.GetCountyOverview(
            pb.GetCountyOverviewRequest(), metadata=keys.metadata(["hq_viewer"])
        )
        assert reply.overview.combined_score == after.combined_score
        operator = keys.metadata(["township_operator"], scope="440781102")
        own = await stub.GetUnitDetail(
            pb.GetUnitDetailRequest(division_code="440781102"), metadata=operator
        )
        assert own.overview.unit.name == "河口镇党委"
        with pytest.raises(grpc.aio.AioRpcError) as denied:
            await stub.GetUnitDetail(
                pb.GetUnitDetailRequest(division_code="440781101"), metadata=operator
            )
        assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED
        with pytest.raises(grpc.aio.AioRpcError) as county_denied:
            await stub.GetCountyOverview(pb.GetCountyOverviewRequest(), metadata=operator)
        assert county_denied.value.code() == grpc.StatusCode.PERMISSION_DENIED

        # As of a past day: before the county's records began there was nothing to count.
        past = await stub.GetCountyOverview(
            pb.GetCountyOverviewRequest(as_of=f"{today.year - 2}-01-01"),
            metadata=keys.metadata(["hq_viewer"]),
        )
        past_villages = {i.key: i.value for p in past.overview.pillars for i in p.indicators}
        assert past_villages["villages"] == 3
        earlier = await stub.GetCountyOverview(
            pb.GetCountyOverviewRequest(as_of=f"{today.year - 3}-12-31"),
            metadata=keys.metadata(["hq_viewer"]),
        )
        assert not earlier.overview.children

        # A township operator's update stream tells of changes in its township.
        stream = stub.StreamUpdates(pb.StreamUpdatesRequest(), metadata=operator)
        subscribed = await asyncio.wait_for(stream.read(), timeout=10)
        assert not subscribed.division_codes
        change = Published(
            o.ElectionReminderIssued(
                org_unit_id="u-v3",
                division_code="440781102001",
                level="village",
                election_due_on=today + dt.timedelta(days=90),
                reminded_on=today,
            ),
            "u-v3",
        )
        await produce(kafka_bootstrap, unique, [change])
        update = await asyncio.wait_for(stream.read(), timeout=10)
        assert "440781102001" in update.division_codes
        assert [a.event_id for a in update.activity] == [change.event_id]
        stream.cancel()
        await channel.close()
