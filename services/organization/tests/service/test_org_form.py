"""An org unit's form and size over gRPC: the meetings due on GetOrgUnit and on Kafka."""

from __future__ import annotations

import json
from typing import cast

import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.testkit.kafka import header, read_topic

from .conftest import Org

ORG_FORM = "cn.frontline.organization.OrgFormRecorded.v1"


def duties(unit: pb.OrgUnit) -> dict[str, int]:
    return {pb.MeetingType.Name(d.meeting_type): d.every_months for d in unit.meetings_due}


async def test_a_general_branch_and_its_small_branch_owe_different_meetings(org: Org) -> None:
    _, _, village = await org.county_tree()
    branch = await org.establish(
        pb.ORG_LEVEL_BRANCH, village.division_code, village.org_unit_id, term_years=3
    )
    await org.call(
        "RecordOrgForm",
        pb.RecordOrgFormRequest(
            org_unit_id=village.org_unit_id,
            form=pb.ORG_FORM_GENERAL_BRANCH,
            member_count=64,
            recorded_on="2026-01-05",
        ),
    )
    await org.call(
        "RecordOrgForm",
        pb.RecordOrgFormRequest(
            org_unit_id=branch.org_unit_id,
            form=pb.ORG_FORM_BRANCH,
            member_count=6,
            has_party_groups=True,
        ),
    )

    general = (
        await org.call("GetOrgUnit", pb.GetOrgUnitRequest(org_unit_id=village.org_unit_id))
    ).org_unit
    assert (general.form, general.member_count, general.form_recorded_on) == (
        pb.ORG_FORM_GENERAL_BRANCH,
        64,
        "2026-01-05",
    )
    assert duties(general) == {
        "MEETING_TYPE_BRANCH_COMMITTEE_MEETING": 1,
        "MEETING_TYPE_LEADING_BODIES_JOINT_MEETING": 3,
        "MEETING_TYPE_PARTY_MASSES_JOINT_MEETING": 3,
    }
    small = (
        await org.call("GetOrgUnit", pb.GetOrgUnitRequest(org_unit_id=branch.org_unit_id))
    ).org_unit
    # Six members elect no committee: no committee meeting; it has party groups.
    assert duties(small) == {
        "MEETING_TYPE_BRANCH_MEMBER_MEETING": 3,
        "MEETING_TYPE_PARTY_GROUP_MEETING": 1,
        "MEETING_TYPE_PARTY_LESSON": 3,
        "MEETING_TYPE_THEME_PARTY_DAY": 1,
    }
    assert small.form_recorded_on == "2026-01-05"  # the county's today by default

    records = await read_topic(org.kafka, f"{org.prefix}organization.events.v1", at_least=6)
    forms = [r for r in records if header(r, "ce_type") == ORG_FORM]
    by_unit = {r.key.decode(): json.loads(r.value) for r in forms}
    assert by_unit[branch.org_unit_id]["member_count"] == 6
    assert by_unit[branch.org_unit_id]["has_party_groups"] is True
    assert by_unit[village.org_unit_id]["form"] == "general_branch"
    assert by_unit[village.org_unit_id]["meetings_due"] == [
        {"meeting_type": "branch_committee_meeting", "every_months": 1},
        {"meeting_type": "leading_bodies_joint_meeting", "every_months": 3},
        {"meeting_type": "party_masses_joint_meeting", "every_months": 3},
    ]


@pytest.mark.parametrize(
    ("request_fields", "field"),
    [
        ({"form": pb.ORG_FORM_UNSPECIFIED, "member_count": 9}, "form"),
        ({"form": pb.ORG_FORM_BRANCH, "member_count": 0}, "member_count"),
        (
            {"form": pb.ORG_FORM_COMMITTEE, "member_count": 120, "has_party_groups": True},
            "has_party_groups",
        ),
        (
            {"form": pb.ORG_FORM_BRANCH, "member_count": 9, "recorded_on": "2026-01-06"},
            "recorded_on",
        ),
    ],
)
async def test_an_impossible_form_is_invalid_argument_naming_the_field(
    org: Org, request_fields: dict[str, object], field: str
) -> None:
    _, _, village = await org.county_tree()
    request = pb.RecordOrgFormRequest(org_unit_id=village.org_unit_id, **request_fields)  # type: ignore[arg-type]
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await org.call("RecordOrgForm", request)
    assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    status = rpc_status.from_call(cast(grpc.Call, refused.value))
    assert status is not None
    bad = error_details_pb2.BadRequest()
    assert status.details[0].Unpack(bad)
    assert bad.field_violations[0].field == field


async def test_a_township_committee_records_no_general_branch_form(org: Org) -> None:
    _, town, _ = await org.county_tree()
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await org.call(
            "RecordOrgForm",
            pb.RecordOrgFormRequest(
                org_unit_id=town.org_unit_id, form=pb.ORG_FORM_GENERAL_BRANCH, member_count=300
            ),
        )
    assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT
