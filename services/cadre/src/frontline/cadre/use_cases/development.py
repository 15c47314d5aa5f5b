"""Development use cases: Double Training (双培工程), university-student village
officials, annual evaluation and the income growth plan (DOMAIN.md "Cadre service"),
with the township summaries that are all of pay and grades ever published."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.evaluation_summary import (
    EvaluationSummaryPublished,
    PublishEvaluationSummary,
    evaluation_summary_decider,
)
from frontline.cadre.domain.remuneration_summary import (
    PublishRemunerationSummary,
    RemunerationSummaryPublished,
    remuneration_summary_decider,
)
from frontline.cadre.domain.small_groups import summary_stream_id
from frontline.cadre.domain.vocabulary import EducationLevel, TrainingTopic
from frontline.cadre.personal_data import PaidAmount
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
    """One cadre's pay for a year, sealed under the person's key (收入增长计划)."""
    await cadre_in_scope(p, cadre_id)
    amount = PaidAmount(year=year, amount_yuan=amount_yuan)
    # Sealed in the vault's transaction, as personal fields are (registry.register).
    async with p.vault.transaction() as tx:
        sealed = await tx.seal(cadre_id, amount)
        command = cmd.RecordRemuneration(year=year, sealed_amount=sealed, recorded_on=p.today())
        await tx.commands.execute(p.cadre, cadre_id, command)


async def publish_pay_summary(
    p: Ports, township_code: str, year: int
) -> tuple[RemunerationSummaryPublished, int]:
    """A township's yearly pay summary from the sealed pay records; with its revision.

    An erased cadre's pay can no longer be opened and is not counted."""
    opened = [await p.vault.paid(r) for r in await p.read.pay_records(township_code, year)]
    command = PublishRemunerationSummary(
        township_code=township_code,
        year=year,
        records=tuple(r for r in opened if r is not None),
        minimum=p.rules.min_people_per_summary,
        previous_average_yuan=await p.read.published_average(township_code, year - 1),
        published_on=p.today(),
    )
    stream_id = summary_stream_id(township_code, year)
    result = await p.commands.execute(remuneration_summary_decider, stream_id, command)
    # One event per publication: the stream's version is the revision.
    return answer(result, RemunerationSummaryPublished), result.version


async def publish_evaluation_summary(
    p: Ports, township_code: str, year: int
) -> tuple[EvaluationSummaryPublished, int]:
    """A township's yearly counts per evaluation grade (实绩考核); with its revision."""
    command = PublishEvaluationSummary(
        township_code=township_code,
        year=year,
        records=tuple(await p.read.grades(township_code, year)),
        minimum=p.rules.min_people_per_summary,
        published_on=p.today(),
    )
    stream_id = summary_stream_id(township_code, year, "evaluation")
    result = await p.commands.execute(evaluation_summary_decider, stream_id, command)
    return answer(result, EvaluationSummaryPublished), result.version


async def training_records(p: Ports, cadre_id: str) -> tuple[list[UpgradeView], list[TrainingView]]:
    """A cadre's academic upgrades and professional training."""
    await cadre_in_scope(p, cadre_id)
    return await p.read.academic_upgrades_of(cadre_id), await p.read.trainings_of(cadre_id)


async def list_student_officials(p: Ports, prefix: str) -> list[StudentOfficialView]:
    return await p.read.student_officials(scoped_prefix(prefix, "division_code"))
