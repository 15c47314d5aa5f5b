"""The dispute decider: one stream per dispute (stream type ``dispute``).

DOMAIN.md "Dispute and problem register": mediating at the level it was registered
at (village, township or county) → escalated one level at a time → resolved by an
agreement (judicial confirmation applied for within 30 days, 人民调解法 art. 33: a
timer flags the lapse) → followed up → closed (销号); or diverted to litigation,
arbitration or administrative review while being mediated. "Small matters stay in
the village, big ones in the township": the level of resolution is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from frontline.discipline.domain import dispute_commands as cmd
from frontline.discipline.domain import dispute_events as ev
from frontline.discipline.domain.dispute_state import DisputeState, evolve
from frontline.discipline.domain.dispute_vocabulary import DisputeStatus
from frontline.discipline.domain.divisions import above, require_code
from frontline.kernel.decider import Decider, DomainEvent
from frontline.kernel.errors import AlreadyExists, InvalidArgument, NotFound, PreconditionFailed

STREAM_TYPE = "dispute"
_SETTLED = (DisputeStatus.RESOLVED, DisputeStatus.FOLLOWED_UP)


def _existing(s: DisputeState) -> DisputeState:
    if not s.exists:
        raise NotFound("dispute", s.dispute_id or "?")
    return s


def _require(s: DisputeState, statuses: Sequence[DisputeStatus], action: str) -> None:
    _existing(s)
    if s.status not in statuses:
        raise PreconditionFailed(
            "WRONG_DISPUTE_STATUS",
            s.dispute_id,
            "cannot {action} a dispute that is {status}",
            action=action,
            status=s.status,
        )


def _not_before(s: DisputeState, day: date, field: str) -> None:
    if s.last_on and day < s.last_on:
        raise InvalidArgument.field(
            field, "before the previous step ({last_on})", "BEFORE_PREVIOUS_STEP", last_on=s.last_on
        )


def register(c: cmd.RegisterDispute, s: DisputeState) -> list[DomainEvent]:
    if s.exists:
        raise AlreadyExists(
            "dispute {dispute_id} already exists", "DISPUTE_EXISTS", dispute_id=c.dispute_id
        )
    level = require_code(c.division_code)
    if c.parties < 1:
        raise InvalidArgument.field("parties", "at least 1", "NO_PARTIES")
    if c.amount_yuan is not None and c.amount_yuan < 0:
        raise InvalidArgument.field("amount_yuan", "must not be negative", "NEGATIVE")
    if not c.summary.strip():
        raise InvalidArgument.field("summary", "required", "REQUIRED")
    return [
        ev.DisputeRegistered(
            dispute_id=c.dispute_id,
            division_code=c.division_code,
            dispute_type=c.dispute_type,
            risk_level=c.risk_level,
            amount_yuan=c.amount_yuan,
            parties=c.parties,
            summary=c.summary.strip(),
            registered_on=c.registered_on,
            level=level,
        )
    ]


def escalate(c: cmd.EscalateDispute, s: DisputeState) -> list[DomainEvent]:
    _require(s, [DisputeStatus.MEDIATING], "escalate")
    higher = above(s.level)
    if higher is None:
        raise PreconditionFailed(
            "AT_COUNTY", s.dispute_id, "the county is the last level of mediation"
        )
    _not_before(s, c.escalated_on, "escalated_on")
    return [ev.DisputeEscalated(level=higher, escalated_on=c.escalated_on, reason=c.reason.strip())]


def resolve(c: cmd.ResolveDispute, s: DisputeState) -> list[DomainEvent]:
    _require(s, [DisputeStatus.MEDIATING], "resolve")
    _not_before(s, c.resolved_on, "resolved_on")
    due = c.resolved_on + timedelta(days=c.confirmation_days)
    return [
        ev.DisputeResolved(
            resolved_on=c.resolved_on,
            level=s.level,
            note=c.note.strip(),
            confirmation_due_on=due if c.seek_judicial_confirmation else None,
        )
    ]


def apply_confirmation(c: cmd.ApplyJudicialConfirmation, s: DisputeState) -> list[DomainEvent]:
    _require(s, _SETTLED, "apply for judicial confirmation of")
    due = s.confirmation_due_on
    if due is None:
        raise PreconditionFailed(
            "NO_CONFIRMATION", s.dispute_id, "the agreement was not to be judicially confirmed"
        )
    if s.confirmation_applied_on is not None:
        raise PreconditionFailed("ALREADY_APPLIED", s.dispute_id, "already applied for")
    if c.applied_on > due:
        raise PreconditionFailed(
            "CONFIRMATION_WINDOW_CLOSED",
            s.dispute_id,
            "judicial confirmation is applied for by {due_on} (30 days)",
            due_on=due,
        )
    if s.resolved_on and c.applied_on < s.resolved_on:
        raise InvalidArgument.field(
            "applied_on",
            "before the agreement ({resolved_on})",
            "BEFORE_AGREEMENT",
            resolved_on=s.resolved_on,
        )
    return [ev.JudicialConfirmationApplied(applied_on=c.applied_on)]


def check_confirmation(c: cmd.CheckJudicialConfirmation, s: DisputeState) -> list[DomainEvent]:
    """Fired by the confirmation timer."""
    if not s.confirmation_awaited or s.confirmation_due_on is None:
        return []
    if c.today <= s.confirmation_due_on:
        return []
    return [
        ev.JudicialConfirmationLapsed(confirmation_due_on=s.confirmation_due_on, flagged_on=c.today)
    ]


def follow_up(c: cmd.FollowUpDispute, s: DisputeState) -> list[DomainEvent]:
    _require(s, _SETTLED, "follow up")
    _not_before(s, c.followed_up_on, "followed_up_on")
    return [ev.DisputeFollowedUp(followed_up_on=c.followed_up_on, note=c.note.strip())]


def close(c: cmd.CloseDispute, s: DisputeState) -> list[DomainEvent]:
    _existing(s)
    if s.status is DisputeStatus.RESOLVED:
        raise PreconditionFailed(
            "NOT_FOLLOWED_UP", s.dispute_id, "a resolved dispute is followed up before it is closed"
        )
    _require(s, [DisputeStatus.FOLLOWED_UP], "close")
    _not_before(s, c.closed_on, "closed_on")
    return [ev.DisputeClosed(closed_on=c.closed_on)]


def divert(c: cmd.DivertDispute, s: DisputeState) -> list[DomainEvent]:
    _require(s, [DisputeStatus.MEDIATING], "divert")
    _not_before(s, c.diverted_on, "diverted_on")
    return [ev.DisputeDiverted(route=c.route, diverted_on=c.diverted_on, reason=c.reason.strip())]


RULES: dict[type[Any], Callable[[Any, DisputeState], Sequence[DomainEvent]]] = {
    cmd.RegisterDispute: register,
    cmd.EscalateDispute: escalate,
    cmd.ResolveDispute: resolve,
    cmd.ApplyJudicialConfirmation: apply_confirmation,
    cmd.CheckJudicialConfirmation: check_confirmation,
    cmd.FollowUpDispute: follow_up,
    cmd.CloseDispute: close,
    cmd.DivertDispute: divert,
}

dispute_decider: Decider[Any, DisputeState] = Decider(
    stream_type=STREAM_TYPE,
    initial_state=DisputeState,
    evolve=evolve,
    rules=RULES,
    events=ev.DISPUTE_EVENTS,
)
