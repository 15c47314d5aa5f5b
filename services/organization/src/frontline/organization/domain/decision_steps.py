"""The four voting steps of a decision (DOMAIN.md "Decision", steps 2–5)."""

from __future__ import annotations

from datetime import date

from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import InvalidArgument, NotFound, PreconditionFailed
from frontline.organization.domain import decision_commands as cmd
from frontline.organization.domain import decision_events as ev
from frontline.organization.domain.dates import refuse_future
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
            "cannot {action} a decision that is {status}; it must be {expected}",
            action=action,
            status=s.status,
            expected=expected,
        )


def check_day(s: DecisionState, day: date, today: date, field: str) -> None:
    """A step is dated neither after today nor before the step it follows (DOMAIN.md)."""
    refuse_future(day, today, field)
    if s.last_on and day < s.last_on:
        raise InvalidArgument.field(
            field,
            "before the decision's previous step ({last_on})",
            "BEFORE_PREVIOUS_STEP",
            last_on=s.last_on,
        )


def _sits(
    s: DecisionState,
    step: DecisionStep,
    record: StepRecord,
    body: ResolvingBody | None = None,
    field: str = "record",
) -> None:
    """The record is consistent and its meeting had its quorum (else refused)."""
    check_record(record, step, body, field)
    if not quorate(record, step, body):
        raise PreconditionFailed(
            "QUORUM_NOT_MET",
            s.decision_id,
            "{quorum} must be present ({present} of {due} present)",
            quorum=quorum_rule(step, body),
            step=step,
            due=record.members_due,
            present=record.members_present,
        )


def _check_step(
    s: DecisionState,
    step: DecisionStep,
    record: StepRecord,
    today: date,
    body: ResolvingBody | None = None,
) -> bool:
    """Validate the record, its date and the order; return whether the vote passed."""
    require_status(s, REQUIRED_BEFORE[step], f"hold the {step.value} step of")
    check_day(s, record.held_on, today, "record.held_on")
    _sits(s, step, record, body)
    return passed(record, step, s.matter)


def _rejected(
    step: DecisionStep, record: StepRecord, body: ResolvingBody | None = None
) -> list[DomainEvent]:
    return [ev.DecisionRejected(step=step, record=record, body=body)]


def propose(c: cmd.ProposeDecision, s: DecisionState) -> list[DomainEvent]:
    proposal_passed = _check_step(s, DecisionStep.PROPOSAL, c.record, c.today)
    if not c.merge_deliberation:
        if c.deliberation_record is not None:
            raise InvalidArgument.field(
                "deliberation_record",
                "recorded only when the joint meeting sits with the committee",
                "NOT_A_MERGED_SITTING",
            )
        return [ev.DecisionProposed(record=c.record)] if proposal_passed else _rejected_proposal(c)
    joint = _merged_joint_record(c, s)
    if not proposal_passed:
        return _rejected_proposal(c)
    proposed = ev.DecisionProposed(record=c.record)
    if not passed(joint, DecisionStep.DELIBERATION, s.matter):
        return [proposed, *_rejected(DecisionStep.DELIBERATION, joint)]
    return [proposed, ev.DecisionDeliberated(record=joint, merged_with_proposal=True)]


def _rejected_proposal(c: cmd.ProposeDecision) -> list[DomainEvent]:
    return _rejected(DecisionStep.PROPOSAL, c.record)


def _merged_joint_record(c: cmd.ProposeDecision, s: DecisionState) -> StepRecord:
    """Under 一肩挑 the joint meeting may sit with the committee (DOMAIN.md step 3); it is
    still its own meeting, with its own members, attendance and votes, so its counts
    are recorded beside the committee's rather than copied from them."""
    if not c.unit_one_shoulder:
        raise PreconditionFailed(
            "NOT_ONE_SHOULDER",
            s.unit_id,
            "proposal and deliberation merge only when the secretary is also village head",
        )
    joint = c.deliberation_record
    if joint is None:
        raise InvalidArgument.field(
            "deliberation_record",
            "a merged sitting records the joint meeting's own counts",
            "JOINT_COUNTS_REQUIRED",
        )
    if joint.held_on != c.record.held_on:
        raise InvalidArgument.field(
            "deliberation_record.held_on",
            "a merged sitting is held on the committee's day ({held_on})",
            "MERGED_SITTING_DAY",
            held_on=c.record.held_on,
        )
    _sits(s, DecisionStep.DELIBERATION, joint, field="deliberation_record")
    return joint


def deliberate(c: cmd.DeliberateDecision, s: DecisionState) -> list[DomainEvent]:
    if not _check_step(s, DecisionStep.DELIBERATION, c.record, c.today):
        return _rejected(DecisionStep.DELIBERATION, c.record)
    return [ev.DecisionDeliberated(record=c.record)]


def review(c: cmd.ReviewDecision, s: DecisionState) -> list[DomainEvent]:
    if not _check_step(s, DecisionStep.REVIEW, c.record, c.today):
        return _rejected(DecisionStep.REVIEW, c.record)
    return [ev.DecisionReviewed(record=c.record)]


def resolve(c: cmd.ResolveDecision, s: DecisionState) -> list[DomainEvent]:
    if not _check_step(s, DecisionStep.RESOLUTION, c.record, c.today, c.body):
        return _rejected(DecisionStep.RESOLUTION, c.record, c.body)
    return [ev.DecisionResolved(record=c.record, body=c.body)]
