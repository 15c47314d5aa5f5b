"""Authorization matrix: every RPC × every kind of caller, through the real gRPC server.

Each call targets village 440781100201 (or its decision, branch or meeting). A caller
is allowed when the answer is anything but PERMISSION_DENIED (a rule of the domain may
still refuse the command afterwards).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import grpc
import pytest
import pytest_asyncio

from frontline.api.organization.v1 import organization_pb2 as pb

from .conftest import Org

VILLAGE_CODE = "440781100201"


@dataclass(frozen=True)
class World:
    org: Org
    village: str
    branch: str
    decision: str
    # The village's responsibility list and a supervision order to it, both from its
    # township (440781100): the village acts as the receiving unit, the township as
    # the level above.
    duty_list: str = ""
    duty_item: str = ""
    order: str = ""


CALLERS: dict[str, tuple[list[str], str]] = {
    "county_admin": (["county_admin"], "440781"),
    "township_operator": (["township_operator"], "440781100"),
    "other_township_operator": (["township_operator"], "440781200"),
    "village_operator": (["village_operator"], VILLAGE_CODE),
    "other_village_operator": (["village_operator"], "440781100202"),
    "hq_viewer": (["hq_viewer"], "440781"),
    "auditor": (["auditor"], "440781"),
    "cadre_manager": (["cadre_manager"], "440781"),
    "no_role": ([], "440781"),
}
OPERATORS = {"county_admin", "township_operator", "village_operator"}
READERS = OPERATORS | {"hq_viewer", "auditor"}
ABOVE_VILLAGE = {"county_admin", "township_operator"}
COUNTY = {"county_admin"}
# Lists and orders: the level directly above (the township, for this village) and the
# village itself; a county admin acts for the county only (use_cases/acting.py).
TOWNSHIP = {"township_operator"}
VILLAGE = {"village_operator"}


def record() -> pb.StepRecord:
    return pb.StepRecord(held_on="2026-01-05", members_due=5, members_present=5, votes_for=5)


def item() -> pb.DutyItemInput:
    return pb.DutyItemInput(
        category=pb.DUTY_CATEGORY_SERVICE, target="服务中心全覆盖", due_on="2026-06-30"
    )


Build = Callable[[World], Any]
MATRIX: dict[str, tuple[Build, set[str]]] = {
    "EstablishOrgUnit": (lambda w: pb.EstablishOrgUnitRequest(
        level=pb.ORG_LEVEL_BRANCH, division_code=VILLAGE_CODE, name="branch",
        parent_unit_id=w.village, term_years=3), OPERATORS),
    "RecordElection": (lambda w: pb.RecordElectionRequest(org_unit_id=w.village), OPERATORS),
    "PostponeElection": (lambda w: pb.PostponeElectionRequest(
        org_unit_id=w.village, new_due_on="2031-03-01", reason="x"), ABOVE_VILLAGE),
    "DissolveOrgUnit": (lambda w: pb.DissolveOrgUnitRequest(
        org_unit_id=w.branch, reason="merged"), ABOVE_VILLAGE),
    "ConfirmWeakLax": (lambda w: pb.ConfirmWeakLaxRequest(
        org_unit_id=w.village, criteria=[pb.WEAK_LAX_CRITERION_SECRETARY_VACANT],
        rectification_plan="appoint"), COUNTY),
    "RecordRectificationProgress": (lambda w: pb.RecordRectificationProgressRequest(
        org_unit_id=w.village, percent_complete=50, note="half"), OPERATORS),
    "SignOffRectification": (lambda w: pb.SignOffRectificationRequest(
        org_unit_id=w.village, summary="done"), COUNTY),
    "RateSecretary": (lambda w: pb.RateSecretaryRequest(
        org_unit_id=w.village, year=2025, rating=pb.SECRETARY_RATING_GOOD, cadre_id="c-1"),
        ABOVE_VILLAGE),
    "RecordOrgForm": (lambda w: pb.RecordOrgFormRequest(
        org_unit_id=w.village, form=pb.ORG_FORM_BRANCH, member_count=9), OPERATORS),
    "GetOrgUnit": (lambda w: pb.GetOrgUnitRequest(org_unit_id=w.village), READERS),
    "ListOrgUnits": (lambda w: pb.ListOrgUnitsRequest(division_code_prefix=VILLAGE_CODE), READERS),
    "ListChildUnits": (lambda w: pb.ListChildUnitsRequest(org_unit_id=w.village), READERS),
    "DraftDecision": (lambda w: pb.DraftDecisionRequest(
        org_unit_id=w.village, title="road", matter=pb.DECISION_MATTER_PROJECT,
        source=pb.DECISION_SOURCE_CADRE_PROPOSAL), OPERATORS),
    "ProposeDecision": (lambda w: pb.ProposeDecisionRequest(
        decision_id=w.decision, record=record()), OPERATORS),
    "DeliberateDecision": (lambda w: pb.DeliberateDecisionRequest(
        decision_id=w.decision, record=record()), OPERATORS),
    "ReviewDecision": (lambda w: pb.ReviewDecisionRequest(
        decision_id=w.decision, record=record()), OPERATORS),
    "ResolveDecision": (lambda w: pb.ResolveDecisionRequest(
        decision_id=w.decision, record=record(),
        body=pb.RESOLVING_BODY_VILLAGERS_MEETING), OPERATORS),
    "PublishResolution": (lambda w: pb.PublishResolutionRequest(decision_id=w.decision),
                          OPERATORS),
    "StartImplementation": (lambda w: pb.StartImplementationRequest(decision_id=w.decision),
                            OPERATORS),
    "PublishResult": (lambda w: pb.PublishResultRequest(decision_id=w.decision, summary="x"),
                      OPERATORS),
    "CloseDecision": (lambda w: pb.CloseDecisionRequest(decision_id=w.decision), OPERATORS),
    "RedraftDecision": (lambda w: pb.RedraftDecisionRequest(decision_id=w.decision), OPERATORS),
    "GetDecision": (lambda w: pb.GetDecisionRequest(decision_id=w.decision), READERS),
    "ListDecisions": (lambda w: pb.ListDecisionsRequest(org_unit_id=w.village), READERS),
    "RecordMeeting": (lambda w: pb.RecordMeetingRequest(
        org_unit_id=w.village, meeting_type=pb.MEETING_TYPE_THEME_PARTY_DAY,
        members_due=20, members_present=18), OPERATORS),
    "ListMeetings": (lambda w: pb.ListMeetingsRequest(org_unit_id=w.village), READERS),
    "SetResponsibilityList": (lambda w: pb.SetResponsibilityListRequest(
        org_unit_id=w.village, year=2026, items=[item()]), ABOVE_VILLAGE),
    "AddDutyItem": (lambda w: pb.AddDutyItemRequest(list_id=w.duty_list, item=item()), TOWNSHIP),
    "ReportDutyProgress": (lambda w: pb.ReportDutyProgressRequest(
        list_id=w.duty_list, item_id=w.duty_item, percent_complete=50), VILLAGE),
    "CheckDutyItem": (lambda w: pb.CheckDutyItemRequest(
        list_id=w.duty_list, item_id=w.duty_item, completed=False), TOWNSHIP),
    "GetResponsibilityList": (lambda w: pb.GetResponsibilityListRequest(list_id=w.duty_list),
                              READERS),
    "ListResponsibilityLists": (lambda w: pb.ListResponsibilityListsRequest(
        division_code_prefix=VILLAGE_CODE), READERS),
    "IssueSupervisionOrder": (lambda w: pb.IssueSupervisionOrderRequest(
        org_unit_id=w.village, title="x", working_days=5), ABOVE_VILLAGE),
    "AcknowledgeSupervisionOrder": (lambda w: pb.AcknowledgeSupervisionOrderRequest(
        order_id=w.order), VILLAGE),
    "ReportSupervisionOrder": (lambda w: pb.ReportSupervisionOrderRequest(
        order_id=w.order, summary="x"), VILLAGE),
    "RequestOrderExtension": (lambda w: pb.RequestOrderExtensionRequest(
        order_id=w.order, working_days=2, reason="x"), VILLAGE),
    "GrantOrderExtension": (lambda w: pb.GrantOrderExtensionRequest(order_id=w.order), TOWNSHIP),
    "DeclineOrderExtension": (lambda w: pb.DeclineOrderExtensionRequest(
        order_id=w.order, reason="x"), TOWNSHIP),
    "AcceptSupervisionOrder": (lambda w: pb.AcceptSupervisionOrderRequest(order_id=w.order),
                               TOWNSHIP),
    "ReturnSupervisionOrder": (lambda w: pb.ReturnSupervisionOrderRequest(
        order_id=w.order, reason="x"), TOWNSHIP),
    "GetSupervisionOrder": (lambda w: pb.GetSupervisionOrderRequest(order_id=w.order), READERS),
    "ListSupervisionOrders": (lambda w: pb.ListSupervisionOrdersRequest(
        division_code_prefix=VILLAGE_CODE), READERS),
}  # fmt: skip


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def world(shared_org: Org) -> World:
    org = shared_org
    _, town, village = await org.county_tree()
    other_town = await org.establish(pb.ORG_LEVEL_TOWNSHIP, "440781200", town.parent_unit_id)
    await org.establish(pb.ORG_LEVEL_VILLAGE, "440781200201", other_town.org_unit_id)
    await org.establish(pb.ORG_LEVEL_VILLAGE, "440781100202", town.org_unit_id)
    branch = await org.establish(
        pb.ORG_LEVEL_BRANCH, VILLAGE_CODE, village.org_unit_id, term_years=3
    )
    decision = await org.call("DraftDecision", pb.DraftDecisionRequest(
        org_unit_id=village.org_unit_id, title="pond", matter=pb.DECISION_MATTER_PROJECT,
        source=pb.DECISION_SOURCE_HIGHER_LEVEL))  # fmt: skip
    township = {"roles": ["township_operator"], "scope": town.division_code}
    listed = (
        await org.call(
            "SetResponsibilityList",
            pb.SetResponsibilityListRequest(
                org_unit_id=village.org_unit_id, year=2026, items=[item()]
            ),
            **township,
        )
    ).responsibility_list
    order = await org.call(
        "IssueSupervisionOrder",
        pb.IssueSupervisionOrderRequest(org_unit_id=village.org_unit_id, title="x", working_days=5),
        **township,
    )
    return World(
        org,
        village.org_unit_id,
        branch.org_unit_id,
        decision.decision.decision_id,
        listed.list_id,
        listed.items[0].item_id,
        order.order.order_id,
    )


def test_every_rpc_of_the_service_is_in_the_matrix() -> None:
    service = pb.DESCRIPTOR.services_by_name["OrganizationService"]
    assert {m.name for m in service.methods} == set(MATRIX)


@pytest.mark.parametrize("caller", sorted(CALLERS))
@pytest.mark.parametrize("method", sorted(MATRIX))
async def test_who_may_call_what(world: World, method: str, caller: str) -> None:
    build, allowed = MATRIX[method]
    roles, scope = CALLERS[caller]
    try:
        await world.org.call(method, build(world), roles=roles, scope=scope)
        code = grpc.StatusCode.OK
    except grpc.aio.AioRpcError as exc:
        code = exc.code()
    if caller in allowed:
        assert code != grpc.StatusCode.PERMISSION_DENIED, f"{caller} was denied {method}"
        assert code != grpc.StatusCode.INTERNAL
    else:
        assert code == grpc.StatusCode.PERMISSION_DENIED, f"{caller} got {code} on {method}"


async def test_a_call_without_a_token_is_unauthenticated(world: World) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as anonymous:
        await world.org.stub.GetOrgUnit(pb.GetOrgUnitRequest(org_unit_id=world.village))
    assert anonymous.value.code() == grpc.StatusCode.UNAUTHENTICATED
