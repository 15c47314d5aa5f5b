"""Which stored cadre events become public, and in what shape.

Personal data never leaves: the sealed personal blob, inspection summaries,
training titles, institutions, one person's pay and one person's evaluation grade
stay in the store (DESIGN.md §2 and §5); pay and grades go out only as township
summaries (domain/small_groups.py). Gender, age band and education go out as bands
and categories for the county's statistics.
"""

from __future__ import annotations

from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_state import CadreState
from frontline.cadre.domain.evaluation_summary import EvaluationSummaryPublished
from frontline.cadre.domain.remuneration_summary import RemunerationSummaryPublished
from frontline.cadre.domain.small_groups import SummaryState
from frontline.contracts import cadre as public
from frontline.contracts.base import PublicEvent
from frontline.kernel.decider import DomainEvent
from frontline.kernel.publication import Mapper, Publication


def _registered(e: ev.CadreRegistered, s: CadreState) -> list[PublicEvent]:
    return [
        public.CadreRegistered(
            cadre_id=s.cadre_id,
            gender=e.gender,
            age_band=e.age_band,
            education_level=e.education_level,
            party_member=e.party_member,
            division_code=e.division_code,
        )
    ]


def _erased(e: ev.PersonalDataErased, s: CadreState) -> list[PublicEvent]:
    return [public.CadrePersonalDataErased(cadre_id=s.cadre_id)]


def _nominated(e: ev.AppointmentNominated, s: CadreState) -> list[PublicEvent]:
    return [
        public.AppointmentNominated(
            procedure_id=e.procedure_id,
            cadre_id=s.cadre_id,
            org_unit_id=e.org_unit_id,
            division_code=e.division_code,
            post=e.post,
            nominated_on=e.nominated_on,
        )
    ]


def _inspected(e: ev.CandidateInspected, s: CadreState) -> list[PublicEvent]:
    """The inspection asks the discipline service for its integrity opinion (廉洁意见);
    an inspection stored with a typed-in opinion (before it answered) asked nothing."""
    if e.integrity_opinion is not None:
        return []
    procedure = s.procedures[e.procedure_id]
    return [
        public.IntegrityOpinionRequested(
            procedure_id=e.procedure_id,
            cadre_id=s.cadre_id,
            org_unit_id=procedure.org_unit_id,
            division_code=procedure.division_code,
            post=procedure.post,
            requested_on=e.inspected_on,
        )
    ]


def _withdrawn(e: ev.AppointmentWithdrawn, s: CadreState) -> list[PublicEvent]:
    procedure = s.procedures[e.procedure_id]
    return [
        public.AppointmentWithdrawn(
            procedure_id=e.procedure_id,
            cadre_id=s.cadre_id,
            org_unit_id=procedure.org_unit_id,
            division_code=procedure.division_code,
            post=procedure.post,
            withdrawn_on=e.withdrawn_on,
        )
    ]


def _appointed(e: ev.CadreAppointed, s: CadreState) -> list[PublicEvent]:
    return [
        public.CadreAppointed(
            cadre_id=s.cadre_id,
            org_unit_id=e.org_unit_id,
            division_code=e.division_code,
            post=e.post,
            term_end=e.term_end,
            age_band=e.age_band or s.age_band,
            education_level=s.education_level,
            gender=s.gender,
            also_village_head=e.also_village_head,
            appointed_on=e.appointed_on,
            via=e.via,
        )
    ]


def _left(e: ev.CadreLeftPost, s: CadreState) -> list[PublicEvent]:
    return [
        public.CadreLeftPost(
            cadre_id=s.cadre_id,
            org_unit_id=e.org_unit_id,
            division_code=e.division_code,
            post=e.post,
            reason=e.reason,
            left_on=e.left_on,
        )
    ]


def _enrolled(e: ev.AcademicUpgradeEnrolled, s: CadreState) -> list[PublicEvent]:
    return [
        public.AcademicUpgradeEnrolled(
            cadre_id=s.cadre_id,
            upgrade_id=e.upgrade_id,
            target_level=e.target_level,
            enrolled_on=e.enrolled_on,
            division_code=s.division_code,
        )
    ]


def _graduated(e: ev.AcademicUpgradeGraduated, s: CadreState) -> list[PublicEvent]:
    events: list[PublicEvent] = [
        public.AcademicUpgradeGraduated(
            cadre_id=s.cadre_id,
            upgrade_id=e.upgrade_id,
            graduated_on=e.graduated_on,
            division_code=s.division_code,
        )
    ]
    if e.to_level != e.from_level:
        events.append(
            public.EducationUpgraded(
                cadre_id=s.cadre_id,
                from_level=e.from_level,
                to_level=e.to_level,
                upgraded_on=e.graduated_on,
                division_code=s.division_code,
            )
        )
    return events


