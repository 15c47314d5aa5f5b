"""What the cadre decider remembers about one cadre, folded from its events.

The state holds every record the read model shows (cadre_records.py), so the
projection writes rows from exactly this state (views.py) and the use-case tests
read the same views from it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_records import (
    OPEN_STAGES,
    AcademicUpgrade,
    Evaluation,
    Holding,
    PayRecord,
    Procedure,
    Sanction,
    ServiceStatus,
    StudentOfficial,
    TrainingRecord,
)
from frontline.cadre.domain.vocabulary import AgeBand, EducationLevel, Gender, Post
from frontline.kernel.decider import DomainEvent


@dataclass(frozen=True)
class CadreState:
    cadre_id: str = ""
    registered: bool = False
    gender: Gender = "female"
    # The latest band: computed at registration, again on each appointment day.
    age_band: AgeBand = "under_30"
    # The band the registry shows (Cadre.age_band: "at registration").
    registered_age_band: AgeBand = "under_30"
    education_level: EducationLevel = "primary"
    party_member: bool = False
    division_code: str = ""
    registered_on: date | None = None
    # The latest ciphertext of the personal fields; None once erased.
    sealed_personal: str | None = None
    erased_on: date | None = None
    procedures: dict[str, Procedure] = field(default_factory=dict)
    # Posts held now, keyed by (org unit id, post).
    posts: dict[tuple[str, Post], Holding] = field(default_factory=dict)
    upgrades: dict[str, AcademicUpgrade] = field(default_factory=dict)
    trainings: dict[str, TrainingRecord] = field(default_factory=dict)
    student_official: StudentOfficial | None = None
    evaluations: dict[int, Evaluation] = field(default_factory=dict)
    # Income growth plan: the latest pay recorded per year, sealed (never published).
    remunerations: dict[int, PayRecord] = field(default_factory=dict)
    # Discipline sanctions by (case id, measure kind), from the discipline service.
    sanctions: dict[tuple[str, str], Sanction] = field(default_factory=dict)

    @property
    def erased(self) -> bool:
        return self.erased_on is not None

    def open_procedure_for(self, org_unit_id: str, post: Post) -> str | None:
        for procedure_id, procedure in self.procedures.items():
            same_post = (procedure.org_unit_id, procedure.post) == (org_unit_id, post)
            if same_post and procedure.stage in OPEN_STAGES:
                return procedure_id
        return None


def initial_state() -> CadreState:
    return CadreState()


def _with_procedure(state: CadreState, procedure_id: str, **changes: Any) -> CadreState:
    procedure = replace(state.procedures[procedure_id], **changes)
    return replace(state, procedures={**state.procedures, procedure_id: procedure})


def _appointed(state: CadreState, event: ev.CadreAppointed) -> CadreState:
    holding = Holding(
        event.division_code, event.appointed_on, event.term_end, event.also_village_head, event.via
    )
    posts = {**state.posts, (event.org_unit_id, event.post): holding}
    state = replace(state, posts=posts, age_band=event.age_band or state.age_band)
    if event.procedure_id is not None:
        state = _with_procedure(
            state, event.procedure_id, stage="appointed", finished_on=event.appointed_on
        )
    return state


def _registered(event: ev.CadreRegistered) -> CadreState:
    return CadreState(
        cadre_id=event.cadre_id,
        registered=True,
        gender=event.gender,
        age_band=event.age_band,
        registered_age_band=event.age_band,
        education_level=event.education_level,
        party_member=event.party_member,
        division_code=event.division_code,
        registered_on=event.registered_on,
        sealed_personal=event.sealed_personal,
    )


def _nominated(state: CadreState, e: ev.AppointmentNominated) -> CadreState:
    procedure = Procedure(
        org_unit_id=e.org_unit_id,
        division_code=e.division_code,
        post=e.post,
        term_end=e.term_end,
        also_village_head=e.also_village_head,
        nominated_on=e.nominated_on,
    )
    return replace(state, procedures={**state.procedures, e.procedure_id: procedure})


def _left(state: CadreState, event: ev.CadreLeftPost) -> CadreState:
    posts = dict(state.posts)
    posts.pop((event.org_unit_id, event.post), None)
    return replace(state, posts=posts)


def _student_official(state: CadreState, status: ServiceStatus, on: date) -> CadreState:
    assert state.student_official is not None
    official = replace(state.student_official, status=status, finished_on=on)
    return replace(state, student_official=official)


def _inspected(state: CadreState, e: ev.CandidateInspected) -> CadreState:
    return _with_procedure(
        state, e.procedure_id, stage="inspected", integrity_opinion=e.integrity_opinion
    )


def _notice_started(state: CadreState, e: ev.PublicNoticeStarted) -> CadreState:
    return _with_procedure(
        state,
        e.procedure_id,
        stage="in_notice",
        notice_starts_on=e.starts_on,
        notice_ends_on=e.ends_on,
        notice_provisional=e.provisional,
    )


def _notice_rescheduled(state: CadreState, e: ev.PublicNoticeRescheduled) -> CadreState:
    return _with_procedure(
        state, e.procedure_id, notice_ends_on=e.ends_on, notice_provisional=e.provisional
    )


def _objection_reported(state: CadreState, e: ev.NoticeObjectionReported) -> CadreState:
    return _with_procedure(
        state,
        e.procedure_id,
        objection="open",
        objection_reported_on=e.reported_on,
        objection_checked_on=None,
    )


def _objection_checked(state: CadreState, e: ev.NoticeObjectionChecked) -> CadreState:
    return _with_procedure(
        state, e.procedure_id, objection=e.outcome, objection_checked_on=e.checked_on
    )


def _erased(state: CadreState, e: ev.PersonalDataErased) -> CadreState:
    # Pay stored plain before it was sealed goes with the key (read_model.py scrubs it).
    sealed = {year: PayRecord(r.sealed_amount) for year, r in state.remunerations.items()}
    return replace(state, sealed_personal=None, erased_on=e.erased_on, remunerations=sealed)


def _paid(state: CadreState, e: ev.RemunerationRecorded) -> CadreState:
    record = PayRecord(e.sealed_amount, e.legacy_amount_yuan)
    return replace(state, remunerations={**state.remunerations, e.year: record})


def _withdrawn(state: CadreState, e: ev.AppointmentWithdrawn) -> CadreState:
    return _with_procedure(state, e.procedure_id, stage="withdrawn", finished_on=e.withdrawn_on)


def _enrolled(state: CadreState, e: ev.AcademicUpgradeEnrolled) -> CadreState:
    upgrade = AcademicUpgrade(e.target_level, e.institution, e.enrolled_on)
    return replace(state, upgrades={**state.upgrades, e.upgrade_id: upgrade})


def _graduated(state: CadreState, e: ev.AcademicUpgradeGraduated) -> CadreState:
    upgrade = replace(state.upgrades[e.upgrade_id], graduated_on=e.graduated_on)
    upgrades = {**state.upgrades, e.upgrade_id: upgrade}
    return replace(state, upgrades=upgrades, education_level=e.to_level)


def _training_started(state: CadreState, e: ev.TrainingStarted) -> CadreState:
    started = TrainingRecord(e.topic_category, e.title, e.planned_hours, e.started_on)
    return replace(state, trainings={**state.trainings, e.training_id: started})


def _training_completed(state: CadreState, e: ev.TrainingCompleted) -> CadreState:
    done = replace(state.trainings[e.training_id], hours=e.hours, completed_on=e.completed_on)
    return replace(state, trainings={**state.trainings, e.training_id: done})


def _assigned(state: CadreState, e: ev.StudentOfficialAssigned) -> CadreState:
    official = StudentOfficial(e.village_code, e.term_years, e.starts_on, e.ends_on)
    return replace(state, student_official=official)


def _evaluated(state: CadreState, e: ev.CadreEvaluated) -> CadreState:
    evaluation = Evaluation(e.grade, e.achievements)
    return replace(state, evaluations={**state.evaluations, e.year: evaluation})


def _sanctioned(state: CadreState, e: ev.SanctionRecorded) -> CadreState:
    sanction = Sanction(e.decided_on, e.influence_ends_on, e.permanent)
    return replace(state, sanctions={**state.sanctions, (e.case_id, e.kind): sanction})


def _lifted(state: CadreState, e: ev.SanctionLifted) -> CadreState:
    lifted = replace(state.sanctions[(e.case_id, e.kind)], lifted_on=e.lifted_on)
    return replace(state, sanctions={**state.sanctions, (e.case_id, e.kind): lifted})


EVOLVERS: dict[type[DomainEvent], Callable[[CadreState, Any], CadreState]] = {
    ev.CadreRegistered: lambda s, e: _registered(e),
    ev.PersonalDataUpdated: lambda s, e: replace(s, sealed_personal=e.sealed_personal),
    ev.PersonalDataErased: _erased,
    ev.AppointmentNominated: _nominated,
    ev.CandidateInspected: _inspected,
    ev.PublicNoticeStarted: _notice_started,
    ev.PublicNoticeRescheduled: _notice_rescheduled,
    ev.NoticeObjectionReported: _objection_reported,
    ev.NoticeObjectionChecked: _objection_checked,
    ev.AppointmentWithdrawn: _withdrawn,
    ev.CadreAppointed: _appointed,
    ev.CadreLeftPost: _left,
    ev.AcademicUpgradeEnrolled: _enrolled,
    ev.AcademicUpgradeGraduated: _graduated,
    ev.TrainingStarted: _training_started,
    ev.TrainingCompleted: _training_completed,
    ev.StudentOfficialAssigned: _assigned,
    ev.StudentOfficialConverted: lambda s, e: _student_official(s, "converted", e.converted_on),
    ev.StudentOfficialDeparted: lambda s, e: _student_official(s, "departed", e.departed_on),
    ev.CadreEvaluated: _evaluated,
    ev.RemunerationRecorded: _paid,
    ev.IntegrityOpinionReceived: lambda s, e: _with_procedure(
        s, e.procedure_id, integrity_opinion=e.opinion
    ),
    ev.SanctionRecorded: _sanctioned,
    ev.SanctionLifted: _lifted,
}


def evolve(state: CadreState, event: DomainEvent) -> CadreState:
    return EVOLVERS[type(event)](state, event)
