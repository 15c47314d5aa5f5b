"""Forged events leave the county as it was: a unit's division, level and parent never
change (issue 13: a later OrgUnitEstablished moved a village), and an event claiming
another publisher than its topic's enters the read model neither live nor on rebuild."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import grpc

from frontline.api.headquarters.v1 import headquarters_pb2 as pb
from frontline.api.headquarters.v1 import headquarters_pb2_grpc as pb_grpc
from frontline.headquarters.query.models import Overview
from frontline.testkit.county_events import SmallCounty, hq_settings, produce, secretary, unit
from frontline.testkit.headquarters import running
from frontline.testkit.runtime import SigningKeys

from .test_projection_kafka import applied, eventually

OTHER_TOWNSHIP = "440781102"


def villages(overview: Overview) -> float | None:
    fortress = next(p for p in overview.pillars if p.key == "fortress")
    return next(i.value for i in fortress.indicators if i.key == "villages")


async def test_a_re_establishment_elsewhere_does_not_move_the_village(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path
) -> None:
    today = dt.date.today()
    events = SmallCounty(today).build()
    start, later = dt.date(today.year - 2, 1, 1), dt.date(today.year + 3, 1, 1)
    # 东村 (u-v1, township 城关镇) claimed again, now under the other township.
    forged = unit("u-v1", "village", f"{OTHER_TOWNSHIP}009", "东村党支部", "u-t2", start, later)
    settings = hq_settings(
        await pg.create_database("hq"), kafka_bootstrap, unique, SigningKeys.create(tmp_path).public
    )
    async with running(settings) as hq:
        await produce(kafka_bootstrap, unique, [*events, forged])
        deadline = time.monotonic() + 30
        while await hq.runtime.pool.fetchval("SELECT count(*) FROM hq.applied_events") <= len(
            events
        ):
            assert time.monotonic() < deadline, "the events were not applied"
            await asyncio.sleep(0.1)
        township = await hq.queries.overview(OTHER_TOWNSHIP, today)
        assert villages(township) == 1  # 南村 only
        row = await hq.runtime.pool.fetchrow(
            "SELECT division_code, parent_id FROM hq.units WHERE unit_id = 'u-v1'"
        )
        assert (row["division_code"], row["parent_id"]) == ("440781101001", "u-t1")


async def test_a_rebuild_refuses_an_event_from_another_source_as_live_consumption_does(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path
) -> None:
    """An event on the organization topic that claims the cadre service as its source is
    dead-lettered live; rebuilding the read model from the topics skips it too."""
    today = dt.date.today()
    keys = SigningKeys.create(tmp_path)
    events = SmallCounty(today).build()
    # 南村's vacant post "filled" by an event the organization service never published.
    claimed = secretary("u-v3", "village", "440781102001", "k-x", today - dt.timedelta(days=3))
    forged = replace(claimed, source="/counties/440781/cadre")
    after = secretary("u-v2", "village", "440781101002", "k-v2", today)
    settings = hq_settings(await pg.create_database("hq"), kafka_bootstrap, unique, keys.public)
    async with (
        running(settings) as hq,
        grpc.aio.insecure_channel(f"127.0.0.1:{hq.runtime.grpc_port}") as channel,
    ):
        await produce(kafka_bootstrap, unique, [*events, forged, after])
        await eventually(lambda: applied(hq), lambda n: n == len(events) + 1)
        assert vacant(await hq.queries.overview("440781", today)) == 1  # 南村, still

        stub = pb_grpc.HeadquartersServiceStub(channel)
        admin = keys.metadata(["county_admin"])
        phases = [
            p.phase
            async for p in stub.RebuildReadModel(pb.RebuildReadModelRequest(), metadata=admin)
        ]
        assert phases[-1] == "done"
        viewer = keys.metadata(["hq_viewer"])
        reply = await stub.GetCountyOverview(pb.GetCountyOverviewRequest(), metadata=viewer)
        fortress = next(p for p in reply.overview.pillars if p.key == "fortress")
        assert {i.key: i.value for i in fortress.indicators}["secretary_vacant"] == 1
        assert not await hq.runtime.pool.fetchval(
            "SELECT count(*) FROM hq.applied_events WHERE event_id = $1", forged.event_id
        )


def vacant(overview: Overview) -> float | None:
    fortress = next(p for p in overview.pillars if p.key == "fortress")
    return next(i.value for i in fortress.indicators if i.key == "secretary_vacant")
