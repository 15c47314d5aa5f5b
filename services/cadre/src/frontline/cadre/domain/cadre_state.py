"""What the cadre decider remembers about one cadre, folded from its events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

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
    state = replace(state, posts=posts, age_band=event.age_band or state.age_band)
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


def _inspected(state: CadreState, e: ev.CandidateInspected) -> CadreState:
    return _with_procedure(
        state, e.procedure_id, stage="inspected", integrity_opinion=e.integrity_opinion
    )


def _notice_started(state: CadreState, e: ev.PublicNoticeStarted) -> CadreState:
    return _with_procedure(
        state, e.procedure_id, stage="in_notice", notice_starts_on=e.starts_on,
        notice_ends_on=e.ends_on, notice_provisional=e.provisional,
    )  # fmt: skip


def _notice_rescheduled(state: CadreState, e: ev.PublicNoticeRescheduled) -> CadreState:
    return _with_procedure(
        state, e.procedure_id, notice_ends_on=e.ends_on, notice_provisional=e.provisional
    )


def _graduated(state: CadreState, e: ev.AcademicUpgradeGraduated) -> CadreState:
    upgrades = {**state.upgrades, e.upgrade_id: None}
    return replace(state, upgrades=upgrades, education_level=e.to_level)


def _training_started(state: CadreState, e: ev.TrainingStarted) -> CadreState:
    started = TrainingRecord(e.topic_category)
    return replace(state, trainings={**state.trainings, e.training_id: started})


def _training_completed(state: CadreState, e: ev.TrainingCompleted) -> CadreState:
    done = replace(state.trainings[e.training_id], completed=True)
    return replace(state, trainings={**state.trainings, e.training_id: done})


def _assigned(state: CadreState, e: ev.StudentOfficialAssigned) -> CadreState:
    official = StudentOfficial(e.village_code, e.starts_on, e.ends_on)
    return replace(state, student_official=official)


EVOLVERS: dict[type[DomainEvent], Callable[[CadreState, Any], CadreState]] = {
    ev.CadreRegistered: lambda s, e: _registered(e),
    ev.PersonalDataErased: lambda s, e: replace(s, erased=True),
    ev.AppointmentNominated: _nominated,
    ev.CandidateInspected: _inspected,
    ev.PublicNoticeStarted: _notice_started,
    ev.PublicNoticeRescheduled: _notice_rescheduled,
    ev.AppointmentWithdrawn: lambda s, e: _with_procedure(s, e.procedure_id, stage="withdrawn"),
    ev.CadreAppointed: _appointed,
    ev.CadreLeftPost: _left,
    ev.AcademicUpgradeEnrolled: lambda s, e: replace(
        s, upgrades={**s.upgrades, e.upgrade_id: e.target_level}
    ),
    ev.AcademicUpgradeGraduated: _graduated,
    ev.TrainingStarted: _training_started,
    ev.TrainingCompleted: _training_completed,
    ev.StudentOfficialAssigned: _assigned,
    ev.StudentOfficialConverted: lambda s, e: _student_official(s, "converted"),
    ev.StudentOfficialDeparted: lambda s, e: _student_official(s, "departed"),
    ev.CadreEvaluated: lambda s, e: replace(s, evaluations={**s.evaluations, e.year: e.grade}),
    ev.RemunerationRecorded: lambda s, e: replace(
        s, remuneration_years=s.remuneration_years | {e.year}
    ),
}


def evolve(state: CadreState, event: DomainEvent) -> CadreState:
    # PersonalDataUpdated changes only ciphertext the decider never reads.
    fold = EVOLVERS.get(type(event))
    return fold(state, event) if fold else state
