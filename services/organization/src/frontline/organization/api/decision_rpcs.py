"""四议两公开 decision RPCs: draft, the four steps, the two openness steps, queries."""

from __future__ import annotations

from typing import Any

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.kernel.authz import require_scope
from frontline.kernel.commands import CommandResult
from frontline.kernel.errors import InvalidArgument, NotFound
from frontline.kernel.ids import new_id
from frontline.organization import queries, read_model
from frontline.organization.api import convert as cv
from frontline.organization.api.base import Ctx, RpcBase
from frontline.organization.domain import decision_commands as cmd
from frontline.organization.domain.decision import decision_decider
from frontline.organization.domain.decision_records import (
    DecisionMatter,
    DecisionSource,
    DecisionStatus,
    ResolvingBody,
)
from frontline.organization.domain.decision_state import DecisionState


class DecisionRpcs(RpcBase):
    async def _decision_in_scope(self, decision_id: str) -> Any:
        if not decision_id:
            raise InvalidArgument.field("decision_id", "required")
        row = await queries.decision(self.runtime.pool, decision_id)
        if row is None:
            raise NotFound("decision", decision_id)
        require_scope(row["division_code"])
        return row

    async def _step(self, decision_id: str, command: Any) -> pb.Decision:
        await self._decision_in_scope(decision_id)
        result = await self.execute(decision_decider, decision_id, command)
        return await self._answer(result, decision_id)

    async def _answer(self, result: CommandResult, decision_id: str) -> pb.Decision:
        """The decision as the read model now holds it: built from the command's state
        (the row is written from exactly that), read back only for a replayed request."""
        if isinstance(result.state, DecisionState):
            return cv.decision(read_model.decision_row(result.state))
        return cv.decision(await self.reload(queries.decision, decision_id))

    async def DraftDecision(
        self, request: pb.DraftDecisionRequest, context: Ctx
    ) -> pb.DraftDecisionResponse:
        unit = await self.unit_facts_in_scope(request.org_unit_id)
        command = cmd.DraftDecision(
            decision_id=new_id(), unit=unit, title=request.title,
            matter=cv.to_domain(pb.DecisionMatter, request.matter, DecisionMatter, "matter"),
            source=cv.to_domain(pb.DecisionSource, request.source, DecisionSource, "source"),
            drafted_on=cv.parse_date(request.drafted_on, "drafted_on", self.today()),
        )  # fmt: skip
        result = await self.execute(decision_decider, command.decision_id, command)
        # A retried request id answers with the decision the first call drafted.
        return pb.DraftDecisionResponse(decision=await self._answer(result, result.stream_id))

    async def ProposeDecision(
        self, request: pb.ProposeDecisionRequest, context: Ctx
    ) -> pb.ProposeDecisionResponse:
        row = await self._decision_in_scope(request.decision_id)
        unit = await queries.unit_facts(self.runtime.pool, row["unit_id"])
        command = cmd.ProposeDecision(
            record=cv.step_record(request.record, self.today()),
            merge_deliberation=request.merge_deliberation,
            unit_one_shoulder=bool(unit and unit["one_shoulder"]),
        )
        return pb.ProposeDecisionResponse(decision=await self._step(request.decision_id, command))

    async def DeliberateDecision(
        self, request: pb.DeliberateDecisionRequest, context: Ctx
    ) -> pb.DeliberateDecisionResponse:
        command = cmd.DeliberateDecision(record=cv.step_record(request.record, self.today()))
        decision = await self._step(request.decision_id, command)
        return pb.DeliberateDecisionResponse(decision=decision)

    async def ReviewDecision(
        self, request: pb.ReviewDecisionRequest, context: Ctx
    ) -> pb.ReviewDecisionResponse:
        command = cmd.ReviewDecision(record=cv.step_record(request.record, self.today()))
        return pb.ReviewDecisionResponse(decision=await self._step(request.decision_id, command))

    async def ResolveDecision(
        self, request: pb.ResolveDecisionRequest, context: Ctx
    ) -> pb.ResolveDecisionResponse:
        command = cmd.ResolveDecision(
            record=cv.step_record(request.record, self.today()),
            body=cv.to_domain(pb.ResolvingBody, request.body, ResolvingBody, "body"),
        )
        decision = await self._step(request.decision_id, command)
        return pb.ResolveDecisionResponse(decision=decision)

    async def PublishResolution(
        self, request: pb.PublishResolutionRequest, context: Ctx
    ) -> pb.PublishResolutionResponse:
        command = cmd.PublishResolution(
            published_on=cv.parse_date(request.published_on, "published_on", self.today()),
            notice_days=request.notice_days or None,
            min_notice_days=self.settings.public_notice_days,
        )
        decision = await self._step(request.decision_id, command)
        return pb.PublishResolutionResponse(decision=decision)

    async def StartImplementation(
        self, request: pb.StartImplementationRequest, context: Ctx
    ) -> pb.StartImplementationResponse:
        command = cmd.StartImplementation(
            started_on=cv.parse_date(request.started_on, "started_on", self.today())
        )
        decision = await self._step(request.decision_id, command)
        return pb.StartImplementationResponse(decision=decision)

    async def PublishResult(
        self, request: pb.PublishResultRequest, context: Ctx
    ) -> pb.PublishResultResponse:
        command = cmd.PublishResult(
            published_on=cv.parse_date(request.published_on, "published_on", self.today()),
            summary=request.summary,
        )
        return pb.PublishResultResponse(decision=await self._step(request.decision_id, command))

    async def CloseDecision(
        self, request: pb.CloseDecisionRequest, context: Ctx
    ) -> pb.CloseDecisionResponse:
        command = cmd.CloseDecision(
            closed_on=cv.parse_date(request.closed_on, "closed_on", self.today())
        )
        return pb.CloseDecisionResponse(decision=await self._step(request.decision_id, command))

    async def RedraftDecision(
        self, request: pb.RedraftDecisionRequest, context: Ctx
    ) -> pb.RedraftDecisionResponse:
        command = cmd.RedraftDecision(
            drafted_on=cv.parse_date(request.drafted_on, "drafted_on", self.today()),
            title=request.title or None,
        )
        return pb.RedraftDecisionResponse(decision=await self._step(request.decision_id, command))

    async def GetDecision(
        self, request: pb.GetDecisionRequest, context: Ctx
    ) -> pb.GetDecisionResponse:
        row = await self._decision_in_scope(request.decision_id)
        return pb.GetDecisionResponse(decision=cv.decision(row))

    async def ListDecisions(
        self, request: pb.ListDecisionsRequest, context: Ctx
    ) -> pb.ListDecisionsResponse:
        if request.org_unit_id:
            prefix = (await self.unit_in_scope(request.org_unit_id))["division_code"]
        else:
            prefix = self.scoped_prefix(request.division_code_prefix)
        state = cv.optional_domain(pb.DecisionState, request.state, DecisionStatus, "state")
        page = queries.page_of(request.page_size, request.page_token)
        rows = await queries.decisions(
            self.runtime.pool, request.org_unit_id or None, prefix,
            state.value if state else None, *page,
        )  # fmt: skip
        return pb.ListDecisionsResponse(
            decisions=[cv.decision(r) for r in rows], next_page_token=queries.next_token(rows, page)
        )
