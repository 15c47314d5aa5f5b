"""Double Training, student village officials and the income growth plan through gRPC."""

from __future__ import annotations

import json

import grpc
import pytest

from frontline.api.cadre.v1 import cadre_pb2 as pb

from .conftest import TOWNSHIP, CadreStack  # type: ignore[import-not-found]

VILLAGE = f"{TOWNSHIP}203"
SUMMARY_TOWNSHIP = "440781109"


async def test_graduating_raises_the_published_education_level(stack: CadreStack) -> None:
    cadre_id = await stack.register(VILLAGE)
    upgrade = await stack.stub.EnrolAcademicUpgrade(
        pb.EnrolAcademicUpgradeRequest(
            cadre_id=cadre_id,
            target_level=pb.EDUCATION_LEVEL_COLLEGE,
            institution="国家开放大学",
            enrolled_on="2025-09-01",
        ),
        metadata=stack.admin,
    )
    graduated = await stack.stub.GraduateAcademicUpgrade(
        pb.GraduateAcademicUpgradeRequest(
            cadre_id=cadre_id, upgrade_id=upgrade.upgrade_id, graduated_on="2028-07-01"
        ),
        metadata=stack.admin,
    )
    assert graduated.education_level == pb.EDUCATION_LEVEL_COLLEGE
    reply = await stack.stub.GetCadre(pb.GetCadreRequest(cadre_id=cadre_id), metadata=stack.admin)
    assert reply.cadre.education_level == pb.EDUCATION_LEVEL_COLLEGE
    upgraded = await stack.published("cn.frontline.cadre.EducationUpgraded.v1", cadre_id)
    assert (upgraded["from_level"], upgraded["to_level"]) == ("senior_secondary", "college")


async def test_a_student_official_is_assigned_evaluated_and_converted(stack: CadreStack) -> None:
    cadre_id = await stack.register(VILLAGE, education_level=pb.EDUCATION_LEVEL_BACHELOR)
    assigned = await stack.stub.AssignStudentOfficial(
        pb.AssignStudentOfficialRequest(
            cadre_id=cadre_id, village_code=VILLAGE, term_years=2, starts_on="2024-08-01"
        ),
        metadata=stack.admin,
    )
    assert assigned.ends_on == "2026-08-01"
    with pytest.raises(grpc.aio.AioRpcError) as too_early:
        await stack.stub.ConvertStudentOfficial(
            pb.ConvertStudentOfficialRequest(cadre_id=cadre_id), metadata=stack.admin
        )
    assert too_early.value.code() is grpc.StatusCode.FAILED_PRECONDITION
    await stack.stub.EvaluateCadre(
        pb.EvaluateCadreRequest(
            cadre_id=cadre_id,
            year=2025,
            grade=pb.EVALUATION_GRADE_EXCELLENT,
            achievements=["村集体电商销售额翻番"],
            evaluated_on="2026-01-10",
        ),
        metadata=stack.admin,
    )
    await stack.stub.ConvertStudentOfficial(
        pb.ConvertStudentOfficialRequest(cadre_id=cadre_id, converted_on="2026-03-01"),
        metadata=stack.admin,
    )
    officials = await stack.stub.ListStudentOfficials(
        pb.ListStudentOfficialsRequest(division_code=TOWNSHIP), metadata=stack.admin
    )
    mine = [o for o in officials.officials if o.cadre_id == cadre_id]
    assert [(o.status, o.latest_grade) for o in mine] == [
        ("converted", pb.EVALUATION_GRADE_EXCELLENT)
    ]
    await stack.published("cn.frontline.cadre.StudentOfficialConverted.v1", cadre_id)


async def _paid(stack: CadreStack, village: str, year: int, amounts: list[int]) -> list[str]:
    """A cadre registered in ``village`` per amount (in fen), each paid it for ``year``."""
    cadres = [await stack.register(village) for _ in amounts]
    for cadre_id, amount in zip(cadres, amounts, strict=True):
        await stack.stub.RecordRemuneration(
            pb.RecordRemunerationRequest(cadre_id=cadre_id, year=year, amount_fen=amount),
            metadata=stack.admin,
        )
    return cadres


async def _publish_pay(stack: CadreStack, township: str, year: int) -> pb.RemunerationSummary:
    reply: pb.PublishRemunerationSummaryResponse = await stack.stub.PublishRemunerationSummary(
        pb.PublishRemunerationSummaryRequest(township_code=township, year=year),
        metadata=stack.admin,
    )
    return reply.summary


