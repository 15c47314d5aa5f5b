"""Case RPCs: file, evidence, extend, review, decide, execute, archive, appeal, look-ups."""

from __future__ import annotations

from typing import Any

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.discipline.api import messages
from frontline.discipline.api.base import RpcBase
from frontline.discipline.domain import case_commands as cmd
from frontline.discipline.domain.clue_vocabulary import AppealOutcome, CaseStatus, Category
from frontline.discipline.domain.sanctions import Measure, MeasureKind, MeasureType
from frontline.discipline.use_cases import cases
from frontline.discipline.use_cases.ports import CaseFilter
from frontline.kernel import convert as cv

Ctx = Any  # grpc.aio.ServicerContext; unused by the mappers

MOST_MEASURES = 6


def _measure(n: int, choice: pb.MeasureChoice) -> Measure:
    field = f"measures[{n}]"
    return Measure(
        type=cv.enum_in(pb.MeasureType, choice.measure_type, MeasureType, f"{field}.measure_type"),
        kind=cv.enum_in(pb.MeasureKind, choice.kind, MeasureKind, f"{field}.kind"),
    )


class CaseRpcs(RpcBase):
    def _case_message(self, view: Any) -> pb.Case:
        return messages.case(view, self.ports.today())

    async def _case_on(self, request: Any, command: Any) -> pb.Case:
        case_id = cv.identifier(request.case_id, "case_id")
        return self._case_message(await cases.act_on_case(self.ports, case_id, command))

    def _case_reason(self, value: str) -> str:
        return cv.text(value, "reason", cv.TEXT, required=True, lines=True)

    async def FileCase(self, request: pb.FileCaseRequest, context: Ctx) -> pb.FileCaseResponse:
        case = await cases.file_case(
            self.ports,
            cv.identifier(request.clue_id, "clue_id"),
            self._day(request.filed_on, "filed_on"),
            cv.optional_enum(pb.Category, request.category, Category, "category"),
            cv.optional_identifier(request.cadre_id, "cadre_id"),
        )
        return pb.FileCaseResponse(case=self._case_message(case))

    async def AddEvidence(
        self, request: pb.AddEvidenceRequest, context: Ctx
    ) -> pb.AddEvidenceResponse:
        command = cmd.AddEvidence(
            evidence_id=self.ports.new_id(),
            description=cv.text(
                request.description, "description", cv.TEXT, required=True, lines=True
            ),
            added_on=self._day(request.added_on, "added_on"),
        )
        return pb.AddEvidenceResponse(case=await self._case_on(request, command))

    async def RetractEvidence(
        self, request: pb.RetractEvidenceRequest, context: Ctx
    ) -> pb.RetractEvidenceResponse:
        command = cmd.RetractEvidence(
            evidence_id=cv.identifier(request.evidence_id, "evidence_id"),
            retracted_on=self._day(request.retracted_on, "retracted_on"),
            reason=self._case_reason(request.reason),
        )
        return pb.RetractEvidenceResponse(case=await self._case_on(request, command))

    async def ExtendInvestigation(
        self, request: pb.ExtendInvestigationRequest, context: Ctx
    ) -> pb.ExtendInvestigationResponse:
        case = await cases.extend_investigation(
            self.ports,
            cv.identifier(request.case_id, "case_id"),
            self._day(request.extended_on, "extended_on"),
            self._case_reason(request.reason),
        )
        return pb.ExtendInvestigationResponse(case=self._case_message(case))

    async def SubmitForReview(
        self, request: pb.SubmitForReviewRequest, context: Ctx
    ) -> pb.SubmitForReviewResponse:
        command = cmd.SubmitForReview(submitted_on=self._day(request.submitted_on, "submitted_on"))
        return pb.SubmitForReviewResponse(case=await self._case_on(request, command))

    async def ReturnForInvestigation(
        self, request: pb.ReturnForInvestigationRequest, context: Ctx
    ) -> pb.ReturnForInvestigationResponse:
        command = cmd.ReturnForInvestigation(
            returned_on=self._day(request.returned_on, "returned_on"),
            reason=self._case_reason(request.reason),
        )
        return pb.ReturnForInvestigationResponse(case=await self._case_on(request, command))

    async def DecideCase(
        self, request: pb.DecideCaseRequest, context: Ctx
    ) -> pb.DecideCaseResponse:
        choices = cv.repeated(request.measures, "measures", MOST_MEASURES)
        decision = cases.Decision(
            decided_on=self._day(request.decided_on, "decided_on"),
            four_forms_level=cv.whole(request.four_forms_level, "four_forms_level", 1, 4),
            measures=tuple(_measure(n, c) for n, c in enumerate(choices)),
            summary=cv.text(request.summary, "summary", cv.TEXT, lines=True),
        )
        case_id = cv.identifier(request.case_id, "case_id")
        case = await cases.decide_case(self.ports, case_id, decision)
        return pb.DecideCaseResponse(case=self._case_message(case))

    async def RecordExecution(
        self, request: pb.RecordExecutionRequest, context: Ctx
    ) -> pb.RecordExecutionResponse:
        command = cmd.RecordExecution(executed_on=self._day(request.executed_on, "executed_on"))
        return pb.RecordExecutionResponse(case=await self._case_on(request, command))

    async def ArchiveCase(
        self, request: pb.ArchiveCaseRequest, context: Ctx
    ) -> pb.ArchiveCaseResponse:
        command = cmd.ArchiveCase(archived_on=self._day(request.archived_on, "archived_on"))
        return pb.ArchiveCaseResponse(case=await self._case_on(request, command))

    async def RecordAppeal(
        self, request: pb.RecordAppealRequest, context: Ctx
    ) -> pb.RecordAppealResponse:
        command = cmd.RecordAppeal(
            appealed_on=self._day(request.appealed_on, "appealed_on"),
            grounds=cv.text(request.grounds, "grounds", cv.TEXT, lines=True),
        )
        return pb.RecordAppealResponse(case=await self._case_on(request, command))

    async def ConcludeAppeal(
        self, request: pb.ConcludeAppealRequest, context: Ctx
    ) -> pb.ConcludeAppealResponse:
        command = cmd.ConcludeAppeal(
            concluded_on=self._day(request.concluded_on, "concluded_on"),
            outcome=cv.enum_in(pb.AppealOutcome, request.outcome, AppealOutcome, "outcome"),
        )
        return pb.ConcludeAppealResponse(case=await self._case_on(request, command))

    async def GetCase(self, request: pb.GetCaseRequest, context: Ctx) -> pb.GetCaseResponse:
        case = await cases.get_case(self.ports, cv.identifier(request.case_id, "case_id"))
        return pb.GetCaseResponse(case=self._case_message(case))

    async def ListCases(self, request: pb.ListCasesRequest, context: Ctx) -> pb.ListCasesResponse:
        page = cv.page(request.page_size, request.page_token)
        where = CaseFilter(
            prefix=request.division_code_prefix,
            status=cv.optional_enum(pb.CaseStatus, request.status, CaseStatus, "status"),
            category=cv.optional_enum(pb.Category, request.category, Category, "category"),
        )
        found = await cases.list_cases(self.ports, where, page)
        return pb.ListCasesResponse(
            cases=[self._case_message(c) for c in found], next_page_token=page.next_token(found)
        )
