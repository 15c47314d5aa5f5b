"""Supervision orders through the real service: gRPC, PostgreSQL, the deadline timer on
a ManualClock, and the public events on Kafka."""

from __future__ import annotations

from datetime import UTC, datetime

import grpc
import pytest

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.testkit.kafka import header, read_topic
from frontline.testkit.waiting import eventually

from .conftest import Org

TOWN = "440781100"


async def order_of(org: Org, order_id: str) -> pb.SupervisionOrder:
    request = pb.GetSupervisionOrderRequest(order_id=order_id)
    return (await org.call("GetSupervisionOrder", request)).order


async def test_an_unanswered_order_turns_overdue_when_its_deadline_ends(org: Org) -> None:
    _, town, village = await org.county_tree()
    issued = (
        await org.call(
            "IssueSupervisionOrder",
            pb.IssueSupervisionOrderRequest(
                org_unit_id=town.org_unit_id,
                title="配齐村书记",
                content="限期配齐",
                working_days=3,
                alert_kind="secretary_vacant_90d",
                concerning_division_code=village.division_code,
            ),
        )
    ).order
    # Issued Monday 2026-01-05: three working days later is Thursday 2026-01-08.
    assert (issued.due_on, issued.state) == ("2026-01-08", pb.SUPERVISION_ORDER_STATE_ISSUED)
    town_md = {"roles": ["township_operator"], "scope": TOWN}
    await org.call(
        "AcknowledgeSupervisionOrder",
        pb.AcknowledgeSupervisionOrderRequest(order_id=issued.order_id),
        **town_md,
    )

    org.clock.set(datetime(2026, 1, 8, 15, 0, tzinfo=UTC))  # 23:00 on the due day in China
    await org.runtime.timers.fire_due()
    assert not (await order_of(org, issued.order_id)).overdue
    org.clock.set(datetime(2026, 1, 8, 16, 30, tzinfo=UTC))  # 00:30 the next day in China
    await org.runtime.timers.fire_due()
    await eventually(lambda: order_of(org, issued.order_id), lambda o: o.overdue)

    overdue = await org.call(
        "ListSupervisionOrders", pb.ListSupervisionOrdersRequest(overdue_only=True), **town_md
    )
    assert [o.order_id for o in overdue.orders] == [issued.order_id]
    reported = (
        await org.call(
            "ReportSupervisionOrder",
            pb.ReportSupervisionOrderRequest(order_id=issued.order_id, summary="已配齐"),
            **town_md,
        )
    ).order
    assert (reported.overdue, reported.on_time) == (False, False)

    records = await read_topic(org.kafka, f"{org.prefix}organization.events.v1", at_least=6)
    types = [
        header(r, "ce_type").split(".")[-2] for r in records if r.key == issued.order_id.encode()
    ]
    assert types == [
        "SupervisionOrderIssued",
        "SupervisionOrderAcknowledged",
        "SupervisionOrderOverdue",
        "SupervisionOrderReported",
    ]


async def test_bad_input_names_the_field(org: Org) -> None:
    _, town, _ = await org.county_tree()
    for request, field in [
        (pb.IssueSupervisionOrderRequest(org_unit_id=town.org_unit_id, title="x"), "working_days"),
        (
            pb.IssueSupervisionOrderRequest(
                org_unit_id=town.org_unit_id, title="x", working_days=3, alert_kind="Vacant!"
            ),
            "alert_kind",
        ),
        (
            pb.IssueSupervisionOrderRequest(
                org_unit_id=town.org_unit_id, title="x", working_days=3, issued_on="2026-02-30"
            ),
            "issued_on",
        ),
    ]:
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await org.call("IssueSupervisionOrder", request)
        assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert field in str(refused.value.trailing_metadata()), field
