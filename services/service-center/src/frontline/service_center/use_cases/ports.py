"""What the use cases need from the world, as small ports (in-memory in unit tests)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from frontline.kernel.commands import CommandPort
from frontline.kernel.convert import Page
from frontline.kernel.decider import Decider
from frontline.service_center.domain.facts import UnitFacts
from frontline.service_center.domain.vocabulary import RequestStatus
from frontline.service_center.settings import ServiceCenterRules
from frontline.service_center.views import CentreView, LineCounts, RequestView

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class RequestFilter:
    """Which requests a list covers: a division prefix (exactly that code for centre
    staff), optionally one centre, status, line, or only the overdue ones."""

    prefix: str
    exact: bool = False
    centre_id: str | None = None
    status: RequestStatus | None = None
    line: str | None = None
    overdue_only: bool = False


@dataclass(frozen=True)
class Period:
    submitted_from: date | None = None
    submitted_to: date | None = None


class ReadModel(Protocol):
    async def centre(self, centre_id: str) -> CentreView | None: ...
    async def centre_on_unit(self, org_unit_id: str) -> CentreView | None: ...
    async def centres(
        self, prefix: str, exact: bool, include_closed: bool, page: Page
    ) -> list[CentreView]: ...
    async def request(self, request_id: str) -> RequestView | None: ...
    async def requests(self, which: RequestFilter, page: Page) -> list[RequestView]: ...
    async def requests_of(self, requester_id: str) -> list[RequestView]: ...
    async def line_counts(self, prefix: str, exact: bool, period: Period) -> list[LineCounts]: ...


class Directory(Protocol):
    """What this service knows of other services, from their public events."""

    async def unit(self, org_unit_id: str) -> UnitFacts | None: ...
    async def serves_in(self, cadre_id: str, division_prefix: str) -> bool: ...


class PersonalData(Protocol):
    """The kernel's vault for this service, and the index of requesters by phone."""

    def keyed_hash(self, value: str) -> str: ...
    async def requester_for(self, phone_hash: str, candidate_id: str) -> str: ...
    async def seal(self, subject_id: str, fields: BaseModel) -> str: ...
    async def open(self, subject_id: str, sealed: str, model: type[M]) -> M | None: ...
    async def erase(self, subject_id: str) -> None: ...


@dataclass(frozen=True)
class Ports:
    commands: CommandPort
    read: ReadModel
    directory: Directory
    personal: PersonalData
    # The request decider bound to the runtime's statutory calendar.
    requests: Decider[Any, Any]
    today: Callable[[], date]
    now: Callable[[], datetime]
    new_id: Callable[[], str]
    rules: ServiceCenterRules
