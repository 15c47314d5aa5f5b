"""Authorization matrix: every RPC × every kind of caller, through the real gRPC server.

Each call targets village 440781100201 (or a fresh branch, decision, rectification,
responsibility list or supervision order of it), prepared afresh (matrix_world.py) so
that an allowed call succeeds: the matrix expects OK for every allowed caller and
PERMISSION_DENIED for everyone else — by role, or by scope (another township, another
village). The county's own list and order go to its township instead (BY_THE_COUNTY).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import grpc
import pytest
import pytest_asyncio

from frontline.api.organization.v1 import organization_pb2 as pb

from .conftest import Org
from .matrix_world import VILLAGE_CODE, World, duty, record

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
# Who may call what, by caller (scope included), written out here.
OPERATORS = {"county_admin", "township_operator", "village_operator"}
READERS = OPERATORS | {"hq_viewer", "auditor"}
ABOVE_VILLAGE = {"county_admin", "township_operator"}
COUNTY = {"county_admin"}
# Lists and orders go one level down (use_cases/acting.py): the village's come from its
# township, which alone adds, checks, grants, accepts or returns; the village alone
# reports and acknowledges. The county sets its townships' lists and issues them orders.
TOWNSHIP = {"township_operator"}
VILLAGE = {"village_operator"}


Build = Callable[[World], Awaitable[Any]]


async def ready(value: Any) -> Any:
    return value


async def _decision(made: Awaitable[str], message: Any, **fields: Any) -> Any:
    return message(decision_id=await made, **fields)


async def _unit(made: Awaitable[str], message: Any, **fields: Any) -> Any:
    return message(org_unit_id=await made, **fields)


async def _list(made: Awaitable[pb.ResponsibilityList], message: Any, **fields: Any) -> Any:
    return message(list_id=(await made).list_id, **fields)


async def _item(made: Awaitable[pb.ResponsibilityList], message: Any, **fields: Any) -> Any:
    listed = await made
    return message(list_id=listed.list_id, item_id=listed.items[0].item_id, **fields)


async def _more(made: Awaitable[pb.ResponsibilityList]) -> pb.AddDutyItemRequest:
    listed = await made
    return pb.AddDutyItemRequest(list_id=listed.list_id, item=duty(listed.year))


async def _order(made: Awaitable[str], message: Any, **fields: Any) -> Any:
    return message(order_id=await made, **fields)


def order_to(unit_id: str) -> pb.IssueSupervisionOrderRequest:
    return pb.IssueSupervisionOrderRequest(
        org_unit_id=unit_id, title="整改软弱涣散", working_days=5
    )


MATRIX: dict[str, tuple[Build, set[str]]] = {
    "EstablishOrgUnit": (lambda w: ready(pb.EstablishOrgUnitRequest(
        level=pb.ORG_LEVEL_BRANCH, division_code=VILLAGE_CODE, name="新党支部",
        parent_unit_id=w.village, term_years=3)), OPERATORS),
    "RecordElection": (lambda w: _unit(w.branch(), pb.RecordElectionRequest), OPERATORS),
    "PostponeElection": (lambda w: _unit(w.branch(), pb.PostponeElectionRequest,
        new_due_on="2029-03-01", reason="防汛"), ABOVE_VILLAGE),
    "DissolveOrgUnit": (lambda w: _unit(w.branch(), pb.DissolveOrgUnitRequest,
        reason="合并"), ABOVE_VILLAGE),
    "ConfirmWeakLax": (lambda w: _unit(w.branch(), pb.ConfirmWeakLaxRequest,
        criteria=[pb.WEAK_LAX_CRITERION_SECRETARY_VACANT], rectification_plan="选配书记"),
        COUNTY),
    "RecordRectificationProgress": (lambda w: _unit(w.under_rectification(),
        pb.RecordRectificationProgressRequest, percent_complete=50, note="过半"), OPERATORS),
    "SignOffRectification": (lambda w: _unit(w.under_rectification(),
        pb.SignOffRectificationRequest, summary="整顿完成"), COUNTY),
    "RateSecretary": (lambda w: _unit(w.branch(), pb.RateSecretaryRequest,
        year=2025, rating=pb.SECRETARY_RATING_GOOD, cadre_id="c-1"), ABOVE_VILLAGE),
    "RecordOrgForm": (lambda w: _unit(w.branch(), pb.RecordOrgFormRequest,
        form=pb.ORG_FORM_BRANCH, member_count=9), OPERATORS),
    "GetOrgUnit": (lambda w: ready(pb.GetOrgUnitRequest(org_unit_id=w.village)), READERS),
    "ListOrgUnits": (lambda w: ready(pb.ListOrgUnitsRequest(division_code_prefix=VILLAGE_CODE)),
                     READERS),
    "ListChildUnits": (lambda w: ready(pb.ListChildUnitsRequest(org_unit_id=w.village)), READERS),
    "DraftDecision": (lambda w: ready(pb.DraftDecisionRequest(
        org_unit_id=w.village, title="修建水塘", matter=pb.DECISION_MATTER_PROJECT,
        source=pb.DECISION_SOURCE_HIGHER_LEVEL)), OPERATORS),
    "ProposeDecision": (lambda w: _decision(w.drafted(), pb.ProposeDecisionRequest,
        record=record(5)), OPERATORS),
    "DeliberateDecision": (lambda w: _decision(w.proposed(), pb.DeliberateDecisionRequest,
        record=record(9)), OPERATORS),
    "ReviewDecision": (lambda w: _decision(w.deliberated(), pb.ReviewDecisionRequest,
        record=record(30, "镇联络员")), OPERATORS),
    "ResolveDecision": (lambda w: _decision(w.reviewed(), pb.ResolveDecisionRequest,
        record=record(45, "镇联络员"), body=pb.RESOLVING_BODY_REPRESENTATIVES_MEETING),
        OPERATORS),
    "PublishResolution": (lambda w: _decision(w.resolved(), pb.PublishResolutionRequest),
                          OPERATORS),
    "StartImplementation": (lambda w: _decision(w.noticed(), pb.StartImplementationRequest),
                            OPERATORS),
    "PublishResult": (lambda w: _decision(w.implementing(), pb.PublishResultRequest,
        summary="已完工"), OPERATORS),
    "CloseDecision": (lambda w: _decision(w.result_public(), pb.CloseDecisionRequest),
                      OPERATORS),
    "RedraftDecision": (lambda w: _decision(w.rejected(), pb.RedraftDecisionRequest),
                        OPERATORS),
    "GetDecision": (lambda w: _decision(w.drafted(), pb.GetDecisionRequest), READERS),
    "ListDecisions": (lambda w: ready(pb.ListDecisionsRequest(org_unit_id=w.village)), READERS),
    "RecordMeeting": (lambda w: ready(pb.RecordMeetingRequest(
        org_unit_id=w.village, meeting_type=pb.MEETING_TYPE_THEME_PARTY_DAY,
        members_due=20, members_present=18)), OPERATORS),
    "ListMeetings": (lambda w: ready(pb.ListMeetingsRequest(org_unit_id=w.village)), READERS),
    "SetResponsibilityList": (lambda w: ready(w.list_request(w.village)), ABOVE_VILLAGE),
    "AddDutyItem": (lambda w: _more(w.listed()), TOWNSHIP),
    "ReportDutyProgress": (lambda w: _item(w.listed(), pb.ReportDutyProgressRequest,
        percent_complete=50), VILLAGE),
    "CheckDutyItem": (lambda w: _item(w.listed(), pb.CheckDutyItemRequest, completed=True),
                      TOWNSHIP),
    "GetResponsibilityList": (lambda w: _list(w.listed(), pb.GetResponsibilityListRequest),
                              READERS),
    "ListResponsibilityLists": (lambda w: ready(pb.ListResponsibilityListsRequest(
        division_code_prefix=VILLAGE_CODE)), READERS),
    "IssueSupervisionOrder": (lambda w: ready(order_to(w.village)), ABOVE_VILLAGE),
    "AcknowledgeSupervisionOrder": (lambda w: _order(w.issued(),
        pb.AcknowledgeSupervisionOrderRequest), VILLAGE),
    "ReportSupervisionOrder": (lambda w: _order(w.acknowledged(),
        pb.ReportSupervisionOrderRequest, summary="已更新公开栏"), VILLAGE),
    "RequestOrderExtension": (lambda w: _order(w.acknowledged(),
        pb.RequestOrderExtensionRequest, working_days=2, reason="汛期"), VILLAGE),
    "GrantOrderExtension": (lambda w: _order(w.extension_asked(),
        pb.GrantOrderExtensionRequest), TOWNSHIP),
    "DeclineOrderExtension": (lambda w: _order(w.extension_asked(),
        pb.DeclineOrderExtensionRequest, reason="工期充足"), TOWNSHIP),
    "AcceptSupervisionOrder": (lambda w: _order(w.reported(),
        pb.AcceptSupervisionOrderRequest), TOWNSHIP),
    "ReturnSupervisionOrder": (lambda w: _order(w.reported(),
        pb.ReturnSupervisionOrderRequest, reason="缺整改照片"), TOWNSHIP),
    "GetSupervisionOrder": (lambda w: _order(w.issued(), pb.GetSupervisionOrderRequest),
                            READERS),
    "ListSupervisionOrders": (lambda w: ready(pb.ListSupervisionOrdersRequest(
        division_code_prefix=VILLAGE_CODE)), READERS),
}  # fmt: skip
# The county's own list and order go to the township: the village is not directly below it.
BY_THE_COUNTY: dict[str, Build] = {
    "SetResponsibilityList": lambda w: ready(w.list_request(w.township)),
    "IssueSupervisionOrder": lambda w: ready(order_to(w.township)),
}


def expected(method: str, caller: str) -> grpc.StatusCode:
    _, allowed = MATRIX[method]
    return grpc.StatusCode.OK if caller in allowed else grpc.StatusCode.PERMISSION_DENIED


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def world(shared_org: Org) -> World:
    org = shared_org
    _, town, village = await org.county_tree()
    other_town = await org.establish(pb.ORG_LEVEL_TOWNSHIP, "440781200", town.parent_unit_id)
    await org.establish(pb.ORG_LEVEL_VILLAGE, "440781200201", other_town.org_unit_id)
    await org.establish(pb.ORG_LEVEL_VILLAGE, "440781100202", town.org_unit_id)
    return World(org, village.org_unit_id, town.org_unit_id)


def test_every_rpc_of_the_service_is_in_the_matrix() -> None:
    service = pb.DESCRIPTOR.services_by_name["OrganizationService"]
    assert {m.name for m in service.methods} == set(MATRIX)


@pytest.mark.parametrize("caller", sorted(CALLERS))
@pytest.mark.parametrize("method", sorted(MATRIX))
async def test_who_may_call_what(world: World, method: str, caller: str) -> None:
    build, _ = MATRIX[method]
    if caller == "county_admin":
        build = BY_THE_COUNTY.get(method, build)
    request = await build(world)
    roles, scope = CALLERS[caller]
    try:
        await world.org.call(method, request, roles=roles, scope=scope)
        code, details = grpc.StatusCode.OK, ""
    except grpc.aio.AioRpcError as exc:
        code, details = exc.code(), exc.details() or ""
    assert code == expected(method, caller), f"{caller} on {method}: {code.name} {details}"


async def test_a_call_without_a_token_is_unauthenticated(world: World) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as anonymous:
        await world.org.stub.GetOrgUnit(pb.GetOrgUnitRequest(org_unit_id=world.village))
    assert anonymous.value.code() == grpc.StatusCode.UNAUTHENTICATED
