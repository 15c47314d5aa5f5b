"""Importing a request handled before this system, with its whole history.

A county that adopts Frontline brings its earlier 12345 / 接诉即办 records along. An
imported request is not written as given: its life is replayed through the rules that
decide each step live (submit, assign, sign for, refuse, resolve, return visit, close,
reopen), so an impossible history is refused the way the live command would be. The
timers that would have fired on the way fire in the replay on the days they were due
(超期 → 催办 → yellow card → red card, the return visit's limit, a lapsed sign-for), and
again up to today; what is still ahead is left to the live timers.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta

from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import AlreadyExists, InvalidArgument, PreconditionFailed
from frontline.service_center.domain import request_aftercare as aftercare
from frontline.service_center.domain import request_commands as cmd
from frontline.service_center.domain import request_handling as handling
from frontline.service_center.domain import request_intake as intake
from frontline.service_center.domain.request_deadlines import check_deadlines, next_deadline
from frontline.service_center.domain.request_state import RequestState, evolve
from frontline.service_center.domain.vocabulary import AssigneeKind, VisitOutcome

Kind = cmd.HistoryStepKind
# Steps timed to the minute (the sign-for limit is in hours); the others are days.
TIMED = frozenset({Kind.ASSIGNED, Kind.SIGNED_FOR, Kind.REFUSED})
# The live commands' field names, as an imported step calls them.
_STEP_FIELDS = {
    "resolved_on": "on",
    "visited_on": "on",
    "closed_on": "on",
    "reopened_on": "on",
    "summary": "text",
    "reason": "text",
}


@dataclasses.dataclass
class _Life:
    """The replay so far: the events decided and the state they leave."""

    cal: WorkingCalendar
    c: cmd.ImportRequest
    state: RequestState
    events: list[DomainEvent] = dataclasses.field(default_factory=list)

    def apply(self, events: list[DomainEvent]) -> None:
        for event in events:
            self.state = evolve(self.state, event)
        self.events += events

    def timers_until(self, day: date, moment: datetime) -> None:
        """What the timers would have flagged before ``moment`` on ``day``: a lapsed
        sign-for, and each deadline stage on the day after its day ended."""
        s = self.state
        # The rule itself ignores an assignment signed for, refused or flagged already.
        if s.sign_for_due_at is not None and s.sign_for_due_at < moment:
            flag = cmd.FlagSignForOverdue(assignment=s.assignments, now=s.sign_for_due_at)
            self.apply(intake.flag_sign_for_overdue(flag, s))
        while (due := next_deadline(self.cal, self.state, self.c.offsets)) is not None:
            fired_on = due.date + timedelta(days=1)
            if due.provisional or fired_on > day:
                return
            check = cmd.CheckDeadlines(today=fired_on, offsets=self.c.offsets)
            flagged = check_deadlines(self.cal, check, self.state)
            if not flagged:
                return
            self.apply(flagged)


def import_request(
    cal: WorkingCalendar, c: cmd.ImportRequest, s: RequestState
) -> list[DomainEvent]:
    if s.exists:
        raise AlreadyExists(
            "service request {request_id} is already recorded",
            "REQUEST_EXISTS",
            request_id=s.request_id,
        )
    submission = c.submission
    if submission.submitted_on > c.today:
        raise InvalidArgument.field(
            "submitted_on", "is in the future", "IN_THE_FUTURE", today=c.today
        )
    life = _Life(cal, c, s)
    # Taken on its own day: the due date is counted from then, as it was.
    life.apply(
        intake.submit(cal, submission.model_copy(update={"today": submission.submitted_on}), s)
    )
    earlier: cmd.HistoryStep | None = None
    for n, step in enumerate(c.steps):
        with _step_errors(n):
            _in_order(step, earlier, submission.submitted_on, c)
            life.timers_until(step.on, step.at)
            life.apply(_decide(cal, c, step, life.state))
        earlier = step
    life.timers_until(c.today, c.now)
    return life.events


def _in_order(
    step: cmd.HistoryStep, earlier: cmd.HistoryStep | None, submitted_on: date, c: cmd.ImportRequest
) -> None:
    if step.on > c.today or step.at > c.now:
        field = "on" if step.on > c.today else "at"
        raise InvalidArgument.field(field, "is in the future", "IN_THE_FUTURE", today=c.today)
    if step.on < submitted_on:
        raise InvalidArgument.field(
            "on",
            "is before {after} ({earliest})",
            "BEFORE_PREVIOUS_STEP",
            after="intake",
            earliest=submitted_on,
        )
    if earlier is None:
        return
    both_timed = step.kind in TIMED and earlier.kind in TIMED
    if step.on < earlier.on or (both_timed and step.at < earlier.at):
        raise InvalidArgument.field(
            "at" if both_timed else "on",
            "steps come in the order they happened",
            "STEPS_OUT_OF_ORDER",
        )


Step = Callable[
    [WorkingCalendar, cmd.ImportRequest, cmd.HistoryStep, RequestState], list[DomainEvent]
]


def _decide(
    cal: WorkingCalendar, c: cmd.ImportRequest, step: cmd.HistoryStep, s: RequestState
) -> list[DomainEvent]:
    return _STEPS[step.kind](cal, c, step, s)


def _assigned(
    cal: WorkingCalendar, c: cmd.ImportRequest, step: cmd.HistoryStep, s: RequestState
) -> list[DomainEvent]:
    command = cmd.AssignRequest(
        assignee_kind=AssigneeKind.STAFF if step.cadre_id else AssigneeKind.DEPARTMENT,
        cadre_id=step.cadre_id,
        department=step.department,
        on_duty=step.on_duty,
        assigned_at=step.at,
        sign_for_hours=c.sign_for_hours,
    )
    return intake.assign(command, s)


def _signed_for(
    cal: WorkingCalendar, c: cmd.ImportRequest, step: cmd.HistoryStep, s: RequestState
) -> list[DomainEvent]:
    command = cmd.SignForRequest(cadre_id=step.cadre_id, on_duty=step.on_duty, signed_at=step.at)
    return intake.sign_for(command, s)


def _refused(
    cal: WorkingCalendar, c: cmd.ImportRequest, step: cmd.HistoryStep, s: RequestState
) -> list[DomainEvent]:
    return intake.refuse(cmd.RefuseRequest(reason=step.text, refused_at=step.at), s)


def _resolved(
    cal: WorkingCalendar, c: cmd.ImportRequest, step: cmd.HistoryStep, s: RequestState
) -> list[DomainEvent]:
    command = cmd.ResolveRequest(
        summary=step.text, resolved_on=step.on, today=c.today, return_visit_days=c.return_visit_days
    )
    return handling.resolve(cal, command, s)


def _visited(
    cal: WorkingCalendar, c: cmd.ImportRequest, step: cmd.HistoryStep, s: RequestState
) -> list[DomainEvent]:
    if step.outcome is None:
        raise InvalidArgument.field(
            "outcome", "a return visit has an outcome", "VISIT_OUTCOME_REQUIRED"
        )
    visit = cmd.RecordReturnVisit(
        outcome=VisitOutcome(step.outcome), visited_on=step.on, today=c.today
    )
    return aftercare.record_visit(visit, s)


def _closed(
    cal: WorkingCalendar, c: cmd.ImportRequest, step: cmd.HistoryStep, s: RequestState
) -> list[DomainEvent]:
    return aftercare.close(cmd.CloseRequest(closed_on=step.on, today=c.today), s)


def _reopened(
    cal: WorkingCalendar, c: cmd.ImportRequest, step: cmd.HistoryStep, s: RequestState
) -> list[DomainEvent]:
    command = cmd.ReopenRequest(reason=step.text, reopened_on=step.on, today=c.today)
    return aftercare.reopen(cal, command, s)


_STEPS: dict[Kind, Step] = {
    Kind.ASSIGNED: _assigned,
    Kind.SIGNED_FOR: _signed_for,
    Kind.REFUSED: _refused,
    Kind.RESOLVED: _resolved,
    Kind.RETURN_VISIT: _visited,
    Kind.CLOSED: _closed,
    Kind.REOPENED: _reopened,
}


@contextmanager
def _step_errors(n: int) -> Iterator[None]:
    """A refusal names the step: ``steps[n].field``, or the step before its description.
    Its reason code and parameters stay as the live rule gave them (its Chinese wording)."""
    try:
        yield
    except InvalidArgument as exc:
        for v in exc.violations:
            v.field = f"steps[{n}].{_STEP_FIELDS.get(v.field, v.field)}"
        exc.args = ("; ".join(f"{v.field}: {v.description}" for v in exc.violations),)
        raise
    except PreconditionFailed as exc:
        for p in exc.violations:
            p.description = f"steps[{n}]: {p.description}"
        exc.args = (f"steps[{n}]: {exc}",)
        raise
