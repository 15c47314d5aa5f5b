"""Stored (private) events of the cadre aggregate.

Personal fields (name, birth date, phone, hashed ID number) exist here only as
``sealed_personal``, and a year's pay only as ``sealed_amount``: AES-GCM ciphertext
under the person's own key, so erasing the key erases them from every stored event
without rewriting history (DESIGN.md §6). Gender, age band, education and party
membership are kept clear because the agreed public events carry them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import ClassVar

from frontline.cadre.domain.vocabulary import (
    AgeBand,
    AppointmentVia,
    DivisionCode,
    EducationLevel,
    EvaluationGrade,
    Gender,
    IntegrityOpinion,
    LeaveReason,
    MeasureKind,
    MeasureType,
    ObjectionOutcome,
    Post,
    StudentDepartureReason,
    TrainingTopic,
)
from frontline.kernel.decider import DomainEvent


class CadreRegistered(DomainEvent):
    event_type: ClassVar[str] = "CadreRegistered"
    cadre_id: str
    sealed_personal: str
    gender: Gender
    age_band: AgeBand
    education_level: EducationLevel
    party_member: bool
    division_code: DivisionCode
    registered_on: date


class PersonalDataUpdated(DomainEvent):
    event_type: ClassVar[str] = "PersonalDataUpdated"
    sealed_personal: str
    updated_on: date


class PersonalDataErased(DomainEvent):
    event_type: ClassVar[str] = "PersonalDataErased"
    erased_on: date


class AppointmentNominated(DomainEvent):
    event_type: ClassVar[str] = "AppointmentNominated"
    procedure_id: str
    org_unit_id: str
    division_code: DivisionCode
    post: Post
    term_end: date | None = None
    also_village_head: bool = False
    nominated_on: date


class CandidateInspected(DomainEvent):
    """The inspection (考察) was recorded; it asks the discipline service for its opinion."""

    event_type: ClassVar[str] = "CandidateInspected"
    procedure_id: str
    inspected_on: date
    # Only in events stored before the discipline service answered: the opinion a
    # cadre manager typed in. It still stands for those procedures; never set now.
    integrity_opinion: IntegrityOpinion | None = None
    summary: str = ""


class IntegrityOpinionReceived(DomainEvent):
    """The discipline service's integrity opinion (廉洁意见) on the inspected candidate."""

    event_type: ClassVar[str] = "IntegrityOpinionReceived"
    procedure_id: str
    opinion: IntegrityOpinion
    issued_on: date


class PublicNoticeStarted(DomainEvent):
    event_type: ClassVar[str] = "PublicNoticeStarted"
    procedure_id: str
    starts_on: date
    ends_on: date
    provisional: bool = False


class PublicNoticeRescheduled(DomainEvent):
    """The notice end was counted on a provisional calendar and moved once the year was known."""

    event_type: ClassVar[str] = "PublicNoticeRescheduled"
    procedure_id: str
    ends_on: date
    provisional: bool = False


class NoticeObjectionReported(DomainEvent):
    """Someone reported a problem with the candidate during the notice (任前公示期间反映问题):
    the procedure is held until it is checked. Who reported, and what, stays with the
    people who check it."""

    event_type: ClassVar[str] = "NoticeObjectionReported"
    procedure_id: str
    reported_on: date


class NoticeObjectionChecked(DomainEvent):
    """The objection was checked: cleared (the appointment goes ahead) or upheld (withdrawn)."""

    event_type: ClassVar[str] = "NoticeObjectionChecked"
    procedure_id: str
    checked_on: date
    outcome: ObjectionOutcome


class AppointmentWithdrawn(DomainEvent):
    event_type: ClassVar[str] = "AppointmentWithdrawn"
    procedure_id: str
    withdrawn_on: date
    reason: str = ""


class CadreAppointed(DomainEvent):
    event_type: ClassVar[str] = "CadreAppointed"
    procedure_id: str | None = None
    election_ref: str | None = None
    org_unit_id: str
    division_code: DivisionCode
    post: Post
    term_end: date | None = None
    also_village_head: bool = False
    appointed_on: date
    via: AppointmentVia
    # Age band on the appointment day (None: the band at registration stands).
    age_band: AgeBand | None = None


