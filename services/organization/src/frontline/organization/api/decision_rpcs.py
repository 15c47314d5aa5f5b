"""四议两公开 decision RPCs: draft, the four steps, the two openness steps, queries."""

from __future__ import annotations

from datetime import date
from typing import Any

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.kernel import convert as cv
from frontline.organization.api import messages
from frontline.organization.domain import decision_commands as cmd
from frontline.organization.domain.decision_records import (
    DecisionMatter,
    DecisionSource,
    DecisionStatus,
    ResolvingBody,
)
from frontline.organization.use_cases import decisions
from frontline.organization.use_cases.ports import Ports

Ctx = Any  # grpc.aio.ServicerContext; unused by the mappers


class DecisionRpcs:
    ports: Ports

    async def _on_decision(self, decision_id: str, command: cmd.DecisionCommand) -> pb.Decision:
        decision_id = cv.identifier(decision_id, "decision_id")
        return messages.decision(await decisions.act_on_decision(self.ports, decision_id, command))

    def _record(self, record: pb.StepRecord, field: str = "record") -> Any:
        return messages.step_record(record, self.ports.today(), field)

    def _today(self) -> date:
        return self.ports.today()

    async def DraftDecision(
        self, request: pb.DraftDecisionRequest, context: Ctx
    ) -> pb.DraftDecisionResponse:
        draft = decisions.Draft(
            unit_id=cv.identifier(request.org_unit_id, "org_unit_id"),
            title=cv.text(request.title, "title", cv.TITLE, required=True),
            matter=cv.enum_in(pb.DecisionMatter, request.matter, DecisionMatter, "matter"),
            source=cv.enum_in(pb.DecisionSource, request.source, DecisionSource, "source"),
            drafted_on=cv.day(request.drafted_on, "drafted_on", self.ports.today()),
        )
        decision = await decisions.draft_decision(self.ports, draft)
        return pb.DraftDecisionResponse(decision=messages.decision(decision))

    async def ProposeDecision(
        self, request: pb.ProposeDecisionRequest, context: Ctx
    ) -> pb.ProposeDecisionResponse:
        joint = request.deliberation_record if request.HasField("deliberation_record") else None
        decision = await decisions.propose_decision(
            self.ports,
            cv.identifier(request.decision_id, "decision_id"),
            self._record(request.record),
            request.merge_deliberation,
            self._record(joint, "deliberation_record") if joint is not None else None,
        )
        return pb.ProposeDecisionResponse(decision=messages.decision(decision))

    async def DeliberateDecision(
        self, request: pb.DeliberateDecisionRequest, context: Ctx
    ) -> pb.DeliberateDecisionResponse:
        command = cmd.DeliberateDecision(record=self._record(request.record), today=self._today())
        return pb.DeliberateDecisionResponse(
            decision=await self._on_decision(request.decision_id, command)
        )

    async def ReviewDecision(
        self, request: pb.ReviewDecisionRequest, context: Ctx
    ) -> pb.ReviewDecisionResponse:
        command = cmd.ReviewDecision(record=self._record(request.record), today=self._today())
        return pb.ReviewDecisionResponse(
            decision=await self._on_decision(request.decision_id, command)
        )

    async def ResolveDecision(
        self, request: pb.ResolveDecisionRequest, context: Ctx
    ) -> pb.ResolveDecisionResponse:
        command = cmd.ResolveDecision(
            record=self._record(request.record),
            body=cv.enum_in(pb.ResolvingBody, request.body, ResolvingBody, "body"),
            today=self._today(),
        )
        return pb.ResolveDecisionResponse(
            decision=await self._on_decision(request.decision_id, command)
        )

    async def PublishResolution(
        self, request: pb.PublishResolutionRequest, context: Ctx
    ) -> pb.PublishResolutionResponse:
        decision = await decisions.publish_resolution(
            self.ports,
            cv.identifier(request.decision_id, "decision_id"),
            cv.day(request.published_on, "published_on", self.ports.today()),
            cv.optional_whole(request.notice_days, "notice_days", 1, 366),
            request.backfill,
        )
        return pb.PublishResolutionResponse(decision=messages.decision(decision))

    async def StartImplementation(
        self, request: pb.StartImplementationRequest, context: Ctx
    ) -> pb.StartImplementationResponse:
        command = cmd.StartImplementation(
            started_on=cv.day(request.started_on, "started_on", self._today()),
            today=self._today(),
        )
        decision = await self._on_decision(request.decision_id, command)
        return pb.StartImplementationResponse(decision=decision)

    async def PublishResult(
        self, request: pb.PublishResultRequest, context: Ctx
    ) -> pb.PublishResultResponse:
        command = cmd.PublishResult(
            published_on=cv.day(request.published_on, "published_on", self.ports.today()),
            summary=cv.text(request.summary, "summary", cv.TEXT, lines=True),
            today=self._today(),
        )
        return pb.PublishResultResponse(
            decision=await self._on_decision(request.decision_id, command)
        )

    async def CloseDecision(
        self, request: pb.CloseDecisionRequest, context: Ctx
    ) -> pb.CloseDecisionResponse:
        command = cmd.CloseDecision(
            closed_on=cv.day(request.closed_on, "closed_on", self._today()), today=self._today()
        )
        return pb.CloseDecisionResponse(
            decision=await self._on_decision(request.decision_id, command)
        )

    async def RedraftDecision(
        self, request: pb.RedraftDecisionRequest, context: Ctx
    ) -> pb.RedraftDecisionResponse:
        command = cmd.RedraftDecision(
            drafted_on=cv.day(request.drafted_on, "drafted_on", self.ports.today()),
            title=cv.optional_text(request.title, "title", cv.TITLE),
            today=self._today(),
        )
        return pb.RedraftDecisionResponse(
            decision=await self._on_decision(request.decision_id, command)
        )

    async def GetDecision(
        self, request: pb.GetDecisionRequest, context: Ctx
    ) -> pb.GetDecisionResponse:
        decision_id = cv.identifier(request.decision_id, "decision_id")
        decision = await decisions.get_decision(self.ports, decision_id)
        return pb.GetDecisionResponse(decision=messages.decision(decision))

    async def ListDecisions(
        self, request: pb.ListDecisionsRequest, context: Ctx
    ) -> pb.ListDecisionsResponse:
        page = cv.page(request.page_size, request.page_token)
        found = await decisions.list_decisions(
            self.ports,
            cv.optional_identifier(request.org_unit_id, "org_unit_id"),
            request.division_code_prefix,
            cv.optional_enum(pb.DecisionState, request.state, DecisionStatus, "state"),
            page,
        )
        return pb.ListDecisionsResponse(
            decisions=[messages.decision(d) for d in found], next_page_token=page.next_token(found)
        )
