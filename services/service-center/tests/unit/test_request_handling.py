"""Extensions, reminders (催办) and resolution (办结): given / when / then."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.kernel.errors import InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario
from frontline.service_center.domain import request_commands as cmd
from frontline.service_center.domain import request_events as ev

from .request_fixtures import DECIDER, assigned, in_progress, resolved, submitted

pytestmark = pytest.mark.unit

DUE = date(2025, 10, 16)


def apply(wanted: date, today: date = date(2025, 10, 13)) -> cmd.ApplyForExtension:
    return cmd.ApplyForExtension(
        requested_due_on=wanted, reason="waiting for the county", today=today, max_extension_days=5
    )


def test_an_extension_is_asked_for_then_granted_and_moves_the_due_date() -> None:
    asked = ev.ExtensionRequested(
        requested_due_on=date(2025, 10, 23),
        reason="waiting for the county",
        requested_on=date(2025, 10, 13),
    )
    scenario(DECIDER).given(*in_progress()).when(apply(date(2025, 10, 23))).then(asked)
    grant = cmd.GrantExtension(today=date(2025, 10, 14))
    granted = ev.ExtensionGranted(
        previous_due_on=DUE, due_on=date(2025, 10, 23), granted_on=date(2025, 10, 14)
    )
    scenario(DECIDER).given(*in_progress(), asked).when(grant).then(granted)
    state = DECIDER.fold([*in_progress(), asked, granted])
    assert (state.due_on, state.extensions, state.extension_requested_due_on) == (
        date(2025, 10, 23),
        1,
        None,
    )


@pytest.mark.parametrize(
    ("wanted", "why"),
    [
        (date(2025, 10, 10), "is in the past"),
        (DUE, "must be later than the due date 2025-10-16"),
        (date(2025, 10, 24), "at most 5 working days past the due date (until 2025-10-23)"),
    ],
)
def test_an_extension_outside_its_bounds_is_refused(wanted: date, why: str) -> None:
    error = scenario(DECIDER).given(*in_progress()).when(apply(wanted)).raises(InvalidArgument)
    assert error.violations[0].field == "requested_due_on"  # type: ignore[attr-defined]
    assert error.violations[0].description == why  # type: ignore[attr-defined]


def test_no_extension_once_the_due_date_has_passed() -> None:
    late = apply(date(2025, 10, 23), today=date(2025, 10, 17))
    error = scenario(DECIDER).given(*in_progress()).when(late).raises(PreconditionFailed)
    assert error.violations[0].type == "ALREADY_OVERDUE"  # type: ignore[attr-defined]


def test_granting_needs_an_extension_asked_for_and_not_more_than_it() -> None:
    grant = cmd.GrantExtension(today=date(2025, 10, 14))
    scenario(DECIDER).given(*in_progress()).when(grant).raises(PreconditionFailed)
    asked = ev.ExtensionRequested(
        requested_due_on=date(2025, 10, 20), reason="x", requested_on=date(2025, 10, 13)
    )
    more = cmd.GrantExtension(due_on=date(2025, 10, 21), today=date(2025, 10, 14))
    scenario(DECIDER).given(*in_progress(), asked).when(more).raises(InvalidArgument)


def test_a_declined_extension_leaves_the_due_date() -> None:
    asked = ev.ExtensionRequested(
        requested_due_on=date(2025, 10, 20), reason="x", requested_on=date(2025, 10, 13)
    )
    decline = cmd.DeclineExtension(reason="do it now", today=date(2025, 10, 14))
    (made,) = scenario(DECIDER).given(*in_progress(), asked).when(decline).outcome()
    state = DECIDER.fold([*in_progress(), asked, made])
    assert (state.due_on, state.extension_requested_due_on) == (DUE, None)


def test_an_open_request_may_be_reminded_a_closed_one_not() -> None:
    remind = cmd.RemindRequest(note="the family called again", today=date(2025, 10, 13))
    scenario(DECIDER).given(submitted(), assigned()).when(remind).then(
        ev.RequestReminded(
            reminded_on=date(2025, 10, 13), automatic=False, note="the family called again"
        )
    )
    scenario(DECIDER).given(*in_progress(), resolved()).when(remind).raises(PreconditionFailed)


def test_resolving_on_or_before_the_due_date_is_on_time_and_sets_the_return_visit() -> None:
    resolve = cmd.ResolveRequest(
        summary="pension enrolment fixed",
        resolved_on=date(2025, 10, 9),
        today=date(2025, 10, 9),
        return_visit_days=3,
    )
    scenario(DECIDER).given(*in_progress()).when(resolve).then(resolved())
    late = resolve.model_copy(
        update={"resolved_on": date(2025, 10, 17), "today": date(2025, 10, 17)}
    )
    (made,) = scenario(DECIDER).given(*in_progress()).when(late).outcome()
    assert isinstance(made, ev.RequestResolved) and not made.on_time


def test_only_a_request_signed_for_is_resolved() -> None:
    resolve = cmd.ResolveRequest(
        summary="done", resolved_on=date(2025, 10, 9), today=date(2025, 10, 9), return_visit_days=3
    )
    error = (
        scenario(DECIDER).given(submitted(), assigned()).when(resolve).raises(PreconditionFailed)
    )
    assert error.violations[0].type == "REQUEST_ASSIGNED"  # type: ignore[attr-defined]
