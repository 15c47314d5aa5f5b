"""The organization use cases' ports in memory: commands run by the real deciders,
the read model derived from the streams' states as the projection derives it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.context import CallContext, Principal, set_context
from frontline.kernel.convert import Page
from frontline.kernel.lookups import Deferred
from frontline.organization.domain.decision import decision_decider
from frontline.organization.domain.decision_records import DecisionStatus
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.duty_list import DutyListState, duty_list_decider
from frontline.organization.domain.meeting import MeetingType, meeting_decider
from frontline.organization.domain.order import order_decider
from frontline.organization.domain.order_records import AWAITING_REPORT
from frontline.organization.domain.order_state import OrderState
from frontline.organization.domain.org_unit import org_unit_decider
from frontline.organization.domain.unit_facts import UnitFacts
from frontline.organization.publish import DECISION, MEETING, ORG_UNIT
from frontline.organization.publish_command import DUTY_LIST, SUPERVISION_ORDER
from frontline.organization.settings import OrganizationRules
from frontline.organization.use_cases.ports import Ports
from frontline.organization.views import DecisionView, MeetingView, UnitView
from frontline.testkit.memory import FixedDay, InMemoryCommands, SequentialIds

COUNTY = "440781"


@dataclass
class MemoryReadModel:
    commands: InMemoryCommands

    def _streams(self, stream_type: str) -> Iterator[tuple[str, Any]]:
        decider = {
            "org_unit": org_unit_decider,
            "decision": decision_decider,
            "meeting": meeting_decider,
        }[stream_type]
        for stream_id, stored in self.commands.streams.items():
            if stored and stored[0].stream_type == stream_type:
                yield stream_id, decider.fold(s.event for s in stored)

    def _units(self) -> list[UnitView]:
        states = [s for _, s in self._streams("org_unit")]
        return [
            UnitView.of_state(s, sum(1 for c in states if c.parent_id == s.unit_id and c.active))
            for s in states
        ]

    async def unit(self, unit_id: str) -> UnitView | None:
        return next((u for u in self._units() if u.unit_id == unit_id), None)

    async def unit_facts(self, unit_id: str) -> UnitFacts | None:
        unit = await self.unit(unit_id)
        return unit.facts if unit else None

    def unit_facts_lookup(self, unit_id: str) -> Deferred[UnitFacts]:
        return Deferred(lambda: self.unit_facts(unit_id))

    async def unit_on(self, division_code: str) -> UnitView | None:
        return next(
            (
                u
                for u in self._units()
                if u.division_code == division_code and u.level is not OrgLevel.BRANCH and u.active
            ),
            None,
        )

    async def units(
        self, prefix: str, level: OrgLevel | None, include_dissolved: bool, page: Page
    ) -> list[UnitView]:
        found = sorted(
            (
                u
                for u in self._units()
                if u.division_code.startswith(prefix)
                and (level is None or u.level is level)
                and (include_dissolved or u.active)
            ),
            key=lambda u: (u.division_code, u.level.value, u.unit_id),
        )
        return found[page.offset : page.offset + page.limit]

    async def children(self, parent_id: str, include_dissolved: bool) -> list[UnitView]:
        return [
            u for u in self._units() if u.parent_id == parent_id and (include_dissolved or u.active)
        ]

    async def decision(self, decision_id: str) -> DecisionView | None:
        return next(
            (DecisionView.of_state(s) for i, s in self._streams("decision") if i == decision_id),
            None,
        )

    async def decisions(
        self, unit_id: str | None, prefix: str, status: DecisionStatus | None, page: Page
    ) -> list[DecisionView]:
        found = [
            DecisionView.of_state(s)
            for _, s in self._streams("decision")
            if (unit_id is None or s.unit_id == unit_id)
            and s.division_code.startswith(prefix)
            and (status is None or s.status is status)
        ]
        return found[page.offset : page.offset + page.limit]

    async def meetings(
        self,
        unit_id: str | None,
        prefix: str,
        period: tuple[date | None, date | None],
        meeting_type: MeetingType | None,
        page: Page,
    ) -> list[MeetingView]:
        start, end = period
        found = [
            s.held
            for _, s in self._streams("meeting")
            if s.held
            and (unit_id is None or s.held.unit_id == unit_id)
            and s.held.division_code.startswith(prefix)
            and (start is None or s.held.held_on >= start)
            and (end is None or s.held.held_on <= end)
            and (meeting_type is None or s.held.meeting_type is meeting_type)
        ]
        return found[page.offset : page.offset + page.limit]


@dataclass
class MemoryCommandReadModel:
    """Lists and orders as their projection writes them: each stream's state."""

    commands: InMemoryCommands

    def _states(self, stream_type: str) -> list[Any]:
        decider = {
            "supervision_order": order_decider(WorkingCalendar()),
            "responsibility_list": duty_list_decider,
        }[stream_type]
        return [
            decider.fold(s.event for s in stored)
            for stored in self.commands.streams.values()
            if stored and stored[0].stream_type == stream_type
        ]

    async def order(self, order_id: str) -> OrderState | None:
        found = [s for s in self._states("supervision_order") if s.order_id == order_id]
        return found[0] if found else None

    async def orders(self, q: Any, page: Page) -> list[OrderState]:
        found = [
            s
            for s in self._states("supervision_order")
            if s.receiver_division_code.startswith(q.prefix)
            and q.receiver_unit_id in (None, s.receiver_unit_id)
            and q.issuer_unit_id in (None, s.issuer_unit_id)
            and q.status in (None, s.status)
            and not (q.open_only and s.status.value == "accepted")
            and (q.overdue_on is None or (s.status in AWAITING_REPORT and s.due_on < q.overdue_on))
        ]
        return found[page.offset : page.offset + page.limit]

    async def duty_list(self, list_id: str) -> DutyListState | None:
        found = [s for s in self._states("responsibility_list") if s.set.list_id == list_id]
        return found[0] if found else None

    async def duty_list_of(self, unit_id: str, year: int) -> DutyListState | None:
        found = [
            s
            for s in self._states("responsibility_list")
            if (s.set.unit_id, s.set.year) == (unit_id, year)
        ]
        return found[0] if found else None

    async def duty_lists(self, prefix: str, year: int | None, page: Page) -> list[DutyListState]:
        found = [
            s
            for s in self._states("responsibility_list")
            if s.division_code.startswith(prefix) and year in (None, s.set.year)
        ]
        return found[page.offset : page.offset + page.limit]


