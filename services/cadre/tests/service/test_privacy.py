"""No personal value reaches the public topic or the logs, and neither does one
person's pay or evaluation grade (DOMAIN.md "Income growth plan", "Annual evaluation").

The test registers its own cadres and takes them through every RPC that handles a
cadre's data, so it holds in whatever order the tests run; it also scans for the
values the other service tests registered before it, and checks every pay and grade
summary any test published: at least five people, no median, pay rounded to 100 yuan.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import asyncpg
import pytest

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.testkit.kafka import read_topic
from frontline.testkit.waiting import eventually

from .conftest import TOWNSHIP, CadreStack  # type: ignore[import-not-found]

VILLAGE = f"{TOWNSHIP}205"
# A township of its own: its pay and grade summaries are published once.
PAY_VILLAGE = "440781105201"
# Five cadres' pay in fen, each unlike any rounded average: 40000.17 yuan, 40010.18 ...
PAY_FEN = [4_000_017 + 1_001 * n for n in range(5)]
PAY_TEXTS = [f"{fen / 100:.2f}" for fen in PAY_FEN] + [str(fen) for fen in PAY_FEN]


async def _appointments(stack: CadreStack, cadre_id: str) -> None:
    """An elected post, and a procedure to another post that is withdrawn in its notice."""
    unit_id = await stack.establish_unit(VILLAGE)
    await stack.stub.AppointFromElection(
        pb.AppointFromElectionRequest(
            cadre_id=cadre_id,
            org_unit_id=unit_id,
            post=pb.POST_SECRETARY,
            election_ref="e-9",
            appointed_on="2026-01-10",
        ),
        metadata=stack.admin,
    )
    nominated = await stack.stub.NominateCadre(
        pb.NominateCadreRequest(cadre_id=cadre_id, org_unit_id=unit_id, post=pb.POST_OTHER),
        metadata=stack.admin,
    )
    procedure_id = nominated.procedure_id
    await stack.stub.RecordInspection(
        pb.RecordInspectionRequest(procedure_id=procedure_id), metadata=stack.admin
    )
    await stack.issue_opinion(procedure_id)
    await stack.stub.StartPublicNotice(
        pb.StartPublicNoticeRequest(procedure_id=procedure_id, starts_on="2026-01-12"),
        metadata=stack.admin,
    )
    await stack.stub.WithdrawAppointment(
        pb.WithdrawAppointmentRequest(procedure_id=procedure_id, reason="本人申请"),
        metadata=stack.admin,
    )


async def _development(stack: CadreStack, cadre_id: str) -> None:
    """Double Training, an evaluation and a pay record."""
    upgrade = await stack.stub.EnrolAcademicUpgrade(
        pb.EnrolAcademicUpgradeRequest(
            cadre_id=cadre_id, target_level=pb.EDUCATION_LEVEL_COLLEGE, institution="开放大学"
        ),
        metadata=stack.admin,
    )
    training = await stack.stub.StartTraining(
        pb.StartTrainingRequest(
            cadre_id=cadre_id, topic=pb.TRAINING_TOPIC_LAW, title="村务法律实务", planned_hours=8
        ),
        metadata=stack.admin,
    )
    await stack.stub.GraduateAcademicUpgrade(
        pb.GraduateAcademicUpgradeRequest(cadre_id=cadre_id, upgrade_id=upgrade.upgrade_id),
        metadata=stack.admin,
    )
    await stack.stub.CompleteTraining(
        pb.CompleteTrainingRequest(cadre_id=cadre_id, training_id=training.training_id, hours=8),
        metadata=stack.admin,
    )
    await stack.stub.EvaluateCadre(
        pb.EvaluateCadreRequest(
            cadre_id=cadre_id,
            year=2025,
            grade=pb.EVALUATION_GRADE_EXCELLENT,
            achievements=["修通进村道路"],
            evaluated_on="2026-01-20",
        ),
        metadata=stack.admin,
    )


async def _student_official_pay_and_grades(stack: CadreStack) -> None:
    """A student official who departs; five cadres' pay and grades, and their township's
    summaries of both."""
    cadres = [
        await stack.register(PAY_VILLAGE, education_level=pb.EDUCATION_LEVEL_BACHELOR)
        for _ in PAY_FEN
    ]
    await stack.stub.AssignStudentOfficial(
        pb.AssignStudentOfficialRequest(cadre_id=cadres[0], village_code=PAY_VILLAGE, term_years=2),
        metadata=stack.admin,
    )
    await stack.stub.RecordStudentOfficialDeparture(
        pb.RecordStudentOfficialDepartureRequest(
            cadre_id=cadres[0], reason=pb.STUDENT_DEPARTURE_REASON_RESIGNATION
        ),
        metadata=stack.admin,
    )
    for n, (cadre_id, fen) in enumerate(zip(cadres, PAY_FEN, strict=True)):
        await stack.stub.RecordRemuneration(
            pb.RecordRemunerationRequest(cadre_id=cadre_id, year=2025, amount_fen=fen),
            metadata=stack.admin,
        )
        await stack.stub.EvaluateCadre(
            pb.EvaluateCadreRequest(
                cadre_id=cadre_id,
                year=2025,
                grade=pb.EVALUATION_GRADE_INCOMPETENT if n else pb.EVALUATION_GRADE_COMPETENT,
                evaluated_on="2026-01-20",
            ),
            metadata=stack.admin,
        )
    township = pb.PublishRemunerationSummaryRequest(township_code=PAY_VILLAGE[:9], year=2025)
    await stack.stub.PublishRemunerationSummary(township, metadata=stack.admin)
    await stack.stub.PublishEvaluationSummary(
        pb.PublishEvaluationSummaryRequest(township_code=PAY_VILLAGE[:9], year=2025),
        metadata=stack.admin,
    )


async def _exercise(stack: CadreStack) -> None:
    """Every event that carries a cadre's data: registry, appointments, development, erasure."""
    cadre_id = await stack.register(VILLAGE, name="欧阳明月", phone="13712345678")
    stack.personal_values.extend(["13787654321", "欧阳明玥"])
    await stack.stub.UpdatePersonalData(
        pb.UpdatePersonalDataRequest(cadre_id=cadre_id, phone="13787654321", name="欧阳明玥"),
        metadata=stack.admin,
    )
    await _appointments(stack, cadre_id)
    await _development(stack, cadre_id)
    await _student_official_pay_and_grades(stack)
    await stack.stub.GetCadre(pb.GetCadreRequest(cadre_id=cadre_id), metadata=stack.admin)
    await stack.stub.ListCadres(pb.ListCadresRequest(division_code=VILLAGE), metadata=stack.admin)
    await stack.stub.ErasePersonalData(
        pb.ErasePersonalDataRequest(cadre_id=cadre_id), metadata=stack.admin
    )


