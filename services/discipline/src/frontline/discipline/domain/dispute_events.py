"""Stored events of a dispute (stream type ``dispute``). Summaries, notes and reasons
stay in the store; the public events carry types, levels, amounts and dates."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from frontline.discipline.domain.dispute_vocabulary import DisputeType, DiversionRoute, RiskLevel
from frontline.discipline.domain.divisions import DivisionLevel
from frontline.kernel.decider import DomainEvent


class DisputeRegistered(DomainEvent):
    event_type: ClassVar[str] = "DisputeRegistered"
    dispute_id: str
    division_code: str
    dispute_type: DisputeType
    risk_level: RiskLevel
    amount_yuan: int | None = None
    parties: int
    summary: str
    registered_on: date
    level: DivisionLevel


class DisputeEscalated(DomainEvent):
    event_type: ClassVar[str] = "DisputeEscalated"
    level: DivisionLevel
    escalated_on: date
    reason: str


class DisputeResolved(DomainEvent):
    event_type: ClassVar[str] = "DisputeResolved"
    resolved_on: date
    level: DivisionLevel
    note: str
    # The parties mean to apply for judicial confirmation of the agreement by this day.
    confirmation_due_on: date | None = None


class JudicialConfirmationApplied(DomainEvent):
    event_type: ClassVar[str] = "JudicialConfirmationApplied"
    applied_on: date


class JudicialConfirmationLapsed(DomainEvent):
    event_type: ClassVar[str] = "JudicialConfirmationLapsed"
    confirmation_due_on: date
    flagged_on: date


class DisputeFollowedUp(DomainEvent):
    event_type: ClassVar[str] = "DisputeFollowedUp"
    followed_up_on: date
    note: str


class DisputeClosed(DomainEvent):
    event_type: ClassVar[str] = "DisputeClosed"
    closed_on: date


class DisputeDiverted(DomainEvent):
    event_type: ClassVar[str] = "DisputeDiverted"
    route: DiversionRoute
    diverted_on: date
    reason: str


DISPUTE_EVENTS: tuple[type[DomainEvent], ...] = (
    DisputeRegistered,
    DisputeEscalated,
    DisputeResolved,
    JudicialConfirmationApplied,
    JudicialConfirmationLapsed,
    DisputeFollowedUp,
    DisputeClosed,
    DisputeDiverted,
)
