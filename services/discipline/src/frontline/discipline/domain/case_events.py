"""Stored events of a case, in the stream of the clue it was filed on (stream ``clue``).

One stream from clue to archive keeps every step in order on Kafka (one key).
Evidence, reasons, grounds and the decision's text stay in the store.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from frontline.discipline.domain.clue_vocabulary import AppealOutcome, Category
from frontline.discipline.domain.sanctions import ImposedMeasure
from frontline.kernel.decider import DomainEvent


class CaseFiled(DomainEvent):
    """立案: the "case opened" event (DOMAIN.md)."""

    event_type: ClassVar[str] = "CaseFiled"
    case_id: str
    category: Category
    cadre_id: str | None = None
    filed_on: date
    investigation_due_on: date


class EvidenceAdded(DomainEvent):
    event_type: ClassVar[str] = "EvidenceAdded"
    evidence_id: str
    description: str
    added_on: date


class EvidenceRetracted(DomainEvent):
    event_type: ClassVar[str] = "EvidenceRetracted"
    evidence_id: str
    retracted_on: date
    reason: str


class InvestigationExtended(DomainEvent):
    event_type: ClassVar[str] = "InvestigationExtended"
    extended_on: date
    days: int
    investigation_due_on: date
    reason: str


class InvestigationOverdue(DomainEvent):
    event_type: ClassVar[str] = "InvestigationOverdue"
    investigation_due_on: date
    flagged_on: date


class CaseSubmittedForReview(DomainEvent):
    """审理 begins: the evidence is frozen from here on."""

    event_type: ClassVar[str] = "CaseSubmittedForReview"
    submitted_on: date


class CaseReturnedForInvestigation(DomainEvent):
    """The reviewers send the case back for supplementary investigation (补充调查)."""

    event_type: ClassVar[str] = "CaseReturnedForInvestigation"
    returned_on: date
    reason: str


class CaseDecided(DomainEvent):
    event_type: ClassVar[str] = "CaseDecided"
    decided_on: date
    four_forms_level: int
    measures: tuple[ImposedMeasure, ...]
    summary: str


class CaseExecuted(DomainEvent):
    event_type: ClassVar[str] = "CaseExecuted"
    executed_on: date


class CaseArchived(DomainEvent):
    event_type: ClassVar[str] = "CaseArchived"
    archived_on: date


class AppealRecorded(DomainEvent):
    """An appeal (申诉) is recorded; it does not suspend the sanction (DOMAIN.md)."""

    event_type: ClassVar[str] = "AppealRecorded"
    appealed_on: date
    grounds: str


class AppealConcluded(DomainEvent):
    event_type: ClassVar[str] = "AppealConcluded"
    concluded_on: date
    outcome: AppealOutcome


CASE_EVENTS: tuple[type[DomainEvent], ...] = (
    CaseFiled,
    EvidenceAdded,
    EvidenceRetracted,
    InvestigationExtended,
    InvestigationOverdue,
    CaseSubmittedForReview,
    CaseReturnedForInvestigation,
    CaseDecided,
    CaseExecuted,
    CaseArchived,
    AppealRecorded,
    AppealConcluded,
)