@dataclass
class MemoryCadreDirectory:
    cadres: dict[str, str | None] = field(default_factory=dict)

    async def record(self, cadre_id: str, division_code: str | None) -> None:
        self.cadres.setdefault(cadre_id, division_code)

    async def knows(self, cadre_id: str) -> bool:
        return cadre_id in self.cadres


@dataclass
class World:
    """Ports in memory, plus what a test needs to look inside them."""

    commands: InMemoryCommands = field(
        default_factory=lambda: InMemoryCommands(
            {
                "org_unit": ORG_UNIT,
                "decision": DECISION,
                "meeting": MEETING,
                "responsibility_list": DUTY_LIST,
                "supervision_order": SUPERVISION_ORDER,
            }
        )
    )
    today: FixedDay = field(default_factory=lambda: FixedDay(date(2026, 1, 5)))
    ids: SequentialIds = field(default_factory=SequentialIds)
    cadres: MemoryCadreDirectory = field(default_factory=MemoryCadreDirectory)
    rules: OrganizationRules = field(default_factory=OrganizationRules)
    calendar: WorkingCalendar = field(default_factory=WorkingCalendar)

    @property
    def ports(self) -> Ports:
        return Ports(
            commands=self.commands,
            read=MemoryReadModel(self.commands),
            today=self.today,
            new_id=self.ids,
            rules=self.rules,
            cadres=self.cadres,
            command_read=MemoryCommandReadModel(self.commands),
            calendar=self.calendar,
        )

    def acting_as(self, *roles: str, scope: str = COUNTY, request_id: str | None = None) -> None:
        """The caller the guard interceptor would have put in the context."""
        principal = Principal(sub="tester", roles=frozenset(roles or {"county_admin"}), scope=scope)
        set_context(CallContext(principal=principal, request_id=request_id))
