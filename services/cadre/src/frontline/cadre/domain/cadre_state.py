"""What the cadre decider remembers about one cadre, folded from its events."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from frontline.cadre.domain import cadre_events as ev
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
from frontline.kernel.decider import DomainEvent

ProcedureStage = Literal["nominated", "inspected", "in_notice", "appointed", "withdrawn"]
OPEN_STAGES: frozenset[ProcedureStage] = frozenset({"nominated", "inspected", "in_notice"})


@dataclass(frozen=True)
class Procedure:
    org_unit_id: str
    division_code: str
    post: Post
    term_end: date | None
    also_village_head: bool
    stage: ProcedureStage = "nominated"
    integrity_opinion: IntegrityOpinion | None = None
    notice_starts_on: date | None = None
    notice_ends_on: date | None = None
    notice_provisional: bool = False


@dataclass(frozen=True)
class Holding:
    division_code: str
    since: date
    term_end: date | None
    also_village_head: bool
    via: AppointmentVia


@dataclass(frozen=True)
class TrainingRecord:
    topic_category: TrainingTopic
    completed: bool = False


@dataclass(frozen=True)
class StudentOfficial:
    village_code: str
    starts_on: date
    ends_on: date
    status: Literal["serving", "converted", "departed"] = "serving"


@dataclass(frozen=True)
class CadreState:
    cadre_id: str = ""
    registered: bool = False
    erased: bool = False
    gender: Gender = "female"
    age_band: AgeBand = "under_30"
    education_level: EducationLevel = "primary"
    party_member: bool = False
    division_code: str = ""
    procedures: dict[str, Procedure] = field(default_factory=dict)
    # Posts held now, keyed by (org unit id, post).
    posts: dict[tuple[str, Post], Holding] = field(default_factory=dict)
    # Academic upgrades: id -> target level while enrolled, None once graduated.
    upgrades: dict[str, EducationLevel | None] = field(default_factory=dict)
    trainings: dict[str, TrainingRecord] = field(default_factory=dict)
    student_official: StudentOfficial | None = None
    evaluations: dict[int, EvaluationGrade] = field(default_factory=dict)
    remuneration_years: frozenset[int] = frozenset()

    def open_procedure_for(self, org_unit_id: str, post: Post) -> str | None:
        for procedure_id, procedure in self.procedures.items():
            same_post = (procedure.org_unit_id, procedure.post) == (org_unit_id, post)
            if same_post and procedure.stage in OPEN_STAGES:
                return procedure_id
        return None


def initial_state() -> CadreState:
    return CadreState()


def _with_procedure(state: CadreState, procedure_id: str, **changes: object) -> CadreState:
    procedure = replace(state.procedures[procedure_id], **changes)  # type: ignore[arg-type]
    return replace(state, procedures={**state.procedures, procedure_id: procedure})


def _appointed(state: CadreState, event: ev.CadreAppointed) -> CadreState:
    holding = Holding(
        event.division_code, event.appointed_on, event.term_end, event.also_village_head, event.via
    )
    posts = {**state.posts, (event.org_unit_id, event.post): holding}
    state = replace(state, posts=posts)
    if event.procedure_id is not None:
        state = _with_procedure(state, event.procedure_id, stage="appointed")
    return state


def _registered(event: ev.CadreRegistered) -> CadreState:
    return CadreState(
        cadre_id=event.cadre_id,
        registered=True,
        gender=event.gender,
        age_band=event.age_band,
        education_level=event.education_level,
        party_member=event.party_member,
        division_code=event.division_code,
    )


def _nominated(state: CadreState, e: ev.AppointmentNominated) -> CadreState:
    procedure = Procedure(e.org_unit_id, e.division_code, e.post, e.term_end, e.also_village_head)
    return replace(state, procedures={**state.procedures, e.procedure_id: procedure})


def _left(state: CadreState, event: ev.CadreLeftPost) -> CadreState:
    posts = dict(state.posts)
    posts.pop((event.org_unit_id, event.post), None)
    return replace(state, posts=posts)


def _student_official(state: CadreState, status: Literal["converted", "departed"]) -> CadreState:
    assert state.student_official is not None
    return replace(state, student_official=replace(state.student_official, status=status))


def evolve(state: CadreState, event: DomainEvent) -> CadreState:
    match event:
        case ev.CadreRegistered():
            return _registered(event)
        case ev.PersonalDataErased():
            return replace(state, erased=True)
        case ev.AppointmentNominated():
            return _nominated(state, event)
        case ev.CandidateInspected():
            return _with_procedure(
                state,
                event.procedure_id,
                stage="inspected",
                integrity_opinion=event.integrity_opinion,
            )
        case ev.PublicNoticeStarted():
            return _with_procedure(
                state,
                event.procedure_id,
                stage="in_notice",
                notice_starts_on=event.starts_on,
                notice_ends_on=event.ends_on,
                notice_provisional=event.provisional,
            )
        case ev.PublicNoticeRescheduled():
            return _with_procedure(
                state,
                event.procedure_id,
                notice_ends_on=event.ends_on,
                notice_provisional=event.provisional,
            )
        case ev.AppointmentWithdrawn():
            return _with_procedure(state, event.procedure_id, stage="withdrawn")
        case ev.CadreAppointed():
            return _appointed(state, event)
        case ev.CadreLeftPost():
            return _left(state, event)
        case ev.AcademicUpgradeEnrolled():
            return replace(state, upgrades={**state.upgrades, event.upgrade_id: event.target_level})
        case ev.AcademicUpgradeGraduated():
            upgrades = {**state.upgrades, event.upgrade_id: None}
            return replace(state, upgrades=upgrades, education_level=event.to_level)
        case ev.TrainingStarted():
            started = TrainingRecord(event.topic_category)
            return replace(state, trainings={**state.trainings, event.training_id: started})
        case ev.TrainingCompleted():
            done = replace(state.trainings[event.training_id], completed=True)
            return replace(state, trainings={**state.trainings, event.training_id: done})
        case ev.StudentOfficialAssigned():
            official = StudentOfficial(event.village_code, event.starts_on, event.ends_on)
            return replace(state, student_official=official)
        case ev.StudentOfficialConverted():
            return _student_official(state, "converted")
        case ev.StudentOfficialDeparted():
            return _student_official(state, "departed")
        case ev.CadreEvaluated():
            return replace(state, evaluations={**state.evaluations, event.year: event.grade})
        case ev.RemunerationRecorded():
            return replace(state, remuneration_years=state.remuneration_years | {event.year})
    # PersonalDataUpdated changes only ciphertext the decider never reads.
    return state
