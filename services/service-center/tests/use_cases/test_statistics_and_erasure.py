"""The KPI query (三率 and on time) and erasing a requester, over in-memory ports."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.kernel.errors import NotFound, PermissionDenied
from frontline.service_center.domain.vocabulary import VisitOutcome
from frontline.service_center.use_cases import request_followup as followup
from frontline.service_center.use_cases import requesters, requests, statistics
from frontline.service_center.use_cases.ports import Period

from .county import open_centre, submission
from .memory import World


async def _life(world: World, centre_id: str, phone: str, *outcomes: VisitOutcome) -> str:
    rid = (
        await requests.submit_request(world.ports, submission(centre_id, requester_phone=phone))
    ).request_id
    await requests.assign_request(world.ports, rid, "c-1", None)
    await requests.sign_for_request(world.ports, rid, "c-1")
    await followup.resolve_request(world.ports, rid, "done", world.today())
    for outcome in outcomes:
        await followup.record_return_visit(world.ports, rid, outcome, world.today(), "")
    return rid


async def test_no_answer_never_raises_satisfaction_and_a_reopening_is_not_resolved(
    world: World,
) -> None:
    world.rules = world.rules.model_copy(update={"min_return_visits": 2})
    centre = await open_centre(world)
    await _life(world, centre.centre_id, "13800000001", VisitOutcome.SATISFIED)
    unhappy = await _life(world, centre.centre_id, "13800000002", VisitOutcome.UNSATISFIED)
    await followup.reopen_request(world.ports, unhappy, "not paid", world.today())
    before = await statistics.service_statistics(world.ports, "", Period())
    assert before.totals.satisfaction == 0.5 and before.totals.resolution == 0.5
    for n in range(3):
        await _life(world, centre.centre_id, f"1390000000{n}", VisitOutcome.NO_ANSWER)
    after = await statistics.service_statistics(world.ports, "", Period())
    assert after.totals.satisfaction == 0.5  # three unanswered visits changed nothing
    assert after.totals.counts.visits_no_answer == 3
    assert after.totals.resolution == 4 / 5  # the reopened request is the one not resolved
    assert after.totals.response == 1.0 and after.totals.on_time == 1.0
    assert [line.counts.line for line in after.lines] == ["social_security"]


async def test_satisfaction_waits_for_enough_answered_visits(world: World) -> None:
    centre = await open_centre(world)
    await _life(world, centre.centre_id, "13800000001", VisitOutcome.SATISFIED)
    found = await statistics.service_statistics(world.ports, "", Period())
    assert found.totals.satisfaction is None and found.min_return_visits == 5


async def test_erasure_makes_every_request_of_the_person_unreadable(world: World) -> None:
    centre = await open_centre(world)
    first = await _life(world, centre.centre_id, "13800000001")
    second = await _life(world, centre.centre_id, "13800000001")
    requester = (await requests.get_request(world.ports, first)).request.requester_id
    erased = await requesters.erase_requester(world.ports, requester)
    assert (erased.requests, erased.erased_on) == (2, date(2025, 9, 26))
    for rid in (first, second):
        detail = await requests.get_request(world.ports, rid)
        assert detail.contact is None and detail.description is None
    # The same phone later is a new person with a new key.
    third = await _life(world, centre.centre_id, "13800000001")
    assert (await requests.get_request(world.ports, third)).request.requester_id != requester


async def test_erasure_needs_a_known_requester_in_reach(world: World) -> None:
    centre = await open_centre(world)
    rid = await _life(world, centre.centre_id, "13800000001")
    requester = (await requests.get_request(world.ports, rid)).request.requester_id
    with pytest.raises(NotFound):
        await requesters.erase_requester(world.ports, "nobody")
    world.acting_as("county_admin", scope="440781200")
    with pytest.raises(PermissionDenied):
        await requesters.erase_requester(world.ports, requester)
