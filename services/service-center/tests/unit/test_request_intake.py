"""Submit (受理), assign (派单), sign for (签收), refuse: given / when / then."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from frontline.kernel.errors import AlreadyExists, InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario
from frontline.service_center.domain import request_commands as cmd
from frontline.service_center.domain import request_events as ev
from frontline.service_center.domain.vocabulary import AssigneeKind, RequestKind

from .request_fixtures import AT, CENTRE, DECIDER, FRIDAY, assigned, signed, submit, submitted

pytestmark = pytest.mark.unit


def test_a_complaint_is_due_ten_working_days_later_across_national_day() -> None:
    # 28 Sep (a Sunday) is worked, 1–8 Oct are off, 11 Oct (a Saturday) is worked.
    scenario(DECIDER).when(submit()).then(submitted())


def test_a_consultation_taken_on_friday_is_due_on_the_make_up_sunday() -> None:
    produced = (
        scenario(DECIDER).when(submit(kind=RequestKind.CONSULTATION, time_limit_days=1)).outcome()
    )
    assert isinstance(produced[0], ev.RequestSubmitted)
    assert produced[0].due_on == date(2025, 9, 28)


def test_a_due_date_in_a_year_not_announced_yet_is_provisional() -> None:
    december = date(2026, 12, 28)
    produced = (
        scenario(DECIDER)
        .when(submit(submitted_on=december, today=december, time_limit_days=5))
        .outcome()
    )
    assert isinstance(produced[0], ev.RequestSubmitted)
    assert (produced[0].due_on, produced[0].due_provisional) == (date(2027, 1, 4), True)


@pytest.mark.parametrize(
    ("command", "kind", "detail"),
    [
        (submit(centre=CENTRE.model_copy(update={"active": False})), "CENTRE_CLOSED", None),
        (submit(line="agricultural_technology"), "LINE_NOT_OFFERED", None),
        (submit(submitted_on=FRIDAY + timedelta(days=1)), None, "submitted_on"),
        (submit(today=date(2025, 10, 17)), None, "submitted_on"),
    ],
    ids=["closed centre", "line not offered", "in the future", "due date already past"],
)
def test_a_request_that_cannot_be_taken_is_refused(
    command: cmd.SubmitRequest, kind: str | None, detail: str | None
) -> None:
    with pytest.raises((PreconditionFailed, InvalidArgument)) as refused:
        DECIDER.decide(command, DECIDER.initial_state())
    error = refused.value
    if kind:
        assert isinstance(error, PreconditionFailed) and error.violations[0].type == kind
    else:
        assert isinstance(error, InvalidArgument) and error.violations[0].field == detail


def test_a_request_is_taken_once() -> None:
    scenario(DECIDER).given(submitted()).when(submit()).raises(AlreadyExists)


def test_assigning_to_staff_on_duty_sets_a_two_hour_sign_for_limit() -> None:
    command = cmd.AssignRequest(
        assignee_kind=AssigneeKind.STAFF,
        cadre_id="cadre-1",
        on_duty=True,
        assigned_at=AT,
        sign_for_hours=2,
    )
    scenario(DECIDER).given(submitted()).when(command).then(assigned())


def test_staff_not_on_duty_cannot_be_assigned() -> None:
    command = cmd.AssignRequest(
        assignee_kind=AssigneeKind.STAFF, cadre_id="c-9", assigned_at=AT, sign_for_hours=2
    )
    error = scenario(DECIDER).given(submitted()).when(command).raises(PreconditionFailed)
    assert error.violations[0].type == "STAFF_NOT_ON_DUTY"  # type: ignore[attr-defined]


def test_a_department_is_assigned_without_a_duty_roster() -> None:
    command = cmd.AssignRequest(
        assignee_kind=AssigneeKind.DEPARTMENT,
        department="civil_affairs",
        assigned_at=AT,
        sign_for_hours=2,
    )
    (made,) = scenario(DECIDER).given(submitted()).when(command).outcome()
    assert isinstance(made, ev.RequestAssigned) and made.department == "civil_affairs"


def test_signing_for_within_the_limit_is_on_time_and_after_it_late() -> None:
    on_time = cmd.SignForRequest(
        cadre_id="cadre-1", on_duty=True, signed_at=AT + timedelta(hours=1)
    )
    scenario(DECIDER).given(submitted(), assigned()).when(on_time).then(signed())
    late = cmd.SignForRequest(cadre_id="cadre-1", on_duty=True, signed_at=AT + timedelta(hours=3))
    (made,) = scenario(DECIDER).given(submitted(), assigned()).when(late).outcome()
    assert isinstance(made, ev.RequestSignedFor) and not made.on_time


@pytest.mark.parametrize(
    ("cadre_id", "on_duty", "kind"),
    [("cadre-1", False, "STAFF_NOT_ON_DUTY"), ("cadre-2", True, "NOT_THE_ASSIGNEE")],
)
def test_only_the_assignee_on_duty_signs_for_it(cadre_id: str, on_duty: bool, kind: str) -> None:
    command = cmd.SignForRequest(cadre_id=cadre_id, on_duty=on_duty, signed_at=AT)
    error = (
        scenario(DECIDER).given(submitted(), assigned()).when(command).raises(PreconditionFailed)
    )
    assert error.violations[0].type == kind  # type: ignore[attr-defined]


def test_the_sign_for_timer_flags_only_its_own_unsigned_assignment() -> None:
    late = cmd.FlagSignForOverdue(assignment=1, now=AT + timedelta(hours=2))
    scenario(DECIDER).given(submitted(), assigned()).when(late).then(
        ev.SignForOverdue(assignment=1, flagged_at=AT + timedelta(hours=2))
    )
    scenario(DECIDER).given(submitted(), assigned(), signed()).when(late).then()
    scenario(DECIDER).given(submitted(), assigned(), assigned(2)).when(late).then()


def test_a_refusal_needs_a_reason_and_sends_the_request_back_for_assignment() -> None:
    blank = cmd.RefuseRequest(reason="  ", refused_at=AT)
    scenario(DECIDER).given(submitted(), assigned()).when(blank).raises(InvalidArgument)
    refusal = cmd.RefuseRequest(reason="not our village", refused_at=AT)
    given = [submitted(), assigned(), ev.RequestRefused(assignment=1, reason="x", refused_at=AT)]
    state = DECIDER.fold(given)
    assert (state.status.value, state.refusals, state.assignee) == ("submitted", 1, None)
    scenario(DECIDER).given(*given).when(refusal).raises(PreconditionFailed)
