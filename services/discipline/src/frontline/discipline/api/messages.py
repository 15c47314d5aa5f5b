"""Clue and case views to proto messages. A reporter appears only when the use case
opened one (for the intake role)."""

from __future__ import annotations

from datetime import date

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.discipline.domain.clue_state import Appeal, Evidence
from frontline.discipline.domain.sanctions import ImposedMeasure
from frontline.discipline.use_cases.access import ClueRead
from frontline.discipline.views import CaseView, ClueView
from frontline.kernel import convert as cv


def clue(read: ClueRead | ClueView) -> pb.Clue:
    v = read.clue if isinstance(read, ClueRead) else read
    message = pb.Clue(
        clue_id=v.clue_id,
        division_code=v.division_code,
        township_code=v.township_code,
        source=cv.enum_out(pb.ClueSource, v.source),
        category=cv.enum_out(pb.Category, v.category),
        summary=v.summary,
        status=cv.enum_out(pb.ClueStatus, v.status),
        received_on=cv.iso(v.received_on),
        disposal=cv.enum_out(pb.Disposal, v.disposal),
        disposed_on=cv.iso(v.disposed_on),
        outcome=cv.enum_out(pb.VerificationOutcome, v.outcome),
        concluded_on=cv.iso(v.concluded_on),
        real_name=v.reporter is not None,
        reply_due_on=cv.iso(v.reply_due_on),
        reply_provisional=v.reply_provisional,
        replied_on=cv.iso(v.replied_on),
        reply_accepted=bool(v.reply_accepted),
        reply_overdue=v.reply_overdue,
        cadre_id=v.cadre_id or "",
        case_id=v.case_id or "",
        recused_staff=list(v.recused),
    )
    if isinstance(read, ClueRead) and read.reporter is not None:
        r = read.reporter
        message.reporter.CopyFrom(pb.Reporter(name=r.name, phone=r.phone, id_number=r.id_number))
    return message


def case(v: CaseView, today: date) -> pb.Case:
    in_force = not v.revoked and any(m.in_force_on(today) for m in v.measures)
    message = pb.Case(
        case_id=v.case_id,
        clue_id=v.clue_id,
        division_code=v.division_code,
        township_code=v.township_code,
        category=cv.enum_out(pb.Category, v.category),
        cadre_id=v.cadre_id or "",
        status=cv.enum_out(pb.CaseStatus, v.status),
        filed_on=cv.iso(v.filed_on),
        investigation_due_on=cv.iso(v.investigation_due_on),
        extensions=v.extensions,
        investigation_overdue=v.overdue,
        submitted_on=cv.iso(v.submitted_on),
        returns=v.returns,
        decided_on=cv.iso(v.decided_on),
        four_forms_level=v.four_forms_level or 0,
        decision_summary=v.decision_summary,
        executed_on=cv.iso(v.executed_on),
        archived_on=cv.iso(v.archived_on),
        sanction_in_force=in_force,
        recused_staff=list(v.recused),
    )
    message.evidence.extend(_evidence(e) for e in v.evidence)
    message.measures.extend(_measure(m) for m in v.measures)
    if v.appeal is not None:
        message.appeal.CopyFrom(_appeal(v.appeal))
    return message


def _evidence(e: Evidence) -> pb.Evidence:
    return pb.Evidence(
        evidence_id=e.evidence_id,
        description=e.description,
        added_on=cv.iso(e.added_on),
        retracted_on=cv.iso(e.retracted_on),
        retraction_reason=e.retraction_reason,
    )


def _measure(m: ImposedMeasure) -> pb.DecidedMeasure:
    return pb.DecidedMeasure(
        measure_type=cv.enum_out(pb.MeasureType, m.type),
        kind=cv.enum_out(pb.MeasureKind, m.kind),
        removes_from_post=m.removes_from_post,
        influence_ends_on=cv.iso(m.influence_ends_on),
        permanent=m.permanent,
    )


def _appeal(a: Appeal) -> pb.Appeal:
    return pb.Appeal(
        appealed_on=cv.iso(a.appealed_on),
        grounds=a.grounds,
        concluded_on=cv.iso(a.concluded_on),
        outcome=cv.enum_out(pb.AppealOutcome, a.outcome),
    )
