"""Public events of the cadre service, published on ``cadre.events.v1``.

DOMAIN.md "Cadre service": personal data (name, birth date, phone, ID number)
stays inside the service, encrypted. These events carry ids, division codes,
bands and categories only. Pay and evaluation grades go out only as summaries of
a township-year that count at least five people, published once (a correction
only when at least five records changed): ``RemunerationSummaryPublished.v2`` and
``EvaluationSummaryPublished.v1``. Their predecessors (``RemunerationSummaryPublished.v1``
with its median, ``CadreEvaluated.v1`` with one person's grade) are no longer sent.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Literal

from frontline.contracts.base import DivisionCode, PublicEvent

TOPIC = "cadre.events.v1"

Post = Literal[
    "secretary",
    "deputy_secretary",
    "committee_member",
    "village_committee_head",
    "village_committee_member",
    "other",
]
Gender = Literal["female", "male"]
# Ten-year bands are coarse enough that a band plus a village does not name a person.
AgeBand = Literal["under_30", "30_39", "40_49", "50_59", "60_plus"]
EducationLevel = Literal[
    "primary",
    "junior_secondary",
    "senior_secondary",
    "vocational",
    "college",
    "bachelor",
    "postgraduate",
]
AppointmentVia = Literal["procedure", "election"]
LeaveReason = Literal["term_end", "resignation", "transfer", "dismissal"]
EvaluationGrade = Literal["excellent", "competent", "basically_competent", "incompetent"]
TrainingTopic = Literal[
    "party_building",
    "rural_governance",
    "agriculture",
    "law",
    "digital_skills",
    "collective_economy",
    "other",
]


class _CadreEvent(PublicEvent):
    topic: ClassVar[str] = TOPIC


class CadreRegistered(_CadreEvent):
    """A cadre was registered; only bands and categories go out, never personal data."""

    ce_type: ClassVar[str] = "cn.frontline.cadre.CadreRegistered.v1"
    cadre_id: str
    gender: Gender
    age_band: AgeBand
    education_level: EducationLevel
    party_member: bool
    division_code: DivisionCode | None = None


class CadrePersonalDataErased(_CadreEvent):
    """The cadre's personal data was erased inside the cadre service; the cadre id remains."""

    ce_type: ClassVar[str] = "cn.frontline.cadre.CadrePersonalDataErased.v1"
    cadre_id: str


class AppointmentNominated(_CadreEvent):
    """A cadre was nominated (民主推荐) for a post in an org unit; an appointment procedure began."""

    ce_type: ClassVar[str] = "cn.frontline.cadre.AppointmentNominated.v1"
    procedure_id: str
    cadre_id: str
    org_unit_id: str
    division_code: DivisionCode
    post: Post
    nominated_on: dt.date


class IntegrityOpinionRequested(_CadreEvent):
    """An appointment procedure reached inspection (考察) and asks the discipline service
    for its integrity opinion (廉洁意见), answered by ``IntegrityOpinionIssued``."""

    # Defined by the discipline service, which consumes it; the cadre service publishes
    # it and adds it to PUBLIC_EVENTS when its inspection step waits for the answer.

    ce_type: ClassVar[str] = "cn.frontline.cadre.IntegrityOpinionRequested.v1"
    procedure_id: str
    cadre_id: str
    org_unit_id: str
    division_code: DivisionCode
    post: Post
    requested_on: dt.date


class AppointmentWithdrawn(_CadreEvent):
    """The appointment procedure for a cadre was withdrawn; the cadre was not appointed."""

    ce_type: ClassVar[str] = "cn.frontline.cadre.AppointmentWithdrawn.v1"
    procedure_id: str
    cadre_id: str
    org_unit_id: str
    division_code: DivisionCode
    post: Post
    withdrawn_on: dt.date


class CadreAppointed(_CadreEvent):
    """A cadre took up a post (任职) in an org unit, by appointment procedure or election."""

    ce_type: ClassVar[str] = "cn.frontline.cadre.CadreAppointed.v1"
    cadre_id: str
    org_unit_id: str
    division_code: DivisionCode
    post: Post
    term_end: dt.date | None = None
    age_band: AgeBand
    education_level: EducationLevel
    gender: Gender
    # 一肩挑: the secretary is also the village committee head (DOMAIN.md).
    also_village_head: bool = False
    appointed_on: dt.date
    via: AppointmentVia


class CadreLeftPost(_CadreEvent):
    """A cadre left a post: term end, resignation, transfer or dismissal."""

    ce_type: ClassVar[str] = "cn.frontline.cadre.CadreLeftPost.v1"
    cadre_id: str
    org_unit_id: str
    division_code: DivisionCode
    post: Post
    reason: LeaveReason
    left_on: dt.date


class AcademicUpgradeEnrolled(_CadreEvent):
    """A cadre enrolled in an academic upgrade (学历提升) under Double Training (双培工程)."""

    ce_type: ClassVar[str] = "cn.frontline.cadre.AcademicUpgradeEnrolled.v1"
    cadre_id: str
    upgrade_id: str
    target_level: EducationLevel
    enrolled_on: dt.date
    division_code: DivisionCode | None = None


