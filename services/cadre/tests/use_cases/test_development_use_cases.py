"""Development use cases against in-memory ports: Double Training, student village
officials, evaluation, pay records and the township pay summary."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.settings import CadreRules
from frontline.cadre.use_cases import development, registry
from frontline.contracts import cadre as public
from frontline.kernel.errors import PermissionDenied, PreconditionFailed

from .county import OTHER_TOWNSHIP, TOWNSHIP, VILLAGE, register
from .memory import World

pytestmark = pytest.mark.unit
PAY_TOWNSHIP = "440781109"


async def test_graduating_raises_the_education_level(world: World) -> None:
    cadre_id = await register(world)
    upgrade_id = await development.enrol(
        world.ports, cadre_id, "college", "国家开放大学", date(2025, 9, 1)
    )
    level = await development.graduate(world.ports, cadre_id, upgrade_id, date(2028, 7, 1))
    assert level == "college"
    assert (await registry.get_cadre(world.ports, cadre_id)).cadre.education_level == "college"
    [upgrade], _ = await development.training_records(world.ports, cadre_id)
    assert (upgrade.institution, upgrade.graduated_on) == ("国家开放大学", date(2028, 7, 1))
    assert isinstance(world.commands.published[-1], public.EducationUpgraded)


async def test_a_course_is_started_then_completed_with_its_hours(world: World) -> None:
    cadre_id = await register(world)
    course = development.Course("law", "村务法律实务", 16.0, date(2025, 5, 6))
    training_id = await development.start_training(world.ports, cadre_id, course)
    done = cmd.CompleteTraining(training_id=training_id, hours=15.5, completed_on=date(2025, 5, 20))
    await registry.act_on_cadre(world.ports, cadre_id, done)
    _, [training] = await development.training_records(world.ports, cadre_id)
    assert (training.title, training.hours, training.completed_on) == (
        "村务法律实务",
        15.5,
        date(2025, 5, 20),
    )
    published = world.commands.published[-1]
    assert isinstance(published, public.TrainingCompleted)
    assert "村务法律实务" not in published.model_dump_json()


async def test_a_student_official_is_converted_after_a_good_evaluation(world: World) -> None:
    cadre_id = await register(world, education_level="bachelor")
    ends_on = await development.assign_student_official(
        world.ports, cadre_id, VILLAGE, 2, date(2024, 8, 1)
    )
    assert ends_on == date(2026, 8, 1)
    convert = cmd.ConvertStudentOfficial(converted_on=date(2026, 3, 1))
    with pytest.raises(PreconditionFailed):  # no evaluation yet
        await registry.act_on_cadre(world.ports, cadre_id, convert)
    evaluation = cmd.EvaluateCadre(
        year=2025,
        grade="excellent",
        achievements=("村集体电商销售额翻番",),
        evaluated_on=date(2026, 1, 10),
    )
    await registry.act_on_cadre(world.ports, cadre_id, evaluation)
    await registry.act_on_cadre(world.ports, cadre_id, convert)
    [official] = await development.list_student_officials(world.ports, TOWNSHIP)
    assert (official.status, official.latest_grade, official.finished_on) == (
        "converted",
        "excellent",
        date(2026, 3, 1),
    )
    record = await registry.get_cadre(world.ports, cadre_id)
    assert [(e.year, e.grade) for e in record.evaluations] == [(2025, "excellent")]


async def test_a_student_official_may_depart(world: World) -> None:
    cadre_id = await register(world)
    await development.assign_student_official(world.ports, cadre_id, VILLAGE, 3, date(2024, 8, 1))
    departure = cmd.RecordStudentOfficialDeparture(
        reason="resignation", departed_on=date(2025, 8, 1)
    )
    await registry.act_on_cadre(world.ports, cadre_id, departure)
    official = (await registry.get_cadre(world.ports, cadre_id)).student_official
    assert official is not None and official.status == "departed"
    assert isinstance(world.commands.published[-1], public.StudentOfficialDeparted)


async def test_student_officials_are_listed_inside_the_callers_scope(world: World) -> None:
    cadre_id = await register(world)
    await development.assign_student_official(world.ports, cadre_id, VILLAGE, 2, date(2024, 8, 1))
    world.acting_as("township_operator", scope=OTHER_TOWNSHIP)
    assert await development.list_student_officials(world.ports, "") == []
    with pytest.raises(PermissionDenied):
        await development.list_student_officials(world.ports, TOWNSHIP)


async def pay(world: World, year: int, amounts: list[str], cadres: list[str]) -> None:
    for cadre_id, amount in zip(cadres, amounts, strict=True):
        await development.record_remuneration(world.ports, cadre_id, year, Decimal(amount))


async def township_cadres(world: World, people: int, first: int = 1) -> list[str]:
    village = f"{PAY_TOWNSHIP}201"
    return [await register(world, n, division_code=village) for n in range(first, first + people)]


async def test_the_township_pay_summary_shows_no_ones_pay(world: World) -> None:
    cadres = await township_cadres(world, 5)
    await pay(world, 2024, ["45000", "50000", "55000", "40000", "60000"], cadres)
    await development.publish_pay_summary(world.ports, PAY_TOWNSHIP, 2024)
    await pay(world, 2025, ["48000", "54000", "66000", "47000", "61000"], cadres)
    # A correction before publishing: the latest record of a year counts.
    await pay(world, 2025, ["48030"], cadres[:1])
    summary, revision = await development.publish_pay_summary(world.ports, PAY_TOWNSHIP, 2025)
    # The mean 55206 is published rounded to 100; growth over 2024's published 50000.
    assert (summary.cadre_count, summary.average_yuan, summary.growth_rate, revision) == (
        5,
        Decimal("55200.00"),
        Decimal("0.1040"),
        1,
    )
    published = world.commands.published[-1]
    assert isinstance(published, public.RemunerationSummaryPublishedV2)
    assert "48030" not in published.model_dump_json()
    # Stored sealed: no amount in any stored event of the cadres.
    stored = " ".join(e.model_dump_json() for c in cadres for e in world.commands.events(c))
    assert "48030" not in stored and "54000" not in stored


async def test_a_summary_of_fewer_than_five_cadres_is_refused(world: World) -> None:
    cadres = await township_cadres(world, 4)
    await pay(world, 2025, ["48000", "54000", "50000", "52000"], cadres)
    with pytest.raises(PreconditionFailed):
        await development.publish_pay_summary(world.ports, PAY_TOWNSHIP, 2025)
    world.rules = CadreRules(min_people_per_summary=6)
    await pay(world, 2025, ["51000"], await township_cadres(world, 1, first=5))
    with pytest.raises(PreconditionFailed):  # the county asks for six
        await development.publish_pay_summary(world.ports, PAY_TOWNSHIP, 2025)


async def test_a_newcomer_after_the_summary_cannot_be_worked_out(world: World) -> None:
    cadres = await township_cadres(world, 5)
    await pay(world, 2025, ["48000", "54000", "66000", "47000", "61000"], cadres)
    await development.publish_pay_summary(world.ports, PAY_TOWNSHIP, 2025)
    newcomer = await township_cadres(world, 1, first=6)
    await pay(world, 2025, ["90000"], newcomer)
    with pytest.raises(PreconditionFailed) as refused:
        await development.publish_pay_summary(world.ports, PAY_TOWNSHIP, 2025)
    assert refused.value.violations[0].type == "ALREADY_PUBLISHED"
    # Four more corrected records make five changes: a correction, revision 2.
    await pay(world, 2025, ["48100", "54100", "66100", "47100"], cadres[:4])
    _, revision = await development.publish_pay_summary(world.ports, PAY_TOWNSHIP, 2025)
    assert revision == 2


async def test_an_erased_cadres_pay_is_no_longer_counted(world: World) -> None:
    cadres = await township_cadres(world, 6)
    await pay(world, 2025, ["48000", "54000", "66000", "47000", "61000", "52000"], cadres)
    await registry.erase(world.ports, cadres[0])
    summary, _ = await development.publish_pay_summary(world.ports, PAY_TOWNSHIP, 2025)
    assert summary.cadre_count == 5
    with pytest.raises(PreconditionFailed):  # no pay recorded under an erased key
        await pay(world, 2026, ["50000"], cadres[:1])


async def test_grades_are_published_as_township_counts_only(world: World) -> None:
    cadres = await township_cadres(world, 5)
    grades = ["excellent", "competent", "competent", "basically_competent", "incompetent"]
    for cadre_id, grade in zip(cadres, grades, strict=True):
        evaluation = cmd.EvaluateCadre.model_validate(
            {
                "year": 2025,
                "grade": grade,
                "achievements": ["完成年度目标任务"],
                "evaluated_on": date(2026, 1, 15),
            }
        )
        await registry.act_on_cadre(world.ports, cadre_id, evaluation)
    assert not any(isinstance(e, public.CadreEvaluated) for e in world.commands.published)
    summary, revision = await development.publish_evaluation_summary(
        world.ports, PAY_TOWNSHIP, 2025
    )
    assert (summary.cadre_count, summary.counts["competent"], revision) == (5, 2, 1)
    published = world.commands.published[-1]
    assert isinstance(published, public.EvaluationSummaryPublished)
    assert not any(c in published.model_dump_json() for c in cadres)
