"""Commands to the cadre aggregate (one stream per cadre).

Commands fired by the service itself (``CompletePublicNotice`` from the notice
timer) and those that must know the county's day (an objection's dates) carry
``today`` so the decider never reads a clock.
"""

from __future__ import annotations

from datetime import date

from pydantic import Field

from frontline.cadre.domain.vocabulary import (
    AgeBand,
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
from frontline.kernel.decider import Command


class RegisterCadre(Command):
    cadre_id: str
    sealed_personal: str = Field(min_length=1)
    gender: Gender
    age_band: AgeBand
    education_level: EducationLevel
    party_member: bool
    division_code: DivisionCode
    registered_on: date
    # Filled by the service from its ID-hash index: the same person registered before.
    duplicate_of: str | None = None


class UpdatePersonalData(Command):
    sealed_personal: str = Field(min_length=1)
    updated_on: date


class ErasePersonalData(Command):
    erased_on: date


class NominateForPost(Command):
    procedure_id: str
    org_unit_id: str
    division_code: DivisionCode
    post: Post
    term_end: date | None = None
    also_village_head: bool = False
    nominated_on: date


class RecordInspection(Command):
    # The integrity opinion is not typed in: the discipline service answers the request
    # this inspection publishes (RecordIntegrityOpinion, DOMAIN.md "Appointment").
    procedure_id: str
    inspected_on: date
    summary: str = Field(default="", max_length=2000)


class StartPublicNotice(Command):
    procedure_id: str
    starts_on: date


class CompletePublicNotice(Command):
    procedure_id: str
    today: date
    # The cadre's age band today, read by the service from the sealed birth date
    # (None once erased: the band at registration stands).
    age_band: AgeBand | None = None


class ReportNoticeObjection(Command):
    procedure_id: str
    reported_on: date
    today: date


class CheckNoticeObjection(Command):
    procedure_id: str
    checked_on: date
    outcome: ObjectionOutcome
    today: date
    # The cadre's age band today, in case clearing the objection appoints (as for
    # CompletePublicNotice; None once erased).
    age_band: AgeBand | None = None


class WithdrawAppointment(Command):
    procedure_id: str
    withdrawn_on: date
    reason: str = Field(default="", max_length=500)


class AppointFromElection(Command):
    election_ref: str = Field(min_length=1)
    org_unit_id: str
    division_code: DivisionCode
    post: Post
    term_end: date | None = None
    also_village_head: bool = False
    appointed_on: date
    age_band: AgeBand | None = None


class LeavePost(Command):
    org_unit_id: str
    post: Post
    reason: LeaveReason
    left_on: date


class EnrolAcademicUpgrade(Command):
    upgrade_id: str
    target_level: EducationLevel
    institution: str = Field(min_length=1, max_length=200)
    enrolled_on: date


class GraduateAcademicUpgrade(Command):
    upgrade_id: str
    graduated_on: date


class StartTraining(Command):
    training_id: str
    topic_category: TrainingTopic
    title: str = Field(min_length=1, max_length=200)
    planned_hours: float = Field(gt=0, le=2000)
    started_on: date


class CompleteTraining(Command):
    training_id: str
    hours: float = Field(gt=0, le=2000)
    completed_on: date


class AssignStudentOfficial(Command):
    village_code: DivisionCode
    term_years: int
    starts_on: date


class ConvertStudentOfficial(Command):
    converted_on: date


class RecordStudentOfficialDeparture(Command):
    reason: StudentDepartureReason
    departed_on: date


class EvaluateCadre(Command):
    year: int = Field(ge=2000, le=2100)
    grade: EvaluationGrade
    achievements: tuple[str, ...] = ()
    evaluated_on: date


class RecordRemuneration(Command):
    year: int = Field(ge=2000, le=2100)
    # The amount sealed by the service under the person's key (personal_data.PaidAmount).
    sealed_amount: str = Field(min_length=1)
    recorded_on: date


class RecordIntegrityOpinion(Command):
    """The discipline service's integrity opinion (廉洁意见) arrived (reactions.py)."""

    procedure_id: str
    opinion: IntegrityOpinion
    issued_on: date


class RecordSanction(Command):
    """A sanction the discipline service imposed on this cadre (reactions.py)."""

    case_id: str
    measure_type: MeasureType
    kind: MeasureKind
    removes_from_post: bool
    influence_ends_on: date | None = None
    permanent: bool
    decided_on: date


class LiftSanction(Command):
    """The sanction was revoked on appeal: its influence period ends."""

    case_id: str
    kind: MeasureKind
    revoked_on: date
