"""Authorization matrix: every RPC × every kind of caller, through the real gRPC server.

Each call targets village 440781100201 (or a fresh branch, decision or rectification
of it), prepared afresh by a county administrator so that an allowed call succeeds:
the matrix expects OK for every allowed caller and PERMISSION_DENIED for everyone
else — by role, or by scope (another township, another village).
"""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import grpc
import pytest
import pytest_asyncio

from frontline.api.organization.v1 import organization_pb2 as pb

from .conftest import Org

VILLAGE_CODE = "440781100201"
# Decisions are walked on a December day, so that a notice published then (backfilled
# by the county) has run its seven days before the service's today, 2026-01-05.
HELD_ON, NOTICE_ON = "2025-12-01", "2025-12-02"

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


def record(due: int, attendee: str = "", votes_for: int | None = None) -> pb.StepRecord:
    """A full meeting that agrees (or gives ``votes_for`` of ``due``)."""
    return pb.StepRecord(
        held_on=HELD_ON,
        members_due=due,
        members_present=due,
        votes_for=due if votes_for is None else votes_for,
        township_attendee=attendee,
        supervision_opinion="无异议",
    )


@dataclass
class World:
    org: Org
    village: str
    names: itertools.count[int] = field(default_factory=itertools.count)

    async def admin(self, method: str, request: Any) -> Any:
        return await self.org.call(method, request)

    async def branch(self) -> str:
        """A new branch under the village (same division code), three-year term."""
        made = await self.admin(
            "EstablishOrgUnit",
            pb.EstablishOrgUnitRequest(
                level=pb.ORG_LEVEL_BRANCH,
                division_code=VILLAGE_CODE,
                name=f"第{next(self.names)}党支部",
                parent_unit_id=self.village,
                term_years=3,
            ),
        )
        return str(made.org_unit.org_unit_id)

    async def under_rectification(self) -> str:
        unit = await self.branch()
        await self.admin(
            "ConfirmWeakLax",
            pb.ConfirmWeakLaxRequest(
                org_unit_id=unit,
                criteria=[pb.WEAK_LAX_CRITERION_MEETINGS_NOT_HELD],
                rectification_plan="恢复组织生活",
            ),
        )
        return unit

    async def drafted(self) -> str:
        made = await self.admin(
            "DraftDecision",
            pb.DraftDecisionRequest(
                org_unit_id=self.village,
                title="修缮村道",
                matter=pb.DECISION_MATTER_PROJECT,
                source=pb.DECISION_SOURCE_CADRE_PROPOSAL,
                drafted_on=HELD_ON,
            ),
        )
        return str(made.decision.decision_id)

    async def proposed(self) -> str:
        d = await self.drafted()
        await self.admin(
            "ProposeDecision", pb.ProposeDecisionRequest(decision_id=d, record=record(5))
        )
        return d

    async def deliberated(self) -> str:
        d = await self.proposed()
        step = pb.DeliberateDecisionRequest(decision_id=d, record=record(9))
        await self.admin("DeliberateDecision", step)
        return d

    async def reviewed(self) -> str:
        d = await self.deliberated()
        step = pb.ReviewDecisionRequest(decision_id=d, record=record(30, "镇联络员"))
        await self.admin("ReviewDecision", step)
        return d

    async def resolved(self) -> str:
        d = await self.reviewed()
        await self.admin(
            "ResolveDecision",
            pb.ResolveDecisionRequest(
                decision_id=d,
                record=record(45, "镇联络员"),
                body=pb.RESOLVING_BODY_REPRESENTATIVES_MEETING,
            ),
        )
        return d

    async def noticed(self) -> str:
        """Resolution public, its notice run (backfilled by the county)."""
        d = await self.resolved()
        publish = pb.PublishResolutionRequest(decision_id=d, published_on=NOTICE_ON, backfill=True)
        await self.admin("PublishResolution", publish)
        return d

    async def implementing(self) -> str:
        d = await self.noticed()
        await self.admin("StartImplementation", pb.StartImplementationRequest(decision_id=d))
        return d

    async def result_public(self) -> str:
        d = await self.implementing()
        await self.admin("PublishResult", pb.PublishResultRequest(decision_id=d, summary="已完工"))
        return d

    async def rejected(self) -> str:
        d = await self.drafted()
        vote = pb.ProposeDecisionRequest(decision_id=d, record=record(5, votes_for=1))
        await self.admin("ProposeDecision", vote)
        return d


Build = Callable[[World], Awaitable[Any]]


async def ready(value: Any) -> Any:
    return value


async def _decision(made: Awaitable[str], message: Any, **fields: Any) -> Any:
    return message(decision_id=await made, **fields)


async def _unit(made: Awaitable[str], message: Any, **fields: Any) -> Any:
    return message(org_unit_id=await made, **fields)


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
}  # fmt: skip


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
    return World(org, village.org_unit_id)


def test_every_rpc_of_the_service_is_in_the_matrix() -> None:
    service = pb.DESCRIPTOR.services_by_name["OrganizationService"]
    assert {m.name for m in service.methods} == set(MATRIX)


@pytest.mark.parametrize("caller", sorted(CALLERS))
@pytest.mark.parametrize("method", sorted(MATRIX))
async def test_who_may_call_what(world: World, method: str, caller: str) -> None:
    build, _ = MATRIX[method]
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
