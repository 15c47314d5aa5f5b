"""The service-center use cases' ports in memory: commands run by the real deciders, the
read model derived from the streams' states as the projection derives it, directories
and a vault held in dicts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from pydantic import BaseModel

from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.context import CallContext, Principal, set_context
from frontline.kernel.convert import Page
from frontline.kernel.decider import Decider
from frontline.service_center.domain.centre import centre_decider
from frontline.service_center.domain.facts import UnitFacts
from frontline.service_center.domain.request import request_decider
from frontline.service_center.domain.vocabulary import OPEN, Escalation, VisitOutcome
from frontline.service_center.publish import CENTRE, REQUEST, REQUESTER
from frontline.service_center.settings import ServiceCenterRules
from frontline.service_center.use_cases.ports import Period, Ports, RequestFilter
from frontline.service_center.views import CentreView, LineCounts, RequestView
from frontline.testkit.memory import FixedDay, InMemoryCommands, SequentialIds

M = TypeVar("M", bound=BaseModel)
COUNTY = "440781"
REQUESTS = request_decider(WorkingCalendar())


@dataclass
class MemoryReadModel:
    commands: InMemoryCommands

    def _states(self, stream_type: str) -> Iterator[Any]:
        deciders: dict[str, Decider[Any, Any]] = {
            "centre": centre_decider,
            "service_request": REQUESTS,
        }
        decider = deciders[stream_type]
        for stored in self.commands.streams.values():
            if stored and stored[0].stream_type == stream_type:
                yield decider.fold(s.event for s in stored)

    def _centres(self) -> list[CentreView]:
        return [CentreView.of_state(s) for s in self._states("centre")]

    def _requests(self) -> list[RequestView]:
        return [RequestView.of_state(s) for s in self._states("service_request")]

    async def centre(self, centre_id: str) -> CentreView | None:
        return next((c for c in self._centres() if c.centre_id == centre_id), None)

    async def centre_on_unit(self, org_unit_id: str) -> CentreView | None:
        return next((c for c in self._centres() if c.org_unit_id == org_unit_id and c.active), None)

    async def centres(
        self, prefix: str, exact: bool, include_closed: bool, page: Page
    ) -> list[CentreView]:
        found = sorted(
            (
                c
                for c in self._centres()
                if _within(c.division_code, prefix, exact) and (include_closed or c.active)
            ),
            key=lambda c: (c.division_code, c.centre_id),
        )
        return found[page.offset : page.offset + page.limit]

    async def request(self, request_id: str) -> RequestView | None:
        return next((r for r in self._requests() if r.request_id == request_id), None)

    async def requests(self, which: RequestFilter, page: Page) -> list[RequestView]:
        found = [
            r
            for r in self._requests()
            if _within(r.division_code, which.prefix, which.exact)
            and which.centre_id in (None, r.centre_id)
            and which.status in (None, r.status)
            and which.line in (None, r.line)
            and (not which.overdue_only or _overdue(r))
        ]
        return found[page.offset : page.offset + page.limit]

    async def requests_of(self, requester_id: str) -> list[RequestView]:
        return [r for r in self._requests() if r.requester_id == requester_id]

    async def line_counts(self, prefix: str, exact: bool, period: Period) -> list[LineCounts]:
        lines: dict[str, list[RequestView]] = {}
        for r in self._requests():
            after = period.submitted_from is None or r.submitted_on >= period.submitted_from
            before = period.submitted_to is None or r.submitted_on <= period.submitted_to
            if _within(r.division_code, prefix, exact) and after and before:
                lines.setdefault(r.line, []).append(r)
        return [_counts(line, rows) for line, rows in sorted(lines.items())]


def _within(code: str, prefix: str, exact: bool) -> bool:
    return code == prefix if exact else code.startswith(prefix)


def _overdue(r: RequestView) -> bool:
    return r.status in OPEN and r.escalation is not Escalation.NONE


def _counts(line: str, rows: list[RequestView]) -> LineCounts:
    def visits(outcome: VisitOutcome) -> int:
        return sum(1 for r in rows for v in r.visits if v.outcome is outcome)

    cards = (Escalation.YELLOW_CARD, Escalation.RED_CARD)
    return LineCounts(
        line=line,
        submitted=len(rows),
        open=sum(r.status in OPEN for r in rows),
        overdue_open=sum(_overdue(r) for r in rows),
        yellow_cards=sum(r.escalation in cards for r in rows),
        red_cards=sum(r.escalation is Escalation.RED_CARD for r in rows),
        responded=sum(r.first_response is not None for r in rows),
        responded_on_time=sum(r.first_response == "on_time" for r in rows),
        resolved=sum(r.resolutions > 0 for r in rows),
        resolved_counted=sum(r.counts_as_resolved for r in rows),
        resolutions=sum(r.resolutions for r in rows),
        resolutions_on_time=sum(r.resolutions_on_time for r in rows),
        visits_satisfied=visits(VisitOutcome.SATISFIED),
        visits_basically_satisfied=visits(VisitOutcome.BASICALLY_SATISFIED),
        visits_unsatisfied=visits(VisitOutcome.UNSATISFIED),
        visits_no_answer=visits(VisitOutcome.NO_ANSWER),
        reopened=sum(r.reopened > 0 for r in rows),
    )


@dataclass
class MemoryDirectory:
    units: dict[str, UnitFacts] = field(default_factory=dict)
    # cadre id -> division codes where the cadre serves
    cadres: dict[str, set[str]] = field(default_factory=dict)

    async def unit(self, org_unit_id: str) -> UnitFacts | None:
        return self.units.get(org_unit_id)

    async def serves_in(self, cadre_id: str, division_prefix: str) -> bool:
        return any(code.startswith(division_prefix) for code in self.cadres.get(cadre_id, ()))


@dataclass
class MemoryVault:
    """Seals by keeping the fields under a handle; erasing a subject forgets them."""

    keys: set[str] = field(default_factory=set)
    sealed: dict[str, str] = field(default_factory=dict)
    index: dict[str, str] = field(default_factory=dict)

    def keyed_hash(self, value: str) -> str:
        return f"hash:{len(value)}:{sum(map(ord, value))}"

    async def requester_for(self, phone_hash: str, candidate_id: str) -> str:
        return self.index.setdefault(phone_hash, candidate_id)

    async def seal(self, subject_id: str, fields: BaseModel) -> str:
        self.keys.add(subject_id)
        handle = f"v1:{subject_id}:{len(self.sealed)}"
        self.sealed[handle] = fields.model_dump_json()
        return handle

    async def open(self, subject_id: str, sealed: str, model: type[M]) -> M | None:
        if subject_id not in self.keys:
            return None
        return model.model_validate(json.loads(self.sealed[sealed]))

    async def erase(self, subject_id: str) -> None:
        self.keys.discard(subject_id)
        self.index = {h: r for h, r in self.index.items() if r != subject_id}


@dataclass
class Clock:
    at: datetime = datetime(2025, 9, 26, 1, 0, tzinfo=UTC)  # 09:00 on a Friday in China

    def __call__(self) -> datetime:
        return self.at


@dataclass
class World:
    """Ports in memory, plus what a test needs to look inside them."""

    commands: InMemoryCommands = field(
        default_factory=lambda: InMemoryCommands(
            {"centre": CENTRE, "service_request": REQUEST, "requester": REQUESTER}
        )
    )
    directory: MemoryDirectory = field(default_factory=MemoryDirectory)
    vault: MemoryVault = field(default_factory=MemoryVault)
    today: FixedDay = field(default_factory=lambda: FixedDay(datetime(2025, 9, 26).date()))
    clock: Clock = field(default_factory=Clock)
    ids: SequentialIds = field(default_factory=SequentialIds)
    rules: ServiceCenterRules = field(default_factory=ServiceCenterRules)

    @property
    def ports(self) -> Ports:
        return Ports(
            commands=self.commands,
            read=MemoryReadModel(self.commands),
            directory=self.directory,
            personal=self.vault,
            requests=REQUESTS,
            today=self.today,
            now=self.clock,
            new_id=self.ids,
            rules=self.rules,
        )

    def acting_as(self, *roles: str, scope: str = COUNTY, request_id: str | None = None) -> None:
        """The caller the guard interceptor would have put in the context."""
        principal = Principal(sub="tester", roles=frozenset(roles or {"county_admin"}), scope=scope)
        set_context(CallContext(principal=principal, request_id=request_id))
