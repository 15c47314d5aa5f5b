"""What the use cases need from the world, as small ports (in-memory in unit tests)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Protocol

from pydantic import BaseModel

from frontline.cadre.domain.cadre_decider import CadreDecider
from frontline.cadre.domain.evaluation_summary import GradedRecord
from frontline.cadre.domain.remuneration_summary import PaidRecord
from frontline.cadre.personal_data import PersonalFields
from frontline.cadre.settings import CadreRules
from frontline.cadre.views import (
    CadreView,
    EvaluationView,
    HoldingView,
    PayView,
    ProcedureView,
    StudentOfficialView,
    TrainingView,
    UnitView,
    UpgradeView,
)
from frontline.kernel.commands import CommandPort
from frontline.kernel.convert import Page


class ReadModel(Protocol):
    async def cadre(self, cadre_id: str) -> CadreView | None: ...
    async def cadres(self, prefix: str, page: Page) -> list[CadreView]: ...
    # The org units this service knows (reactions.py): appointments need a live one.
    async def unit(self, org_unit_id: str) -> UnitView | None: ...
    async def posts_of_cadre(self, cadre_id: str) -> list[HoldingView]: ...
    async def posts_in_unit(self, org_unit_id: str) -> list[HoldingView]: ...
    async def evaluations_of(self, cadre_id: str) -> list[EvaluationView]: ...
    async def student_official(self, cadre_id: str) -> StudentOfficialView | None: ...
    async def student_officials(self, prefix: str) -> list[StudentOfficialView]: ...
    async def procedure(self, procedure_id: str) -> ProcedureView | None: ...
    async def procedures(self, prefix: str, include_finished: bool) -> list[ProcedureView]: ...
    async def academic_upgrades_of(self, cadre_id: str) -> list[UpgradeView]: ...
    async def trainings_of(self, cadre_id: str) -> list[TrainingView]: ...
    # Pay and grades of a township-year, for its summaries only (never shown one by one).
    async def pay_records(self, township_code: str, year: int) -> list[PayView]: ...
    async def published_average(self, township_code: str, year: int) -> Decimal | None: ...
    async def grades(self, township_code: str, year: int) -> list[GradedRecord]: ...


@dataclass(frozen=True)
class Registered:
    """Who an ID number is registered as, and where (for the caller's scope)."""

    cadre_id: str
    division_code: str


class VaultTransaction(Protocol):
    """Keys and the ID-number index, written in one transaction with the command that
    records them: a key without its event, or an index row without its cadre, never stays."""

    @property
    def commands(self) -> CommandPort: ...
    async def registered_as(self, id_hash: str) -> Registered | None: ...
    async def seal(self, subject_id: str, fields: BaseModel) -> str: ...
    async def current(self, subject_id: str) -> PersonalFields | None: ...
    async def forget(self, subject_id: str) -> None: ...
    async def index(self, id_hash: str, cadre_id: str) -> None: ...


class Vault(Protocol):
    """Personal data sealed per person (personal_data.py), and the ID-number index."""

    def id_hash(self, id_number: str) -> str: ...
    async def open(self, subject_id: str, sealed: str | None) -> PersonalFields | None: ...
    # The amount and its digest (personal_data.pay_digest); None once the key is erased.
    async def paid(self, record: PayView) -> PaidRecord | None: ...
    def transaction(self) -> AbstractAsyncContextManager[VaultTransaction]: ...


@dataclass(frozen=True)
class Ports:
    commands: CommandPort
    read: ReadModel
    vault: Vault
    # The cadre decider as the runtime runs it: on the county's statutory calendar.
    cadre: CadreDecider
    today: Callable[[], date]
    new_id: Callable[[], str]
    rules: CadreRules
