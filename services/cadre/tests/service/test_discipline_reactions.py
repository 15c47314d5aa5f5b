"""The discipline service's public events reaching the cadre service through Kafka
(consumer ``cadre.discipline-outcomes``): the integrity opinion an inspection waits
for, a removal sanction and the influence period (影响期)."""

from __future__ import annotations

import json
from collections.abc import Awaitable
from datetime import date
from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.contracts.discipline import SanctionImposed
from frontline.kernel.ids import new_id
from frontline.testkit.cloudevents import event_headers
from frontline.testkit.kafka import header, read_topic

from .conftest import TOWNSHIP, CadreStack  # type: ignore[import-not-found]

VILLAGE = f"{TOWNSHIP}231"


async def refusal(call: Awaitable[Any]) -> str:
    """The PreconditionFailure violation type a refused call carries."""
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await call
    assert refused.value.code() is grpc.StatusCode.FAILED_PRECONDITION
    status = rpc_status.from_call(refused.value)  # type: ignore[arg-type]
    assert status is not None
    failure = error_details_pb2.PreconditionFailure()
    assert status.details[0].Unpack(failure)
    return str(failure.violations[0].type)


async def test_the_notice_waits_for_the_opinion_and_an_objection_stops_it(
    stack: CadreStack,
) -> None:
    unit_id = await stack.establish_unit(VILLAGE)
    cadre_id = await stack.register(VILLAGE)
    nominated = await stack.stub.NominateCadre(
        pb.NominateCadreRequest(
            cadre_id=cadre_id,
            org_unit_id=unit_id,
            post=pb.POST_SECRETARY,
            nominated_on="2025-09-01",
        ),
        metadata=stack.admin,
    )
    procedure_id = nominated.procedure_id
    await stack.stub.RecordInspection(
        pb.RecordInspectionRequest(procedure_id=procedure_id, inspected_on="2025-09-10"),
        metadata=stack.admin,
    )
    asked = await stack.published("cn.frontline.cadre.IntegrityOpinionRequested.v1", cadre_id)
    assert (asked["procedure_id"], asked["requested_on"]) == (procedure_id, "2025-09-10")
    notice = pb.StartPublicNoticeRequest(procedure_id=procedure_id, starts_on="2025-09-22")
    pending = stack.stub.StartPublicNotice(notice, metadata=stack.admin)
    assert await refusal(pending) == "INTEGRITY_OPINION_PENDING"

    await stack.issue_opinion(procedure_id, "objection")
    stopped = stack.stub.StartPublicNotice(notice, metadata=stack.admin)
    assert await refusal(stopped) == "INTEGRITY_OBJECTION"
    listed = await stack.stub.ListAppointmentProcedures(
        pb.ListAppointmentProceduresRequest(division_code=VILLAGE), metadata=stack.admin
    )
    [procedure] = [p for p in listed.procedures if p.procedure_id == procedure_id]
    assert procedure.integrity_opinion == pb.INTEGRITY_OPINION_OBJECTION


async def test_a_removal_leaves_the_post_once_and_bars_a_nomination(stack: CadreStack) -> None:
    unit_id = await stack.establish_unit(VILLAGE)
    cadre_id = await stack.register(VILLAGE)
    await stack.stub.AppointFromElection(
        pb.AppointFromElectionRequest(
            cadre_id=cadre_id,
            org_unit_id=unit_id,
            post=pb.POST_SECRETARY,
            election_ref="2024 换届",
            appointed_on="2025-03-01",
        ),
        metadata=stack.admin,
    )
    imposed = SanctionImposed(
        case_id=new_id(),
        cadre_id=cadre_id,
        division_code=VILLAGE,
        measure_type="party_sanction",
        kind="removal_from_party_post",
        removes_from_post=True,
        influence_ends_on=date(2027, 11, 3),
        permanent=False,
        decided_on=date(2025, 11, 3),
    )
    topic, value = f"{stack.prefix}{imposed.topic}", imposed.model_dump_json().encode()
    headers, again = (
        event_headers(imposed, imposed.case_id),
        event_headers(imposed, imposed.case_id),
    )
    # Delivered twice (a relay republishing after a crash), then sent again as a new event.
    for copy in (headers, headers, again):
        await stack.producer.send_and_wait(topic, value, key=imposed.case_id.encode(), headers=copy)

    left = await stack.published("cn.frontline.cadre.CadreLeftPost.v1", cadre_id)
    assert (left["post"], left["reason"], left["left_on"]) == (
        "secretary",
        "dismissal",
        "2025-11-03",
    )
    posts = await stack.stub.ListUnitPosts(
        pb.ListUnitPostsRequest(org_unit_id=unit_id), metadata=stack.admin
    )
    assert list(posts.posts) == []
    await stack.wait_db(
        "SELECT 1 FROM inbox WHERE consumer LIKE '%discipline-outcomes' AND event_id = $1",
        ce_id(again),
    )
    nomination = pb.NominateCadreRequest(
        cadre_id=cadre_id, org_unit_id=unit_id, post=pb.POST_SECRETARY, nominated_on="2026-05-01"
    )
    barred = stack.stub.NominateCadre(nomination, metadata=stack.admin)
    assert await refusal(barred) == "SANCTION_INFLUENCE"
    records = await read_topic(stack.kafka, stack.topic, timeout=2.0)
    leaves = [
        json.loads(r.value or b"{}")
        for r in records
        if header(r, "ce_type") == "cn.frontline.cadre.CadreLeftPost.v1"
        and header(r, "ce_subject") == cadre_id
    ]
    assert len(leaves) == 1


def ce_id(headers: list[tuple[str, bytes]]) -> str:
    return next(v.decode() for k, v in headers if k == "ce_id")
