"""Public events of the discipline service, published on ``discipline.events.v1``.

DOMAIN.md "Discipline service". Confidential by construction: a reporter's
identity never leaves the service; before a decision, clues and cases carry the
township code and category only (a village-level "case opened" can tip off its
subject); the cadre concerned is named only with a sanction decision, because the
cadre and organization services act on it (removal from post, no nomination in
the influence period). No case narrative, evidence, grounds or summaries.
Disputes, sweeps and ledgers are the county's open registers: by division.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict

from frontline.contracts.base import DivisionCode, PublicEvent

TOPIC = "discipline.events.v1"

Category = Literal[
    "discipline_violation",
    "agriculture_duty_crime",
    "evil_forces_umbrella",
    "three_capitals_misuse",
    "other",
]
ClueSource = Literal[
    "letters_visits",
    "report",
    "police_referral",
    "three_capitals_anomaly",
    "service_center_complaint",
]
Disposal = Literal["talk_inquiry", "preliminary_verification", "shelve", "close"]
VerificationOutcome = Literal["close", "reminder_talk", "shelve"]
MeasureType = Literal[
    "party_sanction", "government_sanction", "organizational_handling", "prosecution_referral"
]
MeasureKind = Literal[
    "party_warning",
    "party_serious_warning",
    "removal_from_party_post",
    "party_probation",
    "party_expulsion",
    "government_warning",
    "demerit",
    "major_demerit",
    "demotion_in_grade",
    "dismissal",
    "government_expulsion",
    "admonishment",
    "suspension_for_inspection",
    "post_adjustment",
    "ordered_resignation",
    "removal_from_post",
    "demotion",
    "referral_to_prosecutors",
]
AppealOutcome = Literal["upheld", "revoked"]
Opinion = Literal["no_objection", "objection"]


class _DisciplineEvent(PublicEvent):
    topic: ClassVar[str] = TOPIC


class _ClueEvent(_DisciplineEvent):
    clue_id: str
    # The township only, never the village: DOMAIN.md "Case" (no tip-off).
    township_code: DivisionCode
    category: Category


class _CaseEvent(_ClueEvent):
    case_id: str


class Measure(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    measure_type: MeasureType
    kind: MeasureKind


class ClueReceived(_ClueEvent):
    """A problem clue (问题线索) was received; a reply to a real-name reporter is due by
    ``reply_due_on`` (15 working days; none for an anonymous clue)."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.ClueReceived.v1"
    source: ClueSource
    received_on: dt.date
    reply_due_on: dt.date | None = None


class ClueDisposed(_ClueEvent):
    """The clue was disposed of one of the four ways (线索处置)."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.ClueDisposed.v1"
    disposal: Disposal
    disposed_on: dt.date


class ClueVerificationConcluded(_ClueEvent):
    """A preliminary verification (初步核实) ended without a case."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.ClueVerificationConcluded.v1"
    outcome: VerificationOutcome
    concluded_on: dt.date


class ClueReplySent(_ClueEvent):
    """The real-name reporter was told whether the clue was accepted."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.ClueReplySent.v1"
    replied_on: dt.date
    reply_due_on: dt.date
    on_time: bool
    accepted: bool


class ClueReplyOverdue(_ClueEvent):
    """Alert: 15 working days passed and the real-name reporter was not told."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.ClueReplyOverdue.v1"
    reply_due_on: dt.date
    flagged_on: dt.date


class CaseFiled(_CaseEvent):
    """A case was opened (立案) on a clue under preliminary verification."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.CaseFiled.v1"
    filed_on: dt.date
    investigation_due_on: dt.date


class InvestigationExtended(_CaseEvent):
    """The investigation was extended (once at most)."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.InvestigationExtended.v1"
    extended_on: dt.date
    investigation_due_on: dt.date


class InvestigationOverdue(_CaseEvent):
    """Alert: the investigation passed its deadline without going to review."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.InvestigationOverdue.v1"
    investigation_due_on: dt.date
    flagged_on: dt.date


class CaseSubmittedForReview(_CaseEvent):
    """The case went to review (审理); its evidence is frozen."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.CaseSubmittedForReview.v1"
    submitted_on: dt.date


class CaseReturnedForInvestigation(_CaseEvent):
    """The reviewers sent the case back for supplementary investigation."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.CaseReturnedForInvestigation.v1"
    returned_on: dt.date


class CaseDecided(_CaseEvent):
    """The case was decided: its measures (none: no sanction) and the "four forms" level
    (四种形态). From the decision on, a case names its village."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.CaseDecided.v1"
    division_code: DivisionCode
    decided_on: dt.date
    four_forms_level: int
    measures: list[Measure]


class SanctionImposed(_DisciplineEvent):
    """A decided measure on a cadre, for the cadre and organization services: whether it
    removes the cadre from the post, and when its influence period (影响期) ends."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.SanctionImposed.v1"
    case_id: str
    cadre_id: str
    division_code: DivisionCode
    measure_type: MeasureType
    kind: MeasureKind
    removes_from_post: bool
    # No nomination before this day; None with ``permanent`` (expulsion, referral).
    influence_ends_on: dt.date | None = None
    permanent: bool
    decided_on: dt.date


class CaseExecuted(_CaseEvent):
    """The decision was carried out (执行)."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.CaseExecuted.v1"
    division_code: DivisionCode
    executed_on: dt.date


class CaseArchived(_CaseEvent):
    """The case was archived (归档)."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.CaseArchived.v1"
    division_code: DivisionCode
    archived_on: dt.date


class AppealRecorded(_CaseEvent):
    """An appeal (申诉) was recorded; the sanction stays in force meanwhile."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.AppealRecorded.v1"
    division_code: DivisionCode
    appealed_on: dt.date


class AppealConcluded(_CaseEvent):
    """The appeal was concluded: the decision upheld or revoked."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.AppealConcluded.v1"
    division_code: DivisionCode
    outcome: AppealOutcome
    concluded_on: dt.date


class SanctionRevoked(_DisciplineEvent):
    """A measure on a cadre was revoked on appeal: its influence period ends now."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.SanctionRevoked.v1"
    case_id: str
    cadre_id: str
    division_code: DivisionCode
    kind: MeasureKind
    revoked_on: dt.date


class IntegrityOpinionIssued(_DisciplineEvent):
    """The integrity opinion (廉洁意见) for an appointment procedure, no details."""

    ce_type: ClassVar[str] = "cn.frontline.discipline.IntegrityOpinionIssued.v1"
    procedure_id: str
    opinion: Opinion
    issued_on: dt.date


CASE_EVENTS: tuple[type[PublicEvent], ...] = (
    ClueReceived,
    ClueDisposed,
    ClueVerificationConcluded,
    ClueReplySent,
    ClueReplyOverdue,
    CaseFiled,
    InvestigationExtended,
    InvestigationOverdue,
    CaseSubmittedForReview,
    CaseReturnedForInvestigation,
    CaseDecided,
    SanctionImposed,
    CaseExecuted,
    CaseArchived,
    AppealRecorded,
    AppealConcluded,
    SanctionRevoked,
    IntegrityOpinionIssued,
)
