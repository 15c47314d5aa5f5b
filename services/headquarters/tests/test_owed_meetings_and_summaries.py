"""Issue 11 at headquarters, through real events on Kafka and the gRPC overview: meeting
compliance over the meetings a unit owes (its recorded form), and the cadre service's
township summaries (pay v2 with corrections, counts per evaluation grade)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import grpc
from google.protobuf import json_format

from frontline.api.headquarters.v1 import headquarters_pb2 as pb
from frontline.api.headquarters.v1 import headquarters_pb2_grpc as pb_grpc
from frontline.contracts import cadre as c
from frontline.contracts import organization as o
from frontline.testkit.county_events import (
    Published,
    SmallCounty,
    hq_settings,
    meeting,
    months_ago,
    produce,
    secretary,
    unit,
)
from frontline.testkit.headquarters import running
from frontline.testkit.runtime import SigningKeys

from .test_projection_kafka import applied, eventually

NORTH = "440781102002"  # a small branch village: 5 members, no party groups
SOUTH = "440781102001"  # 南村: no form recorded, the defaults apply
TOWNSHIP = "440781101"
OWED = [
    ("branch_member_meeting", 3),
    ("party_lesson", 3),
    ("theme_party_day", 1),
    ("leading_bodies_joint_meeting", 3),
    ("party_masses_joint_meeting", 3),
]


def north_village(today: dt.date) -> list[Published]:
    """A village branch of 5 members that holds every meeting it owes each month, and
    never a committee or party-group meeting (it has neither)."""
    start, later = dt.date(today.year - 2, 1, 1), dt.date(today.year + 3, 1, 1)
    form = o.OrgFormRecorded(
        org_unit_id="u-v4",
        division_code=NORTH,
        level="village",
        form="branch",
        member_count=5,
        has_party_groups=False,
        recorded_on=start,
        meetings_due=[o.MeetingDuty(meeting_type=k, every_months=m) for k, m in OWED],  # type: ignore[arg-type]
    )
    held = [
        meeting("u-v4", NORTH, kind, months_ago(today, n)) for n in range(1, 13) for kind, _ in OWED
    ]
    return [
        unit("u-v4", "village", NORTH, "北村党支部", "u-t2", start, later),
        secretary("u-v4", "village", NORTH, "k-v6", start + dt.timedelta(days=10)),
        Published(form, "u-v4"),
        *held,
    ]


async def overview(stub: Any, metadata: Any, code: str | None, as_of: dt.date) -> dict[str, Any]:
    if code is None:
        request = pb.GetCountyOverviewRequest(as_of=as_of.isoformat())
        reply = await stub.GetCountyOverview(request, metadata=metadata)
    else:
        detail = pb.GetUnitDetailRequest(division_code=code, as_of=as_of.isoformat())
        reply = await stub.GetUnitDetail(detail, metadata=metadata)
    return json_format.MessageToDict(
        reply.overview, preserving_proto_field_name=True, always_print_fields_with_no_presence=True
    )


def indicators(view: dict[str, Any], pillar: str) -> dict[str, Any]:
    found = next(p for p in view["pillars"] if p["key"] == pillar)
    return {i["key"]: i["value"] if i["has_data"] else None for i in found["indicators"]}


async def test_compliance_counts_only_the_meetings_a_unit_owes(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path
) -> None:
    keys = SigningKeys.create(tmp_path)
    today = dt.date.today()
    events = SmallCounty(today).build() + north_village(today)
    settings = hq_settings(await pg.create_database("hq"), kafka_bootstrap, unique, keys.public)
    async with (
        running(settings) as hq,
        grpc.aio.insecure_channel(f"127.0.0.1:{hq.runtime.grpc_port}") as channel,
    ):
        await produce(kafka_bootstrap, unique, events)
        await eventually(lambda: applied(hq), lambda n: n == len(events))
        stub, viewer = pb_grpc.HeadquartersServiceStub(channel), keys.metadata(["hq_viewer"])

        # Every meeting it owes was held: no committee or party-group meeting is missing.
        north = await overview(stub, viewer, NORTH, today)
        assert indicators(north, "fortress")["meeting_compliance"] == 100.0
        assert not north["alerts"]
        # 南村 recorded no form: the defaults (三会一课 and theme day) still apply, and
        # holding only the theme day (a monthly type of five) is still "not held".
        south = await overview(stub, viewer, SOUTH, today)
        assert indicators(south, "fortress")["meeting_compliance"] < 30
        assert "meeting_compliance_low" in {a["kind"] for a in south["alerts"]}
        county = await overview(stub, viewer, None, today)
        suggested = {
            a["unit"]["division_code"]
            for a in county["alerts"]
            if a["kind"] == "weak_lax_suggested"
        }
        assert SOUTH in suggested and NORTH not in suggested


def summaries(today: dt.date) -> list[Published]:
    """城关镇's pay for this year, corrected once (an older revision arriving after the
    correction changes nothing), and its counts per grade for last year, corrected once."""

    def pay(revision: int, average: float, growth: float) -> Published:
        summary = c.RemunerationSummaryPublishedV2(
            township_code=TOWNSHIP,
            year=today.year,
            cadre_count=6,
            average_yuan=average,
            growth_rate=growth,
            revision=revision,
            published_on=today - dt.timedelta(days=20),
        )
        return Published(summary, TOWNSHIP)

    def grades(revision: int, excellent: int, competent: int, ago: int) -> Published:
        summary = c.EvaluationSummaryPublished(
            township_code=TOWNSHIP,
            year=today.year - 1,
            cadre_count=7,
            excellent=excellent,
            competent=competent,
            basically_competent=1,
            incompetent=1,
            revision=revision,
            published_on=today - dt.timedelta(days=ago),
        )
        return Published(summary, TOWNSHIP)

    return [
        pay(1, 50_000.0, 0.04),
        pay(2, 52_000.0, 0.06),
        grades(1, 2, 3, 10),
        grades(2, 3, 2, 5),
        pay(1, 50_000.0, 0.04),
    ]


async def test_township_summaries_of_pay_and_grades_reach_the_overview(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path
) -> None:
    keys = SigningKeys.create(tmp_path)
    today = dt.date.today()
    events = SmallCounty(today).build() + summaries(today)
    settings = hq_settings(await pg.create_database("hq"), kafka_bootstrap, unique, keys.public)
    async with (
        running(settings) as hq,
        grpc.aio.insecure_channel(f"127.0.0.1:{hq.runtime.grpc_port}") as channel,
    ):
        await produce(kafka_bootstrap, unique, events)
        await eventually(lambda: applied(hq), lambda n: n == len(events))
        stub, viewer = pb_grpc.HeadquartersServiceStub(channel), keys.metadata(["hq_viewer"])

        county = await overview(stub, viewer, None, today)
        service = indicators(county, "service")
        # The correction's figures, not the revision that arrived after it.
        assert service["remuneration_average"] == 52_000.0
        assert service["remuneration_growth"] == 6.0
        assert (service["evaluated"], service["evaluated_excellent"]) == (7, 3)
        assert service["evaluated_competent_share"] == round(100 * 5 / 7, 2)
        pillar = next(p for p in county["pillars"] if p["key"] == "service")
        scored = {i["key"]: i for i in pillar["inputs"]}["evaluated_competent"]
        assert scored["has_data"] and round(scored["value"], 4) == round(5 / 7, 4)
        table = {b["key"]: b for b in pillar["breakdowns"]}["cadres_by_township"]
        rows = {r["division_code"]: r for r in table["rows"]}
        town = {v["key"]: v for v in rows[TOWNSHIP]["values"]}
        assert town["remuneration_average"]["value"] == 52_000.0
        assert town["evaluated_excellent"]["value"] == 3
        other = rows["440781102"]["values"]
        assert not any(v["has_data"] for v in other)

        # As of a day before the correction, the first counts; before any, none.
        week_ago = indicators(
            await overview(stub, viewer, None, today - dt.timedelta(days=7)), "service"
        )
        assert week_ago["evaluated_excellent"] == 2
        earlier = indicators(
            await overview(stub, viewer, None, today - dt.timedelta(days=12)), "service"
        )
        assert earlier["evaluated"] is None
        # A village has no summary of its own: they are published per township.
        village = indicators(await overview(stub, viewer, "440781101001", today), "service")
        assert village["evaluated"] is None and village["remuneration_average"] is None
