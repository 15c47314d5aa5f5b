"""What the use cases need from the world, as small ports (in-memory in unit tests)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.commands import CommandPort
from frontline.kernel.convert import Page
from frontline.kernel.lookups import Lookup
from frontline.organization.domain.decision_records import DecisionStatus
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.duty_list import DutyListState
from frontline.organization.domain.meeting import MeetingType
from frontline.organization.domain.order_state import OrderState
from frontline.organization.domain.unit_facts import UnitFacts
from frontline.organization.settings import OrganizationRules
from frontline.organization.views import DecisionView, MeetingView, UnitView


class ReadModel(Protocol):
    async def unit(self, unit_id: str) -> UnitView | None: ...
    async def unit_facts(self, unit_id: str) -> UnitFacts | None: ...
    def unit_facts_lookup(self, unit_id: str) -> Lookup[UnitFacts]: ...
    async def unit_on(self, division_code: str) -> UnitView | None: ...
    async def units(
        self, prefix: str, level: OrgLevel | None, include_dissolved: bool, page: Page
    ) -> list[UnitView]: ...
    async def children(self, parent_id: str, include_dissolved: bool) -> list[UnitView]: ...
    async def decision(self, decision_id: str) -> DecisionView | None: ...
    async def decisions(
        self, unit_id: str | None, prefix: str, status: DecisionStatus | None, page: Page
    ) -> list[DecisionView]: ...
    async def meetings(
        self,
        unit_id: str | None,
        prefix: str,
        period: tuple[date | None, date | None],
        meeting_type: MeetingType | None,
        page: Page,
    ) -> list[MeetingView]: ...


class CommandReadModel(Protocol):
    """Responsibility lists and supervision orders as the read model holds them."""

    async def order(self, order_id: str) -> OrderState | None: ...
    # ``q`` is a ``command_read_model.OrderQuery``.
    async def orders(self, q: Any, page: Page) -> list[OrderState]: ...
    async def duty_list(self, list_id: str) -> DutyListState | None: ...
    async def duty_list_of(self, unit_id: str, year: int) -> DutyListState | None: ...
    async def duty_lists(
        self, prefix: str, year: int | None, page: Page
    ) -> list[DutyListState]: ...


class CadreDirectory(Protocol):
    """The cadres the cadre service announced (a post goes only to a known cadre)."""

    async def record(self, cadre_id: str, division_code: str | None) -> None: ...
    async def knows(self, cadre_id: str) -> bool: ...


@dataclass(frozen=True)
class Ports:
    commands: CommandPort
    read: ReadModel
    today: Callable[[], date]
    new_id: Callable[[], str]
    rules: OrganizationRules
    cadres: CadreDirectory
    # Responsibility lists and supervision orders, and the statutory calendar their
    # working-day deadlines count on.
    command_read: CommandReadModel
    calendar: WorkingCalendar
