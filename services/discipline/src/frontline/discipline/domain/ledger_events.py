"""Stored events of a division's ledgers (台账; stream type ``ledger``, one per division).

Each entry records what changed; the state keeps the running totals (DOMAIN.md
"Ledgers with quantities"). Money in whole yuan, land in mu.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import ClassVar

from frontline.kernel.decider import DomainEvent


class ReservedLandForm(StrEnum):
    """How a reserved-land (留用地) obligation is fulfilled."""

    LAND = "land"
    PROPERTY = "property"
    CASH = "cash"


class DealKind(StrEnum):
    LEASE = "lease"
    SALE = "sale"
    CONTRACTING = "contracting"
    BORROWING = "borrowing"
    OTHER = "other"


class CompensationArrearsRecorded(DomainEvent):
    event_type: ClassVar[str] = "CompensationArrearsRecorded"
    division_code: str
    owed_yuan: int
    paid_yuan: int
    recovered_yuan: int
    recorded_on: date
    note: str


class ReservedLandRecorded(DomainEvent):
    event_type: ClassVar[str] = "ReservedLandRecorded"
    division_code: str
    owed_mu: float
    fulfilled_mu: float
    form: ReservedLandForm | None = None
    recorded_on: date
    note: str


class PensionCohortRecorded(DomainEvent):
    event_type: ClassVar[str] = "PensionCohortRecorded"
    division_code: str
    entitled: int
    enrolled: int
    recorded_on: date


class ThreeCapitalsRecorded(DomainEvent):
    event_type: ClassVar[str] = "ThreeCapitalsRecorded"
    division_code: str
    items_inventoried: int
    contracts_found: int
    contracts_corrected: int
    funds_recovered_yuan: int
    recorded_on: date
    note: str


class AssetDealRecorded(DomainEvent):
    """A collective-asset deal; ``decision_backed`` tells whether a 四议两公开 decision of
    the village on collective assets stands behind it (checked when recorded)."""

    event_type: ClassVar[str] = "AssetDealRecorded"
    division_code: str
    deal_id: str
    deal_kind: DealKind
    amount_yuan: int
    deal_on: date
    decision_id: str | None = None
    decision_backed: bool
    description: str


LEDGER_EVENTS: tuple[type[DomainEvent], ...] = (
    CompensationArrearsRecorded,
    ReservedLandRecorded,
    PensionCohortRecorded,
    ThreeCapitalsRecorded,
    AssetDealRecorded,
)
