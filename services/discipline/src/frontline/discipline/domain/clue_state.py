"""A clue's state and its case's, folded from the clue's stream."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from frontline.discipline.domain import case_events as cev
from frontline.discipline.domain import clue_events as ev
from frontline.discipline.domain.clue_vocabulary import (
    AppealOutcome,
    CaseStatus,
    Category,
    ClueSource,
    ClueStatus,
    Disposal,
    SealedReporter,
    VerificationOutcome,
)
from frontline.discipline.domain.divisions import township_of
from frontline.discipline.domain.sanctions import ImposedMeasure
from frontline.kernel.decider import DomainEvent


@dataclass(frozen=True)
class Evidence:
    evidence_id: str
    description: str
    added_on: date
    retracted_on: date | None = None
    retraction_reason: str = ""


@dataclass(frozen=True)
class Appeal:
    appealed_on: date
    grounds: str
    concluded_on: date | None = None
    outcome: AppealOutcome | None = None


@dataclass(frozen=True)
class CaseState:
    case_id: str
    category: Category
    cadre_id: str | None
    filed_on: date
    investigation_due_on: date
    status: CaseStatus = CaseStatus.INVESTIGATING
    extensions: int = 0
    overdue: bool = False
    evidence: tuple[Evidence, ...] = ()
    submitted_on: date | None = None
    returns: int = 0
    decided_on: date | None = None
    four_forms_level: int | None = None
    measures: tuple[ImposedMeasure, ...] = ()
    decision_summary: str = ""
    executed_on: date | None = None
    archived_on: date | None = None
    appeal: Appeal | None = None
    last_on: date | None = None

    @property
    def revoked(self) -> bool:
        return self.appeal is not None and self.appeal.outcome is AppealOutcome.REVOKED

    @property
    def open(self) -> bool:
        """Filed and not yet decided."""
        return self.status in (CaseStatus.INVESTIGATING, CaseStatus.IN_REVIEW)

    @property
    def appeal_pending(self) -> bool:
        return self.appeal is not None and self.appeal.outcome is None


@dataclass(frozen=True)
class ClueState:
    exists: bool = False
    clue_id: str = ""
    division_code: str = ""
    source: ClueSource = ClueSource.REPORT
    category: Category = Category.OTHER
    summary: str = ""
    received_on: date | None = None
    reporter: SealedReporter | None = None
    cadre_id: str | None = None
    origin_ref: str | None = None
    status: ClueStatus = ClueStatus.RECEIVED
    disposal: Disposal | None = None
    disposed_on: date | None = None
    outcome: VerificationOutcome | None = None
    concluded_on: date | None = None
    reply_working_days: int | None = None
    reply_due_on: date | None = None
    reply_provisional: bool = False
    replied_on: date | None = None
    reply_accepted: bool | None = None
    reply_on_time: bool | None = None
    reply_overdue: bool = False
    recused: tuple[str, ...] = ()
    case: CaseState | None = None
    last_on: date | None = None

    @property
    def township_code(self) -> str:
        return township_of(self.division_code)

    @property
    def reply_owed(self) -> bool:
        return self.reply_due_on is not None and self.replied_on is None


def _received(s: ClueState, e: ev.ClueReceived) -> ClueState:
    return replace(
        s,
        exists=True,
        clue_id=e.clue_id,
        division_code=e.division_code,
        source=e.source,
        category=e.category,
        summary=e.summary,
        received_on=e.received_on,
        reporter=e.reporter,
        cadre_id=e.cadre_id,
        origin_ref=e.origin_ref,
        reply_working_days=e.reply_working_days,
        reply_due_on=e.reply_due_on,
        reply_provisional=e.reply_provisional,
        last_on=e.received_on,
    )


_DISPOSED_STATUS = {
    Disposal.TALK_INQUIRY: ClueStatus.IN_TALK_INQUIRY,
    Disposal.PRELIMINARY_VERIFICATION: ClueStatus.VERIFYING,
    Disposal.SHELVE: ClueStatus.SHELVED,
    Disposal.CLOSE: ClueStatus.CLOSED,
}
_CONCLUDED_STATUS = {
    VerificationOutcome.CLOSE: ClueStatus.CLOSED,
    VerificationOutcome.REMINDER_TALK: ClueStatus.CLOSED,
    VerificationOutcome.SHELVE: ClueStatus.SHELVED,
    VerificationOutcome.CASE: ClueStatus.CASE_FILED,
}


def _c(s: ClueState) -> CaseState:
    assert s.case is not None, "a case event in a stream without a case"
    return s.case


def _case(s: ClueState, **changes: Any) -> ClueState:
    return replace(s, case=replace(_c(s), **changes))


def _filed(s: ClueState, e: cev.CaseFiled) -> ClueState:
    case = CaseState(
        case_id=e.case_id,
        category=e.category,
        cadre_id=e.cadre_id,
        filed_on=e.filed_on,
        investigation_due_on=e.investigation_due_on,
        last_on=e.filed_on,
    )
    return replace(
        s,
        status=ClueStatus.CASE_FILED,
        outcome=VerificationOutcome.CASE,
        concluded_on=e.filed_on,
        category=e.category,
        cadre_id=e.cadre_id or s.cadre_id,
        case=case,
        last_on=e.filed_on,
    )


def _retracted(s: ClueState, e: cev.EvidenceRetracted) -> ClueState:
    evidence = tuple(
        replace(item, retracted_on=e.retracted_on, retraction_reason=e.reason)
        if item.evidence_id == e.evidence_id
        else item
        for item in _c(s).evidence
    )
    return _case(s, evidence=evidence, last_on=e.retracted_on)


def _appeal_concluded(s: ClueState, e: cev.AppealConcluded) -> ClueState:
    appeal = _c(s).appeal
    assert appeal is not None, "an appeal concluded that was never recorded"
    appeal = replace(appeal, concluded_on=e.concluded_on, outcome=e.outcome)
    return _case(s, appeal=appeal)


_EVOLVERS: dict[type[DomainEvent], Callable[[ClueState, Any], ClueState]] = {
    ev.ClueReceived: _received,
    ev.ClueDisposed: lambda s, e: replace(
        s,
        disposal=e.disposal,
        disposed_on=e.disposed_on,
        category=e.category,
        status=_DISPOSED_STATUS[e.disposal],
        last_on=e.disposed_on,
    ),
    ev.VerificationConcluded: lambda s, e: replace(
        s,
        outcome=e.outcome,
        concluded_on=e.concluded_on,
        status=_CONCLUDED_STATUS[e.outcome],
        last_on=e.concluded_on,
    ),
    ev.ReplyDeadlineRecounted: lambda s, e: replace(
        s, reply_due_on=e.reply_due_on, reply_provisional=e.reply_provisional
    ),
    ev.ReporterReplied: lambda s, e: replace(
        s, replied_on=e.replied_on, reply_accepted=e.accepted, reply_on_time=e.on_time
    ),
    ev.ReporterReplyOverdue: lambda s, e: replace(s, reply_overdue=True),
    ev.StaffRecused: lambda s, e: replace(s, recused=(*s.recused, e.staff)),
    cev.CaseFiled: _filed,
    cev.EvidenceAdded: lambda s, e: _case(
        s,
        evidence=(*_c(s).evidence, Evidence(e.evidence_id, e.description, e.added_on)),
        last_on=e.added_on,
    ),
    cev.EvidenceRetracted: _retracted,
    cev.InvestigationExtended: lambda s, e: _case(
        s,
        extensions=_c(s).extensions + 1,
        investigation_due_on=e.investigation_due_on,
        overdue=False,
        last_on=e.extended_on,
    ),
    cev.InvestigationOverdue: lambda s, e: _case(s, overdue=True),
    cev.CaseSubmittedForReview: lambda s, e: _case(
        s, status=CaseStatus.IN_REVIEW, submitted_on=e.submitted_on, last_on=e.submitted_on
    ),
    cev.CaseReturnedForInvestigation: lambda s, e: _case(
        s, status=CaseStatus.INVESTIGATING, returns=_c(s).returns + 1, last_on=e.returned_on
    ),
    cev.CaseDecided: lambda s, e: _case(
        s,
        status=CaseStatus.DECIDED,
        decided_on=e.decided_on,
        four_forms_level=e.four_forms_level,
        measures=e.measures,
        decision_summary=e.summary,
        last_on=e.decided_on,
    ),
    cev.CaseExecuted: lambda s, e: _case(
        s, status=CaseStatus.EXECUTED, executed_on=e.executed_on, last_on=e.executed_on
    ),
    cev.CaseArchived: lambda s, e: _case(
        s, status=CaseStatus.ARCHIVED, archived_on=e.archived_on, last_on=e.archived_on
    ),
    cev.AppealRecorded: lambda s, e: _case(s, appeal=Appeal(e.appealed_on, e.grounds)),
    cev.AppealConcluded: _appeal_concluded,
}


def evolve(state: ClueState, event: DomainEvent) -> ClueState:
    handler = _EVOLVERS.get(type(event))
    return handler(state, event) if handler else state
