"""The figures headquarters answers (per-day place figures, rankings from them, cached
overviews) equal a direct computation over the read model's facts — on a county seeded
through the services' real APIs, for today and three past dates, and again after a
live event and a backdated one."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

import grpc
import pytest
from google.protobuf import json_format

from frontline.api.headquarters.v1 import headquarters_pb2 as pb
from frontline.api.headquarters.v1 import headquarters_pb2_grpc as pb_grpc
from frontline.api.organization.v1 import organization_pb2 as org_pb
from frontline.api.organization.v1 import organization_pb2_grpc as org_grpc
from frontline.cli.demo import _seed
from frontline.cli.demo_plan import CountyPlan, plan_county
from frontline.testkit.county_stack import CountyStack, county_stack

from .direct_overview import Direct

TODAY = dt.date.today()
PAST = [TODAY - dt.timedelta(days=n) for n in (45, 200, 500)]


def places(plan: CountyPlan) -> list[str]:
    """The county, every township, and the villages of the first township."""
    first = plan.townships[0].code
    return [plan.code] + [t.code for t in plan.townships] + [v.code for v in plan.villages[first]]


async def answered(stub: Any, stack: CountyStack, code: str, day: dt.date) -> dict[str, Any]:
    metadata, as_of = stack.keys.metadata(["hq_viewer"]), day.isoformat()
    if len(code) == 6:
        county = pb.GetCountyOverviewRequest(as_of=as_of)
        reply = await stub.GetCountyOverview(county, metadata=metadata)
    else:
        unit = pb.GetUnitDetailRequest(division_code=code, as_of=as_of)
        reply = await stub.GetUnitDetail(unit, metadata=metadata)
    return json_format.MessageToDict(reply.overview, preserving_proto_field_name=True)


async def direct(stack: CountyStack, code: str, day: dt.date, ref: Direct) -> dict[str, Any]:
    # The generic conversion, not the service's: it is checked on the way.
    data = (await ref.overview(code, day)).model_dump(mode="json")
    message = json_format.ParseDict(data, pb.Overview(), ignore_unknown_fields=True)
    return json_format.MessageToDict(message, preserving_proto_field_name=True)


async def check(stub: Any, stack: CountyStack, codes: list[str], days: list[dt.date]) -> None:
    async with stack.hq.runtime.pool.acquire() as conn:
        ref = Direct(conn, stack.hq.queries.settings)
        for day in days:
            for code in codes:
                expected = await direct(stack, code, day, ref)
                assert await answered(stub, stack, code, day) == expected, (code, day)


async def meeting(stack: CountyStack, code: str, held_on: dt.date) -> None:
    """A meeting recorded through the organization service, then its live update."""
    async with (
        grpc.aio.insecure_channel(f"127.0.0.1:{stack.organization.grpc_port}") as channel,
        stack.hq.hub.subscribe() as updates,
    ):
        org = org_grpc.OrganizationServiceStub(channel)  # type: ignore[no-untyped-call]
        admin = stack.keys.metadata(["county_admin"])
        unit = await org.GetOrgUnit(org_pb.GetOrgUnitRequest(division_code=code), metadata=admin)
        request = org_pb.RecordMeetingRequest(
            org_unit_id=unit.org_unit.org_unit_id,
            held_on=held_on.isoformat(),
            meeting_type=org_pb.MeetingType.MEETING_TYPE_BRANCH_COMMITTEE_MEETING,
            members_due=9,
            members_present=8,
            topic="会议",
        )
        await org.RecordMeeting(request, metadata=admin)
        # What a dashboard waits for before it asks again: its figures changed.
        while True:
            update = await asyncio.wait_for(updates.get(), 30)
            if update.figures and update.touches(code):
                return


async def test_answers_equal_a_direct_computation_before_and_after_changes(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = plan_county(5, TODAY, villages=24, cadres_per_village=4)
    codes = places(plan)
    village = plan.villages[plan.townships[0].code][0].code
    async with county_stack(pg, kafka_bootstrap, unique, tmp_path) as stack:
        stack.point_cli_here(monkeypatch)
        assert await _seed(plan, 5, concurrency=16) == 0
        await stack.settled()
        async with grpc.aio.insecure_channel(f"127.0.0.1:{stack.hq.runtime.grpc_port}") as ch:
            stub = pb_grpc.HeadquartersServiceStub(ch)  # type: ignore[no-untyped-call]
            await check(stub, stack, codes, [TODAY, *PAST])
            before = await answered(stub, stack, village, TODAY)

            # A meeting today: every cached answer about today is recomputed.
            await meeting(stack, village, TODAY)
            await check(stub, stack, [*codes[:2], village], [TODAY])
            assert await answered(stub, stack, village, TODAY) != before

            # A meeting recorded late: the past days it reaches are recomputed too.
            await meeting(stack, village, PAST[0] - dt.timedelta(days=5))
            await check(stub, stack, [*codes[:2], village], [TODAY, PAST[0], PAST[1]])
