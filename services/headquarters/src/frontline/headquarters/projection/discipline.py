"""Projector of ``discipline.events.v1`` (contracts: ``frontline.contracts.discipline`` and
``discipline_registers``): the rule-of-law pillar (法治).

Clues and cases (``discipline_cases.py``) by township until decided, then by village;
disputes, sweeps and ledgers (``discipline_registers.py``) by division. Not projected:
``SanctionImposed`` and ``SanctionRevoked`` name a cadre, and ``IntegrityOpinionIssued``
answers one appointment — individual discipline details never reach headquarters
(DOMAIN.md "Headquarters"); a removal reaches it as the cadre service's leave and the
organization's vacancy. ``CaseSubmittedForReview``/``Returned`` only date the case row.
"""

from __future__ import annotations

from collections.abc import Callable

from frontline.headquarters.projection import discipline_cases as cases
from frontline.headquarters.projection import discipline_registers as registers
from frontline.headquarters.projection.ops import EventLike, Projection

TOPIC = "discipline.events.v1"
_NS = "cn.frontline.discipline."

HANDLERS: dict[str, Callable[[EventLike], Projection]] = {
    _NS + "ClueReceived.v1": cases.clue_received,
    _NS + "ClueDisposed.v1": cases.clue_disposed,
    _NS + "ClueVerificationConcluded.v1": cases.verification_concluded,
    _NS + "ClueReplySent.v1": cases.reply_sent,
    _NS + "ClueReplyOverdue.v1": cases.reply_overdue,
    _NS + "CaseFiled.v1": cases.case_filed,
    _NS + "InvestigationExtended.v1": cases.investigation_extended,
    _NS + "InvestigationOverdue.v1": cases.investigation_overdue,
    _NS + "CaseSubmittedForReview.v1": cases.case_submitted,
    _NS + "CaseReturnedForInvestigation.v1": cases.case_returned,
    _NS + "CaseDecided.v1": cases.case_decided,
    _NS + "CaseExecuted.v1": cases.case_executed,
    _NS + "CaseArchived.v1": cases.case_archived,
    _NS + "AppealRecorded.v1": cases.appeal_recorded,
    _NS + "AppealConcluded.v1": cases.appeal_concluded,
    _NS + "DisputeRegistered.v1": registers.dispute_registered,
    _NS + "DisputeEscalated.v1": registers.dispute_escalated,
    _NS + "DisputeResolved.v1": registers.dispute_resolved,
    _NS + "JudicialConfirmationApplied.v1": registers.confirmation_applied,
    _NS + "JudicialConfirmationLapsed.v1": registers.confirmation_lapsed,
    _NS + "DisputeFollowedUp.v1": registers.dispute_followed_up,
    _NS + "DisputeClosed.v1": registers.dispute_closed,
    _NS + "DisputeDiverted.v1": registers.dispute_diverted,
    _NS + "SweepDutyStarted.v1": registers.sweep_duty_started,
    _NS + "SweepDutyEnded.v1": registers.sweep_duty_ended,
    _NS + "SweepReported.v1": registers.sweep_reported,
    _NS + "SweepMissed.v1": registers.sweep_missed,
    _NS + "CompensationArrearsRecorded.v1": registers.arrears_recorded,
    _NS + "ReservedLandRecorded.v1": registers.reserved_land_recorded,
    _NS + "PensionCohortRecorded.v1": registers.pension_recorded,
    _NS + "ThreeCapitalsRecorded.v1": registers.three_capitals_recorded,
    _NS + "AssetDealRecorded.v1": registers.asset_deal_recorded,
}
