"""A responsibility list's commands, events and items (责任清单, DOMAIN.md).

Each year the county sets a list for each township committee, and the township for
each village or community secretary, the first responsible person (第一责任人):
items by pillar with a target and a due date.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from frontline.kernel.decider import Command, DomainEvent
from frontline.organization.domain.unit_facts import UnitFacts


class DutyCategory(StrEnum):
    ORGANIZATION_BUILDING = "organization_building"  # 组织建设 (fortress)
    SERVICE = "service"  # 服务
    RULE_OF_LAW = "rule_of_law"  # 法治


class DutyItemDraft(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    item_id: str
    category: DutyCategory
    target: str
    due_on: date


class SetResponsibilityList(Command):
    list_id: str
    unit: UnitFacts
    unit_parent_id: str | None
    setter: UnitFacts
    year: int
    responsible_cadre_id: str | None = None
    items: list[DutyItemDraft]
    set_on: date
    today: date


class AddDutyItem(Command):
    item: DutyItemDraft
    added_on: date
    today: date


class ReportDutyProgress(Command):
    item_id: str
    percent_complete: int = Field(ge=0, le=100)
    note: str
    reported_on: date
    today: date


class CheckDutyItem(Command):
    item_id: str
    completed: bool
    note: str = ""
    checked_on: date
    today: date


DutyListCommand = SetResponsibilityList | AddDutyItem | ReportDutyProgress | CheckDutyItem


class ResponsibilityListSet(DomainEvent):
    event_type: ClassVar[str] = "ResponsibilityListSet"
    list_id: str
    unit_id: str
    division_code: str
    setter_unit_id: str
    setter_division_code: str
    year: int
    responsible_cadre_id: str | None
    items: list[DutyItemDraft]
    set_on: date


class DutyItemAdded(DomainEvent):
    event_type: ClassVar[str] = "DutyItemAdded"
    item: DutyItemDraft
    added_on: date


class DutyProgressReported(DomainEvent):
    event_type: ClassVar[str] = "DutyProgressReported"
    item_id: str
    percent_complete: int
    note: str
    reported_on: date


class DutyItemChecked(DomainEvent):
    event_type: ClassVar[str] = "DutyItemChecked"
    item_id: str
    completed: bool
    note: str
    checked_on: date
    on_time: bool


DUTY_LIST_EVENTS: tuple[type[DomainEvent], ...] = (
    ResponsibilityListSet,
    DutyItemAdded,
    DutyProgressReported,
    DutyItemChecked,
)
