"""Importing a request with its history: replayed through the live rules, the timers
that would have fired on the way flagged on their days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from frontline.kernel.errors import InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario
from frontline.service_center.domain import request_commands as cmd
from frontline.service_center.domain import request_events as ev
from frontline.service_center.domain.vocabulary import Escalation, VisitOutcome

from .request_fixtures import (
    AT,
    DECIDER,
    FRIDAY,
    OFFSETS,
    assigned,
    resolved,
    signed,
    submit,
    submitted,
    visited,
)

pytestmark = pytest.mark.unit

Kind = cmd.HistoryStepKind
DUE = date(2025, 10, 16)  # ten working days after Friday 26 September, over National Day
LATER = datetime(2025, 12, 1, 2, 0, tzinfo=UTC)


def step(kind: Kind, on: date, at: datetime | None = None, **fields: Any) -> cmd.HistoryStep:
    moment = at or datetime(on.year, on.month, on.day, tzinfo=UTC)
    return cmd.HistoryStep(kind=kind, on=on, at=moment, **fields)


def handled(*after: cmd.HistoryStep) -> list[cmd.HistoryStep]:
    """Assigned to cadre-1 at 09:00, signed for an hour later, then ``after``."""
    return [
        step(Kind.ASSIGNED, FRIDAY, AT, cadre_id="cadre-1", on_duty=True),
        step(Kind.SIGNED_FOR, FRIDAY, AT + timedelta(hours=1), cadre_id="cadre-1", on_duty=True),
        *after,
    ]


def importing(steps: list[cmd.HistoryStep], now: datetime = LATER) -> cmd.ImportRequest:
    return cmd.ImportRequest(
        submission=submit(today=now.date()),
        steps=steps,
        today=now.date(),
        now=now,
        sign_for_hours=2,
        return_visit_days=3,
        offsets=OFFSETS,
    )


def test_a_closed_request_is_recorded_as_it_happened() -> None:
    steps = handled(
        step(Kind.RESOLVED, date(2025, 10, 9), text="pension enrolment fixed"),
        step(Kind.RETURN_VISIT, date(2025, 10, 10), outcome=VisitOutcome.SATISFIED),
        step(Kind.CLOSED, date(2025, 10, 10)),
    )
    scenario(DECIDER).when(importing(steps)).then(
        submitted(),
        assigned(),
        signed(),
        resolved(),
        visited(VisitOutcome.SATISFIED),
        ev.RequestClosed(closed_on=date(2025, 10, 10)),
    )


def test_deadlines_passed_on_the_way_are_flagged_on_their_days() -> None:
    """Resolved late: overdue the day after the due date, the reminder, the yellow card
    and the red card on the days the live timer would have raised them."""
    steps = handled(step(Kind.RESOLVED, date(2025, 10, 27), text="done at last"))
    events = scenario(DECIDER).when(importing(steps)).outcome()
    stages = [
        (type(e).__name__, getattr(e, "flagged_on", getattr(e, "reminded_on", None)))
        for e in events[3:7]
    ]
    assert stages == [
        ("RequestOverdue", date(2025, 10, 17)),
        ("RequestReminded", date(2025, 10, 18)),
        ("RequestOverdue", date(2025, 10, 22)),
        ("RequestOverdue", date(2025, 10, 24)),
    ]
    assert [e.stage for e in events if isinstance(e, ev.RequestOverdue)] == [
        Escalation.OVERDUE,
        Escalation.YELLOW_CARD,
        Escalation.RED_CARD,
    ]
    done = events[7]
    assert isinstance(done, ev.RequestResolved) and not done.on_time
    # Nobody visited within three working days of the resolution, and that is long past.
    assert events[8:] == [
        ev.ReturnVisitOverdue(return_visit_due_on=date(2025, 10, 30), flagged_on=date(2025, 10, 31))
    ]


def test_a_request_still_open_is_flagged_up_to_today_and_no_further() -> None:
    now = datetime(2025, 10, 22, 12, 0, tzinfo=UTC)
    events = scenario(DECIDER).when(importing(handled(), now)).outcome()
    assert [getattr(e, "stage", None) for e in events if isinstance(e, ev.RequestOverdue)] == [
        Escalation.OVERDUE,
        Escalation.YELLOW_CARD,
    ]


def test_a_sign_for_after_the_limit_was_flagged_first() -> None:
    late = AT + timedelta(hours=3)
    steps = [
        step(Kind.ASSIGNED, FRIDAY, AT, cadre_id="cadre-1", on_duty=True),
        step(Kind.SIGNED_FOR, FRIDAY, late, cadre_id="cadre-1", on_duty=True),
    ]
    events = scenario(DECIDER).when(importing(steps)).outcome()
    assert events[2] == ev.SignForOverdue(assignment=1, flagged_at=AT + timedelta(hours=2))
    assert isinstance(events[3], ev.RequestSignedFor) and not events[3].on_time


def test_a_reopening_after_an_unsatisfied_visit_is_replayed() -> None:
    steps = handled(
        step(Kind.RESOLVED, date(2025, 10, 9), text="done"),
        step(Kind.RETURN_VISIT, date(2025, 10, 10), outcome=VisitOutcome.NO_ANSWER),
        step(Kind.RETURN_VISIT, date(2025, 10, 10), outcome=VisitOutcome.UNSATISFIED),
        step(Kind.REOPENED, date(2025, 10, 10), text="still no pension"),
        step(Kind.RESOLVED, date(2025, 10, 13), text="done again"),
    )
    events = scenario(DECIDER).when(importing(steps)).outcome()
    assert [type(e).__name__ for e in events[3:]] == [
        "RequestResolved",
        "ReturnVisitRecorded",
        "ReturnVisitRecorded",
        "RequestReopened",
        "RequestResolved",
        # Its return visit was due by 16 October and never made.
        "ReturnVisitOverdue",
    ]


def test_an_impossible_step_is_refused_naming_it() -> None:
    reopen_satisfied = handled(
        step(Kind.RESOLVED, date(2025, 10, 9), text="done"),
        step(Kind.RETURN_VISIT, date(2025, 10, 10), outcome=VisitOutcome.SATISFIED),
        step(Kind.REOPENED, date(2025, 10, 10), text="why"),
    )
    refused = scenario(DECIDER).when(importing(reopen_satisfied)).raises(PreconditionFailed)
    assert "steps[4]" in str(refused)
    backwards = handled(step(Kind.RESOLVED, date(2025, 9, 20), text="done"))
    error = scenario(DECIDER).when(importing(backwards)).raises(InvalidArgument)
    assert isinstance(error, InvalidArgument)
    assert [v.field for v in error.violations] == ["steps[2].on"]
    future = handled(step(Kind.RESOLVED, date(2025, 12, 5), text="done"))
    error = scenario(DECIDER).when(importing(future)).raises(InvalidArgument)
    assert isinstance(error, InvalidArgument) and error.violations[0].field == "steps[2].on"
