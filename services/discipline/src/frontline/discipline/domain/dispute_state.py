"""A dispute's state, folded from its stream."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from frontline.discipline.domain import dispute_events as ev
from frontline.discipline.domain.dispute_vocabulary import (
    DisputeStatus,
    DisputeType,
    DiversionRoute,
    RiskLevel,
)
from frontline.discipline.domain.divisions import DivisionLevel, township_of
from frontline.kernel.decider import DomainEvent


@dataclass(frozen=True)
class DisputeState:
    exists: bool = False
    dispute_id: str = ""
    division_code: str = ""
    dispute_type: DisputeType = DisputeType.OTHER
    risk_level: RiskLevel = RiskLevel.LOW
    amount_yuan: int | None = None
    parties: int = 0
    summary: str = ""
    registered_on: date | None = None
    registered_level: DivisionLevel = DivisionLevel.VILLAGE
    level: DivisionLevel = DivisionLevel.VILLAGE
    status: DisputeStatus = DisputeStatus.MEDIATING
    resolved_on: date | None = None
    resolution_note: str = ""
    confirmation_due_on: date | None = None
    confirmation_applied_on: date | None = None
    confirmation_lapsed: bool = False
    follow_ups: int = 0
    followed_up_on: date | None = None
    closed_on: date | None = None
    route: DiversionRoute | None = None
    diverted_on: date | None = None
    last_on: date | None = None

    @property
    def township_code(self) -> str:
        return township_of(self.division_code)

    @property
    def confirmation_awaited(self) -> bool:
        return (
            self.confirmation_due_on is not None
            and self.confirmation_applied_on is None
            and not self.confirmation_lapsed
        )


def _registered(s: DisputeState, e: ev.DisputeRegistered) -> DisputeState:
    return replace(
        s,
        exists=True,
        dispute_id=e.dispute_id,
        division_code=e.division_code,
        dispute_type=e.dispute_type,
        risk_level=e.risk_level,
        amount_yuan=e.amount_yuan,
        parties=e.parties,
        summary=e.summary,
        registered_on=e.registered_on,
        registered_level=e.level,
        level=e.level,
        last_on=e.registered_on,
    )


_EVOLVERS: dict[type[DomainEvent], Callable[[DisputeState, Any], DisputeState]] = {
    ev.DisputeRegistered: _registered,
    ev.DisputeEscalated: lambda s, e: replace(s, level=e.level, last_on=e.escalated_on),
    ev.DisputeResolved: lambda s, e: replace(
        s,
        status=DisputeStatus.RESOLVED,
        resolved_on=e.resolved_on,
        resolution_note=e.note,
        confirmation_due_on=e.confirmation_due_on,
        last_on=e.resolved_on,
    ),
    ev.JudicialConfirmationApplied: lambda s, e: replace(s, confirmation_applied_on=e.applied_on),
    ev.JudicialConfirmationLapsed: lambda s, e: replace(s, confirmation_lapsed=True),
    ev.DisputeFollowedUp: lambda s, e: replace(
        s,
        status=DisputeStatus.FOLLOWED_UP,
        follow_ups=s.follow_ups + 1,
        followed_up_on=e.followed_up_on,
        last_on=e.followed_up_on,
    ),
    ev.DisputeClosed: lambda s, e: replace(
        s, status=DisputeStatus.CLOSED, closed_on=e.closed_on, last_on=e.closed_on
    ),
    ev.DisputeDiverted: lambda s, e: replace(
        s,
        status=DisputeStatus.DIVERTED,
        route=e.route,
        diverted_on=e.diverted_on,
        last_on=e.diverted_on,
    ),
}


def evolve(state: DisputeState, event: DomainEvent) -> DisputeState:
    handler = _EVOLVERS.get(type(event))
    return handler(state, event) if handler else state
