"""Working a request over in-memory ports: extensions, reminders, resolution, return
visits, closing, reopening, transfer to discipline, the deadline timer."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.kernel.errors import InvalidArgument, PreconditionFailed
from frontline.service_center.domain.vocabulary import Escalation, RequestStatus, VisitOutcome
from frontline.service_center.use_cases import request_followup as followup
from frontline.service_center.use_cases import requests

from .county import signed_for
from .memory import World


async def test_an_extension_granted_moves_the_due_date(world: World) -> None:
    request = await signed_for(world)
    asked = await followup.apply_for_extension(
        world.ports, request.request_id, date(2025, 10, 20), "waiting for the county bureau"
    )
    assert asked.extension_requested_due_on == date(2025, 10, 20)
    granted = await followup.grant_extension(world.ports, request.request_id, None)
    assert (granted.due_on, granted.extensions) == (date(2025, 10, 20), 1)
    again = await followup.apply_for_extension(
        world.ports, request.request_id, date(2025, 10, 21), "still waiting"
    )
    declined = await followup.decline_extension(world.ports, request.request_id, "do it now")
    assert (again.extension_requested_due_on, declined.extension_requested_due_on) == (
        date(2025, 10, 21),
        None,
    )


async def test_an_extension_into_the_past_is_refused(world: World) -> None:
    request = await signed_for(world)
    with pytest.raises(InvalidArgument) as refused:
        await followup.apply_for_extension(world.ports, request.request_id, date(2025, 9, 1), "x")
    assert refused.value.violations[0].field == "requested_due_on"


async def test_a_reminder_counts(world: World) -> None:
    request = await signed_for(world)
    reminded = await followup.remind_request(world.ports, request.request_id, "called twice")
    assert (reminded.reminders, reminded.escalation) == (1, Escalation.NONE)


async def test_resolve_visit_unsatisfied_reopen_resolve_satisfied_close(world: World) -> None:
    request = await signed_for(world)
    rid = request.request_id
    world.today.day = date(2025, 9, 30)
    resolved = await followup.resolve_request(world.ports, rid, "enrolment fixed", world.today())
    assert (resolved.status, resolved.resolved_on_time) == (RequestStatus.RESOLVED, True)
    # Three working days across National Day: 9 and 10 October, and Saturday the 11th.
    assert resolved.return_visit_due_on == date(2025, 10, 11)
    world.today.day = date(2025, 10, 10)
    await followup.record_return_visit(world.ports, rid, VisitOutcome.NO_ANSWER, world.today(), "")
    await followup.record_return_visit(
        world.ports, rid, VisitOutcome.UNSATISFIED, world.today(), "money not arrived"
    )
    reopened = await followup.reopen_request(world.ports, rid, "money not arrived", world.today())
    assert (reopened.status, reopened.reopened, reopened.due_on) == (
        RequestStatus.IN_PROGRESS,
        1,
        date(2025, 10, 23),
    )
    await followup.resolve_request(world.ports, rid, "paid", world.today())
    await followup.record_return_visit(world.ports, rid, VisitOutcome.SATISFIED, world.today(), "")
    closed = await followup.close_request(world.ports, rid, world.today())
    assert (closed.status, closed.resolutions, closed.counts_as_resolved) == (
        RequestStatus.CLOSED,
        2,
        False,
    )


async def test_closing_needs_a_visit_and_reopening_an_unsatisfied_one(world: World) -> None:
    request = await signed_for(world)
    rid = request.request_id
    await followup.resolve_request(world.ports, rid, "done", world.today())
    with pytest.raises(PreconditionFailed):
        await followup.close_request(world.ports, rid, world.today())
    await followup.record_return_visit(world.ports, rid, VisitOutcome.SATISFIED, world.today(), "")
    with pytest.raises(PreconditionFailed) as refused:
        await followup.reopen_request(world.ports, rid, "changed their mind", world.today())
    assert refused.value.violations[0].type == "NOT_UNSATISFIED"


async def test_a_complaint_goes_to_discipline_with_consent(world: World) -> None:
    request = await signed_for(world)
    with pytest.raises(PreconditionFailed):
        await followup.transfer_complaint(world.ports, request.request_id, False, world.today(), "")
    moved = await followup.transfer_complaint(
        world.ports, request.request_id, True, world.today(), "about the village accountant"
    )
    assert moved.status is RequestStatus.TRANSFERRED
    public = world.commands.published[-1].model_dump_json()
    assert "accountant" not in public and "ComplaintTransferred" not in public


async def test_the_deadline_timer_flags_overdue_then_the_cards(world: World) -> None:
    request = await signed_for(world)
    rid = request.request_id
    for day, escalation in [
        (date(2025, 10, 16), Escalation.NONE),
        (date(2025, 10, 17), Escalation.OVERDUE),
        (date(2025, 10, 20), Escalation.REMINDED),
        (date(2025, 10, 22), Escalation.YELLOW_CARD),
        (date(2025, 10, 24), Escalation.RED_CARD),
    ]:
        world.today.day = day
        await followup.check_deadlines(world.ports, rid)
        assert (await requests.request_in_reach(world.ports, rid)).escalation is escalation
