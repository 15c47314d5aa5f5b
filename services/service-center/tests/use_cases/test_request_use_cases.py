"""Request intake over in-memory ports: submit, assign, sign for, refuse, look-ups."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from frontline.kernel.convert import Page
from frontline.kernel.errors import PermissionDenied, PreconditionFailed
from frontline.service_center.domain.vocabulary import RequestStatus
from frontline.service_center.use_cases import centres, request_followup, requests
from frontline.service_center.use_cases.ports import RequestFilter

from .county import NAME, PHONE, VILLAGE, open_centre, signed_for, submission, taken
from .memory import World

PAGE = Page(100, 0)


async def test_a_request_is_taken_with_its_requester_sealed(world: World) -> None:
    request = await taken(world)
    assert (request.status, request.due_on) == (RequestStatus.SUBMITTED, date(2025, 10, 16))
    stored = world.commands.events(request.request_id)[0].model_dump_json()
    assert NAME not in stored and PHONE not in stored and "养老保险" not in stored
    detail = await requests.get_request(world.ports, request.request_id)
    assert detail.contact is not None
    assert (detail.contact.name, detail.contact.phone) == (NAME, PHONE)
    assert detail.description == "我的养老保险没有到账"


async def test_one_phone_is_one_requester(world: World) -> None:
    first = await taken(world)
    second = await requests.submit_request(world.ports, submission(first.centre_id))
    third = await requests.submit_request(
        world.ports, submission(first.centre_id, requester_phone="13900000000")
    )
    assert first.requester_id == second.requester_id != third.requester_id


async def test_a_line_the_centre_does_not_offer_is_refused(world: World) -> None:
    centre = await open_centre(world)
    with pytest.raises(PreconditionFailed) as refused:
        await requests.submit_request(
            world.ports, submission(centre.centre_id, line="agricultural_technology")
        )
    assert refused.value.violations[0].type == "LINE_NOT_OFFERED"


async def test_a_retried_submission_takes_the_request_once(world: World) -> None:
    centre = await open_centre(world)
    world.acting_as("service_desk", request_id="req-1")
    first = await requests.submit_request(world.ports, submission(centre.centre_id))
    again = await requests.submit_request(world.ports, submission(centre.centre_id))
    assert again.request_id == first.request_id
    assert len(world.commands.events(first.request_id)) == 1


async def test_assignment_and_sign_for_by_staff_on_duty(world: World) -> None:
    request = await taken(world)
    assigned = await requests.assign_request(world.ports, request.request_id, "c-1", None)
    assert assigned.sign_for_due_at == world.clock.at + timedelta(hours=2)
    world.clock.at += timedelta(hours=3)
    signed = await requests.sign_for_request(world.ports, request.request_id, "c-1")
    assert (signed.status, signed.first_response) == (RequestStatus.IN_PROGRESS, "late")


async def test_someone_not_on_duty_neither_gets_nor_signs_for_a_request(world: World) -> None:
    request = await taken(world)
    for cadre_id in ("c-2", "c-9"):
        with pytest.raises(PreconditionFailed) as refused:
            await requests.assign_request(world.ports, request.request_id, cadre_id, None)
        assert refused.value.violations[0].type == "STAFF_NOT_ON_DUTY"
    await requests.assign_request(world.ports, request.request_id, "c-1", None)
    # On the roster but no longer serving in the township (left the post): not on duty.
    world.directory.cadres["c-1"] = set()
    with pytest.raises(PreconditionFailed) as left:
        await requests.sign_for_request(world.ports, request.request_id, "c-1")
    assert left.value.violations[0].type == "STAFF_NOT_ON_DUTY"


async def test_a_refused_request_goes_to_a_township_department(world: World) -> None:
    request = await taken(world)
    await requests.assign_request(world.ports, request.request_id, "c-1", None)
    refused = await requests.refuse_request(world.ports, request.request_id, "needs the township")
    assert (refused.status, refused.refusals) == (RequestStatus.SUBMITTED, 1)
    again = await requests.assign_request(world.ports, request.request_id, None, "civil_affairs")
    assert again.assignments == 2 and again.assignee is not None
    signed = await requests.sign_for_request(world.ports, request.request_id, None)
    assert signed.status is RequestStatus.IN_PROGRESS


async def test_centre_staff_list_and_read_their_centre_s_requests_only(world: World) -> None:
    request = await signed_for(world)
    other = await centres.establish_centre(
        world.ports,
        centres.Establishment("u-v2", "站", world.today(), ("social_security",)),
    )
    elsewhere = await requests.submit_request(world.ports, submission(other.centre_id))
    world.acting_as("service_operator", scope=VILLAGE)
    listed = await requests.list_requests(world.ports, RequestFilter(prefix=""), PAGE)
    assert [r.request_id for r in listed] == [request.request_id]
    with pytest.raises(PermissionDenied):
        await requests.get_request(world.ports, elsewhere.request_id)
    with pytest.raises(PermissionDenied):
        await requests.list_requests(
            world.ports, RequestFilter(prefix="", centre_id=other.centre_id), PAGE
        )


async def test_a_list_filters_by_status_and_line(world: World) -> None:
    request = await signed_for(world)
    found = await requests.list_requests(
        world.ports, RequestFilter(prefix="440781", status=RequestStatus.IN_PROGRESS), PAGE
    )
    assert [r.request_id for r in found] == [request.request_id]
    none = await requests.list_requests(
        world.ports, RequestFilter(prefix="440781", line="medical_health"), PAGE
    )
    assert none == []


async def test_the_sign_for_timer_flags_an_unsigned_assignment(world: World) -> None:
    request = await taken(world)
    await requests.assign_request(world.ports, request.request_id, "c-1", None)
    world.clock.at = datetime(2025, 9, 26, 3, 0, tzinfo=UTC)
    await request_followup.flag_sign_for_overdue(world.ports, request.request_id, 1)
    flagged = await requests.request_in_reach(world.ports, request.request_id)
    assert (flagged.sign_for_overdue, flagged.first_response) == (True, "late")