async def test_no_personal_value_on_the_public_topic_or_in_logs(
    stack: CadreStack, db: asyncpg.Connection, caplog: pytest.LogCaptureFixture
) -> None:
    before = len(stack.personal_values)
    with caplog.at_level(logging.DEBUG):
        await _exercise(stack)
    # Its own cadres: three values each for six registrations, and two corrections.
    assert len(stack.personal_values) - before == 20
    await eventually(lambda: _outbox_empty(db))
    records = await read_topic(stack.kafka, stack.topic, at_least=1)
    types = {dict(record.headers).get("ce_type", b"").decode() for record in records}
    assert {
        f"cn.frontline.cadre.{name}"
        for name in (
            "CadreRegistered.v1",
            "CadreAppointed.v1",
            "AppointmentWithdrawn.v1",
            "EducationUpgraded.v1",
            "TrainingCompleted.v1",
            "StudentOfficialDeparted.v1",
            "RemunerationSummaryPublished.v2",
            "EvaluationSummaryPublished.v1",
            "CadrePersonalDataErased.v1",
        )
    } <= types
    blobs = [
        b" ".join([record.key or b"", record.value or b"", *(v for _, v in record.headers)])
        for record in records
    ]
    leaks = {
        value
        for value in [*stack.personal_values, *PAY_TEXTS]
        if any(value.encode() in blob for blob in blobs) or value in caplog.text
    }
    assert leaks == set()
    _pay_and_grades_only_as_township_summaries(records)


def _pay_and_grades_only_as_township_summaries(records: list[Any]) -> None:
    """Whatever any test published: no one person's pay or grade on the topic."""
    types = [dict(record.headers).get("ce_type", b"").decode() for record in records]
    # One person's grade, and a median (one person's pay with an odd count), are never sent.
    assert "cn.frontline.cadre.CadreEvaluated.v1" not in types
    assert "cn.frontline.cadre.RemunerationSummaryPublished.v1" not in types
    values: list[dict[str, Any]] = [json.loads(record.value or b"{}") for record in records]
    assert not any({"grade", "median_yuan", "amount_yuan"} & set(value) for value in values)
    summaries = [
        (kind.rsplit(".", 2)[-2], value)
        for kind, value in zip(types, values, strict=True)
        if kind.endswith(("RemunerationSummaryPublished.v2", "EvaluationSummaryPublished.v1"))
    ]
    assert {kind for kind, _ in summaries} == {
        "RemunerationSummaryPublished",
        "EvaluationSummaryPublished",
    }
    for kind, value in summaries:
        assert value["cadre_count"] >= 5, value
        if kind == "RemunerationSummaryPublished":
            assert value["average_yuan"] % 100 == 0, value
    # One publication per township-year unless corrected (revision above 1).
    firsts = [
        (kind, value["township_code"], value["year"])
        for kind, value in summaries
        if value["revision"] == 1
    ]
    assert len(firsts) == len(set(firsts))


async def _outbox_empty(db: asyncpg.Connection) -> bool:
    return bool(await db.fetchval("SELECT count(*) = 0 FROM outbox"))
