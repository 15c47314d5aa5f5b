"""What the use cases need from the world, as small ports (in-memory in unit tests)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from frontline.discipline.domain.clue import ClueDecider
from frontline.discipline.domain.clue_vocabulary import (
    CaseStatus,
    Category,
    ClueSource,
    ClueStatus,
    SealedReporter,
)
from frontline.discipline.domain.dispute_vocabulary import DisputeStatus, DisputeType
from frontline.discipline.domain.divisions import DivisionLevel
from frontline.discipline.settings import DisciplineRules
from frontline.discipline.views import (
    CaseView,
    ClueView,
    DisputeView,
    LedgerView,
    ReporterIdentity,
    SweepDuty,
    SweepRecord,
)
from frontline.kernel.commands import CommandPort
from frontline.kernel.convert import Page


@dataclass(frozen=True)
class IntegrityRecord:
    """What the service's records say about a cadre on a day (for the integrity opinion)."""

    open_case: bool
    sanction_in_force: bool


@dataclass(frozen=True)
class ClueFilter:
    prefix: str
    status: ClueStatus | None = None
    source: ClueSource | None = None


@dataclass(frozen=True)
class CaseFilter:
    prefix: str
    status: CaseStatus | None = None
    category: Category | None = None


@dataclass(frozen=True)
class DisputeFilter:
    prefix: str
    status: DisputeStatus | None = None
    dispute_type: DisputeType | None = None
    level: DivisionLevel | None = None


class ReadModel(Protocol):
    async def clue(self, clue_id: str) -> ClueView | None: ...
    async def clues(self, where: ClueFilter, page: Page) -> list[ClueView]: ...
    async def case(self, case_id: str) -> CaseView | None: ...
    async def cases(self, where: CaseFilter, page: Page) -> list[CaseView]: ...
    async def integrity_record(self, cadre_id: str, on: date) -> IntegrityRecord: ...
    async def dispute(self, dispute_id: str) -> DisputeView | None: ...
    async def disputes(self, where: DisputeFilter, page: Page) -> list[DisputeView]: ...
    async def sweep_duty(self, division_code: str) -> SweepDuty | None: ...
    async def sweeps(
        self, prefix: str, period: tuple[date | None, date | None], page: Page
    ) -> list[SweepRecord]: ...
    async def ledger(self, division_code: str) -> LedgerView | None: ...
    async def ledgers(self, prefix: str, page: Page) -> list[LedgerView]: ...


@dataclass(frozen=True)
class DecisionFact:
    """Where one of organization's 四议两公开 decisions stands, as discipline keeps it."""

    decision_id: str
    division_code: str
    matter: str
    state: str
    # The day its procedure was through: implementation started (or later, when first seen).
    through_on: date | None


class DecisionRecords(Protocol):
    """The small per-village record of organization's decisions (from its public events)."""

    async def note(self, fact: DecisionFact) -> None: ...
    async def backs_asset_deal(self, decision_id: str, division_code: str, on: date) -> bool: ...


class ReporterVault(Protocol):
    """Seals a reporter's identity under the person's own key; opens it for intake."""

    async def seal(self, reporter: ReporterIdentity) -> SealedReporter: ...
    async def open(self, sealed: SealedReporter) -> ReporterIdentity | None: ...


class ReadAudit(Protocol):
    """Every read of a clue or case is audited: who read which, never what."""

    def read(self, reader: str, clue_id: str, case_id: str | None, outcome: str) -> None: ...


@dataclass(frozen=True)
class Ports:
    commands: CommandPort
    # The clue decider counts working days: it is the runtime's, on its calendar.
    clue_decider: ClueDecider
    read: ReadModel
    decisions: DecisionRecords
    vault: ReporterVault
    audit: ReadAudit
    today: Callable[[], date]
    new_id: Callable[[], str]
    rules: DisciplineRules
