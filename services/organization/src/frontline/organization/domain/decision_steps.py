"""The four voting steps of a decision (DOMAIN.md "Decision", steps 2–5)."""

from __future__ import annotations

from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import InvalidArgument, NotFound, PreconditionFailed
from frontline.organization.domain import decision_commands as cmd
from frontline.organization.domain import decision_events as ev
from frontline.organization.domain.decision_records import (
    DecisionStatus,
    DecisionStep,
    ResolvingBody,
    StepRecord,
)
from frontline.organization.domain.decision_rules import check_record, passed, quorate, quorum_rule
from frontline.organization.domain.decision_state import DecisionState

# The status a decision must be in before each step; none may be skipped.
REQUIRED_BEFORE: dict[DecisionStep, DecisionStatus] = {
    DecisionStep.PROPOSAL: DecisionStatus.DRAFT,
    DecisionStep.DELIBERATION: DecisionStatus.PROPOSED,
    DecisionStep.REVIEW: DecisionStatus.DELIBERATED,
    DecisionStep.RESOLUTION: DecisionStatus.REVIEWED,
}


def require_status(s: DecisionState, expected: DecisionStatus, action: str) -> None:
    if not s.exists:
        raise NotFound("decision", s.decision_id or "(not drafted)")
    if s.status is not expected:
        raise PreconditionFailed(
            "STEP_OUT_OF_ORDER",
            s.decision_id,
            f"cannot {action} a decision that is {s.status.value}; it must be {expected.value}",
        )


def _check_step(
    s: DecisionState, step: DecisionStep, record: StepRecord, body: ResolvingBody | None = None
) -> bool:
    """Validate the record and the order; return whether the vote passed."""
    require_status(s, REQUIRED_BEFORE[step], f"hold the {step.value} step of")
    check_record(record, step)
    if s.last_on and record.held_on < s.last_on:
        raise InvalidArgument.field("record.held_on", "before the decision's previous step")
    if not quorate(record, step, body):
        raise PreconditionFailed("QUORUM_NOT_MET", s.decision_id, quorum_rule(step, body))
    return passed(record, step)


def _rejected(
    step: DecisionStep, record: StepRecord, body: ResolvingBody | None = None
) -> list[DomainEvent]:
    return [ev.DecisionRejected(step=step, record=record, body=body)]


def propose(c: cmd.ProposeDecision, s: DecisionState) -> list[DomainEvent]:
    if not _check_step(s, DecisionStep.PROPOSAL, c.record):
        return _rejected(DecisionStep.PROPOSAL, c.record)
    if not c.merge_deliberation:
        return [ev.DecisionProposed(record=c.record)]
    if not c.unit_one_shoulder:
        raise PreconditionFailed(
            "NOT_ONE_SHOULDER",
            s.unit_id,
            "proposal and deliberation merge only when the secretary is also village head",
        )
    return [
        ev.DecisionProposed(record=c.record),
        ev.DecisionDeliberated(record=c.record, merged_with_proposal=True),
    ]


def deliberate(c: cmd.DeliberateDecision, s: DecisionState) -> list[DomainEvent]:
    if not _check_step(s, DecisionStep.DELIBERATION, c.record):
        return _rejected(DecisionStep.DELIBERATION, c.record)
    return [ev.DecisionDeliberated(record=c.record)]


def review(c: cmd.ReviewDecision, s: DecisionState) -> list[DomainEvent]:
    if not _check_step(s, DecisionStep.REVIEW, c.record):
        return _rejected(DecisionStep.REVIEW, c.record)
    return [ev.DecisionReviewed(record=c.record)]


def resolve(c: cmd.ResolveDecision, s: DecisionState) -> list[DomainEvent]:
    if not _check_step(s, DecisionStep.RESOLUTION, c.record, c.body):
        return _rejected(DecisionStep.RESOLUTION, c.record, c.body)
    return [ev.DecisionResolved(record=c.record, body=c.body)]
