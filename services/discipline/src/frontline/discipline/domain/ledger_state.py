"""A division's ledger totals, folded from its stream."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from frontline.discipline.domain import ledger_events as ev
from frontline.discipline.domain.ledger_events import ReservedLandForm
from frontline.kernel.decider import DomainEvent


@dataclass(frozen=True)
class AssetDeal:
    deal_id: str
    deal_kind: ev.DealKind
    amount_yuan: int
    deal_on: date
    decision_id: str | None
    decision_backed: bool


@dataclass(frozen=True)
class LedgerState:
    exists: bool = False
    division_code: str = ""
    arrears_owed_yuan: int = 0
    arrears_paid_yuan: int = 0
    arrears_recovered_yuan: int = 0
    reserved_owed_mu: float = 0.0
    reserved_fulfilled_mu: dict[ReservedLandForm, float] | None = None
    pension_entitled: int = 0
    pension_enrolled: int = 0
    items_inventoried: int = 0
    contracts_found: int = 0
    contracts_corrected: int = 0
    funds_recovered_yuan: int = 0
    deals: tuple[AssetDeal, ...] = ()
    last_on: date | None = None

    def fulfilled_mu(self, form: ReservedLandForm | None = None) -> float:
        by_form = self.reserved_fulfilled_mu or {}
        if form is not None:
            return by_form.get(form, 0.0)
        return round(sum(by_form.values()), 2)


def _base(s: LedgerState, division_code: str, on: date) -> LedgerState:
    return replace(s, exists=True, division_code=division_code, last_on=max(on, s.last_on or on))


def _arrears(s: LedgerState, e: ev.CompensationArrearsRecorded) -> LedgerState:
    return replace(
        _base(s, e.division_code, e.recorded_on),
        arrears_owed_yuan=s.arrears_owed_yuan + e.owed_yuan,
        arrears_paid_yuan=s.arrears_paid_yuan + e.paid_yuan,
        arrears_recovered_yuan=s.arrears_recovered_yuan + e.recovered_yuan,
    )


def _reserved(s: LedgerState, e: ev.ReservedLandRecorded) -> LedgerState:
    by_form = dict(s.reserved_fulfilled_mu or {})
    if e.form is not None:
        by_form[e.form] = round(by_form.get(e.form, 0.0) + e.fulfilled_mu, 2)
    return replace(
        _base(s, e.division_code, e.recorded_on),
        reserved_owed_mu=round(s.reserved_owed_mu + e.owed_mu, 2),
        reserved_fulfilled_mu=by_form,
    )


def _pension(s: LedgerState, e: ev.PensionCohortRecorded) -> LedgerState:
    return replace(
        _base(s, e.division_code, e.recorded_on),
        pension_entitled=s.pension_entitled + e.entitled,
        pension_enrolled=s.pension_enrolled + e.enrolled,
    )


def _capitals(s: LedgerState, e: ev.ThreeCapitalsRecorded) -> LedgerState:
    return replace(
        _base(s, e.division_code, e.recorded_on),
        items_inventoried=s.items_inventoried + e.items_inventoried,
        contracts_found=s.contracts_found + e.contracts_found,
        contracts_corrected=s.contracts_corrected + e.contracts_corrected,
        funds_recovered_yuan=s.funds_recovered_yuan + e.funds_recovered_yuan,
    )


def _deal(s: LedgerState, e: ev.AssetDealRecorded) -> LedgerState:
    deal = AssetDeal(
        e.deal_id, e.deal_kind, e.amount_yuan, e.deal_on, e.decision_id, e.decision_backed
    )
    return replace(_base(s, e.division_code, e.deal_on), deals=(*s.deals, deal))


_EVOLVERS: dict[type[DomainEvent], Callable[[LedgerState, Any], LedgerState]] = {
    ev.CompensationArrearsRecorded: _arrears,
    ev.ReservedLandRecorded: _reserved,
    ev.PensionCohortRecorded: _pension,
    ev.ThreeCapitalsRecorded: _capitals,
    ev.AssetDealRecorded: _deal,
}


def evolve(state: LedgerState, event: DomainEvent) -> LedgerState:
    handler = _EVOLVERS.get(type(event))
    return handler(state, event) if handler else state
