"""Org unit and meeting queries from the service's read model, and retried requests."""

from __future__ import annotations

import grpc
import pytest

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.kernel.ids import new_id

from .conftest import Org


async def test_children_and_lookup_by_division_code(org: Org) -> None:
    _, town, village = await org.county_tree()
    branch = await org.establish(pb.ORG_LEVEL_BRANCH, village.division_code, village.org_unit_id,
                                 term_years=3)  # fmt: skip
    children = await org.call("ListChildUnits", pb.ListChildUnitsRequest(
        org_unit_id=village.org_unit_id))  # fmt: skip
    assert [c.org_unit_id for c in children.org_units] == [branch.org_unit_id]
    found = await org.call("GetOrgUnit", pb.GetOrgUnitRequest(division_code="440781100"))
    assert found.org_unit.org_unit_id == town.org_unit_id
    assert found.org_unit.active_children == 1
    listed = await org.call("ListOrgUnits", pb.ListOrgUnitsRequest(level=pb.ORG_LEVEL_VILLAGE))
    assert [u.division_code for u in listed.org_units] == ["440781100201"]
    with pytest.raises(grpc.aio.AioRpcError) as twice:
        await org.establish(pb.ORG_LEVEL_VILLAGE, "440781100201", town.org_unit_id)
    assert twice.value.code() == grpc.StatusCode.ALREADY_EXISTS
    with pytest.raises(grpc.aio.AioRpcError) as busy:
        await org.call("DissolveOrgUnit", pb.DissolveOrgUnitRequest(
            org_unit_id=village.org_unit_id, reason="x"))  # fmt: skip
    assert busy.value.code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_a_retried_request_returns_the_first_unit(org: Org) -> None:
    request = pb.EstablishOrgUnitRequest(
        level=pb.ORG_LEVEL_COUNTY, division_code="440781", name="county committee"
    )
    metadata = org.keys.metadata(["county_admin"], "440781", request_id=new_id())
    first = await org.stub.EstablishOrgUnit(request, metadata=metadata)
    again = await org.stub.EstablishOrgUnit(request, metadata=metadata)
    assert again.org_unit.org_unit_id == first.org_unit.org_unit_id


async def test_meetings_by_unit_and_period(org: Org) -> None:
    _, _, village = await org.county_tree()
    for day, kind in [("2025-12-01", pb.MEETING_TYPE_THEME_PARTY_DAY),
                      ("2026-01-02", pb.MEETING_TYPE_PARTY_LESSON),
                      ("2026-01-04", pb.MEETING_TYPE_THEME_PARTY_DAY)]:  # fmt: skip
        await org.call("RecordMeeting", pb.RecordMeetingRequest(
            org_unit_id=village.org_unit_id, meeting_type=kind, held_on=day, members_due=20,
            members_present=17))  # fmt: skip
    january = await org.call(
        "ListMeetings",
        pb.ListMeetingsRequest(
            org_unit_id=village.org_unit_id, held_from="2026-01-01", held_to="2026-01-31"
        ),
    )
    assert [m.held_on for m in january.meetings] == ["2026-01-04", "2026-01-02"]
    days = await org.call(
        "ListMeetings",
        pb.ListMeetingsRequest(
            division_code_prefix="440781100", meeting_type=pb.MEETING_TYPE_THEME_PARTY_DAY
        ),
    )
    assert len(days.meetings) == 2 and days.meetings[0].members_present == 17
    with pytest.raises(grpc.aio.AioRpcError) as future:
        await org.call("RecordMeeting", pb.RecordMeetingRequest(
            org_unit_id=village.org_unit_id, meeting_type=pb.MEETING_TYPE_PARTY_LESSON,
            held_on="2026-02-01", members_due=20, members_present=17))  # fmt: skip
    assert future.value.code() == grpc.StatusCode.INVALID_ARGUMENT


async def test_weak_lax_rectification_and_rating_are_shown_on_the_unit(org: Org) -> None:
    _, _, village = await org.county_tree()
    unit = village.org_unit_id
    await org.call("ConfirmWeakLax", pb.ConfirmWeakLaxRequest(
        org_unit_id=unit, criteria=[pb.WEAK_LAX_CRITERION_SECRETARY_VACANT],
        rectification_plan="appoint a secretary", confirmed_on="2026-01-02"))  # fmt: skip
    await org.call("RecordRectificationProgress", pb.RecordRectificationProgressRequest(
        org_unit_id=unit, percent_complete=40, note="candidate found"))  # fmt: skip
    rated = (await org.call("RateSecretary", pb.RateSecretaryRequest(
        org_unit_id=unit, year=2025, rating=pb.SECRETARY_RATING_AVERAGE,
        cadre_id="c-1"))).org_unit  # fmt: skip
    assert rated.rectification.percent_complete == 40
    assert list(rated.rectification.criteria) == [pb.WEAK_LAX_CRITERION_SECRETARY_VACANT]
    assert rated.ratings[0].rating == pb.SECRETARY_RATING_AVERAGE
    done = (await org.call("SignOffRectification", pb.SignOffRectificationRequest(
        org_unit_id=unit, summary="done"))).org_unit  # fmt: skip
    assert done.rectification.signed_off_on == "2026-01-05"
