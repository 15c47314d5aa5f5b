"""Public events of the open registers: disputes, sweeps, ledgers (by division code).

Summaries, notes, reasons and deal descriptions stay in the store; whether a deal
had a decision behind it stays too (an unbacked deal raises a confidential clue).
"""

from __future__ import annotations

from typing import Any

from frontline.contracts import discipline_registers as pub
from frontline.contracts.base import PublicEvent
from frontline.discipline.domain import dispute_events as dev
from frontline.discipline.domain import ledger_events as lev
from frontline.discipline.domain import sweep_events as sev
from frontline.discipline.domain.dispute_state import DisputeState
from frontline.discipline.domain.ledger_events import ReservedLandForm
from frontline.discipline.domain.ledger_state import LedgerState
from frontline.kernel.decider import DomainEvent
from frontline.kernel.publication import Mapper, Publication


def _dispute(s: DisputeState) -> dict[str, Any]:
    return {
        "dispute_id": s.dispute_id,
        "division_code": s.division_code,
        "dispute_type": s.dispute_type.value,
    }


_DISPUTE_MAPPING: dict[type[DomainEvent], Mapper] = {
    dev.DisputeRegistered: lambda e, s: pub.DisputeRegistered(
        **_dispute(s),
        township_code=s.township_code if len(s.division_code) >= 9 else None,
        risk_level=e.risk_level.value,
        amount_yuan=e.amount_yuan,
        parties=e.parties,
        level=e.level.value,
        registered_on=e.registered_on,
    ),
    dev.DisputeEscalated: lambda e, s: pub.DisputeEscalated(
        **_dispute(s), level=e.level.value, escalated_on=e.escalated_on
    ),
    dev.DisputeResolved: lambda e, s: pub.DisputeResolved(
        **_dispute(s),
        level=e.level.value,
        resolved_on=e.resolved_on,
        confirmation_due_on=e.confirmation_due_on,
    ),
    dev.JudicialConfirmationApplied: lambda e, s: pub.JudicialConfirmationApplied(
        **_dispute(s), applied_on=e.applied_on
    ),
    dev.JudicialConfirmationLapsed: lambda e, s: pub.JudicialConfirmationLapsed(
        **_dispute(s), confirmation_due_on=e.confirmation_due_on, flagged_on=e.flagged_on
    ),
    dev.DisputeFollowedUp: lambda e, s: pub.DisputeFollowedUp(
        **_dispute(s), followed_up_on=e.followed_up_on
    ),
    dev.DisputeClosed: lambda e, s: pub.DisputeClosed(**_dispute(s), closed_on=e.closed_on),
    dev.DisputeDiverted: lambda e, s: pub.DisputeDiverted(
        **_dispute(s), route=e.route.value, diverted_on=e.diverted_on
    ),
}

DISPUTE = Publication.of(_DISPUTE_MAPPING)


def _period(e: Any) -> dict[str, Any]:
    return {
        "period": e.period,
        "period_starts_on": e.period_starts_on,
        "period_ends_on": e.period_ends_on,
    }


def _missed(e: sev.SweepPeriodClosed, s: Any) -> list[PublicEvent]:
    if not e.missed:
        return []
    return [pub.SweepMissed(division_code=s.division_code, level=s.level.value, **_period(e))]


_SWEEP_MAPPING: dict[type[DomainEvent], Mapper] = {
    sev.SweepDutyStarted: lambda e, s: pub.SweepDutyStarted(
        division_code=e.division_code,
        level=e.level.value,
        first_period=e.first_period,
        first_period_starts_on=e.first_period_starts_on,
    ),
    sev.SweepDutyEnded: lambda e, s: pub.SweepDutyEnded(
        division_code=s.division_code, ended_on=e.ended_on
    ),
    sev.SweepReported: lambda e, s: pub.SweepReported(
        division_code=e.division_code,
        level=e.level.value,
        **_period(e),
        swept_on=e.swept_on,
        disputes_found=e.disputes_found,
        nil_report=e.disputes_found == 0,
        on_time=e.on_time,
    ),
    sev.SweepPeriodClosed: _missed,
}

SWEEP = Publication.of(_SWEEP_MAPPING)


def _mu(s: LedgerState, form: ReservedLandForm) -> float:
    return s.fulfilled_mu(form)


_LEDGER_MAPPING: dict[type[DomainEvent], Mapper] = {
    lev.CompensationArrearsRecorded: lambda e, s: pub.CompensationArrearsRecorded(
        division_code=e.division_code,
        recorded_on=e.recorded_on,
        owed_yuan=e.owed_yuan,
        paid_yuan=e.paid_yuan,
        recovered_yuan=e.recovered_yuan,
        total_owed_yuan=s.arrears_owed_yuan,
        total_paid_yuan=s.arrears_paid_yuan,
        total_recovered_yuan=s.arrears_recovered_yuan,
    ),
    lev.ReservedLandRecorded: lambda e, s: pub.ReservedLandRecorded(
        division_code=e.division_code,
        recorded_on=e.recorded_on,
        owed_mu=e.owed_mu,
        fulfilled_mu=e.fulfilled_mu,
        form=e.form.value if e.form else None,
        total_owed_mu=s.reserved_owed_mu,
        total_fulfilled_land_mu=_mu(s, ReservedLandForm.LAND),
        total_fulfilled_property_mu=_mu(s, ReservedLandForm.PROPERTY),
        total_fulfilled_cash_mu=_mu(s, ReservedLandForm.CASH),
    ),
    lev.PensionCohortRecorded: lambda e, s: pub.PensionCohortRecorded(
        division_code=e.division_code,
        recorded_on=e.recorded_on,
        entitled=e.entitled,
        enrolled=e.enrolled,
        total_entitled=s.pension_entitled,
        total_enrolled=s.pension_enrolled,
    ),
    lev.ThreeCapitalsRecorded: lambda e, s: pub.ThreeCapitalsRecorded(
        division_code=e.division_code,
        recorded_on=e.recorded_on,
        items_inventoried=e.items_inventoried,
        contracts_found=e.contracts_found,
        contracts_corrected=e.contracts_corrected,
        funds_recovered_yuan=e.funds_recovered_yuan,
        total_items_inventoried=s.items_inventoried,
        total_contracts_found=s.contracts_found,
        total_contracts_corrected=s.contracts_corrected,
        total_funds_recovered_yuan=s.funds_recovered_yuan,
    ),
    lev.AssetDealRecorded: lambda e, s: pub.AssetDealRecorded(
        division_code=e.division_code,
        deal_id=e.deal_id,
        deal_kind=e.deal_kind.value,
        amount_yuan=e.amount_yuan,
        deal_on=e.deal_on,
    ),
}

LEDGER = Publication.of(_LEDGER_MAPPING)
