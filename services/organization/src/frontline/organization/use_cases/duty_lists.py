"""Responsibility list use cases (责任清单): set, add, report progress, check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from frontline.kernel.authz import found_in_scope, scoped_prefix
from frontline.kernel.convert import Page
from frontline.kernel.errors import AlreadyExists, InvalidArgument, NotFound
from frontline.organization.domain import duty_list_records as rec
from frontline.organization.domain.duty_list import DutyListState, duty_list_decider
from frontline.organization.use_cases.acting import own_unit, require_acting_for
from frontline.organization.use_cases.ports import Ports
from frontline.organization.use_cases.units import unit_in_scope


@dataclass(frozen=True)
class ItemInput:
    category: rec.DutyCategory
    target: str
    due_on: date


def _draft(p: Ports, item: ItemInput) -> rec.DutyItemDraft:
    return rec.DutyItemDraft(
        item_id=p.new_id(), category=item.category, target=item.target, due_on=item.due_on
    )


async def list_in_scope(p: Ports, list_id: str) -> DutyListState:
    return found_in_scope(await p.command_read.duty_list(list_id), "responsibility list", list_id)


async def _run(p: Ports, list_id: str, command: rec.DutyListCommand) -> DutyListState:
    result = await p.commands.execute(duty_list_decider, list_id, command)
    if isinstance(result.state, DutyListState):
        return result.state
    found = await p.command_read.duty_list(result.stream_id)  # a retried request id
    if found is None:
        raise NotFound("responsibility list", list_id)
    return found


async def set_list(
    p: Ports, unit_id: str, year: int, items: list[ItemInput], set_on: date
) -> DutyListState:
    setter = await own_unit(p)
    unit = await unit_in_scope(p, unit_id)
    # One list per unit and year; a retried request replays its first answer.
    if await p.command_read.duty_list_of(unit_id, year) and not await p.commands.answered_before():
        raise AlreadyExists(
            "the responsibility list of {unit_id} for {year} exists",
            "LIST_EXISTS",
            unit_id=unit_id,
            year=year,
        )
    command = rec.SetResponsibilityList(
        list_id=p.new_id(),
        unit=unit.facts,
        unit_parent_id=unit.parent_id,
        setter=setter.facts,
        year=year,
        # The secretary is the first responsible person (第一责任人) for the list.
        responsible_cadre_id=unit.secretary.cadre_id if unit.secretary else None,
        items=[_draft(p, i) for i in items],
        set_on=set_on,
        today=p.today(),
    )
    return await _run(p, command.list_id, command)


async def as_setter(p: Ports, list_id: str, command: rec.DutyListCommand) -> DutyListState:
    """The level above: adds items and checks them."""
    listed = await list_in_scope(p, list_id)
    assert listed.set is not None
    await require_acting_for(p, listed.set.setter_unit_id, "level that set the list")
    return await _run(p, list_id, command)


async def as_unit(p: Ports, list_id: str, command: rec.DutyListCommand) -> DutyListState:
    """The responsible unit: reports its progress."""
    listed = await list_in_scope(p, list_id)
    assert listed.set is not None
    await require_acting_for(p, listed.set.unit_id, "unit the list belongs to")
    return await _run(p, list_id, command)


async def add_item(p: Ports, list_id: str, item: ItemInput, added_on: date) -> DutyListState:
    command = rec.AddDutyItem(item=_draft(p, item), added_on=added_on, today=p.today())
    return await as_setter(p, list_id, command)


async def get_list(
    p: Ports, list_id: str | None, unit_id: str | None, year: int | None
) -> DutyListState:
    if list_id:
        return await list_in_scope(p, list_id)
    if unit_id and year:
        await unit_in_scope(p, unit_id)
        found = await p.command_read.duty_list_of(unit_id, year)
        if found is None:
            raise NotFound("responsibility list", f"{unit_id} {year}")
        return found
    raise InvalidArgument.field(
        "list_id", "give a list id, or a unit id and a year", "LIST_ID_OR_UNIT_YEAR"
    )


async def list_lists(p: Ports, prefix: str, year: int | None, page: Page) -> list[DutyListState]:
    return await p.command_read.duty_lists(scoped_prefix(prefix), year, page)
