"""Ledgers with quantities: totals that never pass what they are part of; asset deals."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.discipline.domain import ledger as lg
from frontline.discipline.domain import ledger_events as ev
from frontline.discipline.domain.ledger_events import DealKind, ReservedLandForm
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import AlreadyExists, InvalidArgument
from frontline.kernel.testing import scenario

pytestmark = pytest.mark.unit

VILLAGE = "440781100201"
ON = date(2026, 3, 2)
OWED = ev.CompensationArrearsRecorded(
    division_code=VILLAGE, owed_yuan=500_000, paid_yuan=0, recovered_yuan=0, recorded_on=ON, note=""
)


def arrears(owed: int = 0, paid: int = 0, recovered: int = 0) -> lg.RecordCompensationArrears:
    return lg.RecordCompensationArrears(
        division_code=VILLAGE,
        owed_yuan=owed,
        paid_yuan=paid,
        recovered_yuan=recovered,
        recorded_on=ON,
    )


def test_arrears_add_up_and_no_more_is_paid_than_owed() -> None:
    scenario(lg.ledger_decider).when(arrears(owed=500_000)).then(OWED)
    scenario(lg.ledger_decider).given(OWED).when(arrears(paid=300_000, recovered=20_000)).then(
        ev.CompensationArrearsRecorded(
            division_code=VILLAGE,
            owed_yuan=0,
            paid_yuan=300_000,
            recovered_yuan=20_000,
            recorded_on=ON,
            note="",
        )
    )
    error = (
        scenario(lg.ledger_decider).given(OWED).when(arrears(paid=500_001)).raises(InvalidArgument)
    )
    assert error.violations[0].field == "paid_yuan"  # type: ignore[attr-defined]
    error = scenario(lg.ledger_decider).when(arrears()).raises(InvalidArgument)
    assert error.violations[0].field == "entry"  # type: ignore[attr-defined]
    error = scenario(lg.ledger_decider).when(arrears(owed=-5)).raises(InvalidArgument)
    assert error.violations[0].field == "owed_yuan"  # type: ignore[attr-defined]


def recorded(*commands: object) -> list[DomainEvent]:
    """The events of ``commands`` run one after the other on one ledger."""
    events: list[DomainEvent] = []
    for command in commands:
        events += lg.ledger_decider.decide(command, lg.ledger_decider.fold(events))
    return events


def test_reserved_land_is_fulfilled_in_a_form_and_never_beyond_the_area_owed() -> None:
    owed = lg.RecordReservedLand(division_code=VILLAGE, owed_mu=12.5, recorded_on=ON)
    as_land = lg.RecordReservedLand(
        division_code=VILLAGE, fulfilled_mu=8.25, form=ReservedLandForm.LAND, recorded_on=ON
    )
    as_cash = as_land.model_copy(update={"fulfilled_mu": 4.25, "form": ReservedLandForm.CASH})
    history = recorded(owed, as_land, as_cash)
    state = lg.ledger_decider.fold(history)
    assert (state.reserved_owed_mu, state.fulfilled_mu()) == (12.5, 12.5)
    assert state.fulfilled_mu(ReservedLandForm.CASH) == 4.25
    too_much = as_cash.model_copy(update={"fulfilled_mu": 0.01})
    error = scenario(lg.ledger_decider).given(*history).when(too_much).raises(InvalidArgument)
    assert error.violations[0].field == "fulfilled_mu"  # type: ignore[attr-defined]
    formless = as_land.model_copy(update={"form": None})
    error = (
        scenario(lg.ledger_decider).given(*recorded(owed)).when(formless).raises(InvalidArgument)
    )
    assert error.violations[0].field == "form"  # type: ignore[attr-defined]


def test_enrolment_never_passes_the_cohort_nor_corrections_the_contracts_found() -> None:
    cohort = ev.PensionCohortRecorded(
        division_code=VILLAGE, entitled=40, enrolled=30, recorded_on=ON
    )
    more = lg.RecordPensionCohort(division_code=VILLAGE, enrolled=11, recorded_on=ON)
    scenario(lg.ledger_decider).given(cohort).when(more).raises(InvalidArgument)
    found = ev.ThreeCapitalsRecorded(
        division_code=VILLAGE,
        items_inventoried=120,
        contracts_found=6,
        contracts_corrected=2,
        funds_recovered_yuan=15_000,
        recorded_on=ON,
        note="",
    )
    fix = lg.RecordThreeCapitals(division_code=VILLAGE, contracts_corrected=5, recorded_on=ON)
    error = scenario(lg.ledger_decider).given(found).when(fix).raises(InvalidArgument)
    assert error.violations[0].field == "contracts_corrected"  # type: ignore[attr-defined]
    state = lg.ledger_decider.fold([found, cohort])
    assert (state.contracts_found, state.pension_entitled, state.funds_recovered_yuan) == (
        6,
        40,
        15_000,
    )


def test_an_asset_deal_is_recorded_once_with_whether_a_decision_backs_it() -> None:
    deal = lg.RecordAssetDeal(
        division_code=VILLAGE,
        deal_id="deal-1",
        deal_kind=DealKind.LEASE,
        amount_yuan=80_000,
        deal_on=ON,
        decision_id=None,
        decision_backed=False,
    )
    recorded = ev.AssetDealRecorded(
        division_code=VILLAGE,
        deal_id="deal-1",
        deal_kind=DealKind.LEASE,
        amount_yuan=80_000,
        deal_on=ON,
        decision_id=None,
        decision_backed=False,
        description="",
    )
    scenario(lg.ledger_decider).when(deal).then(recorded)
    scenario(lg.ledger_decider).given(recorded).when(deal).raises(AlreadyExists)
