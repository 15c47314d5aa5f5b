"""What the organization authorization matrix prepares afresh for each call: a new
branch, decision walked to the step before the one called, responsibility list or
supervision order — each made by the unit whose step it is, so that an allowed caller's
call succeeds."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from frontline.api.organization.v1 import organization_pb2 as pb

from .conftest import Org

VILLAGE_CODE = "440781100201"
TOWNSHIP_CODE = "440781100"
# Decisions are walked on a December day, so that a notice published then (backfilled
# by the county) has run its seven days before the service's today, 2026-01-05.
HELD_ON, NOTICE_ON = "2025-12-01", "2025-12-02"
AS_TOWNSHIP = {"roles": ["township_operator"], "scope": TOWNSHIP_CODE}
AS_VILLAGE = {"roles": ["village_operator"], "scope": VILLAGE_CODE}


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
    township: str
    names: itertools.count[int] = field(default_factory=itertools.count)
    # A unit has one responsibility list a year: each new list takes a year of its own.
    years: Iterator[int] = field(default_factory=lambda: itertools.count(2026))

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

    async def listed(self) -> pb.ResponsibilityList:
        """A new list for the village, set by its township."""
        made = await self.org.call(
            "SetResponsibilityList", self.list_request(self.village), **AS_TOWNSHIP
        )
        return made.responsibility_list

    def list_request(self, unit_id: str) -> pb.SetResponsibilityListRequest:
        """A list for ``unit_id`` in a year it has none yet, with one item."""
        year = next(self.years)
        return pb.SetResponsibilityListRequest(org_unit_id=unit_id, year=year, items=[duty(year)])

    async def issued(self) -> str:
        """A new order from the township to the village."""
        request = pb.IssueSupervisionOrderRequest(
            org_unit_id=self.village, title="清理村务公开栏", working_days=5
        )
        made = await self.org.call("IssueSupervisionOrder", request, **AS_TOWNSHIP)
        return str(made.order.order_id)

    async def acknowledged(self) -> str:
        order_id = await self.issued()
        step = pb.AcknowledgeSupervisionOrderRequest(order_id=order_id)
        await self.org.call("AcknowledgeSupervisionOrder", step, **AS_VILLAGE)
        return order_id

    async def extension_asked(self) -> str:
        order_id = await self.acknowledged()
        step = pb.RequestOrderExtensionRequest(order_id=order_id, working_days=2, reason="汛期")
        await self.org.call("RequestOrderExtension", step, **AS_VILLAGE)
        return order_id

    async def reported(self) -> str:
        order_id = await self.acknowledged()
        step = pb.ReportSupervisionOrderRequest(order_id=order_id, summary="已更新公开栏")
        await self.org.call("ReportSupervisionOrder", step, **AS_VILLAGE)
        return order_id


def duty(year: int) -> pb.DutyItemInput:
    return pb.DutyItemInput(
        category=pb.DUTY_CATEGORY_SERVICE, target="服务中心全覆盖", due_on=f"{year}-06-30"
    )
