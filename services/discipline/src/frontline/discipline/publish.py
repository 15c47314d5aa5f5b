"""Which stored events become public, and how (DESIGN.md §2: a per-service mapping).

Clues and cases: before a decision, the township code and category only — never the
village, the reporter or the cadre; the cadre id goes out only with a sanction
(``SanctionImposed``), the village with the decision. Summaries, evidence, reasons,
grounds and notes never leave. Recusals and recounted deadlines stay private.
"""

from __future__ import annotations

from typing import Any

from frontline.contracts import discipline as pub
from frontline.contracts.base import PublicEvent
from frontline.discipline.domain import case_events as cev
from frontline.discipline.domain import clue_events as ev
from frontline.discipline.domain.clue_state import CaseState, ClueState
from frontline.discipline.domain.clue_vocabulary import AppealOutcome
from frontline.discipline.domain.integrity import IntegrityOpinionGiven
from frontline.discipline.publish_registers import DISPUTE, LEDGER, SWEEP
from frontline.kernel.decider import DomainEvent
from frontline.kernel.publication import Mapper, Publication

__all__ = ["CLUE", "DISPUTE", "INTEGRITY", "LEDGER", "SWEEP"]


def _clue(s: ClueState) -> dict[str, Any]:
    return {"clue_id": s.clue_id, "township_code": s.township_code, "category": s.category.value}


def _case(s: ClueState) -> dict[str, Any]:
    case = _the_case(s)
    return {**_clue(s), "category": case.category.value, "case_id": case.case_id}


def _the_case(s: ClueState) -> CaseState:
    assert s.case is not None, "a case event in a stream without a case"
    return s.case


def _decided(e: cev.CaseDecided, s: ClueState) -> list[PublicEvent]:
    case = _the_case(s)
    made: list[PublicEvent] = [
        pub.CaseDecided(
            **_case(s),
            division_code=s.division_code,
            decided_on=e.decided_on,
            four_forms_level=e.four_forms_level,
            measures=[
                pub.Measure(measure_type=m.type.value, kind=m.kind.value) for m in e.measures
            ],
        )
    ]
    if case.cadre_id is None:
        return made
    for m in e.measures:
        made.append(
            pub.SanctionImposed(
                case_id=case.case_id,
                cadre_id=case.cadre_id,
                division_code=s.division_code,
                measure_type=m.type.value,
                kind=m.kind.value,
                removes_from_post=m.removes_from_post,
                influence_ends_on=m.influence_ends_on,
                permanent=m.permanent,
                decided_on=e.decided_on,
            )
        )
    return made


def _appeal_concluded(e: cev.AppealConcluded, s: ClueState) -> list[PublicEvent]:
    case = _the_case(s)
    made: list[PublicEvent] = [
        pub.AppealConcluded(
            **_case(s),
            division_code=s.division_code,
            outcome=e.outcome.value,
            concluded_on=e.concluded_on,
        )
    ]
    if e.outcome is AppealOutcome.REVOKED and case.cadre_id is not None:
        made += [
            pub.SanctionRevoked(
                case_id=case.case_id,
                cadre_id=case.cadre_id,
                division_code=s.division_code,
                kind=m.kind.value,
                revoked_on=e.concluded_on,
            )
            for m in case.measures
        ]
    return made


def _reply_sent(e: ev.ReporterReplied, s: ClueState) -> PublicEvent:
    assert s.reply_due_on is not None
    return pub.ClueReplySent(
        **_clue(s),
        replied_on=e.replied_on,
        reply_due_on=s.reply_due_on,
        on_time=e.on_time,
        accepted=e.accepted,
    )


_CLUE_MAPPING: dict[type[DomainEvent], Mapper] = {
    ev.ClueReceived: lambda e, s: pub.ClueReceived(
        **_clue(s), source=e.source.value, received_on=e.received_on, reply_due_on=e.reply_due_on
    ),
    ev.ClueDisposed: lambda e, s: pub.ClueDisposed(
        **_clue(s), disposal=e.disposal.value, disposed_on=e.disposed_on
    ),
    ev.VerificationConcluded: lambda e, s: pub.ClueVerificationConcluded(
        **_clue(s), outcome=e.outcome.value, concluded_on=e.concluded_on
    ),
    ev.ReporterReplied: _reply_sent,
    ev.ReporterReplyOverdue: lambda e, s: pub.ClueReplyOverdue(
        **_clue(s), reply_due_on=e.reply_due_on, flagged_on=e.flagged_on
    ),
    cev.CaseFiled: lambda e, s: pub.CaseFiled(
        **_case(s), filed_on=e.filed_on, investigation_due_on=e.investigation_due_on
    ),
    cev.InvestigationExtended: lambda e, s: pub.InvestigationExtended(
        **_case(s), extended_on=e.extended_on, investigation_due_on=e.investigation_due_on
    ),
    cev.InvestigationOverdue: lambda e, s: pub.InvestigationOverdue(
        **_case(s), investigation_due_on=e.investigation_due_on, flagged_on=e.flagged_on
    ),
    cev.CaseSubmittedForReview: lambda e, s: pub.CaseSubmittedForReview(
        **_case(s), submitted_on=e.submitted_on
    ),
    cev.CaseReturnedForInvestigation: lambda e, s: pub.CaseReturnedForInvestigation(
        **_case(s), returned_on=e.returned_on
    ),
    cev.CaseDecided: _decided,
    cev.CaseExecuted: lambda e, s: pub.CaseExecuted(
        **_case(s), division_code=s.division_code, executed_on=e.executed_on
    ),
    cev.CaseArchived: lambda e, s: pub.CaseArchived(
        **_case(s), division_code=s.division_code, archived_on=e.archived_on
    ),
    cev.AppealRecorded: lambda e, s: pub.AppealRecorded(
        **_case(s), division_code=s.division_code, appealed_on=e.appealed_on
    ),
    cev.AppealConcluded: _appeal_concluded,
}

# Recusals name staff accounts; a recount only moves a deadline the public event told.
CLUE = Publication.of(
    _CLUE_MAPPING,
    private=[ev.StaffRecused, ev.ReplyDeadlineRecounted, cev.EvidenceAdded, cev.EvidenceRetracted],
)

INTEGRITY = Publication.of(
    {
        IntegrityOpinionGiven: lambda e, s: pub.IntegrityOpinionIssued(
            procedure_id=e.procedure_id, opinion=e.opinion.value, issued_on=e.issued_on
        )
    }
)
