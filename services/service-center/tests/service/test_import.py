"""ImportRequest through gRPC: the earlier platform's record replayed by the live rules,
the deadlines passed on the way published with their own days, and refusals that name
the step; a refused import stores nothing."""

from __future__ import annotations

from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from frontline.api.service_center.v1 import service_center_pb2 as pb

from .conftest import Desk

Step = pb.HistoryStep


def past(centre: str, *steps: pb.HistoryStep, **fields: Any) -> pb.ImportRequestRequest:
    values: dict[str, Any] = {
        "centre_id": centre,
        "line": "social_security",
        "kind": pb.REQUEST_KIND_HELP,
        "channel": pb.CHANNEL_PHONE,
        "requester_name": "欧阳明月",
        "requester_phone": "13712345678",
        "description": "养老保险两个月没到账",
        # Monday 1 September 2025: five working days end on Monday 8 September.
        "submitted_on": "2025-09-01",
    }
    return pb.ImportRequestRequest(steps=list(steps), **{**values, **fields})


HANDLED = (
    Step(kind=pb.HISTORY_STEP_KIND_ASSIGNED, at="2025-09-01T10:00:00+08:00", cadre_id="c-1"),
    Step(kind=pb.HISTORY_STEP_KIND_SIGNED_FOR, at="2025-09-01T11:00:00+08:00", cadre_id="c-1"),
)


async def test_an_imported_request_s_history_reaches_kafka_with_its_days(desk: Desk) -> None:
    centre = (await desk.centre()).centre_id
    late = past(
        centre,
        *HANDLED,
        Step(kind=pb.HISTORY_STEP_KIND_RESOLVED, on="2025-09-12", text="补缴到账"),
        Step(
            kind=pb.HISTORY_STEP_KIND_RETURN_VISIT,
            on="2025-09-15",
            outcome=pb.VISIT_OUTCOME_UNSATISFIED,
        ),
        Step(kind=pb.HISTORY_STEP_KIND_REOPENED, on="2025-09-15", text="只到一个月"),
        Step(kind=pb.HISTORY_STEP_KIND_RESOLVED, on="2025-09-17", text="补齐"),
        Step(
            kind=pb.HISTORY_STEP_KIND_RETURN_VISIT,
            on="2025-09-18",
            outcome=pb.VISIT_OUTCOME_NO_ANSWER,
        ),
        Step(
            kind=pb.HISTORY_STEP_KIND_RETURN_VISIT,
            on="2025-09-19",
            outcome=pb.VISIT_OUTCOME_SATISFIED,
        ),
        Step(kind=pb.HISTORY_STEP_KIND_CLOSED, on="2025-09-19"),
    )
    imported = (await desk.call("ImportRequest", late)).request
    assert imported.status == pb.REQUEST_STATUS_CLOSED and imported.reopened == 1
    events = await desk.published(imported.request_id, at_least=13)
    kinds = [(kind, data.get("flagged_on") or data.get("reminded_on")) for kind, data in events]
    assert kinds[:6] == [
        ("RequestSubmitted", None),
        ("RequestAssigned", None),
        ("RequestSignedFor", None),
        # Due Monday 8 September: overdue on the 9th, reminded on the 10th (its day,
        # the 9th, ended), yellow card on the 12th (3 working days after the 8th ended).
        ("RequestOverdue", "2025-09-09"),
        ("RequestReminded", "2025-09-10"),
        ("RequestOverdue", "2025-09-12"),
    ]
    assert [kind for kind, _ in events[6:]] == [
        "RequestResolved",
        "ReturnVisitRecorded",
        "RequestReopened",
        "RequestResolved",
        "ReturnVisitRecorded",
        "ReturnVisitRecorded",
        "ServiceRequestClosed",
    ]
    first, again, closed = events[6][1], events[9][1], events[-1][1]
    assert first["on_time"] is False and first["resolved_on"] == "2025-09-12"
    # Each event says what held when it happened, not what the import ended with.
    assert (first["reopened"], again["reopened"]) == (0, 1)
    # Reopened after "unsatisfied": never counted as resolved, whatever came after.
    assert closed["resolved"] is False and closed["reopened"] == 1
    assert events[1][1]["assigned_at"] == "2025-09-01T10:00:00+08:00"


async def test_an_impossible_history_is_refused_naming_the_step(desk: Desk) -> None:
    centre = (await desk.centre()).centre_id
    cases = [
        (
            past(centre, *HANDLED[:1], Step(kind=pb.HISTORY_STEP_KIND_SIGNED_FOR, at="2025-09-01")),
            grpc.StatusCode.INVALID_ARGUMENT,
            "steps[1].at",
        ),
        (
            past(
                centre,
                *HANDLED,
                Step(kind=pb.HISTORY_STEP_KIND_RESOLVED, on="2025-08-30", text="x"),
            ),
            grpc.StatusCode.INVALID_ARGUMENT,
            "steps[2].on",
        ),
        (
            past(
                centre,
                *HANDLED,
                Step(kind=pb.HISTORY_STEP_KIND_RESOLVED, on="2025-02-30", text="x"),
            ),
            grpc.StatusCode.INVALID_ARGUMENT,
            "steps[2].on",
        ),
        (past(centre, HANDLED[1]), grpc.StatusCode.FAILED_PRECONDITION, "steps[0]"),
        (
            past(centre, *HANDLED, submitted_on="2025-09-05"),
            grpc.StatusCode.INVALID_ARGUMENT,
            "steps[0].on",
        ),
    ]
    for request, code, named in cases:
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await desk.call("ImportRequest", request)
        assert refused.value.code() == code, named
        assert named in _named(refused.value), (named, refused.value.details())
    pool = desk.runtime.pool
    assert await pool.fetchval("SELECT count(*) FROM requests") == 0
    assert (
        await pool.fetchval("SELECT count(*) FROM events WHERE stream_type = 'service_request'")
        == 0
    )


def _named(error: grpc.aio.AioRpcError) -> str:
    status = rpc_status.from_call(error)
    names: list[str] = []
    for detail in status.details if status else []:
        bad = error_details_pb2.BadRequest()
        if detail.Unpack(bad):
            names += [v.field for v in bad.field_violations]
        failure = error_details_pb2.PreconditionFailure()
        if detail.Unpack(failure):
            names += [v.description for v in failure.violations]
    return " ".join(names)
