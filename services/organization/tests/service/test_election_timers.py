"""Election (换届) timers fire by moving a ManualClock: reminder, overdue, new term."""

from __future__ import annotations

from datetime import UTC, datetime

import grpc
import pytest

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.testkit.kafka import header, read_topic
from frontline.testkit.waiting import eventually

from .conftest import Org


async def unit_of(org: Org, unit_id: str) -> pb.OrgUnit:
    return (await org.call("GetOrgUnit", pb.GetOrgUnitRequest(org_unit_id=unit_id))).org_unit


async def test_reminder_then_overdue_then_a_new_term(org: Org) -> None:
    _, town, _ = await org.county_tree()
    # The term started in March 2021: due 2026-03-01, reminder due since 2025-09-01.
    village = await org.establish(
        pb.ORG_LEVEL_VILLAGE, "440781100202", town.org_unit_id, term_started_on="2021-03-01"
    )
    assert village.election_due_on == "2026-03-01"
    unit = village.org_unit_id
    await org.runtime.timers.fire_due()
    await eventually(lambda: unit_of(org, unit), lambda u: u.election_reminded)
    assert not (await unit_of(org, unit)).election_overdue

    org.clock.set(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))  # 20:00 on the due date in China
    await org.runtime.timers.fire_due()
    assert not (await unit_of(org, unit)).election_overdue
    org.clock.set(datetime(2026, 3, 1, 16, 30, tzinfo=UTC))  # 00:30 the next day in China
    await org.runtime.timers.fire_due()
    await eventually(lambda: unit_of(org, unit), lambda u: u.election_overdue)

    held = (await org.call("RecordElection", pb.RecordElectionRequest(
        org_unit_id=unit, held_on="2026-03-10"))).org_unit  # fmt: skip
    assert (held.election_due_on, held.election_overdue, held.election_reminded) == (
        "2031-03-10",
        False,
        False,
    )

    records = await read_topic(org.kafka, f"{org.prefix}organization.events.v1", at_least=6)
    types = [header(r, "ce_type") for r in records if r.key == unit.encode()]
    assert types == [
        f"cn.frontline.organization.{t}.v1"
        for t in ("OrgUnitEstablished", "ElectionReminderIssued", "ElectionOverdue", "ElectionHeld")
    ]


async def test_postponement_by_the_township_moves_the_deadline(org: Org) -> None:
    _, town, village = await org.county_tree()
    unit = village.org_unit_id
    moved = (await org.call(
        "PostponeElection",
        pb.PostponeElectionRequest(org_unit_id=unit, new_due_on="2031-06-01", reason="floods"),
        roles=["township_operator"], scope=town.division_code,
    )).org_unit  # fmt: skip
    assert moved.election_due_on == "2031-06-01"
    with pytest.raises(grpc.aio.AioRpcError) as too_far:
        await org.call("PostponeElection", pb.PostponeElectionRequest(
            org_unit_id=unit, new_due_on="2032-01-06", reason="more floods"))  # fmt: skip
    assert too_far.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    with pytest.raises(grpc.aio.AioRpcError) as own:
        await org.call(
            "PostponeElection",
            pb.PostponeElectionRequest(org_unit_id=town.org_unit_id, new_due_on="2031-06-01",
                                       reason="x"),
            roles=["township_operator"], scope=town.division_code,
        )  # fmt: skip
    # A township cannot approve its own postponement: the county approves it.
    assert own.value.code() == grpc.StatusCode.PERMISSION_DENIED
