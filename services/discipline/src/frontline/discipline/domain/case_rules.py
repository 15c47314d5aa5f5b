"""Rules of a case from filing to review (DOMAIN.md "Case").

Filed on a clue under preliminary verification ("case opened", 立案) →
investigating for 90 days, extendable once (configurable) → in review (审理):
the evidence is frozen from then on, whoever asks; the reviewers may send the case
back for supplementary investigation, which unfreezes it.
"""

from __future__ import annotations

from datetime import timedelta

from frontline.discipline.domain import case_commands as cmd
from frontline.discipline.domain import case_events as ev
from frontline.discipline.domain.clue_rules import existing, not_before
from frontline.discipline.domain.clue_state import CaseState, ClueState
from frontline.discipline.domain.clue_vocabulary import CaseStatus, ClueStatus
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import AlreadyExists, InvalidArgument, NotFound, PreconditionFailed


def case_of(s: ClueState) -> CaseState:
    existing(s)
    if s.case is None:
        raise PreconditionFailed("NO_CASE", s.clue_id, "no case was filed on this clue")
    return s.case


def require_status(case: CaseState, status: CaseStatus, action: str) -> None:
    if case.status is not status:
        raise PreconditionFailed(
            "WRONG_CASE_STATUS",
            case.case_id,
            "cannot {action} a case that is {status}",
            action=action,
            status=case.status,
        )


def _investigating(s: ClueState) -> CaseState:
    """The case, if its evidence may still change."""
    case = case_of(s)
    if case.status is not CaseStatus.INVESTIGATING:
        raise PreconditionFailed(
            "EVIDENCE_FROZEN",
            case.case_id,
            "the evidence is frozen once the case is in review (the case is {status})",
            status=case.status,
        )
    return case


def _required(text: str, field: str) -> str:
    if not text.strip():
        raise InvalidArgument.field(field, "required", "REQUIRED")
    return text.strip()


def file_case(c: cmd.FileCase, s: ClueState) -> list[DomainEvent]:
    existing(s)
    if s.case is not None:
        raise AlreadyExists(
            "case {case_id} was filed on clue {clue_id}",
            "CASE_EXISTS",
            case_id=s.case.case_id,
            clue_id=s.clue_id,
        )
    if s.status is not ClueStatus.VERIFYING:
        raise PreconditionFailed(
            "NOT_VERIFYING", s.clue_id, "a case is filed on a clue under preliminary verification"
        )
    not_before(s, c.filed_on, "filed_on")
    return [
        ev.CaseFiled(
            case_id=c.case_id,
            category=c.category or s.category,
            cadre_id=c.cadre_id or s.cadre_id,
            filed_on=c.filed_on,
            investigation_due_on=c.filed_on + timedelta(days=c.investigation_days),
        )
    ]


def add_evidence(c: cmd.AddEvidence, s: ClueState) -> list[DomainEvent]:
    case = _investigating(s)
    if any(e.evidence_id == c.evidence_id for e in case.evidence):
        raise AlreadyExists(
            "evidence {evidence_id} is already recorded",
            "EVIDENCE_EXISTS",
            evidence_id=c.evidence_id,
        )
    description = _required(c.description, "description")
    not_before(s, c.added_on, "added_on", case.filed_on)
    return [
        ev.EvidenceAdded(evidence_id=c.evidence_id, description=description, added_on=c.added_on)
    ]


def retract_evidence(c: cmd.RetractEvidence, s: ClueState) -> list[DomainEvent]:
    case = _investigating(s)
    item = next((e for e in case.evidence if e.evidence_id == c.evidence_id), None)
    if item is None or item.retracted_on is not None:
        raise NotFound("evidence", c.evidence_id)
    reason = _required(c.reason, "reason")
    not_before(s, c.retracted_on, "retracted_on", item.added_on)
    return [
        ev.EvidenceRetracted(evidence_id=c.evidence_id, retracted_on=c.retracted_on, reason=reason)
    ]


def extend(c: cmd.ExtendInvestigation, s: ClueState) -> list[DomainEvent]:
    case = case_of(s)
    require_status(case, CaseStatus.INVESTIGATING, "extend the investigation of")
    if case.extensions >= c.max_extensions:
        raise PreconditionFailed(
            "EXTENSION_USED",
            case.case_id,
            "an investigation is extended at most {most} time(s)",
            most=c.max_extensions,
        )
    reason = _required(c.reason, "reason")
    not_before(s, c.extended_on, "extended_on", case.filed_on)
    due = case.investigation_due_on + timedelta(days=c.days)
    return [
        ev.InvestigationExtended(
            extended_on=c.extended_on, days=c.days, investigation_due_on=due, reason=reason
        )
    ]


def flag_overdue(c: cmd.FlagInvestigationOverdue, s: ClueState) -> list[DomainEvent]:
    """Fired by the investigation timer; nothing once the case went to review."""
    case = s.case
    if case is None or case.status is not CaseStatus.INVESTIGATING or case.overdue:
        return []
    if c.today <= case.investigation_due_on:
        return []
    return [
        ev.InvestigationOverdue(investigation_due_on=case.investigation_due_on, flagged_on=c.today)
    ]


def submit(c: cmd.SubmitForReview, s: ClueState) -> list[DomainEvent]:
    case = case_of(s)
    require_status(case, CaseStatus.INVESTIGATING, "submit for review")
    if not any(e.retracted_on is None for e in case.evidence):
        raise PreconditionFailed(
            "NO_EVIDENCE", case.case_id, "a case goes to review with its evidence"
        )
    not_before(s, c.submitted_on, "submitted_on", case.last_on)
    return [ev.CaseSubmittedForReview(submitted_on=c.submitted_on)]


def return_case(c: cmd.ReturnForInvestigation, s: ClueState) -> list[DomainEvent]:
    case = case_of(s)
    require_status(case, CaseStatus.IN_REVIEW, "return")
    reason = _required(c.reason, "reason")
    not_before(s, c.returned_on, "returned_on", case.last_on)
    return [ev.CaseReturnedForInvestigation(returned_on=c.returned_on, reason=reason)]
