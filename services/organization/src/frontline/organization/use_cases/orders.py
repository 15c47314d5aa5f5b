"""Supervision order use cases (督办单): issue, the receiving unit's steps, the issuer's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from frontline.kernel.authz import found_in_scope, scoped_prefix
from frontline.kernel.convert import Page
from frontline.kernel.errors import NotFound
from frontline.organization.command_read_model import OrderQuery
from frontline.organization.domain import order_commands as cmd
from frontline.organization.domain.order import order_decider
from frontline.organization.domain.order_records import OrderStatus
from frontline.organization.domain.order_state import OrderState
from frontline.organization.use_cases.acting import own_unit, require_acting_for
from frontline.organization.use_cases.ports import Ports
from frontline.organization.use_cases.units import unit_in_scope

RECEIVER, ISSUER = "receiving unit", "issuing unit"


async def order_in_scope(p: Ports, order_id: str) -> OrderState:
    return found_in_scope(await p.command_read.order(order_id), "supervision order", order_id)


async def _run(p: Ports, order_id: str, command: cmd.OrderCommand) -> OrderState:
    result = await p.commands.execute(order_decider(p.calendar), order_id, command)
    if isinstance(result.state, OrderState):
        return result.state
    # A retried request id: the order as the first call left it, read back.
    found = await p.command_read.order(order_id)
    if found is None:
        raise NotFound("supervision order", order_id)
    return found


@dataclass(frozen=True)
class Issue:
    receiver_unit_id: str
    title: str
    content: str
    working_days: int
    alert_kind: str | None
    concerning_division_code: str | None
    issued_on: date


async def issue_order(p: Ports, i: Issue) -> OrderState:
    issuer = await own_unit(p)
    receiver = await unit_in_scope(p, i.receiver_unit_id)
    command = cmd.IssueOrder(
        order_id=p.new_id(),
        issuer=issuer.facts,
        receiver=receiver.facts,
        receiver_parent_id=receiver.parent_id,
        title=i.title,
        content=i.content,
        alert_kind=i.alert_kind,
        concerning_division_code=i.concerning_division_code,
        issued_on=i.issued_on,
        working_days=i.working_days,
        max_working_days=p.rules.order_max_working_days,
        today=p.today(),
    )
    return await _run(p, command.order_id, command)


async def as_receiver(p: Ports, order_id: str, command: cmd.OrderCommand) -> OrderState:
    """A step of the receiving unit: acknowledge, report, ask for more time."""
    order = await order_in_scope(p, order_id)
    await require_acting_for(p, order.receiver_unit_id, RECEIVER)
    return await _run(p, order_id, command)


async def as_issuer(p: Ports, order_id: str, command: cmd.OrderCommand) -> OrderState:
    """A step of the issuer: grant or decline more time, accept or return the report."""
    order = await order_in_scope(p, order_id)
    await require_acting_for(p, order.issuer_unit_id, ISSUER)
    return await _run(p, order_id, command)


async def request_extension(
    p: Ports, order_id: str, working_days: int, reason: str, requested_on: date
) -> OrderState:
    command = cmd.RequestOrderExtension(
        working_days=working_days,
        max_working_days=p.rules.order_extension_max_working_days,
        reason=reason,
        requested_on=requested_on,
        today=p.today(),
    )
    return await as_receiver(p, order_id, command)


async def check_deadline(p: Ports, order_id: str) -> OrderState:
    """Fired by the order's deadline timer (deadlines.py)."""
    return await _run(p, order_id, cmd.CheckOrderDeadline(today=p.today()))


async def get_order(p: Ports, order_id: str) -> OrderState:
    return await order_in_scope(p, order_id)


@dataclass(frozen=True)
class Listing:
    prefix: str
    receiver_unit_id: str | None
    issuer_unit_id: str | None
    status: OrderStatus | None
    open_only: bool
    overdue_only: bool


async def list_orders(p: Ports, q: Listing, page: Page) -> list[OrderState]:
    query = OrderQuery(
        prefix=scoped_prefix(q.prefix),
        receiver_unit_id=q.receiver_unit_id,
        issuer_unit_id=q.issuer_unit_id,
        status=q.status,
        open_only=q.open_only,
        overdue_on=p.today() if q.overdue_only else None,
    )
    return await p.command_read.orders(query, page)
