"""The demo seed's responsibility lists and supervision orders through the real service:
every call succeeds, under each unit's own token, and the outcomes are the plan's."""

from __future__ import annotations

from collections import Counter
from typing import Any

from rich.progress import Progress

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.cli.demo_calls import Caller
from frontline.cli.demo_duties import plan_duties
from frontline.cli.demo_duties_calls import Operators, send_duties
from frontline.cli.demo_plan import plan_county
from frontline.cli.demo_units import establish_units

from .conftest import START, Org


async def test_lists_and_a_few_hundred_orders_without_a_failure(org: Org, monkeypatch: Any) -> None:
    monkeypatch.setenv("FRONTLINE_TOKEN", org.keys.token(["county_admin"], "440781"))
    plan = plan_county(7, START.date(), villages=24, cadres_per_village=1)
    duties = plan_duties(7, START.date(), plan.townships, plan.villages)
    with Progress(disable=True) as progress:
        call = Caller(7, 16, progress, progress.add_task("seed"), patience=20)
        units = await establish_units(call, org.stub, plan)
        await send_duties(call, org.stub, duties, units, Operators(org.keys.private, plan))
    assert call.failures == []
    assert len(duties.orders) >= 50

    listed = await org.call("ListSupervisionOrders", pb.ListSupervisionOrdersRequest(page_size=500))
    states = Counter(pb.SupervisionOrderState.Name(o.state) for o in listed.orders)
    planned = Counter(o.steps[-1][0] if o.steps else "issued" for o in duties.orders)
    assert states["SUPERVISION_ORDER_STATE_ACCEPTED"] == planned["accept"]
    assert sum(states.values()) == len(duties.orders)
    returned = [o for o in listed.orders if o.report_round > 1]
    assert returned == [] or all(o.returned_reason for o in returned)
    lists = await org.call(
        "ListResponsibilityLists", pb.ListResponsibilityListsRequest(page_size=500)
    )
    assert len(lists.responsibility_lists) == len(duties.lists)
