"""No personal value registered in this session reaches the public topic or the logs.

Named to run last in this folder, so it scans what every other service test
published too.
"""

from __future__ import annotations

import logging

import asyncpg
import pytest

from frontline.testkit.waiting import eventually
from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.testkit.kafka import read_topic

from .conftest import TOWNSHIP, CadreStack, eventually  # type: ignore[import-not-found]

VILLAGE = f"{TOWNSHIP}205"


async def _exercise(stack: CadreStack) -> str:
    """Touch every event that carries a cadre's data: register, appoint, train, evaluate."""
    unit_id = await stack.establish_unit(VILLAGE)
    cadre_id = await stack.register(VILLAGE, name="欧阳明月", phone="13712345678")
    await stack.stub.UpdatePersonalData(
        pb.UpdatePersonalDataRequest(cadre_id=cadre_id, phone="13787654321"), metadata=stack.admin
    )
    stack.personal_values.append("13787654321")
    await stack.stub.AppointFromElection(
        pb.AppointFromElectionRequest(
            cadre_id=cadre_id, org_unit_id=unit_id, post=pb.POST_SECRETARY, election_ref="e-9",
            appointed_on="2026-01-10",
        ),
        metadata=stack.admin,
    )  # fmt: skip
    await stack.stub.EvaluateCadre(
        pb.EvaluateCadreRequest(
            cadre_id=cadre_id, year=2025, grade=pb.EVALUATION_GRADE_EXCELLENT,
            achievements=["修通进村道路"], evaluated_on="2026-01-20",
        ),
        metadata=stack.admin,
    )  # fmt: skip
    await stack.stub.GetCadre(pb.GetCadreRequest(cadre_id=cadre_id), metadata=stack.admin)
    return cadre_id


async def test_no_personal_value_on_the_public_topic_or_in_logs(
    stack: CadreStack, db: asyncpg.Connection, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        await _exercise(stack)
    await eventually(lambda: _outbox_empty(db))
    records = await read_topic(stack.kafka, stack.topic, at_least=1)
    assert records, "the tests published nothing"
    blobs = [
        b" ".join([record.key or b"", record.value or b"", *(v for _, v in record.headers)])
        for record in records
    ]
    leaks = {
        value
        for value in stack.personal_values
        if any(value.encode() in blob for blob in blobs) or value in caplog.text
    }
    assert len(stack.personal_values) >= 3
    assert leaks == set()


async def _outbox_empty(db: asyncpg.Connection) -> bool:
    return bool(await db.fetchval("SELECT count(*) = 0 FROM outbox"))