def _trained(e: ev.TrainingCompleted, s: CadreState) -> list[PublicEvent]:
    return [
        public.TrainingCompleted(
            cadre_id=s.cadre_id,
            training_id=e.training_id,
            topic_category=s.trainings[e.training_id].topic_category,
            hours=e.hours,
            completed_on=e.completed_on,
            division_code=s.division_code,
        )
    ]


def _assigned(e: ev.StudentOfficialAssigned, s: CadreState) -> list[PublicEvent]:
    return [
        public.StudentOfficialAssigned(
            cadre_id=s.cadre_id,
            division_code=e.village_code,
            term_years=e.term_years,
            starts_on=e.starts_on,
            ends_on=e.ends_on,
        )
    ]


def _village(s: CadreState) -> str:
    return s.student_official.village_code if s.student_official else s.division_code


def _converted(e: ev.StudentOfficialConverted, s: CadreState) -> list[PublicEvent]:
    return [
        public.StudentOfficialConverted(
            cadre_id=s.cadre_id, division_code=_village(s), converted_on=e.converted_on
        )
    ]


def _departed(e: ev.StudentOfficialDeparted, s: CadreState) -> list[PublicEvent]:
    return [
        public.StudentOfficialDeparted(
            cadre_id=s.cadre_id, division_code=_village(s), departed_on=e.departed_on
        )
    ]


_CADRE_MAPPING: dict[type[DomainEvent], Mapper] = {
    ev.CadreRegistered: _registered,
    ev.PersonalDataErased: _erased,
    ev.AppointmentNominated: _nominated,
    ev.CandidateInspected: _inspected,
    ev.AppointmentWithdrawn: _withdrawn,
    ev.CadreAppointed: _appointed,
    ev.CadreLeftPost: _left,
    ev.AcademicUpgradeEnrolled: _enrolled,
    ev.AcademicUpgradeGraduated: _graduated,
    ev.TrainingCompleted: _trained,
    ev.StudentOfficialAssigned: _assigned,
    ev.StudentOfficialConverted: _converted,
    ev.StudentOfficialDeparted: _departed,
}

# Corrections carry only the sealed blob; inspection summaries, notice dates, training
# titles, one person's pay and grade stay inside the service (DOMAIN.md "Income growth
# plan", "Annual evaluation"). An objection during the notice concerns a named person and
# may come from a whistleblower: only its outcome is public (CadreAppointed or
# AppointmentWithdrawn).
# The discipline service's opinions and sanctions are its own to publish, not ours again.
CADRE = Publication.of(
    _CADRE_MAPPING,
    private=[
        ev.PersonalDataUpdated,
        ev.IntegrityOpinionReceived,
        ev.SanctionRecorded,
        ev.SanctionLifted,
        ev.PublicNoticeStarted,
        ev.PublicNoticeRescheduled,
        ev.NoticeObjectionReported,
        ev.NoticeObjectionChecked,
        ev.TrainingStarted,
        ev.CadreEvaluated,
        ev.RemunerationRecorded,
    ],
)


def _pay_summary(e: RemunerationSummaryPublished, s: SummaryState) -> PublicEvent:
    # The basis (a digest per person) stays in the store: it only counts corrections.
    return public.RemunerationSummaryPublishedV2(
        township_code=e.township_code,
        year=e.year,
        cadre_count=e.cadre_count,
        average_yuan=float(e.average_yuan),
        growth_rate=None if e.growth_rate is None else float(e.growth_rate),
        revision=s.revision,
        published_on=e.published_on,
    )


def _grade_summary(e: EvaluationSummaryPublished, s: SummaryState) -> PublicEvent:
    return public.EvaluationSummaryPublished(
        township_code=e.township_code,
        year=e.year,
        cadre_count=e.cadre_count,
        excellent=e.counts["excellent"],
        competent=e.counts["competent"],
        basically_competent=e.counts["basically_competent"],
        incompetent=e.counts["incompetent"],
        revision=s.revision,
        published_on=e.published_on,
    )


PAY_SUMMARY = Publication.of({RemunerationSummaryPublished: _pay_summary})
GRADE_SUMMARY = Publication.of({EvaluationSummaryPublished: _grade_summary})
