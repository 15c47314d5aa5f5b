"""Public events of the discipline service's open registers, on ``discipline.events.v1``:
disputes (矛盾纠纷), sweeps (排查) and the ledgers (台账) with their quantities.

Unlike clues and cases these are by division (village) code. No names, summaries or
notes: types, levels, amounts, counts, areas and dates. Ledger events carry the
entry and the division's running totals after it.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Literal

from frontline.contracts.base import DivisionCode, PublicEvent
from frontline.contracts.discipline import TOPIC

DisputeType = Literal[
    "land_compensation_arrears",
    "reserved_land",
    "land_three_chaos",
    "landless_pension",
    "three_capitals",
    "homestead",
    "land_contracting",
    "family",
    "labour",
    "neighbour",
    "other",
]
RiskLevel = Literal["low", "medium", "high"]
Level = Literal["county", "township", "village"]
DiversionRoute = Literal["litigation", "arbitration", "administrative_review"]
ReservedLandForm = Literal["land", "property", "cash"]
DealKind = Literal["lease", "sale", "contracting", "borrowing", "other"]


class _RegisterEvent(PublicEvent):
    topic: ClassVar[str] = TOPIC
    division_code: DivisionCode


class _DisputeEvent(_RegisterEvent):
    dispute_id: str
    dispute_type: DisputeType


class DisputeRegistered(_DisputeEvent):
    """A dispute was registered for mediation at its division's level."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.DisputeRegistered.v1"
    township_code: DivisionCode | None = None
    risk_level: RiskLevel
    amount_yuan: int | None = None
    parties: int
    level: Level
    registered_on: dt.date


class DisputeEscalated(_DisputeEvent):
    """Mediation moved one level up (village → township → county)."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.DisputeEscalated.v1"
    level: Level
    escalated_on: dt.date


class DisputeResolved(_DisputeEvent):
    """An agreement was reached at ``level``; judicial confirmation is applied for by
    ``confirmation_due_on`` when the parties want it."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.DisputeResolved.v1"
    level: Level
    resolved_on: dt.date
    confirmation_due_on: dt.date | None = None


class JudicialConfirmationApplied(_DisputeEvent):
    """The parties applied for judicial confirmation of their agreement in time."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.JudicialConfirmationApplied.v1"
    applied_on: dt.date


class JudicialConfirmationLapsed(_DisputeEvent):
    """Alert: the 30 days for judicial confirmation passed without an application."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.JudicialConfirmationLapsed.v1"
    confirmation_due_on: dt.date
    flagged_on: dt.date


class DisputeFollowedUp(_DisputeEvent):
    """The resolved dispute was followed up (回访)."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.DisputeFollowedUp.v1"
    followed_up_on: dt.date


class DisputeClosed(_DisputeEvent):
    """The dispute was closed (销号)."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.DisputeClosed.v1"
    closed_on: dt.date


class DisputeDiverted(_DisputeEvent):
    """The dispute left mediation for litigation, arbitration or administrative review."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.DisputeDiverted.v1"
    route: DiversionRoute
    diverted_on: dt.date


class SweepDutyStarted(_RegisterEvent):
    """The division owes sweeps from ``first_period`` on (half-monthly, monthly, quarterly)."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.SweepDutyStarted.v1"
    level: Level
    first_period: str
    first_period_starts_on: dt.date


class SweepDutyEnded(_RegisterEvent):
    """The division no longer owes sweeps (its organization was dissolved)."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.SweepDutyEnded.v1"
    ended_on: dt.date


class SweepReported(_RegisterEvent):
    """A sweep (排查) was reported for a period; a nil report (零报告) counts."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.SweepReported.v1"
    level: Level
    period: str
    period_starts_on: dt.date
    period_ends_on: dt.date
    swept_on: dt.date
    disputes_found: int
    nil_report: bool
    on_time: bool


class SweepMissed(_RegisterEvent):
    """Alert: a sweep period ended without a report."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.SweepMissed.v1"
    level: Level
    period: str
    period_starts_on: dt.date
    period_ends_on: dt.date


class CompensationArrearsRecorded(_RegisterEvent):
    """Land-acquisition compensation arrears: this entry (yuan) and the totals after it."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.CompensationArrearsRecorded.v1"
    recorded_on: dt.date
    owed_yuan: int
    paid_yuan: int
    recovered_yuan: int
    total_owed_yuan: int
    total_paid_yuan: int
    total_recovered_yuan: int


class ReservedLandRecorded(_RegisterEvent):
    """Historical reserved-land (留用地) obligations: this entry (mu) and the totals."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.ReservedLandRecorded.v1"
    recorded_on: dt.date
    owed_mu: float
    fulfilled_mu: float
    form: ReservedLandForm | None = None
    total_owed_mu: float
    total_fulfilled_land_mu: float
    total_fulfilled_property_mu: float
    total_fulfilled_cash_mu: float


class PensionCohortRecorded(_RegisterEvent):
    """Landless farmers' old-age insurance: people entitled and enrolled, and the totals."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.PensionCohortRecorded.v1"
    recorded_on: dt.date
    entitled: int
    enrolled: int
    total_entitled: int
    total_enrolled: int


class ThreeCapitalsRecorded(_RegisterEvent):
    """The three-capitals (三资) clean-up: this entry and the totals after it."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.ThreeCapitalsRecorded.v1"
    recorded_on: dt.date
    items_inventoried: int
    contracts_found: int
    contracts_corrected: int
    funds_recovered_yuan: int
    total_items_inventoried: int
    total_contracts_found: int
    total_contracts_corrected: int
    total_funds_recovered_yuan: int


class AssetDealRecorded(_RegisterEvent):
    """A collective-asset deal was entered in the ledger."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.AssetDealRecorded.v1"
    deal_id: str
    deal_kind: DealKind
    amount_yuan: int
    deal_on: dt.date


REGISTER_EVENTS: tuple[type[PublicEvent], ...] = (
    DisputeRegistered,
    DisputeEscalated,
    DisputeResolved,
    JudicialConfirmationApplied,
    JudicialConfirmationLapsed,
    DisputeFollowedUp,
    DisputeClosed,
    DisputeDiverted,
    SweepDutyStarted,
    SweepDutyEnded,
    SweepReported,
    SweepMissed,
    CompensationArrearsRecorded,
    ReservedLandRecorded,
    PensionCohortRecorded,
    ThreeCapitalsRecorded,
    AssetDealRecorded,
)
