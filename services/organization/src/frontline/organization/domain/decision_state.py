"""The decision's state, folded from its events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from frontline.kernel.decider import DomainEvent
from frontline.organization.domain import decision_events as ev
from frontline.organization.domain.decision_records import (
    DecisionMatter,
    DecisionSource,
    DecisionStatus,
    DecisionStep,
    ResolvingBody,
    StepRecord,
)


@dataclass(frozen=True)
class StepOutcome:
    step: DecisionStep
    record: StepRecord
    passed: bool
    body: ResolvingBody | None = None
    # Deliberation held at the committee's sitting (一肩挑); before schema 2 of
    # DecisionDeliberated its record was a copy of the committee's counts.
    merged_with_proposal: bool = False
    record_copied_from_proposal: bool = False


@dataclass(frozen=True)
class DecisionState:
    exists: bool = False
    decision_id: str = ""
    unit_id: str = ""
    division_code: str = ""
    title: str = ""
    matter: DecisionMatter = DecisionMatter.OTHER
    source: DecisionSource = DecisionSource.CADRE_PROPOSAL
    status: DecisionStatus = DecisionStatus.DRAFT
    round: int = 1
    drafted_on: date | None = None
    # Steps of the current round; a redraft starts a new round with none.
    steps: tuple[StepOutcome, ...] = ()
    last_on: date | None = None
    notice_days: int = 0
    notice_starts_on: date | None = None
    notice_ends_on: date | None = None
    notice_backfilled: bool = False
    notice_completed: bool = False
    result_summary: str = ""


def _step(
    s: DecisionState,
    step: DecisionStep,
    record: StepRecord,
    status: DecisionStatus,
    body: ResolvingBody | None = None,
) -> DecisionState:
    outcome = StepOutcome(step, record, status is not DecisionStatus.REJECTED, body)
    return replace(s, steps=(*s.steps, outcome), status=status, last_on=record.held_on)


def _deliberated(s: DecisionState, e: ev.DecisionDeliberated) -> DecisionState:
    outcome = StepOutcome(
        DecisionStep.DELIBERATION,
        e.record,
        True,
        merged_with_proposal=e.merged_with_proposal,
        record_copied_from_proposal=e.record_copied_from_proposal,
    )
    return replace(
        s, steps=(*s.steps, outcome), status=DecisionStatus.DELIBERATED, last_on=e.record.held_on
    )


def _drafted(s: DecisionState, e: ev.DecisionDrafted) -> DecisionState:
    return replace(
        s,
        exists=True,
        decision_id=e.decision_id,
        unit_id=e.unit_id,
        division_code=e.division_code,
        title=e.title,
        matter=e.matter,
        source=e.source,
        drafted_on=e.drafted_on,
        last_on=e.drafted_on,
    )


def _published(s: DecisionState, e: ev.ResolutionPublished) -> DecisionState:
    return replace(
        s,
        status=DecisionStatus.RESOLUTION_PUBLIC,
        notice_days=e.notice_days,
        notice_starts_on=e.notice_starts_on,
        notice_ends_on=e.notice_ends_on,
        notice_backfilled=e.backfilled,
        last_on=e.published_on,
    )


def _redrafted(s: DecisionState, e: ev.DecisionRedrafted) -> DecisionState:
    return replace(
        s,
        status=DecisionStatus.DRAFT,
        title=e.title,
        round=e.round,
        drafted_on=e.drafted_on,
        steps=(),
        last_on=e.drafted_on,
    )


_EVOLVERS: dict[type[DomainEvent], Callable[[DecisionState, Any], DecisionState]] = {
    ev.DecisionDrafted: _drafted,
    ev.DecisionProposed: lambda s, e: _step(
        s, DecisionStep.PROPOSAL, e.record, DecisionStatus.PROPOSED
    ),
    ev.DecisionDeliberated: _deliberated,
    ev.DecisionReviewed: lambda s, e: _step(
        s, DecisionStep.REVIEW, e.record, DecisionStatus.REVIEWED
    ),
    ev.DecisionResolved: lambda s, e: _step(
        s, DecisionStep.RESOLUTION, e.record, DecisionStatus.RESOLVED, e.body
    ),
    ev.DecisionRejected: lambda s, e: _step(s, e.step, e.record, DecisionStatus.REJECTED, e.body),
    ev.ResolutionPublished: _published,
    ev.PublicNoticeCompleted: lambda s, e: replace(s, notice_completed=True),
    ev.ImplementationStarted: lambda s, e: replace(
        s, status=DecisionStatus.IMPLEMENTING, last_on=e.started_on
    ),
    ev.ResultPublished: lambda s, e: replace(
        s, status=DecisionStatus.RESULT_PUBLIC, result_summary=e.summary, last_on=e.published_on
    ),
    ev.DecisionClosed: lambda s, e: replace(s, status=DecisionStatus.CLOSED, last_on=e.closed_on),
    ev.DecisionRedrafted: _redrafted,
}


def evolve(state: DecisionState, event: DomainEvent) -> DecisionState:
    handler = _EVOLVERS.get(type(event))
    return handler(state, event) if handler else state
