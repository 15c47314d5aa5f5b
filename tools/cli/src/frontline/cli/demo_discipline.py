"""Demo seed, discipline side (法治): clues and cases by the discipline staff's own roles,
then the open registers (disputes, sweeps, ledgers) through the discipline service's API.

Clues and cases are for the discipline roles only (not even the county administrator),
so the seed signs in as intake, investigator and reviewer with tokens it signs with
the county key (``FRONTLINE_JWT_PRIVATE_KEY_PATH``, which `make up` sets).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.cli.demo_calls import Caller
from frontline.cli.demo_discipline_plan import CasePlan, CluePlan, DisciplinePlan
from frontline.cli.demo_registers import seed_registers
from frontline.cli.enums import parse
from frontline.cli.failures import Failure
from frontline.cli.stack_env import stack_env

STAFF = {
    "intake": ("discipline_intake", "demo-intake"),
    "investigator": ("discipline_investigator", "demo-investigator"),
    "reviewer": ("discipline_reviewer", "demo-reviewer"),
}
SUMMARY = "群众反映村干部在集体事务中存在违规问题"
TOKEN_TTL_SECONDS = 2 * 3600


def staff_tokens(county_code: str) -> dict[str, str]:
    from frontline.kernel.auth.tokens import issue_token  # only when seeding

    key = stack_env().get("FRONTLINE_JWT_PRIVATE_KEY_PATH")
    if not key or not Path(key).exists():
        raise Failure(
            "the demo's discipline staff need the county signing key: set"
            " FRONTLINE_JWT_PRIVATE_KEY_PATH (make up writes it to stack.env)"
        )
    return {
        name: issue_token(key, sub, [role], county_code, TOKEN_TTL_SECONDS)
        for name, (role, sub) in STAFF.items()
    }


class Staff:
    """The calls each discipline role makes."""

    def __init__(self, call: Caller, stub: Any, tokens: dict[str, str]) -> None:
        self.stub = stub
        self.intake = call.signed_in_as(tokens["intake"])
        self.investigator = call.signed_in_as(tokens["investigator"])
        self.reviewer = call.signed_in_as(tokens["reviewer"])


async def seed_discipline(
    call: Caller, stub: Any, plan: DisciplinePlan, county_code: str, cadre_ids: dict[str, str]
) -> None:
    staff = Staff(call, stub, staff_tokens(county_code))
    await asyncio.gather(*(_clue(staff, c, cadre_ids) for c in plan.clues))
    await seed_registers(call, stub, plan.registers)


async def _clue(staff: Staff, c: CluePlan, cadre_ids: dict[str, str]) -> None:
    s, key = staff, f"discipline:{c.key}"
    reporter = None
    if c.reporter:
        name, phone, id_number = c.reporter
        reporter = pb.Reporter(name=name, phone=phone, id_number=id_number)
    received = await s.intake(
        s.stub.ReceiveClue,
        pb.ReceiveClueRequest(
            division_code=c.division_code,
            source=parse(pb.ClueSource, c.source),
            category=parse(pb.Category, c.category),
            summary=SUMMARY,
            received_on=c.received_on.isoformat(),
            reporter=reporter,
            cadre_id=cadre_ids.get(c.cadre_key or "", ""),
        ),
        f"{key}:receive",
    )
    if received is None:
        return
    clue_id = received.clue.clue_id
    if c.replied_on:
        reply = pb.ReplyToReporterRequest(
            clue_id=clue_id, accepted=True, replied_on=c.replied_on.isoformat()
        )
        await s.intake(s.stub.ReplyToReporter, reply, f"{key}:reply")
    if c.disposal and c.disposed_on:
        dispose = pb.DisposeClueRequest(
            clue_id=clue_id,
            disposal=parse(pb.Disposal, c.disposal),
            disposed_on=c.disposed_on.isoformat(),
        )
        await s.intake(s.stub.DisposeClue, dispose, f"{key}:dispose")
    if c.concluded:
        outcome, on = c.concluded
        conclude = pb.ConcludeVerificationRequest(
            clue_id=clue_id,
            outcome=parse(pb.VerificationOutcome, outcome),
            concluded_on=on.isoformat(),
        )
        await s.investigator(s.stub.ConcludeVerification, conclude, f"{key}:conclude")
    if c.case:
        await _case(s, key, clue_id, c.case, cadre_ids)


async def _case(
    s: Staff, key: str, clue_id: str, case: CasePlan, cadre_ids: dict[str, str]
) -> None:
    filed = await s.investigator(
        s.stub.FileCase,
        pb.FileCaseRequest(
            clue_id=clue_id,
            filed_on=case.filed_on.isoformat(),
            cadre_id=cadre_ids.get(case.cadre_key or "", ""),
        ),
        f"{key}:file",
    )
    if filed is None:
        return
    case_id = filed.case.case_id
    evidence = pb.AddEvidenceRequest(
        case_id=case_id, description="谈话笔录及相关书证", added_on=case.evidence_on.isoformat()
    )
    await s.investigator(s.stub.AddEvidence, evidence, f"{key}:evidence")
    if case.extended_on:
        extend = pb.ExtendInvestigationRequest(
            case_id=case_id, reason="案情复杂", extended_on=case.extended_on.isoformat()
        )
        await s.investigator(s.stub.ExtendInvestigation, extend, f"{key}:extend")
    if case.submitted_on:
        await _submit(s, f"{key}:submit", case_id, case.submitted_on.isoformat())
    if case.returned:
        back = pb.ReturnForInvestigationRequest(
            case_id=case_id, reason="事实需补充", returned_on=case.returned[0].isoformat()
        )
        await s.reviewer(s.stub.ReturnForInvestigation, back, f"{key}:return")
        await _submit(s, f"{key}:resubmit", case_id, case.returned[1].isoformat())
    if case.decided_on:
        await _decided(s, key, case_id, case)


async def _submit(s: Staff, key: str, case_id: str, on: str) -> None:
    request = pb.SubmitForReviewRequest(case_id=case_id, submitted_on=on)
    await s.investigator(s.stub.SubmitForReview, request, key)


async def _decided(s: Staff, key: str, case_id: str, case: CasePlan) -> None:
    assert case.decided_on is not None
    measures = [
        pb.MeasureChoice(measure_type=parse(pb.MeasureType, t), kind=parse(pb.MeasureKind, k))
        for t, k in case.measures
    ]
    decide = pb.DecideCaseRequest(
        case_id=case_id,
        decided_on=case.decided_on.isoformat(),
        four_forms_level=case.level,
        measures=measures,
        summary="经审理，依规依纪作出处理",
    )
    await s.reviewer(s.stub.DecideCase, decide, f"{key}:decide")
    if case.executed_on:
        execute = pb.RecordExecutionRequest(
            case_id=case_id, executed_on=case.executed_on.isoformat()
        )
        await s.investigator(s.stub.RecordExecution, execute, f"{key}:execute")
    if case.appeal:
        appealed, outcome, concluded = case.appeal
        appeal = pb.RecordAppealRequest(
            case_id=case_id, appealed_on=appealed.isoformat(), grounds="本人提出申诉"
        )
        await s.reviewer(s.stub.RecordAppeal, appeal, f"{key}:appeal")
        conclude = pb.ConcludeAppealRequest(
            case_id=case_id,
            outcome=parse(pb.AppealOutcome, outcome),
            concluded_on=concluded.isoformat(),
        )
        await s.reviewer(s.stub.ConcludeAppeal, conclude, f"{key}:appeal-concluded")
    if case.archived_on:
        archive = pb.ArchiveCaseRequest(case_id=case_id, archived_on=case.archived_on.isoformat())
        await s.investigator(s.stub.ArchiveCase, archive, f"{key}:archive")


def discipline_calls(plan: DisciplinePlan) -> int:
    """How many calls ``seed_discipline`` makes (the progress bar's total)."""
    n = 0
    for c in plan.clues:
        n += 1 + bool(c.replied_on) + bool(c.disposal) + bool(c.concluded)
        if c.case:
            k = c.case
            n += 2 + bool(k.extended_on) + bool(k.submitted_on) + 2 * bool(k.returned)
            n += bool(k.decided_on) + bool(k.executed_on) + 2 * bool(k.appeal)
            n += bool(k.archived_on)
    r = plan.registers
    n += sum(1 + len(d.steps) for d in r.disputes)
    return n + len(r.sweeps) + len(r.ledgers) + len(r.unbacked_deals)
