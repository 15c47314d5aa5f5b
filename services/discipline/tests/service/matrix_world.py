"""What the authorization matrix calls on: a fresh record in the state each RPC needs,
made by the roles whose work it is, in village 440781100201 of township 440781100."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, timedelta

from frontline.api.discipline.v1 import discipline_pb2 as pb

from .conftest import INTAKE, INVESTIGATOR, MEDIATOR, REVIEWER, VILLAGE, Discipline

REPORTER = pb.Reporter(name="周七", phone="13600006666")
REMOVAL = pb.MeasureChoice(
    measure_type=pb.MEASURE_TYPE_PARTY_SANCTION, kind=pb.MEASURE_KIND_PARTY_WARNING
)


@dataclass
class MatrixWorld:
    d: Discipline
    clue_id: str = ""
    case_id: str = ""
    dispute_id: str = ""
    _periods: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    async def clue(self, reporter: pb.Reporter | None = None) -> str:
        return (await self.d.clue(reporter=reporter)).clue_id

    async def verifying(self) -> str:
        return (await self.d.verifying_clue()).clue_id

    async def case(self) -> str:
        return (await self.d.case()).case_id

    async def with_evidence(self) -> str:
        case_id = await self.case()
        add = pb.AddEvidenceRequest(case_id=case_id, description="A ledger page.")
        await self.d.call("AddEvidence", add, INVESTIGATOR)
        return case_id

    async def evidence_of(self, case_id: str) -> str:
        shown = await self.d.call("GetCase", pb.GetCaseRequest(case_id=case_id), INVESTIGATOR)
        return str(shown.case.evidence[0].evidence_id)

    async def in_review(self) -> str:
        case_id = await self.with_evidence()
        submit = pb.SubmitForReviewRequest(case_id=case_id)
        await self.d.call("SubmitForReview", submit, INVESTIGATOR)
        return case_id

    async def decided(self) -> str:
        case_id = await self.in_review()
        decide = pb.DecideCaseRequest(case_id=case_id, four_forms_level=2, measures=[REMOVAL])
        await self.d.call("DecideCase", decide, REVIEWER)
        return case_id

    async def executed(self) -> str:
        case_id = await self.decided()
        execute = pb.RecordExecutionRequest(case_id=case_id)
        await self.d.call("RecordExecution", execute, INVESTIGATOR)
        return case_id

    async def appealed(self) -> str:
        case_id = await self.decided()
        appeal = pb.RecordAppealRequest(case_id=case_id, grounds="Too harsh.")
        await self.d.call("RecordAppeal", appeal, REVIEWER)
        return case_id

    async def dispute(self) -> str:
        request = pb.RegisterDisputeRequest(
            division_code=VILLAGE,
            dispute_type=pb.DISPUTE_TYPE_NEIGHBOUR,
            risk_level=pb.RISK_LEVEL_LOW,
            parties=2,
            summary="A blocked drain.",
        )
        return str((await self.d.call("RegisterDispute", request, MEDIATOR)).dispute.dispute_id)

    async def resolved(self, confirm: bool = False) -> str:
        dispute_id = await self.dispute()
        resolve = pb.ResolveDisputeRequest(
            dispute_id=dispute_id, seek_judicial_confirmation=confirm
        )
        await self.d.call("ResolveDispute", resolve, MEDIATOR)
        return dispute_id

    async def resolved_with_confirmation(self) -> str:
        return await self.resolved(confirm=True)

    async def followed_up(self) -> str:
        dispute_id = await self.resolved()
        follow = pb.FollowUpDisputeRequest(dispute_id=dispute_id)
        await self.d.call("FollowUpDispute", follow, MEDIATOR)
        return dispute_id

    def past_period(self) -> str:
        """A half-month not reported yet: one further back for each report."""
        return (date(2025, 12, 20) - timedelta(days=16 * next(self._periods))).isoformat()

    async def intake_clue(self) -> str:
        return (await self.d.clue(reporter=REPORTER)).clue_id


async def matrix_world(d: Discipline) -> MatrixWorld:
    world = MatrixWorld(d)
    world.clue_id = await world.clue()
    world.case_id = await world.case()
    world.dispute_id = await world.dispute()
    ledger = pb.RecordPensionCohortRequest(division_code=VILLAGE, entitled=10, enrolled=1)
    await d.call("RecordPensionCohort", ledger, MEDIATOR)
    return world


__all__ = ["INTAKE", "MatrixWorld", "matrix_world"]
