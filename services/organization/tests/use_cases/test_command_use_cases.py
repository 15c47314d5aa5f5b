"""Responsibility lists and supervision orders against in-memory ports: who acts for whom."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.kernel.convert import Page
from frontline.kernel.errors import AlreadyExists, InvalidArgument, PermissionDenied
from frontline.organization.domain import order_commands as cmd
from frontline.organization.domain.duty_list_records import (
    CheckDutyItem,
    DutyCategory,
    ReportDutyProgress,
)
from frontline.organization.domain.order_records import OrderStatus
from frontline.organization.use_cases import duty_lists, orders

from .county import county_tree
from .memory import World

pytestmark = pytest.mark.unit
TODAY = date(2026, 1, 5)
TOWN, VILLAGE = "440781100", "440781100201"


def issue(receiver: str, days: int = 5) -> orders.Issue:
    return orders.Issue(
        receiver_unit_id=receiver,
        title="配齐村书记",
        content="",
        working_days=days,
        alert_kind="secretary_vacant_90d",
        concerning_division_code=None,
        issued_on=TODAY,
    )


def published(world: World) -> list[str]:
    return [e.ce_type.split(".")[-2] for e in world.commands.published]


async def test_the_county_orders_a_township_which_reports_and_the_county_accepts(
    world: World,
) -> None:
    _, town, _ = await county_tree(world)
    order = await orders.issue_order(world.ports, issue(town.unit_id))
    assert order.due_on == date(2026, 1, 12)  # five working days after Monday Jan 5
    world.acting_as("township_operator", scope=TOWN)
    await orders.as_receiver(
        world.ports, order.order_id, cmd.AcknowledgeOrder(acknowledged_on=TODAY, today=TODAY)
    )
    await orders.as_receiver(
        world.ports,
        order.order_id,
        cmd.ReportOrder(reported_on=TODAY, summary="已配齐", today=TODAY),
    )
    world.acting_as("county_admin")
    done = await orders.as_issuer(
        world.ports, order.order_id, cmd.AcceptOrder(accepted_on=TODAY, today=TODAY)
    )
    assert (done.status, done.on_time) == (OrderStatus.ACCEPTED, True)
    assert published(world)[-4:] == [
        "SupervisionOrderIssued",
        "SupervisionOrderAcknowledged",
        "SupervisionOrderReported",
        "SupervisionOrderAccepted",
    ]


async def test_the_issuer_never_acts_for_the_unit_it_ordered(world: World) -> None:
    _, _, village = await county_tree(world)
    world.acting_as("township_operator", scope=TOWN)
    order = await orders.issue_order(world.ports, issue(village.unit_id))
    acknowledge = cmd.AcknowledgeOrder(acknowledged_on=TODAY, today=TODAY)
    # The township's scope covers the village's code, but it is the issuer.
    with pytest.raises(PermissionDenied):
        await orders.as_receiver(world.ports, order.order_id, acknowledge)
    world.acting_as("village_operator", scope=VILLAGE)
    await orders.as_receiver(world.ports, order.order_id, acknowledge)
    with pytest.raises(PermissionDenied):
        await orders.as_issuer(
            world.ports, order.order_id, cmd.AcceptOrder(accepted_on=TODAY, today=TODAY)
        )


async def test_the_county_orders_villages_through_their_township(world: World) -> None:
    _, _, village = await county_tree(world)
    with pytest.raises(InvalidArgument):
        await orders.issue_order(world.ports, issue(village.unit_id))


async def test_an_operator_whose_scope_is_no_unit_of_its_level_issues_nothing(
    world: World,
) -> None:
    _, town, _ = await county_tree(world)
    world.acting_as("township_operator", scope="440781")
    with pytest.raises(PermissionDenied):
        await orders.issue_order(world.ports, issue(town.unit_id))


async def test_overdue_orders_are_listed_once_their_deadline_passed(world: World) -> None:
    _, town, _ = await county_tree(world)
    order = await orders.issue_order(world.ports, issue(town.unit_id, days=1))
    listing = orders.Listing("", None, None, None, open_only=True, overdue_only=True)
    assert await orders.list_orders(world.ports, listing, Page(10, 0)) == []
    world.today.day = date(2026, 1, 7)
    checked = await orders.check_deadline(world.ports, order.order_id)
    assert checked.overdue_for == date(2026, 1, 6)
    assert [o.order_id for o in await orders.list_orders(world.ports, listing, Page(10, 0))] == [
        order.order_id
    ]
    assert published(world)[-1] == "SupervisionOrderOverdue"


async def test_a_township_sets_a_village_list_the_village_reports_the_township_checks(
    world: World,
) -> None:
    _, _, village = await county_tree(world)
    world.acting_as("township_operator", scope=TOWN)
    item = duty_lists.ItemInput(DutyCategory.SERVICE, "党群服务中心全覆盖", date(2026, 6, 30))
    listed = await duty_lists.set_list(world.ports, village.unit_id, 2026, [item], TODAY)
    with pytest.raises(AlreadyExists):
        await duty_lists.set_list(world.ports, village.unit_id, 2026, [item], TODAY)
    assert listed.set is not None
    item_id = listed.items[0].item.item_id
    check = CheckDutyItem(item_id=item_id, completed=True, checked_on=TODAY, today=TODAY)
    world.acting_as("village_operator", scope=VILLAGE)
    with pytest.raises(PermissionDenied):
        await duty_lists.as_setter(world.ports, listed.set.list_id, check)
    await duty_lists.as_unit(
        world.ports,
        listed.set.list_id,
        ReportDutyProgress(
            item_id=item_id, percent_complete=100, note="", reported_on=TODAY, today=TODAY
        ),
    )
    world.acting_as("township_operator", scope=TOWN)
    checked = await duty_lists.as_setter(world.ports, listed.set.list_id, check)
    assert (checked.items[0].completed_on, checked.items[0].on_time) == (TODAY, True)
    assert published(world)[-1] == "DutyItemChecked"
