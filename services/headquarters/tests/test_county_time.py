"""Headquarters' "today" is the county's date, not the UTC date (DESIGN.md §4)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import grpc

from frontline.api.headquarters.v1 import headquarters_pb2 as pb
from frontline.api.headquarters.v1 import headquarters_pb2_grpc as pb_grpc
from frontline.kernel.clock import ManualClock
from frontline.testkit.county_events import hq_settings
from frontline.testkit.headquarters import running
from frontline.testkit.runtime import SigningKeys

# 01:00 on 2 March in China is still 1 March in UTC.
ONE_AM_IN_CHINA = dt.datetime(2026, 3, 1, 17, 0, tzinfo=dt.UTC)


async def test_the_overview_at_one_in_the_morning_is_as_of_the_county_date(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path
) -> None:
    keys = SigningKeys.create(tmp_path)
    settings = hq_settings(await pg.create_database("hqtz"), kafka_bootstrap, unique, keys.public)
    async with (
        running(settings, ManualClock(ONE_AM_IN_CHINA)) as hq,
        grpc.aio.insecure_channel(f"127.0.0.1:{hq.runtime.grpc_port}") as channel,
    ):
        stub = pb_grpc.HeadquartersServiceStub(channel)
        metadata = keys.metadata(["hq_viewer"])
        reply = await stub.GetCountyOverview(pb.GetCountyOverviewRequest(), metadata=metadata)
        assert reply.overview.as_of == "2026-03-02"
        ranking = await stub.ListTownshipRanking(pb.ListTownshipRankingRequest(), metadata=metadata)
        assert ranking.as_of == "2026-03-02"
