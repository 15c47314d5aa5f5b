"""Deadlines on durable timers, fired by moving a ManualClock: the investigation and its
one extension; the reporter's reply across the National Day holiday; a reply deadline
in a year whose calendar is not announced yet, recounted when it is loaded."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import grpc
import pytest

from frontline.api.admin.v1 import admin_pb2, admin_pb2_grpc
from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.kernel.county_time import CHINA
from frontline.testkit.runtime import SigningKeys

from .conftest import INVESTIGATOR, Discipline, started_discipline

REPORTER = pb.Reporter(name="李四", phone="13900002222")


def china(year: int, month: int, day: int, hour: int = 0, minute: int = 30) -> datetime:
    """A moment given in China time, as the clock's aware instant."""
    return datetime(year, month, day, hour, minute, tzinfo=CHINA).astimezone(UTC)


async def alerts(d: Discipline, key: str, kind: str) -> list[dict[str, Any]]:
    return await d.published(kind, key=key)


async def case_of(d: Discipline, case_id: str) -> pb.Case:
    return (await d.call("GetCase", pb.GetCaseRequest(case_id=case_id), INVESTIGATOR)).case


async def test_the_investigation_deadline_and_its_one_extension(discipline: Discipline) -> None:
    d = discipline
    case = await d.case()
    assert case.investigation_due_on == "2026-04-05"
    d.clock.set(china(2026, 3, 1, 10))
    extended = (
        await d.call(
            "ExtendInvestigation",
            pb.ExtendInvestigationRequest(case_id=case.case_id, reason="The bank answers slowly."),
            INVESTIGATOR,
        )
    ).case
    assert (extended.investigation_due_on, extended.extensions) == ("2026-07-04", 1)
    with pytest.raises(grpc.aio.AioRpcError) as twice:
        await d.call(
            "ExtendInvestigation",
            pb.ExtendInvestigationRequest(case_id=case.case_id, reason="Still slow."),
            INVESTIGATOR,
        )
    assert twice.value.code() == grpc.StatusCode.FAILED_PRECONDITION

    d.clock.set(china(2026, 4, 6))  # the first deadline has passed, the extended one not
    await d.runtime.timers.fire_due()
    assert not (await case_of(d, case.case_id)).investigation_overdue
    d.clock.set(china(2026, 7, 4, 23, 59))
    await d.runtime.timers.fire_due()
    assert not (await case_of(d, case.case_id)).investigation_overdue
    d.clock.set(china(2026, 7, 5))
    assert await d.runtime.timers.fire_due() == 1
    assert (await case_of(d, case.case_id)).investigation_overdue
    overdue = await alerts(d, case.clue_id, "InvestigationOverdue")
    assert [(a["investigation_due_on"], a["flagged_on"]) for a in overdue] == [
        ("2026-07-04", "2026-07-05")
    ]


async def test_the_reporter_reply_deadline_counts_past_the_national_day_holiday(
    pg: Any, kafka_bootstrap: str, discipline_keys: SigningKeys, unique: str
) -> None:
    start = china(2026, 9, 28, 9)  # a Monday; Oct 1–7 are holidays, Oct 10 (Sat) is worked
    async with started_discipline(pg, kafka_bootstrap, discipline_keys, unique, start=start) as d:
        clue = await d.clue(reporter=REPORTER)
        assert (clue.reply_due_on, clue.reply_provisional) == ("2026-10-23", False)
        # Monday–Friday alone would have ended on Oct 19: nothing is overdue on Oct 20.
        d.clock.set(china(2026, 10, 20))
        await d.runtime.timers.fire_due()
        assert not (
            await d.call("GetClue", pb.GetClueRequest(clue_id=clue.clue_id))
        ).clue.reply_overdue
        d.clock.set(china(2026, 10, 24))
        assert await d.runtime.timers.fire_due() == 1
        shown = (await d.call("GetClue", pb.GetClueRequest(clue_id=clue.clue_id))).clue
        assert shown.reply_overdue
        overdue = await alerts(d, clue.clue_id, "ClueReplyOverdue")
        assert [(a["reply_due_on"], a["township_code"]) for a in overdue] == [
            ("2026-10-23", "440781100")
        ]


async def test_a_reply_deadline_in_an_unannounced_year_waits_for_its_calendar(
    pg: Any, kafka_bootstrap: str, discipline_keys: SigningKeys, unique: str
) -> None:
    start = china(2026, 12, 21, 9)
    async with started_discipline(pg, kafka_bootstrap, discipline_keys, unique, start=start) as d:
        clue = await d.clue(reporter=REPORTER)
        assert (clue.reply_due_on, clue.reply_provisional) == ("2027-01-11", True)
        d.clock.set(china(2027, 1, 12))
        await d.runtime.timers.fire_due()
        get = pb.GetClueRequest(clue_id=clue.clue_id)
        assert not (await d.call("GetClue", get)).clue.reply_overdue

        async with grpc.aio.insecure_channel(f"127.0.0.1:{d.runtime.grpc_port}") as channel:
            admin = admin_pb2_grpc.AdminServiceStub(channel)
            await admin.LoadCalendarYear(
                admin_pb2.LoadCalendarYearRequest(
                    year=2027, holidays=["2027-01-01", "2027-01-11", "2027-01-12"]
                ),
                metadata=d.keys.metadata(["county_admin"]),
            )
        await d.runtime.timers.fire_due()
        recounted = (await d.call("GetClue", get)).clue
        assert (recounted.reply_due_on, recounted.reply_provisional) == ("2027-01-14", False)
        assert not recounted.reply_overdue
        d.clock.set(china(2027, 1, 15))
        await d.runtime.timers.fire_due()
        assert (await d.call("GetClue", get)).clue.reply_overdue
