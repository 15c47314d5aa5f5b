"""Deadlines as durable timers: overdue → reminder → yellow card → red card, each fired
once although two service processes fire timers; an extension moves them; sign-for
after 2 hours; a due date in a year whose calendar is not loaded yet."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from datetime import date, datetime
from typing import Any

import grpc

from frontline.api.admin.v1 import admin_pb2 as admin
from frontline.api.admin.v1 import admin_pb2_grpc as admin_grpc
from frontline.api.service_center.v1 import service_center_pb2 as pb

from .conftest import Desk, china, started_desk


@contextlib.asynccontextmanager
async def second_process(desk: Desk) -> AsyncIterator[Desk]:
    """Another instance of the service on the same database, with its own clock."""
    async with started_desk(
        desk.runtime.settings, desk.keys, desk.kafka, desk.clock.now()
    ) as other:
        yield other


async def fire_both(desks: list[Desk], when: datetime) -> int:
    for d in desks:
        d.clock.set(when)
    fired = await asyncio.gather(*(d.runtime.timers.fire_due() for d in desks))
    return sum(fired)


async def stages(desk: Desk, rid: str) -> list[str]:
    events = await desk.runtime.pool.fetch(
        "SELECT event_type, data FROM events WHERE stream_id = $1 ORDER BY version", rid
    )
    names = []
    for e in events:
        if e["event_type"] == "RequestOverdue":
            names.append(str(_data(e)["stage"]))
        elif e["event_type"] == "RequestReminded":
            names.append("reminded")
    return names


def _data(row: Any) -> dict[str, Any]:
    value = row["data"]
    return json.loads(value) if isinstance(value, str) else dict(value)


async def test_each_stage_fires_once_with_two_timer_firers(desk: Desk) -> None:
    centre = await desk.centre()
    late = (await desk.in_progress(centre.centre_id)).request_id
    extended = (await desk.in_progress(centre.centre_id)).request_id
    desk.clock.set(china(date(2025, 10, 13)))
    await desk.call(
        "ApplyForExtension",
        pb.ApplyForExtensionRequest(
            request_id=extended, requested_due_on="2025-10-22", reason="waiting for records"
        ),
    )
    await desk.call("GrantExtension", pb.GrantExtensionRequest(request_id=extended))
    async with second_process(desk) as other:
        both = [desk, other]
        await fire_both(both, china(date(2025, 10, 16), 23))  # still the due date
        assert await stages(desk, late) == []
        await fire_both(both, china(date(2025, 10, 17), 0, 30))
        assert await stages(desk, late) == ["overdue"]
        assert await stages(desk, extended) == []  # its due date moved to the 22nd
        for day in (date(2025, 10, 20), date(2025, 10, 22), date(2025, 10, 24)):
            await fire_both(both, china(day, 0, 30))
            await fire_both(both, china(day, 0, 31))  # a second round finds nothing due
        assert await stages(desk, late) == ["overdue", "reminded", "yellow_card", "red_card"]
        assert await stages(desk, extended) == ["overdue", "reminded"]

    public = await desk.published(late, at_least=7)
    escalations = [(t, d.get("stage"), d.get("escalated_to")) for t, d in public[3:]]
    assert escalations == [
        ("RequestOverdue", "overdue", None),
        ("RequestReminded", None, None),
        ("RequestOverdue", "yellow_card", "township"),
        ("RequestOverdue", "red_card", "county"),
    ]
    shown = await desk.call("GetRequest", pb.GetRequestRequest(request_id=late))
    assert shown.request.escalation == pb.ESCALATION_RED_CARD
    overdue = await desk.call("ListRequests", pb.ListRequestsRequest(overdue_only=True))
    assert {r.request_id for r in overdue.requests} == {late, extended}


async def test_an_assignment_not_signed_for_in_two_hours_is_flagged_once(desk: Desk) -> None:
    centre = await desk.centre()
    rid = (await desk.submit(centre.centre_id)).request_id
    await desk.call("AssignRequest", pb.AssignRequestRequest(request_id=rid, cadre_id="c-1"))
    desk.clock.set(china(date(2025, 9, 26), 10, 59))
    await desk.runtime.timers.fire_due()
    desk.clock.set(china(date(2025, 9, 26), 11, 1))
    await desk.runtime.timers.fire_due()
    await desk.runtime.timers.fire_due()
    signed = await desk.call(
        "SignForRequest", pb.SignForRequestRequest(request_id=rid, cadre_id="c-1")
    )
    assert signed.request.sign_for_overdue
    public = await desk.published(rid, at_least=4)
    assert [t for t, _ in public] == [
        "RequestSubmitted",
        "RequestAssigned",
        "SignForOverdue",
        "RequestSignedFor",
    ]
    assert public[-1][1]["on_time"] is False


async def test_a_due_date_in_an_unknown_year_waits_for_it_and_is_recounted(
    desk: Desk,
) -> None:
    desk.clock.set(china(date(2026, 12, 28)))
    centre = await desk.centre()
    taken = await desk.submit(centre.centre_id, kind=pb.REQUEST_KIND_HELP)
    rid = taken.request_id
    # Counted Monday–Friday: 2027 is not announced yet.
    assert (taken.due_on, taken.due_provisional) == ("2027-01-04", True)
    desk.clock.set(china(date(2027, 1, 6), 0, 30))
    await desk.runtime.timers.fire_due()  # provisional: nothing is flagged, nothing breaks
    assert await stages(desk, rid) == []

    # The State Council's schedule: 1 January and (say) Monday 4 January off.
    address = f"127.0.0.1:{desk.runtime.grpc_port}"
    async with grpc.aio.insecure_channel(address) as channel:
        loaded = await admin_grpc.AdminServiceStub(channel).LoadCalendarYear(
            admin.LoadCalendarYearRequest(year=2027, holidays=["2027-01-01", "2027-01-04"]),
            metadata=desk.md(),
        )
    assert loaded.timers_rearmed >= 1
    await desk.runtime.timers.fire_due()
    recounted = await desk.call("GetRequest", pb.GetRequestRequest(request_id=rid))
    assert (recounted.request.due_on, recounted.request.due_provisional) == ("2027-01-06", False)
    assert await stages(desk, rid) == []
    desk.clock.set(china(date(2027, 1, 7), 0, 30))
    await desk.runtime.timers.fire_due()
    assert await stages(desk, rid) == ["overdue"]
    public = await desk.published(rid, at_least=3)
    assert [t for t, _ in public] == [
        "RequestSubmitted",
        "RequestDueDateRecounted",
        "RequestOverdue",
    ]
