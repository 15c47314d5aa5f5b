"""Double Training, student village officials and the income growth plan through gRPC."""

from __future__ import annotations

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


async def test_the_township_pay_summary_never_shows_one_persons_pay(stack: CadreStack) -> None:
    village = f"{SUMMARY_TOWNSHIP}201"
    pay = {2024: [4_500_000, 5_000_000, 5_500_000], 2025: [4_800_000, 5_400_000, 6_600_000]}
    cadres = [await stack.register(village) for _ in range(3)]
    for year, amounts in pay.items():
        for cadre_id, amount in zip(cadres, amounts, strict=True):
            await stack.stub.RecordRemuneration(
                pb.RecordRemunerationRequest(cadre_id=cadre_id, year=year, amount_fen=amount),
                metadata=stack.admin,
            )
    reply = await stack.stub.PublishRemunerationSummary(
        pb.PublishRemunerationSummaryRequest(township_code=SUMMARY_TOWNSHIP, year=2025),
        metadata=stack.admin,
    )
    summary = reply.summary
    assert (summary.cadre_count, summary.average_fen, summary.median_fen) == (
        3,
        5_600_000,
        5_400_000,
    )
    assert summary.growth_rate == pytest.approx(0.12)
    published = await stack.published(
        "cn.frontline.cadre.RemunerationSummaryPublished.v1", f"{SUMMARY_TOWNSHIP}-2025"
    )
    assert published["average_yuan"] == 56000.0
    assert set(published) == {
        "township_code",
        "year",
        "cadre_count",
        "average_yuan",
        "median_yuan",
        "growth_rate",
    }


async def test_a_summary_of_fewer_than_three_cadres_is_refused(stack: CadreStack) -> None:
    township = "440781108"
    cadre_id = await stack.register(f"{township}201")
    await stack.stub.RecordRemuneration(
        pb.RecordRemunerationRequest(cadre_id=cadre_id, year=2025, amount_fen=5_000_000),
        metadata=stack.admin,
    )
    with pytest.raises(grpc.aio.AioRpcError) as error:
        await stack.stub.PublishRemunerationSummary(
            pb.PublishRemunerationSummaryRequest(township_code=township, year=2025),
            metadata=stack.admin,
        )
    assert error.value.code() is grpc.StatusCode.FAILED_PRECONDITION
