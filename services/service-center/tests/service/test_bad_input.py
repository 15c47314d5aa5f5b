"""Bad input gets INVALID_ARGUMENT or FAILED_PRECONDITION naming the field (or the rule),
never INTERNAL, and nothing is stored."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from functools import partial
from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from frontline.api.service_center.v1 import service_center_pb2 as pb

from .conftest import Desk, china


async def _stored(desk: Desk) -> tuple[int, int, int]:
    pool = desk.runtime.pool
    return (
        await pool.fetchval("SELECT count(*) FROM events"),
        await pool.fetchval("SELECT count(*) FROM requests"),
        await pool.fetchval("SELECT count(*) FROM idempotency"),
    )


async def refusal(call: Callable[[], Awaitable[Any]]) -> tuple[grpc.StatusCode, list[str]]:
    """The status of a refused call and what its details name: fields or violation types."""
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await call()
    status = rpc_status.from_call(refused.value)
    named: list[str] = []
    for detail in status.details if status else []:
        bad, pre = error_details_pb2.BadRequest(), error_details_pb2.PreconditionFailure()
        if detail.Unpack(bad):
            named += [v.field for v in bad.field_violations]
        if detail.Unpack(pre):
            named += [v.type for v in pre.violations]
    return refused.value.code(), named


INVALID, PRECONDITION = grpc.StatusCode.INVALID_ARGUMENT, grpc.StatusCode.FAILED_PRECONDITION


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"line": "fishing_licences"}, (INVALID, ["line"])),
        ({"line": "agricultural_technology"}, (PRECONDITION, ["LINE_NOT_OFFERED"])),
        ({"submitted_on": "2026-02-30"}, (INVALID, ["submitted_on"])),
        ({"submitted_on": "2025-09-01"}, (INVALID, ["submitted_on"])),  # due date already past
        ({"submitted_on": "2025-09-27"}, (INVALID, ["submitted_on"])),  # tomorrow
        ({"requester_phone": "call me"}, (INVALID, ["requester_phone"])),
        ({"requester_name": ""}, (INVALID, ["requester_name"])),
        ({"description": "a\x00b"}, (INVALID, ["description"])),
        ({"kind": 0}, (INVALID, ["kind"])),
        ({"centre_id": "no such centre!"}, (INVALID, ["centre_id"])),
    ],
    ids=[
        "unknown line",
        "line not offered",
        "no such date",
        "due date in the past",
        "submitted tomorrow",
        "not a phone",
        "no name",
        "control character",
        "no kind",
        "not an id",
    ],
)
async def test_a_bad_submission_is_refused_and_stores_nothing(
    shared_desk: Desk, fields: dict[str, Any], expected: tuple[grpc.StatusCode, list[str]]
) -> None:
    desk = shared_desk
    centre_id = await _centre(desk)
    before = await _stored(desk)
    assert await refusal(lambda: desk.submit(centre_id, **fields)) == expected
    assert await _stored(desk) == before


async def test_sign_for_by_someone_not_on_duty_is_a_failed_precondition(
    shared_desk: Desk,
) -> None:
    desk = shared_desk
    centre_id = await _centre(desk)
    rid = (await desk.submit(centre_id)).request_id
    await desk.call("AssignRequest", pb.AssignRequestRequest(request_id=rid, cadre_id="c-1"))
    await desk.known_cadre("c-7", "440781100201")  # a cadre of the village, not on duty
    before = await _stored(desk)
    for cadre_id in ("c-7", "c-unknown"):
        sign = pb.SignForRequestRequest(request_id=rid, cadre_id=cadre_id)
        outcome = await refusal(partial(desk.call, "SignForRequest", sign))
        assert outcome == (PRECONDITION, ["STAFF_NOT_ON_DUTY"])
    assert await _stored(desk) == before


async def test_an_extension_to_a_past_date_is_invalid(shared_desk: Desk) -> None:
    desk = shared_desk
    centre_id = await _centre(desk)
    rid = (await desk.in_progress(centre_id)).request_id
    before = await _stored(desk)
    for wanted, field in [("2025-09-20", "requested_due_on"), ("2025-13-01", "requested_due_on")]:
        ask = pb.ApplyForExtensionRequest(request_id=rid, requested_due_on=wanted, reason="x")
        outcome = await refusal(partial(desk.call, "ApplyForExtension", ask))
        assert outcome == (INVALID, [field])
    assert await _stored(desk) == before


async def test_assigning_to_nobody_or_to_an_unknown_department_is_invalid(
    shared_desk: Desk,
) -> None:
    desk = shared_desk
    rid = (await desk.submit(await _centre(desk))).request_id
    for request, field in [
        (pb.AssignRequestRequest(request_id=rid), "cadre_id"),
        (pb.AssignRequestRequest(request_id=rid, department="ministry_of_magic"), "department"),
    ]:
        outcome = await refusal(partial(desk.call, "AssignRequest", request))
        assert outcome == (INVALID, [field])


_CENTRES: dict[int, str] = {}


async def _centre(desk: Desk) -> str:
    """One centre per shared service (its lines: social security, medical and health)."""
    if id(desk) not in _CENTRES:
        desk.clock.set(china(date(2025, 9, 26)))
        _CENTRES[id(desk)] = (await desk.centre()).centre_id
    return _CENTRES[id(desk)]
