"""The responsibility list decider (责任清单): one stream per unit and year.

Set by the level directly above (the county for a township, the township for a village
or community), which also adds items and checks their completion; the unit reports
its progress. An item is on time when the unit finished it (reported 100 %) — or,
without such a report, when it was checked completed — on or before its due date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from frontline.kernel.decider import Decider, DomainEvent
from frontline.kernel.errors import AlreadyExists, InvalidArgument, NotFound, PreconditionFailed
from frontline.organization.domain import duty_list_records as rec
from frontline.organization.domain.dates import refuse_future
from frontline.organization.domain.order_records import LEVEL_BELOW

STREAM_TYPE = "responsibility_list"


@dataclass(frozen=True)
class DutyItemState:
    item: rec.DutyItemDraft
    percent_complete: int = 0
    last_report_on: date | None = None
    last_note: str = ""
    finished_on: date | None = None  # the day the unit reported 100 %
    completed_on: date | None = None  # checked completed by the level above
    on_time: bool | None = None


@dataclass(frozen=True)
class DutyListState:
    set: rec.ResponsibilityListSet | None = None
    items: tuple[DutyItemState, ...] = ()

    @property
    def exists(self) -> bool:
        return self.set is not None

    @property
    def division_code(self) -> str:
        return self.set.division_code if self.set else ""


def _with_item(s: DutyListState, item_id: str, **changes: Any) -> DutyListState:
    items = tuple(replace(i, **changes) if i.item.item_id == item_id else i for i in s.items)
    return replace(s, items=items)


def _progress(s: DutyListState, e: rec.DutyProgressReported) -> DutyListState:
    current = next(i for i in s.items if i.item.item_id == e.item_id)
    finished = current.finished_on or (e.reported_on if e.percent_complete == 100 else None)
    return _with_item(
        s,
        e.item_id,
        percent_complete=e.percent_complete,
        last_report_on=e.reported_on,
        last_note=e.note,
        finished_on=finished,
    )


def _checked(s: DutyListState, e: rec.DutyItemChecked) -> DutyListState:
    if e.completed:
        return _with_item(s, e.item_id, completed_on=e.checked_on, on_time=e.on_time)
    # Not completed: the item stays open, the unit works on (its 100 % report no longer counts).
    return _with_item(s, e.item_id, finished_on=None, on_time=None)


_EVOLVERS: dict[type[DomainEvent], Callable[[DutyListState, Any], DutyListState]] = {
    rec.ResponsibilityListSet: lambda s, e: DutyListState(
        e, tuple(DutyItemState(i) for i in e.items)
    ),
    rec.DutyItemAdded: lambda s, e: replace(s, items=(*s.items, DutyItemState(e.item))),
    rec.DutyProgressReported: _progress,
    rec.DutyItemChecked: _checked,
}


def evolve(state: DutyListState, event: DomainEvent) -> DutyListState:
    handler = _EVOLVERS.get(type(event))
    return handler(state, event) if handler else state


def _check_items(items: list[rec.DutyItemDraft], year: int, known: set[str]) -> None:
    for n, item in enumerate(items):
        if not item.target.strip():
            raise InvalidArgument.field(
                f"items[{n}].target", "an item states its target", "ITEM_TARGET_REQUIRED"
            )
        if item.due_on.year != year:
            raise InvalidArgument.field(
                f"items[{n}].due_on", "must fall in {year}", "ITEM_DUE_IN_YEAR", year=year
            )
        if item.item_id in known:
            raise InvalidArgument.field(f"items[{n}].item_id", "listed twice", "ITEM_TWICE")
        known.add(item.item_id)


def set_list(c: rec.SetResponsibilityList, s: DutyListState) -> list[DomainEvent]:
    if s.exists:
        raise AlreadyExists(
            "the responsibility list of {unit_id} for {year} exists",
            "LIST_EXISTS",
            unit_id=c.unit.unit_id,
            year=c.year,
        )
    if c.unit.level not in LEVEL_BELOW.get(c.setter.level, frozenset()):
        raise InvalidArgument.field(
            "org_unit_id",
            "the county sets townships' lists, a township its villages' lists",
            "LIST_NOT_FOR_LEVEL",
        )
    if c.unit_parent_id != c.setter.unit_id:
        raise InvalidArgument.field(
            "org_unit_id", "not a unit directly below the setting unit", "NOT_DIRECTLY_BELOW"
        )
    if not c.unit.active:
        raise PreconditionFailed("UNIT_DISSOLVED", c.unit.unit_id, "the org unit is dissolved")
    if not c.items:
        raise InvalidArgument.field("items", "a list has at least one item", "NO_ITEMS")
    _check_items(c.items, c.year, set())
    refuse_future(c.set_on, c.today, "set_on")
    items = [i.model_copy(update={"target": i.target.strip()}) for i in c.items]
    return [
        rec.ResponsibilityListSet(
            list_id=c.list_id,
            unit_id=c.unit.unit_id,
            division_code=c.unit.division_code,
            setter_unit_id=c.setter.unit_id,
            setter_division_code=c.setter.division_code,
            year=c.year,
            responsible_cadre_id=c.responsible_cadre_id,
            items=items,
            set_on=c.set_on,
        )
    ]


def _listed(s: DutyListState) -> rec.ResponsibilityListSet:
    if s.set is None:
        raise NotFound("responsibility list", "(not set)")
    return s.set


def add_item(c: rec.AddDutyItem, s: DutyListState) -> list[DomainEvent]:
    listed = _listed(s)
    _check_items([c.item], listed.year, {i.item.item_id for i in s.items})
    refuse_future(c.added_on, c.today, "added_on")
    if c.added_on < listed.set_on:
        raise InvalidArgument.field(
            "added_on",
            "before the list was set ({set_on})",
            "BEFORE_LIST_SET",
            set_on=listed.set_on,
        )
    item = c.item.model_copy(update={"target": c.item.target.strip()})
    return [rec.DutyItemAdded(item=item, added_on=c.added_on)]


def _open_item(s: DutyListState, item_id: str, day: date, today: date, field: str) -> DutyItemState:
    listed = _listed(s)
    found = next((i for i in s.items if i.item.item_id == item_id), None)
    if found is None:
        raise NotFound("responsibility item", item_id)
    if found.completed_on is not None:
        raise PreconditionFailed("ITEM_COMPLETED", item_id, "the item is checked completed")
    refuse_future(day, today, field)
    earliest = max(listed.set_on, found.last_report_on or listed.set_on)
    if day < earliest:
        raise InvalidArgument.field(
            field,
            "before the item's last step ({last_on})",
            "BEFORE_PREVIOUS_STEP",
            last_on=earliest,
        )
    return found


def report_progress(c: rec.ReportDutyProgress, s: DutyListState) -> list[DomainEvent]:
    _open_item(s, c.item_id, c.reported_on, c.today, "reported_on")
    return [
        rec.DutyProgressReported(
            item_id=c.item_id,
            percent_complete=c.percent_complete,
            note=c.note.strip(),
            reported_on=c.reported_on,
        )
    ]


def check_item(c: rec.CheckDutyItem, s: DutyListState) -> list[DomainEvent]:
    item = _open_item(s, c.item_id, c.checked_on, c.today, "checked_on")
    finished = item.finished_on or c.checked_on
    return [
        rec.DutyItemChecked(
            item_id=c.item_id,
            completed=c.completed,
            note=c.note.strip(),
            checked_on=c.checked_on,
            on_time=c.completed and finished <= item.item.due_on,
        )
    ]


duty_list_decider: Decider[rec.DutyListCommand, DutyListState] = Decider(
    stream_type=STREAM_TYPE,
    initial_state=DutyListState,
    evolve=evolve,
    rules={
        rec.SetResponsibilityList: set_list,
        rec.AddDutyItem: add_item,
        rec.ReportDutyProgress: report_progress,
        rec.CheckDutyItem: check_item,
    },
    events=rec.DUTY_LIST_EVENTS,
)
