"""Dispute, sweep and ledger use cases over in-memory ports."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.discipline.domain import dispute_commands as dcmd
from frontline.discipline.domain import ledger as lg
from frontline.discipline.domain.clue_vocabulary import ClueSource
from frontline.discipline.domain.dispute_vocabulary import (
    DisputeStatus,
    DisputeType,
    DiversionRoute,
    RiskLevel,
)
from frontline.discipline.domain.divisions import DivisionLevel
from frontline.discipline.domain.ledger_events import DealKind, ReservedLandForm
from frontline.discipline.use_cases import disputes, ledgers, sweeps
from frontline.discipline.use_cases.clues import origin_clue_id
from frontline.discipline.use_cases.ports import DecisionFact, DisputeFilter
from frontline.kernel.convert import Page
from frontline.kernel.errors import NotFound, PermissionDenied, PreconditionFailed

from .memory import World

pytestmark = pytest.mark.unit

VILLAGE = "440781100201"
DAY = date(2026, 3, 2)


@pytest.fixture
def mediator(world: World) -> World:
    world.acting_as("dispute_mediator", scope="440781100", sub="mediator-chen")
    return world


async def registered(world: World, code: str = VILLAGE) -> str:
    registration = disputes.Registration(
        division_code=code,
        dispute_type=DisputeType.HOMESTEAD,
        risk_level=RiskLevel.MEDIUM,
        amount_yuan=None,
        parties=2,
        summary="A wall on the boundary.",
        registered_on=DAY,
    )
    return (await disputes.register_dispute(world.ports, registration)).dispute_id


async def test_a_dispute_from_village_to_closed(mediator: World) -> None:
    p, d = mediator.ports, await registered(mediator)
    await disputes.act_on_dispute(p, d, dcmd.EscalateDispute(escalated_on=DAY, reason="Stuck."))
    resolved = await disputes.resolve_dispute(p, d, DAY, True, "The wall moves 30 cm.")
    assert resolved.level is DivisionLevel.TOWNSHIP
    assert resolved.confirmation_due_on == date(2026, 4, 1)
    await disputes.act_on_dispute(p, d, dcmd.ApplyJudicialConfirmation(applied_on=DAY))
    await disputes.act_on_dispute(p, d, dcmd.FollowUpDispute(followed_up_on=DAY))
    closed = await disputes.act_on_dispute(p, d, dcmd.CloseDispute(closed_on=DAY))
    assert closed.status is DisputeStatus.CLOSED
    listed = await disputes.list_disputes(p, DisputeFilter("", DisputeStatus.CLOSED), Page(5, 0))
    assert [x.dispute_id for x in listed] == [d]


async def test_a_lapsed_confirmation_is_flagged_by_its_timer(mediator: World) -> None:
    p, d = mediator.ports, await registered(mediator)
    await disputes.resolve_dispute(p, d, DAY, True, "")
    mediator.today.day = date(2026, 4, 2)
    await disputes.check_judicial_confirmation(p, d)
    assert (await disputes.get_dispute(p, d)).confirmation_lapsed
    with pytest.raises(PreconditionFailed):
        await disputes.act_on_dispute(
            p, d, dcmd.ApplyJudicialConfirmation(applied_on=date(2026, 4, 2))
        )


async def test_a_diverted_dispute_and_one_outside_the_mediators_township(mediator: World) -> None:
    p, d = mediator.ports, await registered(mediator)
    diverted = await disputes.act_on_dispute(
        p, d, dcmd.DivertDispute(route=DiversionRoute.LITIGATION, diverted_on=DAY)
    )
    assert diverted.status is DisputeStatus.DIVERTED
    with pytest.raises(PermissionDenied):
        await registered(mediator, "440781200201")
    with pytest.raises(NotFound):
        await disputes.get_dispute(p, "nope")


async def test_sweep_duty_reports_and_a_missed_period(mediator: World) -> None:
    p = mediator.ports
    await sweeps.start_sweep_duty(p, VILLAGE)
    duty = await sweeps.get_sweep_duty(p, VILLAGE)
    assert (duty.active, duty.next_period) == (True, "2026-03-H1")
    record = await sweeps.file_sweep_report(p, VILLAGE, DAY, DAY, 0, "Nothing found.")
    assert record.reported and record.on_time and record.disputes_found == 0
    mediator.today.day = date(2026, 3, 16)
    await sweeps.close_sweep_period(p, VILLAGE, "2026-03-H1")
    mediator.today.day = date(2026, 4, 1)
    await sweeps.close_sweep_period(p, VILLAGE, "2026-03-H2")
    periods = await sweeps.list_sweeps(p, "", (DAY, date(2026, 3, 31)), Page(10, 0))
    assert sorted((r.period, r.reported, r.missed) for r in periods) == [
        ("2026-03-H1", True, False),
        ("2026-03-H2", False, True),
    ]
    await sweeps.end_sweep_duty(p, VILLAGE, date(2026, 4, 1))
    assert not (await sweeps.get_sweep_duty(p, VILLAGE)).active


async def test_ledger_entries_of_every_kind(mediator: World) -> None:
    p = mediator.ports
    on = DAY
    await ledgers.record_entry(
        p,
        lg.RecordCompensationArrears(
            division_code=VILLAGE, owed_yuan=900_000, paid_yuan=100_000, recorded_on=on
        ),
    )
    await ledgers.record_entry(
        p,
        lg.RecordReservedLand(
            division_code=VILLAGE,
            owed_mu=10,
            fulfilled_mu=4,
            form=ReservedLandForm.PROPERTY,
            recorded_on=on,
        ),
    )
    await ledgers.record_entry(
        p, lg.RecordPensionCohort(division_code=VILLAGE, entitled=80, enrolled=72, recorded_on=on)
    )
    ledger = await ledgers.record_entry(
        p,
        lg.RecordThreeCapitals(
            division_code=VILLAGE,
            items_inventoried=230,
            contracts_found=9,
            contracts_corrected=4,
            funds_recovered_yuan=56_000,
            recorded_on=on,
        ),
    )
    assert (ledger.arrears_owed_yuan, ledger.arrears_paid_yuan) == (900_000, 100_000)
    assert ledger.fulfilled_mu(ReservedLandForm.PROPERTY) == 4
    assert (ledger.pension_enrolled, ledger.contracts_corrected) == (72, 4)
    assert [v.division_code for v in await ledgers.list_ledgers(p, "", Page(5, 0))] == [VILLAGE]
    with pytest.raises(NotFound):
        await ledgers.get_ledger(p, "440781100202")


async def test_a_deal_backed_by_a_decision_raises_nothing(mediator: World) -> None:
    p = mediator.ports
    await ledgers.note_decision(
        p, DecisionFact("dec-1", VILLAGE, "collective_assets", "implementing", date(2026, 2, 20))
    )
    deal = ledgers.Deal(VILLAGE, DealKind.LEASE, 60_000, DAY, "dec-1", "Pond lease.")
    ledger = await ledgers.record_asset_deal(p, deal)
    assert ledger.deals[0].decision_backed


async def test_a_deal_without_a_decision_of_that_village_raises_one_clue(mediator: World) -> None:
    p = mediator.ports
    await ledgers.note_decision(
        p, DecisionFact("dec-2", "440781100202", "collective_assets", "closed", date(2026, 2, 1))
    )
    for decision in (None, "dec-2", "dec-unknown"):
        deal = ledgers.Deal(VILLAGE, DealKind.SALE, 90_000, DAY, decision, "Tractor sold.")
        ledger = await ledgers.record_asset_deal(p, deal)
        assert not ledger.deals[-1].decision_backed
    deal_id = ledger.deals[-1].deal_id
    first = await ledgers.raise_asset_deal_clue(p, VILLAGE, deal_id)
    assert first == origin_clue_id(f"asset-deal:{deal_id}")
    assert await ledgers.raise_asset_deal_clue(p, VILLAGE, deal_id) is None
    clue = await p.read.clue(first)
    assert clue is not None and clue.source is ClueSource.THREE_CAPITALS_ANOMALY
