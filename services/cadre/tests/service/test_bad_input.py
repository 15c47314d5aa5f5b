"""A client's malformed input is INVALID_ARGUMENT naming the field (DESIGN.md §7).

Every value is bounded before it reaches a use case: these once reached the database
(where a NUL byte failed as INTERNAL) or were stored as given.
"""

from __future__ import annotations

import math
from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from frontline.api.cadre.v1 import cadre_pb2 as pb

from .conftest import TOWNSHIP, CadreStack  # type: ignore[import-not-found]

CASES: list[tuple[str, Any, str]] = [
    ("GetCadre", pb.GetCadreRequest(cadre_id="c-1\x00"), "cadre_id"),
    (
        "NominateCadre",
        pb.NominateCadreRequest(cadre_id="c-1", org_unit_id="u\x00", post=pb.POST_SECRETARY),
        "org_unit_id",
    ),
    ("RegisterCadre", pb.RegisterCadreRequest(name="张\x07三"), "name"),
    ("ListCadres", pb.ListCadresRequest(page_token="cadre-42"), "page_token"),
    (
        "UpdatePersonalData",
        pb.UpdatePersonalDataRequest(cadre_id="c-1", birth_date="1800-01-01"),
        "birth_date",
    ),
    (
        "EvaluateCadre",
        pb.EvaluateCadreRequest(
            cadre_id="c-1", year=2025, grade=pb.EVALUATION_GRADE_EXCELLENT, achievements=["x"] * 21
        ),
        "achievements",
    ),
    (
        "StartTraining",
        pb.StartTrainingRequest(
            cadre_id="c-1", topic=pb.TRAINING_TOPIC_LAW, title="t", planned_hours=math.nan
        ),
        "planned_hours",
    ),
    (
        "RecordRemuneration",
        pb.RecordRemunerationRequest(cadre_id="c-1", year=2025, amount_fen=10**13),
        "amount_fen",
    ),
    (
        "RecordInspection",
        pb.RecordInspectionRequest(procedure_id="p-1", integrity_opinion=7),
        "integrity_opinion",
    ),
    (
        "ReportNoticeObjection",
        pb.ReportNoticeObjectionRequest(procedure_id="p-1", reported_on="2025-02-30"),
        "reported_on",
    ),
    (
        "CheckNoticeObjection",
        pb.CheckNoticeObjectionRequest(procedure_id="p-1"),
        "outcome",
    ),
    (
        "PublishEvaluationSummary",
        pb.PublishEvaluationSummaryRequest(township_code=TOWNSHIP, year=1999),
        "year",
    ),
]


@pytest.mark.parametrize(("rpc", "request_", "field"), CASES, ids=[c[0] for c in CASES])
async def test_a_malformed_field_is_named_in_invalid_argument(
    stack: CadreStack, rpc: str, request_: Any, field: str
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await getattr(stack.stub, rpc)(request_, metadata=stack.admin)
    assert refused.value.code() is grpc.StatusCode.INVALID_ARGUMENT
    status = rpc_status.from_call(refused.value)  # type: ignore[arg-type]
    assert status is not None
    bad = error_details_pb2.BadRequest()
    assert status.details[0].Unpack(bad)
    assert [v.field for v in bad.field_violations] == [field]


async def test_a_well_formed_page_token_pages_through_a_village(stack: CadreStack) -> None:
    village = f"{TOWNSHIP}207"
    registered = sorted([await stack.register(village) for _ in range(3)])
    seen: list[str] = []
    token = ""
    while True:
        page = await stack.stub.ListCadres(
            pb.ListCadresRequest(division_code=village, page_size=2, page_token=token),
            metadata=stack.admin,
        )
        seen += [c.cadre_id for c in page.cadres]
        token = page.next_page_token
        if not token:
            break
    assert seen == registered


async def _refused_fields(call: Any) -> list[str]:
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await call
    assert refused.value.code() is grpc.StatusCode.INVALID_ARGUMENT
    status = rpc_status.from_call(refused.value)  # type: ignore[arg-type]
    assert status is not None
    bad = error_details_pb2.BadRequest()
    assert status.details[0].Unpack(bad)
    return [v.field for v in bad.field_violations]


async def test_a_mistyped_id_number_and_an_unborn_cadre_are_refused(stack: CadreStack) -> None:
    village = f"{TOWNSHIP}208"
    good = stack.registration(village)
    wrong_check = good.id_number[:17] + ("0" if good.id_number[17] != "0" else "1")
    mistyped = stack.registration(village, id_number=wrong_check)
    assert await _refused_fields(stack.stub.RegisterCadre(mistyped, metadata=stack.admin)) == [
        "id_number"
    ]
    no_such_day = good.id_number[:10] + "0230" + good.id_number[14:17]
    mistyped = stack.registration(village, id_number=no_such_day + "0")
    assert await _refused_fields(stack.stub.RegisterCadre(mistyped, metadata=stack.admin)) == [
        "id_number"
    ]
    # A correction once skipped the age rule that registration keeps.
    cadre_id = await stack.register(village)
    unborn = pb.UpdatePersonalDataRequest(cadre_id=cadre_id, birth_date="2099-01-01")
    update = stack.stub.UpdatePersonalData(unborn, metadata=stack.admin)
    assert await _refused_fields(update) == ["birth_date"]
    cadre = await stack.stub.GetCadre(pb.GetCadreRequest(cadre_id=cadre_id), metadata=stack.admin)
    assert cadre.cadre.personal.birth_date == good.birth_date
