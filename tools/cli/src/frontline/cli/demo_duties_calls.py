"""Sending the demo's responsibility lists and supervision orders (``demo_duties``),
each step under the token of the unit that takes it."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.cli.demo_calls import Caller
from frontline.cli.demo_duties import ORDER_TITLES, DutiesPlan, ListPlan, OrderPlan
from frontline.cli.demo_plan import CountyPlan
from frontline.kernel.auth.tokens import issue_token

ROLES = {"county": "county_admin", "township": "township_operator"}
TOKEN_SECONDS = 3600


class Operators:
    """A token for the operator of each unit of the plan, minted once."""

    def __init__(self, key: Path, plan: CountyPlan) -> None:
        self.key = key
        units = [plan.county, *plan.townships, *plan.all_villages()]
        self.units = {u.key: u for u in units}
        self._tokens: dict[str, str] = {}

    def of(self, unit_key: str) -> str:
        if unit_key not in self._tokens:
            unit = self.units[unit_key]
            role = ROLES.get(unit.level, "village_operator")
            self._tokens[unit_key] = issue_token(
                self.key, f"demo-{unit.code}", [role], unit.code, TOKEN_SECONDS
            )
        return self._tokens[unit_key]


def _day(value: Any) -> str:
    return str(value.isoformat())


async def send_duties(
    call: Caller, org: Any, duties: DutiesPlan, units: dict[str, str], people: Operators
) -> None:
    work = [_list(call, org, lp, units, people) for lp in duties.lists]
    work += [_order(call, org, op, units, people) for op in duties.orders]
    await asyncio.gather(*work)


async def _list(
    call: Caller, org: Any, lp: ListPlan, units: dict[str, str], people: Operators
) -> None:
    if lp.unit not in units:
        return
    request = pb.SetResponsibilityListRequest(
        org_unit_id=units[lp.unit],
        year=lp.year,
        set_on=_day(lp.set_on),
        items=[
            pb.DutyItemInput(category=f"DUTY_CATEGORY_{c.upper()}", target=t, due_on=_day(d))
            for c, t, d, _, _ in lp.items
        ],
    )
    reply = await call(org.SetResponsibilityList, request, lp.key, people.of(lp.setter))
    if reply is None:
        return
    listed = reply.responsibility_list
    for n, (item, (_, _, _, finished, checked)) in enumerate(
        zip(listed.items, lp.items, strict=True)
    ):
        if finished:
            done = pb.ReportDutyProgressRequest(
                list_id=listed.list_id,
                item_id=item.item_id,
                percent_complete=100,
                note="已完成",
                reported_on=_day(finished),
            )
            await call(org.ReportDutyProgress, done, f"{lp.key}:{n}:done", people.of(lp.unit))
        if checked:
            check = pb.CheckDutyItemRequest(
                list_id=listed.list_id,
                item_id=item.item_id,
                completed=True,
                checked_on=_day(checked),
            )
            await call(org.CheckDutyItem, check, f"{lp.key}:{n}:check", people.of(lp.setter))


def _step(order_id: str, step: str, on: str, extra: int) -> tuple[str, Any]:
    return {
        "ack": (
            "AcknowledgeSupervisionOrder",
            pb.AcknowledgeSupervisionOrderRequest(order_id=order_id, acknowledged_on=on),
        ),
        "extend": (
            "RequestOrderExtension",
            pb.RequestOrderExtensionRequest(
                order_id=order_id, working_days=extra, reason="需召开党员大会", requested_on=on
            ),
        ),
        "grant": (
            "GrantOrderExtension",
            pb.GrantOrderExtensionRequest(order_id=order_id, granted_on=on),
        ),
        "report": (
            "ReportSupervisionOrder",
            pb.ReportSupervisionOrderRequest(
                order_id=order_id, summary="已按要求整改到位", reported_on=on
            ),
        ),
        "return": (
            "ReturnSupervisionOrder",
            pb.ReturnSupervisionOrderRequest(
                order_id=order_id, reason="整改材料不全，请补充", returned_on=on
            ),
        ),
        "accept": (
            "AcceptSupervisionOrder",
            pb.AcceptSupervisionOrderRequest(order_id=order_id, accepted_on=on),
        ),
    }[step]


# The issuer grants, returns and accepts; the receiving unit does the rest.
ISSUER_STEPS = {"grant", "return", "accept"}


async def _order(
    call: Caller, org: Any, op: OrderPlan, units: dict[str, str], people: Operators
) -> None:
    if op.receiver not in units:
        return
    concerning = people.units[op.receiver].code
    request = pb.IssueSupervisionOrderRequest(
        org_unit_id=units[op.receiver],
        title=ORDER_TITLES[op.alert_kind],
        content="请按期办理并报告",
        working_days=op.working_days,
        alert_kind=op.alert_kind,
        concerning_division_code=concerning,
        issued_on=_day(op.issued_on),
    )
    reply = await call(org.IssueSupervisionOrder, request, op.key, people.of(op.issuer))
    if reply is None:
        return
    order_id = reply.order.order_id
    for n, (step, on, extra) in enumerate(op.steps):
        method, message = _step(order_id, step, _day(on), extra)
        actor = op.issuer if step in ISSUER_STEPS else op.receiver
        await call(getattr(org, method), message, f"{op.key}:{n}:{step}", people.of(actor))
