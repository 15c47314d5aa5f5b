"""The ledger decider: one stream per division (stream type ``ledger``).

DOMAIN.md "Ledgers (台账) with quantities": land-acquisition compensation arrears
(owed, paid, recovered); historical reserved-land obligations (area owed, fulfilled
as land, property or cash); the landless farmers' old-age insurance cohort
(entitled, enrolled); the three-capitals clean-up (items inventoried, irregular
contracts found and corrected, funds recovered); collective-asset deals. Entries
add to the totals; no total may pass what it is part of (paid ≤ owed, fulfilled ≤
owed, enrolled ≤ entitled, corrected ≤ found).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from frontline.discipline.domain import ledger_events as ev
from frontline.discipline.domain.divisions import require_code
from frontline.discipline.domain.ledger_events import DealKind, ReservedLandForm
from frontline.discipline.domain.ledger_state import LedgerState, evolve
from frontline.kernel.decider import Command, Decider, DomainEvent
from frontline.kernel.errors import AlreadyExists, InvalidArgument

STREAM_TYPE = "ledger"


def ledger_stream(division_code: str) -> str:
    return f"ledger:{division_code}"


_EPSILON = 1e-9


class RecordCompensationArrears(Command):
    division_code: str
    owed_yuan: int = 0
    paid_yuan: int = 0
    recovered_yuan: int = 0
    recorded_on: date
    note: str = ""


class RecordReservedLand(Command):
    division_code: str
    owed_mu: float = 0.0
    fulfilled_mu: float = 0.0
    form: ReservedLandForm | None = None
    recorded_on: date
    note: str = ""


class RecordPensionCohort(Command):
    division_code: str
    entitled: int = 0
    enrolled: int = 0
    recorded_on: date


class RecordThreeCapitals(Command):
    division_code: str
    items_inventoried: int = 0
    contracts_found: int = 0
    contracts_corrected: int = 0
    funds_recovered_yuan: int = 0
    recorded_on: date
    note: str = ""


class RecordAssetDeal(Command):
    division_code: str
    deal_id: str
    deal_kind: DealKind
    amount_yuan: int
    deal_on: date
    decision_id: str | None = None
    decision_backed: bool
    description: str = ""


def _quantities(**values: float) -> None:
    """Each quantity is a count or amount (never negative), and one at least is recorded."""
    for field, value in values.items():
        if value < 0:
            raise InvalidArgument.field(field, "must not be negative", "NEGATIVE")
    if not any(values.values()):
        raise InvalidArgument.field(
            "entry", "nothing to record: every quantity is zero", "NOTHING_TO_RECORD"
        )


def _within(total: float, limit: float, field: str, text: str, reason: str) -> None:
    """No total passes what it is part of; ``text`` speaks of ``total`` and ``limit``."""
    if total > limit + _EPSILON:
        raise InvalidArgument.field(field, text, reason, total=total, limit=limit)


def arrears(c: RecordCompensationArrears, s: LedgerState) -> list[DomainEvent]:
    require_code(c.division_code)
    _quantities(owed_yuan=c.owed_yuan, paid_yuan=c.paid_yuan, recovered_yuan=c.recovered_yuan)
    owed = s.arrears_owed_yuan + c.owed_yuan
    _within(
        s.arrears_paid_yuan + c.paid_yuan,
        owed,
        "paid_yuan",
        "brings the total paid to {total} yuan, more than the {limit} yuan owed",
        "PAID_OVER_OWED",
    )
    return [
        ev.CompensationArrearsRecorded(
            division_code=c.division_code,
            owed_yuan=c.owed_yuan,
            paid_yuan=c.paid_yuan,
            recovered_yuan=c.recovered_yuan,
            recorded_on=c.recorded_on,
            note=c.note.strip(),
        )
    ]


def reserved_land(c: RecordReservedLand, s: LedgerState) -> list[DomainEvent]:
    require_code(c.division_code)
    _quantities(owed_mu=c.owed_mu, fulfilled_mu=c.fulfilled_mu)
    if c.fulfilled_mu and c.form is None:
        raise InvalidArgument.field(
            "form", "say how it was fulfilled: land, property or cash", "FORM_REQUIRED"
        )
    owed = round(s.reserved_owed_mu + c.owed_mu, 2)
    _within(
        round(s.fulfilled_mu() + c.fulfilled_mu, 2),
        owed,
        "fulfilled_mu",
        "brings the area fulfilled to {total:g} mu, more than the {limit:g} mu owed",
        "FULFILLED_OVER_OWED",
    )
    return [
        ev.ReservedLandRecorded(
            division_code=c.division_code,
            owed_mu=c.owed_mu,
            fulfilled_mu=c.fulfilled_mu,
            form=c.form if c.fulfilled_mu else None,
            recorded_on=c.recorded_on,
            note=c.note.strip(),
        )
    ]


def pension(c: RecordPensionCohort, s: LedgerState) -> list[DomainEvent]:
    require_code(c.division_code)
    _quantities(entitled=c.entitled, enrolled=c.enrolled)
    entitled = s.pension_entitled + c.entitled
    _within(
        s.pension_enrolled + c.enrolled,
        entitled,
        "enrolled",
        "brings the people enrolled to {total}, more than the {limit} entitled",
        "ENROLLED_OVER_ENTITLED",
    )
    return [
        ev.PensionCohortRecorded(
            division_code=c.division_code,
            entitled=c.entitled,
            enrolled=c.enrolled,
            recorded_on=c.recorded_on,
        )
    ]


def three_capitals(c: RecordThreeCapitals, s: LedgerState) -> list[DomainEvent]:
    require_code(c.division_code)
    _quantities(
        items_inventoried=c.items_inventoried,
        contracts_found=c.contracts_found,
        contracts_corrected=c.contracts_corrected,
        funds_recovered_yuan=c.funds_recovered_yuan,
    )
    found = s.contracts_found + c.contracts_found
    corrected = s.contracts_corrected + c.contracts_corrected
    _within(
        corrected,
        found,
        "contracts_corrected",
        "brings the contracts corrected to {total}, more than the {limit} irregular ones found",
        "CORRECTED_OVER_FOUND",
    )
    return [
        ev.ThreeCapitalsRecorded(
            division_code=c.division_code,
            items_inventoried=c.items_inventoried,
            contracts_found=c.contracts_found,
            contracts_corrected=c.contracts_corrected,
            funds_recovered_yuan=c.funds_recovered_yuan,
            recorded_on=c.recorded_on,
            note=c.note.strip(),
        )
    ]


def asset_deal(c: RecordAssetDeal, s: LedgerState) -> list[DomainEvent]:
    require_code(c.division_code)
    if any(d.deal_id == c.deal_id for d in s.deals):
        raise AlreadyExists("deal {deal_id} is recorded already", "DEAL_EXISTS", deal_id=c.deal_id)
    if c.amount_yuan < 0:
        raise InvalidArgument.field("amount_yuan", "must not be negative", "NEGATIVE")
    return [
        ev.AssetDealRecorded(
            division_code=c.division_code,
            deal_id=c.deal_id,
            deal_kind=c.deal_kind,
            amount_yuan=c.amount_yuan,
            deal_on=c.deal_on,
            decision_id=c.decision_id,
            decision_backed=c.decision_backed,
            description=c.description.strip(),
        )
    ]


RULES: dict[type[Any], Callable[[Any, LedgerState], Sequence[DomainEvent]]] = {
    RecordCompensationArrears: arrears,
    RecordReservedLand: reserved_land,
    RecordPensionCohort: pension,
    RecordThreeCapitals: three_capitals,
    RecordAssetDeal: asset_deal,
}

ledger_decider: Decider[Any, LedgerState] = Decider(
    stream_type=STREAM_TYPE,
    initial_state=LedgerState,
    evolve=evolve,
    rules=RULES,
    events=ev.LEDGER_EVENTS,
)
