"""Erasure: the key goes, personal fields are unreadable in the database and the API,
and every other record of the cadre keeps working."""

from __future__ import annotations

import asyncpg
import grpc
import pytest

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.cadre.runtime_ports import ports

from .conftest import TOWNSHIP, CadreStack  # type: ignore[import-not-found]

VILLAGE = f"{TOWNSHIP}202"


async def _registered_and_erased(stack: CadreStack) -> tuple[pb.RegisterCadreRequest, str, str]:
    """A cadre with a training course started, then erased: (request, cadre id, training id)."""
    request = stack.registration(VILLAGE)
    cadre_id = (await stack.stub.RegisterCadre(request, metadata=stack.admin)).cadre_id
    training = await stack.stub.StartTraining(
        pb.StartTrainingRequest(
            cadre_id=cadre_id,
            topic=pb.TRAINING_TOPIC_LAW,
            title="村务法律实务",
            planned_hours=16,
            started_on="2025-05-06",
        ),
        metadata=stack.admin,
    )
    shown = await stack.stub.GetCadre(pb.GetCadreRequest(cadre_id=cadre_id), metadata=stack.admin)
    assert shown.cadre.personal.name == request.name
    await stack.stub.ErasePersonalData(
        pb.ErasePersonalDataRequest(cadre_id=cadre_id), metadata=stack.admin
    )
    return request, cadre_id, training.training_id


async def test_erased_fields_are_unreadable_in_the_api_and_the_database(
    stack: CadreStack, db: asyncpg.Connection
) -> None:
    request, cadre_id, _ = await _registered_and_erased(stack)
    erased = await stack.stub.GetCadre(pb.GetCadreRequest(cadre_id=cadre_id), metadata=stack.admin)
    assert erased.cadre.personal.status == pb.PERSONAL_DATA_STATUS_ERASED
    assert (erased.cadre.personal.name, erased.cadre.personal.phone) == ("", "")
    assert erased.cadre.gender == pb.GENDER_FEMALE  # statistics stay

    # No key, and the sealed blob kept in the event store cannot be opened any more.
    keys = await db.fetchval("SELECT count(*) FROM subject_keys WHERE subject_id = $1", cadre_id)
    assert keys == 0
    sealed = await db.fetchval(
        "SELECT data->>'sealed_personal' FROM events"
        " WHERE stream_id = $1 AND event_type = 'CadreRegistered'",
        cadre_id,
    )
    assert sealed and request.name not in sealed
    assert await ports(stack.runtime).vault.open(cadre_id, sealed) is None
    everything = await db.fetchval(
        "SELECT string_agg(t::text, ' ') FROM (SELECT data FROM events UNION ALL"
        " SELECT to_jsonb(c) FROM cadres c) t"
    )
    for value in (request.name, request.phone, request.id_number):
        assert value not in everything
    erased_event = await stack.published("cn.frontline.cadre.CadrePersonalDataErased.v1", cadre_id)
    assert erased_event == {"cadre_id": cadre_id}


async def test_every_other_record_keeps_working_after_erasure(stack: CadreStack) -> None:
    _, cadre_id, training_id = await _registered_and_erased(stack)
    await stack.stub.CompleteTraining(
        pb.CompleteTrainingRequest(
            cadre_id=cadre_id, training_id=training_id, hours=16, completed_on="2025-05-20"
        ),
        metadata=stack.admin,
    )
    await stack.stub.EvaluateCadre(
        pb.EvaluateCadreRequest(
            cadre_id=cadre_id,
            year=2025,
            grade=pb.EVALUATION_GRADE_COMPETENT,
            evaluated_on="2026-01-10",
        ),
        metadata=stack.admin,
    )
    records = await stack.stub.ListTrainingRecords(
        pb.ListTrainingRecordsRequest(cadre_id=cadre_id), metadata=stack.admin
    )
    assert [t.completed_on for t in records.trainings] == ["2025-05-20"]
    listed = await stack.stub.ListCadres(
        pb.ListCadresRequest(division_code=VILLAGE), metadata=stack.admin
    )
    assert cadre_id in [c.cadre_id for c in listed.cadres]
    reply = await stack.stub.GetCadre(pb.GetCadreRequest(cadre_id=cadre_id), metadata=stack.admin)
    assert [e.grade for e in reply.cadre.evaluations] == [pb.EVALUATION_GRADE_COMPETENT]


async def test_after_erasure_the_person_can_register_again(stack: CadreStack) -> None:
    request = stack.registration(VILLAGE)
    cadre_id = (await stack.stub.RegisterCadre(request, metadata=stack.admin)).cadre_id
    await stack.stub.ErasePersonalData(
        pb.ErasePersonalDataRequest(cadre_id=cadre_id), metadata=stack.admin
    )
    again = await stack.stub.RegisterCadre(request, metadata=stack.admin)
    assert again.cadre_id != cadre_id


async def test_an_erased_cadre_cannot_be_corrected(stack: CadreStack) -> None:
    cadre_id = await stack.register(VILLAGE)
    await stack.stub.ErasePersonalData(
        pb.ErasePersonalDataRequest(cadre_id=cadre_id), metadata=stack.admin
    )
    with pytest.raises(grpc.aio.AioRpcError) as error:
        await stack.stub.UpdatePersonalData(
            pb.UpdatePersonalDataRequest(cadre_id=cadre_id, phone="13800000000"),
            metadata=stack.admin,
        )
    assert error.value.code() is grpc.StatusCode.FAILED_PRECONDITION
