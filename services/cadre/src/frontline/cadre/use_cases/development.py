"""Development use cases: Double Training (双培工程), university-student village
officials, annual evaluation and the income growth plan (DOMAIN.md "Cadre service")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.remuneration_summary import (
    MIN_CADRES,
    PublishRemunerationSummary,
    RemunerationSummaryPublished,
    remuneration_summary_decider,
    summary_stream_id,
)
from frontline.cadre.domain.vocabulary import EducationLevel, TrainingTopic
from frontline.cadre.use_cases.ports import Ports
from frontline.cadre.use_cases.registry import act_on_cadre, answer, cadre_in_scope
from frontline.cadre.views import StudentOfficialView, TrainingView, UpgradeView
from frontline.kernel.authz import scoped_prefix


async def enrol(
    p: Ports, cadre_id: str, target_level: EducationLevel, institution: str, enrolled_on: date
) -> str:
    """学历提升: enrols the cadre; the upgrade's id."""
    command = cmd.EnrolAcademicUpgrade(
        upgrade_id=p.new_id(),
        target_level=target_level,
        institution=institution,
        enrolled_on=enrolled_on,
    )
    result = await act_on_cadre(p, cadre_id, command)
    return answer(result, ev.AcademicUpgradeEnrolled).upgrade_id


async def graduate(p: Ports, cadre_id: str, upgrade_id: str, graduated_on: date) -> EducationLevel:
    """The cadre's education level after graduating (never lower than before)."""
    command = cmd.GraduateAcademicUpgrade(upgrade_id=upgrade_id, graduated_on=graduated_on)
    result = await act_on_cadre(p, cadre_id, command)
    return answer(result, ev.AcademicUpgradeGraduated).to_level


@dataclass(frozen=True)
class Course:
    topic: TrainingTopic
    title: str
    planned_hours: float
    started_on: date


async def start_training(p: Ports, cadre_id: str, course: Course) -> str:
    """专业培训: starts a course; its id."""
    command = cmd.StartTraining(
        training_id=p.new_id(),
        topic_category=course.topic,
        title=course.title,
        planned_hours=course.planned_hours,
        started_on=course.started_on,
    )
    result = await act_on_cadre(p, cadre_id, command)
    return answer(result, ev.TrainingStarted).training_id


async def assign_student_official(
    p: Ports, cadre_id: str, village_code: str, term_years: int, starts_on: date
) -> date:
    """A university-student village official's assignment; the last day of its term."""
    command = cmd.AssignStudentOfficial(
        village_code=village_code, term_years=term_years, starts_on=starts_on
    )
    result = await act_on_cadre(p, cadre_id, command)
    return answer(result, ev.StudentOfficialAssigned).ends_on


async def record_remuneration(p: Ports, cadre_id: str, year: int, amount_yuan: Decimal) -> None:
    """One cadre's pay for a year, kept inside the service (收入增长计划)."""
    command = cmd.RecordRemuneration(year=year, amount_yuan=amount_yuan, recorded_on=p.today())
    await act_on_cadre(p, cadre_id, command)


async def publish_pay_summary(
    p: Ports, township_code: str, year: int
) -> RemunerationSummaryPublished:
    """A township's yearly pay summary from the private pay records."""
    previous = await p.read.pay(township_code, year - 1)
    # Growth only against a year that could itself be summarised without revealing pay.
    previous_average = (
        sum(previous, Decimal(0)) / len(previous) if len(previous) >= MIN_CADRES else None
    )
    command = PublishRemunerationSummary(
        township_code=township_code,
        year=year,
        amounts_yuan=await p.read.pay(township_code, year),
        previous_average_yuan=previous_average,
        published_on=p.today(),
    )
    stream_id = summary_stream_id(township_code, year)
    result = await p.commands.execute(remuneration_summary_decider, stream_id, command)
    return answer(result, RemunerationSummaryPublished)


async def training_records(p: Ports, cadre_id: str) -> tuple[list[UpgradeView], list[TrainingView]]:
    """A cadre's academic upgrades and professional training."""
    await cadre_in_scope(p, cadre_id)
    return await p.read.academic_upgrades_of(cadre_id), await p.read.trainings_of(cadre_id)


async def list_student_officials(p: Ports, prefix: str) -> list[StudentOfficialView]:
    return await p.read.student_officials(scoped_prefix(prefix, "division_code"))