class AcademicUpgradeGraduated(_CadreEvent):
    """A cadre graduated from an academic upgrade (学历提升)."""

    ce_type: ClassVar[str] = "cn.frontline.cadre.AcademicUpgradeGraduated.v1"
    cadre_id: str
    upgrade_id: str
    graduated_on: dt.date
    division_code: DivisionCode | None = None


class EducationUpgraded(_CadreEvent):
    """The cadre's education level rose; sent with AcademicUpgradeGraduated when it changed."""

    ce_type: ClassVar[str] = "cn.frontline.cadre.EducationUpgraded.v1"
    cadre_id: str
    from_level: EducationLevel
    to_level: EducationLevel
    upgraded_on: dt.date
    division_code: DivisionCode | None = None


class TrainingCompleted(_CadreEvent):
    """A cadre completed professional training (专业培训) with the given hours and topic."""

    ce_type: ClassVar[str] = "cn.frontline.cadre.TrainingCompleted.v1"
    cadre_id: str
    training_id: str
    topic_category: TrainingTopic
    hours: float
    completed_on: dt.date
    division_code: DivisionCode | None = None


class StudentOfficialAssigned(_CadreEvent):
    """A university-student village official (大学生村官) was assigned to a village for a term."""

    ce_type: ClassVar[str] = "cn.frontline.cadre.StudentOfficialAssigned.v1"
    cadre_id: str
    division_code: DivisionCode
    term_years: int
    starts_on: dt.date
    ends_on: dt.date


class StudentOfficialConverted(_CadreEvent):
    """A university-student village official was converted into a village cadre (转任)."""

    ce_type: ClassVar[str] = "cn.frontline.cadre.StudentOfficialConverted.v1"
    cadre_id: str
    division_code: DivisionCode
    converted_on: dt.date


class StudentOfficialDeparted(_CadreEvent):
    """A serving university-student village official left without being converted (转任)."""

    ce_type: ClassVar[str] = "cn.frontline.cadre.StudentOfficialDeparted.v1"
    cadre_id: str
    division_code: DivisionCode
    departed_on: dt.date


class EvaluationSummaryPublished(_CadreEvent):
    """Annual evaluation (实绩考核): how many of a township's cadres got each grade in a
    year, never one person's grade. At least 5 cadres are counted (the county may ask
    for more). A township-year is published once: a higher `revision` is a correction
    that replaces the earlier counts, made only when at least as many grades changed.
    """

    ce_type: ClassVar[str] = "cn.frontline.cadre.EvaluationSummaryPublished.v1"
    township_code: DivisionCode
    year: int
    cadre_count: int
    excellent: int
    competent: int
    basically_competent: int
    incompetent: int
    revision: int
    published_on: dt.date


class CadreEvaluated(_CadreEvent):
    """A cadre's annual evaluation (实绩考核) was graded for the year. No longer sent: one
    person's grade stays inside the cadre service; the township's counts per grade are
    published instead.
    """

    ce_type: ClassVar[str] = "cn.frontline.cadre.CadreEvaluated.v1"
    superseded_by: ClassVar[str | None] = EvaluationSummaryPublished.ce_type
    still_published: ClassVar[bool] = False
    cadre_id: str
    year: int
    grade: EvaluationGrade
    division_code: DivisionCode | None = None


class RemunerationSummaryPublishedV2(_CadreEvent):
    """Income growth plan (收入增长计划): a township's average yearly pay, never one
    person's. At least 5 cadres are counted (the county may ask for more), the average
    is rounded to 100 yuan and there is no median. A township-year is published once: a
    higher `revision` is a correction that replaces the earlier figures, made only when
    at least as many pay records changed.
    """

    ce_type: ClassVar[str] = "cn.frontline.cadre.RemunerationSummaryPublished.v2"
    township_code: DivisionCode
    year: int
    cadre_count: int
    average_yuan: float
    # Growth of this average over the previous year's published one; None without one.
    growth_rate: float | None = None
    revision: int
    published_on: dt.date


class RemunerationSummaryPublished(_CadreEvent):
    """Income growth plan (收入增长计划): a township's pay summary. No longer sent: three
    cadres sufficed, the median of an odd count is one person's pay, and a township-year
    could be republished until two versions gave away a newcomer's pay.
    """

    ce_type: ClassVar[str] = "cn.frontline.cadre.RemunerationSummaryPublished.v1"
    superseded_by: ClassVar[str | None] = RemunerationSummaryPublishedV2.ce_type
    still_published: ClassVar[bool] = False
    township_code: DivisionCode
    year: int
    cadre_count: int
    average_yuan: float
    median_yuan: float
    # Growth of the average over the previous year's; None when there is no previous year.
    growth_rate: float | None = None


PUBLIC_EVENTS: tuple[type[PublicEvent], ...] = (
    CadreRegistered,
    CadrePersonalDataErased,
    AppointmentNominated,
    AppointmentWithdrawn,
    CadreAppointed,
    CadreLeftPost,
    AcademicUpgradeEnrolled,
    AcademicUpgradeGraduated,
    EducationUpgraded,
    TrainingCompleted,
    StudentOfficialAssigned,
    StudentOfficialConverted,
    StudentOfficialDeparted,
    EvaluationSummaryPublished,
    CadreEvaluated,
    RemunerationSummaryPublishedV2,
    RemunerationSummaryPublished,
)