async def test_the_township_pay_summary_never_shows_one_persons_pay(stack: CadreStack) -> None:
    village = f"{SUMMARY_TOWNSHIP}201"
    amounts = {
        2024: [4_500_000, 5_000_000, 5_500_000, 4_000_000, 6_000_000],
        2025: [4_803_000, 5_400_000, 6_600_000, 4_700_000, 6_100_000],
    }
    cadres = await _paid(stack, village, 2024, amounts[2024])
    for cadre_id, amount in zip(cadres, amounts[2025], strict=True):
        await stack.stub.RecordRemuneration(
            pb.RecordRemunerationRequest(cadre_id=cadre_id, year=2025, amount_fen=amount),
            metadata=stack.admin,
        )
    await _publish_pay(stack, SUMMARY_TOWNSHIP, 2024)
    summary = await _publish_pay(stack, SUMMARY_TOWNSHIP, 2025)
    # The mean 55206 yuan is published rounded to 100 yuan, with no median.
    assert (summary.cadre_count, summary.average_fen, summary.revision) == (5, 5_520_000, 1)
    assert summary.growth_rate == pytest.approx(0.104)
    published = await stack.published(
        "cn.frontline.cadre.RemunerationSummaryPublished.v2", f"{SUMMARY_TOWNSHIP}-2025"
    )
    assert published == {
        "township_code": SUMMARY_TOWNSHIP,
        "year": 2025,
        "cadre_count": 5,
        "average_yuan": 55200.0,
        "growth_rate": pytest.approx(0.104),
        "revision": 1,
        "published_on": stack.runtime.time.today().isoformat(),
    }


async def test_a_summary_of_fewer_than_five_cadres_is_refused(stack: CadreStack) -> None:
    township = "440781108"
    await _paid(stack, f"{township}201", 2025, [5_000_000, 5_200_000, 4_900_000, 5_100_000])
    with pytest.raises(grpc.aio.AioRpcError) as error:
        await _publish_pay(stack, township, 2025)
    assert error.value.code() is grpc.StatusCode.FAILED_PRECONDITION


async def test_a_newcomers_pay_cannot_be_worked_out_from_two_summaries(
    stack: CadreStack,
) -> None:
    township = "440781110"
    await _paid(stack, f"{township}201", 2025, [5_000_000, 5_200_000, 4_900_000, 5_100_000] * 2)
    first = await _publish_pay(stack, township, 2025)
    await _paid(stack, f"{township}202", 2025, [9_900_000])
    with pytest.raises(grpc.aio.AioRpcError) as again:
        await _publish_pay(stack, township, 2025)
    assert again.value.code() is grpc.StatusCode.FAILED_PRECONDITION
    assert "correction" in (again.value.details() or "")
    # Kafka holds one version of the township-year, without the newcomer.
    published = await stack.published(
        "cn.frontline.cadre.RemunerationSummaryPublished.v2", f"{township}-2025"
    )
    assert (published["cadre_count"], published["revision"]) == (first.cadre_count, 1)


async def test_grades_are_published_as_counts_per_township(stack: CadreStack) -> None:
    township = "440781111"
    grades = [
        pb.EVALUATION_GRADE_COMPETENT,
        pb.EVALUATION_GRADE_COMPETENT,
        pb.EVALUATION_GRADE_BASICALLY_COMPETENT,
        pb.EVALUATION_GRADE_INCOMPETENT,
        pb.EVALUATION_GRADE_COMPETENT,
    ]
    cadres = [await stack.register(f"{township}201") for _ in grades]
    for n, (cadre_id, grade) in enumerate(zip(cadres, grades, strict=True)):
        await stack.stub.EvaluateCadre(
            pb.EvaluateCadreRequest(
                cadre_id=cadre_id, year=2025, grade=grade, evaluated_on="2026-01-20"
            ),
            metadata=stack.admin,
        )
        if n == 3:  # four graded: too few to publish
            with pytest.raises(grpc.aio.AioRpcError) as too_few:
                await stack.stub.PublishEvaluationSummary(
                    pb.PublishEvaluationSummaryRequest(township_code=township, year=2025),
                    metadata=stack.admin,
                )
            assert too_few.value.code() is grpc.StatusCode.FAILED_PRECONDITION
    reply = await stack.stub.PublishEvaluationSummary(
        pb.PublishEvaluationSummaryRequest(township_code=township, year=2025),
        metadata=stack.admin,
    )
    summary = reply.summary
    assert (summary.cadre_count, summary.competent, summary.incompetent, summary.revision) == (
        5,
        3,
        1,
        1,
    )
    published = await stack.published(
        "cn.frontline.cadre.EvaluationSummaryPublished.v1", f"evaluation-{township}-2025"
    )
    assert (published["basically_competent"], published["excellent"]) == (1, 0)
    assert not any(cadre_id in json.dumps(published) for cadre_id in cadres)
