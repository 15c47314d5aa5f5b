"""What the read model holds of each cadre, as the use cases see it.

A view is built from the cadre's state (``of_state``): the projection writes the
read model from exactly that (read_model.py), the PostgreSQL queries read it back
(queries.py), and the use-case tests' in-memory read model builds it the same way.
Personal fields appear only sealed (``sealed_personal``): the vault opens them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from frontline.cadre.domain.cadre_records import ObjectionState, ProcedureStage, ServiceStatus
from frontline.cadre.domain.cadre_state import CadreState
from frontline.cadre.domain.vocabulary import (
    AgeBand,
    AppointmentVia,
    EducationLevel,
    EvaluationGrade,
    Gender,
    IntegrityOpinion,
    Post,
    TrainingTopic,
)


@dataclass(frozen=True)
class CadreView:
    cadre_id: str
    division_code: str
    gender: Gender
    age_band: AgeBand  # at registration
    education_level: EducationLevel
    party_member: bool
    registered_on: date
    sealed_personal: str | None
    erased_on: date | None

    @classmethod
    def of_state(cls, s: CadreState) -> CadreView:
        assert s.registered_on is not None
        return cls(
            cadre_id=s.cadre_id,
            division_code=s.division_code,
            gender=s.gender,
            age_band=s.registered_age_band,
            education_level=s.education_level,
            party_member=s.party_member,
            registered_on=s.registered_on,
            sealed_personal=s.sealed_personal,
            erased_on=s.erased_on,
        )


@dataclass(frozen=True)
class HoldingView:
    cadre_id: str
    org_unit_id: str
    division_code: str
    post: Post
    since: date
    term_end: date | None
    also_village_head: bool
    via: AppointmentVia

    @classmethod
    def of_state(cls, s: CadreState, org_unit_id: str, post: Post) -> HoldingView:
        h = s.posts[(org_unit_id, post)]
        return cls(
            s.cadre_id,
            org_unit_id,
            h.division_code,
            post,
            h.since,
            h.term_end,
            h.also_village_head,
            h.via,
        )


@dataclass(frozen=True)
class ProcedureView:
    procedure_id: str
    cadre_id: str
    org_unit_id: str
    division_code: str
    post: Post
    stage: ProcedureStage
    nominated_on: date
    integrity_opinion: IntegrityOpinion | None
    notice_starts_on: date | None
    notice_ends_on: date | None
    notice_provisional: bool
    term_end: date | None
    also_village_head: bool
    finished_on: date | None
    objection: ObjectionState | None
    objection_reported_on: date | None
    objection_checked_on: date | None

    @classmethod
    def of_state(cls, s: CadreState, procedure_id: str) -> ProcedureView:
        p = s.procedures[procedure_id]
        return cls(
            procedure_id=procedure_id,
            cadre_id=s.cadre_id,
            org_unit_id=p.org_unit_id,
            division_code=p.division_code,
            post=p.post,
            stage=p.stage,
            nominated_on=p.nominated_on,
            integrity_opinion=p.integrity_opinion,
            notice_starts_on=p.notice_starts_on,
            notice_ends_on=p.notice_ends_on,
            notice_provisional=p.notice_provisional,
            term_end=p.term_end,
            also_village_head=p.also_village_head,
            finished_on=p.finished_on,
            objection=p.objection,
            objection_reported_on=p.objection_reported_on,
            objection_checked_on=p.objection_checked_on,
        )


@dataclass(frozen=True)
class UpgradeView:
    upgrade_id: str
    cadre_id: str
    target_level: EducationLevel
    institution: str
    enrolled_on: date
    graduated_on: date | None

    @classmethod
    def of_state(cls, s: CadreState, upgrade_id: str) -> UpgradeView:
        u = s.upgrades[upgrade_id]
        return cls(
            upgrade_id, s.cadre_id, u.target_level, u.institution, u.enrolled_on, u.graduated_on
        )


@dataclass(frozen=True)
class TrainingView:
    training_id: str
    cadre_id: str
    topic_category: TrainingTopic
    title: str
    planned_hours: float
    hours: float | None
    started_on: date
    completed_on: date | None

    @classmethod
    def of_state(cls, s: CadreState, training_id: str) -> TrainingView:
        t = s.trainings[training_id]
        return cls(
            training_id,
            s.cadre_id,
            t.topic_category,
            t.title,
            t.planned_hours,
            t.hours,
            t.started_on,
            t.completed_on,
        )


@dataclass(frozen=True)
class EvaluationView:
    cadre_id: str
    year: int
    grade: EvaluationGrade
    achievements: tuple[str, ...]

    @classmethod
    def of_state(cls, s: CadreState, year: int) -> EvaluationView:
        e = s.evaluations[year]
        return cls(s.cadre_id, year, e.grade, e.achievements)


@dataclass(frozen=True)
class PayView:
    """A year's pay as the read model keeps it: sealed (the vault opens it) or, for
    records stored before pay was sealed, plain until the person is erased."""

    cadre_id: str
    year: int
    township_code: str
    sealed_amount: str | None
    legacy_amount_yuan: Decimal | None

    @classmethod
    def of_state(cls, s: CadreState, year: int) -> PayView:
        r = s.remunerations[year]
        return cls(s.cadre_id, year, s.division_code[:9], r.sealed_amount, r.legacy_amount_yuan)


@dataclass(frozen=True)
class StudentOfficialView:
    cadre_id: str
    village_code: str
    term_years: int
    starts_on: date
    ends_on: date
    status: ServiceStatus
    finished_on: date | None
    # The latest annual evaluation, if any.
    latest_grade: EvaluationGrade | None

    @property
    def division_code(self) -> str:
        return self.village_code

    @classmethod
    def of_state(cls, s: CadreState) -> StudentOfficialView:
        o = s.student_official
        assert o is not None
        latest = s.evaluations[max(s.evaluations)].grade if s.evaluations else None
        return cls(
            s.cadre_id,
            o.village_code,
            o.term_years,
            o.starts_on,
            o.ends_on,
            o.status,
            o.finished_on,
            latest,
        )


@dataclass(frozen=True)
class UnitView:
    """An org unit as this service knows it from organization.events.v1 (reactions.py)."""

    org_unit_id: str
    division_code: str
    level: str
    dissolved_on: date | None
