"""A request's whole life through gRPC, as it reaches Kafka: in order, with its due date
counted across National Day 2025 and its make-up working days (调休)."""

from __future__ import annotations

from datetime import date

from frontline.api.service_center.v1 import service_center_pb2 as pb

from .conftest import Desk, china


async def test_a_request_s_whole_life_reaches_kafka_in_order(desk: Desk) -> None:
    centre = await desk.centre()
    # Taken on Friday 26 September: 28 September (a Sunday) is worked, 1–8 October are
    # off, 11 October (a Saturday) is worked: ten working days end on 16 October.
    request = await desk.in_progress(centre.centre_id)
    rid = request.request_id
    assert (request.due_on, request.due_provisional) == ("2025-10-16", False)
    consultation = await desk.submit(centre.centre_id, kind=pb.REQUEST_KIND_CONSULTATION)
    assert consultation.due_on == "2025-09-28"  # the make-up Sunday

    desk.clock.set(china(date(2025, 10, 13)))
    await desk.call(
        "ApplyForExtension",
        pb.ApplyForExtensionRequest(
            request_id=rid, requested_due_on="2025-10-20", reason="county bureau to confirm"
        ),
    )
    extended = await desk.call(
        "GrantExtension",
        pb.GrantExtensionRequest(request_id=rid),
        roles=["township_operator"],
        scope="440781100",
    )
    assert extended.request.due_on == "2025-10-20"

    desk.clock.set(china(date(2025, 10, 17)))  # after the first due date, before the new one
    resolved = await desk.call(
        "ResolveRequest", pb.ResolveRequestRequest(request_id=rid, summary="补缴并到账")
    )
    assert resolved.request.resolved_on_time
    # Three working days after Friday 17 October.
    assert resolved.request.return_visit_due_on == "2025-10-22"
    unsatisfied = pb.RecordReturnVisitRequest(
        request_id=rid, outcome=pb.VISIT_OUTCOME_UNSATISFIED, note="只到了一个月"
    )
    await desk.call("RecordReturnVisit", unsatisfied, roles=["service_desk"])
    reopened = await desk.call(
        "ReopenRequest",
        pb.ReopenRequestRequest(request_id=rid, reason="second month missing"),
        roles=["service_desk"],
    )
    assert reopened.request.due_on == "2025-10-31"
    await desk.call("ResolveRequest", pb.ResolveRequestRequest(request_id=rid, summary="补齐"))
    satisfied = pb.RecordReturnVisitRequest(request_id=rid, outcome=pb.VISIT_OUTCOME_SATISFIED)
    await desk.call("RecordReturnVisit", satisfied, roles=["service_desk"])
    closed = await desk.call(
        "CloseRequest", pb.CloseRequestRequest(request_id=rid), roles=["service_desk"]
    )
    assert closed.request.status == pb.REQUEST_STATUS_CLOSED

    life = await desk.published(rid, at_least=10)
    assert [t for t, _ in life] == [
        "RequestSubmitted",
        "RequestAssigned",
        "RequestSignedFor",
        "RequestExtended",
        "RequestResolved",
        "ReturnVisitRecorded",
        "RequestReopened",
        "RequestResolved",
        "ReturnVisitRecorded",
        "ServiceRequestClosed",
    ]
    data = dict(life)
    assert data["RequestSubmitted"]["due_on"] == "2025-10-16"
    assert (data["RequestExtended"]["previous_due_on"], data["RequestExtended"]["due_on"]) == (
        "2025-10-16",
        "2025-10-20",
    )
    assert data["ServiceRequestClosed"]["resolved"] is False  # reopened: not resolved
    assert all(d["township_code"] == "440781100" for _, d in life)
