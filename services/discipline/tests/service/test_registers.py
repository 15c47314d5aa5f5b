"""Sweeps owed by organized divisions (organization's events on Kafka), a missed sweep
flagged by its timer; an asset deal with no decision behind it raising a clue; a
mediated agreement whose judicial confirmation lapses."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.contracts import organization as org
from frontline.testkit.cloudevents import message, send
from frontline.testkit.kafka import header, read_topic
from frontline.testkit.waiting import eventually

from .conftest import INTAKE, MEDIATOR, TOWN, VILLAGE, Discipline
from .test_deadlines import china


async def organization_says(d: Discipline, *events: org.OrgUnitEstablished | Any) -> None:
    topic = f"{d.prefix}organization.events.v1"
    await send(d.kafka, topic, [message(e, getattr(e, "org_unit_id", "u")) for e in events])


def village_established() -> org.OrgUnitEstablished:
    return org.OrgUnitEstablished(
        org_unit_id="u-village",
        division_code=VILLAGE,
        level="village",
        name="Shatou branch",
        parent_unit_id="u-town",
        parent_division_code=TOWN,
        established_on=date(2021, 3, 1),
        term_years=5,
        term_started_on=date(2021, 3, 1),
        term_ends_on=date(2026, 3, 1),
        election_due_on=date(2026, 3, 1),
    )


async def public(d: Discipline, kind: str, count: int = 1) -> list[dict[str, Any]]:
    return await d.published(kind, count)


async def none_of(d: Discipline, kind: str) -> list[dict[str, Any]]:
    """What is on the topic of ``kind`` now (to show something did not happen)."""
    records = await read_topic(d.kafka, d.topic, at_least=1)
    wanted = f"cn.frontline.discipline.{kind}.v1"
    return [json.loads(r.value) for r in records if header(r, "ce_type") == wanted]


async def sweeps(d: Discipline) -> list[pb.SweepRecord]:
    listed = await d.call(
        "ListSweeps", pb.ListSweepsRequest(division_code_prefix=VILLAGE), MEDIATOR
    )
    return list(listed.sweeps)


async def test_a_village_owes_half_monthly_sweeps_and_a_missed_one_is_flagged(
    discipline: Discipline,
) -> None:
    d = discipline
    await organization_says(d, village_established())
    duty_of = pb.GetSweepDutyRequest(division_code=VILLAGE)

    async def duty() -> pb.SweepDuty | None:
        try:
            return (await d.call("GetSweepDuty", duty_of, MEDIATOR)).duty
        except Exception:
            return None

    owed = await eventually(duty, timeout=60)
    # Owed from the period the service learnt of the village in, never for earlier ones.
    assert owed is not None and (owed.next_period, owed.next_period_ends_on) == (
        "2026-01-H1",
        "2026-01-15",
    )
    d.clock.set(china(2026, 1, 16))
    assert await d.runtime.timers.fire_due() == 1
    missed = await public(d, "SweepMissed")
    assert [(m["division_code"], m["period"]) for m in missed] == [(VILLAGE, "2026-01-H1")]

    # A late report still counts as a report, not on time; the next period, a nil report.
    late = pb.FileSweepReportRequest(
        division_code=VILLAGE, period_day="2026-01-10", disputes_found=1
    )
    reported = (await d.call("FileSweepReport", late, MEDIATOR)).sweep
    assert (reported.period, reported.on_time, reported.missed) == ("2026-01-H1", False, True)
    nil = pb.FileSweepReportRequest(division_code=VILLAGE, swept_on="2026-01-16")
    assert (await d.call("FileSweepReport", nil, MEDIATOR)).sweep.nil_report
    d.clock.set(china(2026, 2, 1))
    await d.runtime.timers.fire_due()
    assert [(s.period, s.reported, s.on_time, s.missed) for s in await sweeps(d)] == [
        ("2026-01-H2", True, True, False),
        ("2026-01-H1", True, False, True),
    ]
    assert [r["nil_report"] for r in await public(d, "SweepReported", 2)] == [False, True]
    assert len(await none_of(d, "SweepMissed")) == 1


async def test_an_asset_deal_with_no_decision_behind_it_raises_a_clue(
    discipline: Discipline,
) -> None:
    d = discipline
    backing = org.DecisionImplementationStarted(
        org_unit_id="u-village",
        division_code=VILLAGE,
        decision_id="dec-pond",
        matter="collective_assets",
        state="implementing",
        round=1,
        started_on=date(2026, 1, 2),
    )
    other_matter = backing.model_copy(update={"decision_id": "dec-road", "matter": "project"})
    await organization_says(d, backing, other_matter)
    known = "SELECT count(*) FROM asset_decisions"
    await eventually(lambda: d.runtime.pool.fetchval(known), lambda n: n == 2, timeout=60)

    def deal(decision: str) -> pb.RecordAssetDealRequest:
        return pb.RecordAssetDealRequest(
            division_code=VILLAGE,
            deal_kind=pb.DEAL_KIND_LEASE,
            amount_yuan=120_000,
            decision_id=decision,
            description="Fish pond, five years.",
        )

    backed = (await d.call("RecordAssetDeal", deal("dec-pond"), MEDIATOR)).ledger
    assert backed.deals[0].decision_backed
    await d.runtime.timers.fire_due()
    assert await none_of(d, "ClueReceived") == []
    for unbacked in ("dec-road", ""):
        ledger = (await d.call("RecordAssetDeal", deal(unbacked), MEDIATOR)).ledger
        assert not ledger.deals[-1].decision_backed
    assert await d.runtime.timers.fire_due() == 2
    assert await d.runtime.timers.fire_due() == 0

    raised = await public(d, "ClueReceived", 2)
    assert [(c["source"], c["category"], c["township_code"]) for c in raised] == [
        ("three_capitals_anomaly", "three_capitals_misuse", TOWN)
    ] * 2
    listed = (
        await d.call(
            "ListClues", pb.ListCluesRequest(source=pb.CLUE_SOURCE_THREE_CAPITALS_ANOMALY), INTAKE
        )
    ).clues
    assert {c.division_code for c in listed} == {VILLAGE} and len(listed) == 2
    assert all("四议两公开" in c.summary for c in listed)
    # The deal itself goes out; whether a decision backed it does not.
    assert all("decision" not in json.dumps(x) for x in await public(d, "AssetDealRecorded", 3))


async def test_a_lapsed_judicial_confirmation_is_flagged(discipline: Discipline) -> None:
    d = discipline
    register = pb.RegisterDisputeRequest(
        division_code=VILLAGE,
        dispute_type=pb.DISPUTE_TYPE_LAND_COMPENSATION_ARREARS,
        risk_level=pb.RISK_LEVEL_HIGH,
        amount_yuan=380_000,
        parties=12,
        summary="Twelve households unpaid for the road land.",
    )
    dispute = (await d.call("RegisterDispute", register, MEDIATOR)).dispute
    resolved = (
        await d.call(
            "ResolveDispute",
            pb.ResolveDisputeRequest(
                dispute_id=dispute.dispute_id, seek_judicial_confirmation=True
            ),
            MEDIATOR,
        )
    ).dispute
    assert resolved.confirmation_due_on == "2026-02-04"
    d.clock.set(china(2026, 2, 5))
    assert await d.runtime.timers.fire_due() == 1
    get = pb.GetDisputeRequest(dispute_id=dispute.dispute_id)
    assert (await d.call("GetDispute", get, MEDIATOR)).dispute.confirmation_lapsed
    lapsed = await public(d, "JudicialConfirmationLapsed")
    assert [(x["dispute_id"], x["confirmation_due_on"]) for x in lapsed] == [
        (dispute.dispute_id, "2026-02-04")
    ]