class CadreLeftPost(DomainEvent):
    event_type: ClassVar[str] = "CadreLeftPost"
    org_unit_id: str
    division_code: DivisionCode
    post: Post
    reason: LeaveReason
    left_on: date


class SanctionRecorded(DomainEvent):
    """A discipline sanction on the cadre; no nomination during its influence period."""

    event_type: ClassVar[str] = "SanctionRecorded"
    case_id: str
    measure_type: MeasureType
    kind: MeasureKind
    influence_ends_on: date | None = None
    permanent: bool
    decided_on: date


class SanctionLifted(DomainEvent):
    """The sanction was revoked on appeal; its influence period ended that day."""

    event_type: ClassVar[str] = "SanctionLifted"
    case_id: str
    kind: MeasureKind
    lifted_on: date


class AcademicUpgradeEnrolled(DomainEvent):
    event_type: ClassVar[str] = "AcademicUpgradeEnrolled"
    upgrade_id: str
    target_level: EducationLevel
    institution: str
    enrolled_on: date


class AcademicUpgradeGraduated(DomainEvent):
    event_type: ClassVar[str] = "AcademicUpgradeGraduated"
    upgrade_id: str
    from_level: EducationLevel
    to_level: EducationLevel
    graduated_on: date


class TrainingStarted(DomainEvent):
    event_type: ClassVar[str] = "TrainingStarted"
    training_id: str
    topic_category: TrainingTopic
    title: str
    planned_hours: float
    started_on: date


class TrainingCompleted(DomainEvent):
    event_type: ClassVar[str] = "TrainingCompleted"
    training_id: str
    hours: float
    completed_on: date


class StudentOfficialAssigned(DomainEvent):
    event_type: ClassVar[str] = "StudentOfficialAssigned"
    village_code: DivisionCode
    term_years: int
    starts_on: date
    ends_on: date


class StudentOfficialConverted(DomainEvent):
    event_type: ClassVar[str] = "StudentOfficialConverted"
    converted_on: date


class StudentOfficialDeparted(DomainEvent):
    event_type: ClassVar[str] = "StudentOfficialDeparted"
    reason: StudentDepartureReason
    departed_on: date


class CadreEvaluated(DomainEvent):
    event_type: ClassVar[str] = "CadreEvaluated"
    year: int
    grade: EvaluationGrade
    achievements: tuple[str, ...] = ()
    evaluated_on: date


class RemunerationRecorded(DomainEvent):
    """Income growth plan: one person's pay, sealed under their key (DOMAIN.md).

    Schema 2. Schema 1 stored ``amount_yuan`` in plain text; such events are lifted
    with the amount as ``legacy_amount_yuan`` (upcasters.py), read only while the
    person's key exists and removed from the store when the person is erased.
    """

    event_type: ClassVar[str] = "RemunerationRecorded"
    schema_version: ClassVar[int] = 2
    year: int
    sealed_amount: str | None
    legacy_amount_yuan: Decimal | None = None
    recorded_on: date


CADRE_EVENTS: tuple[type[DomainEvent], ...] = (
    CadreRegistered,
    PersonalDataUpdated,
    PersonalDataErased,
    AppointmentNominated,
    CandidateInspected,
    PublicNoticeStarted,
    PublicNoticeRescheduled,
    NoticeObjectionReported,
    NoticeObjectionChecked,
    AppointmentWithdrawn,
    CadreAppointed,
    CadreLeftPost,
    AcademicUpgradeEnrolled,
    AcademicUpgradeGraduated,
    TrainingStarted,
    TrainingCompleted,
    StudentOfficialAssigned,
    StudentOfficialConverted,
    StudentOfficialDeparted,
    CadreEvaluated,
    RemunerationRecorded,
    IntegrityOpinionReceived,
    SanctionRecorded,
    SanctionLifted,
)
