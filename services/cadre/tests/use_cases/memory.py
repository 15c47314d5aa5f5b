"""The cadre use cases' ports in memory: commands run by the real deciders, the read
model derived from the streams' states as the projection derives it, and the vault's
keys and ID-number index in dicts (rolled back with the streams when its transaction
fails, as PostgreSQL would)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from pydantic import BaseModel

from frontline.cadre import publish
from frontline.cadre.domain import evaluation_summary, remuneration_summary
from frontline.cadre.domain.cadre_decider import (
    STREAM_TYPE,
    CadreDecider,
    build_cadre_decider_from_calendar,
)
from frontline.cadre.domain.cadre_state import CadreState
from frontline.cadre.domain.evaluation_summary import GradedRecord
from frontline.cadre.domain.remuneration_summary import PaidRecord, RemunerationSummaryPublished
from frontline.cadre.personal_data import PaidAmount, PersonalFields, cadre_keys, pay_digest
from frontline.cadre.settings import CadreRules
from frontline.cadre.use_cases.ports import Ports, Registered, VaultTransaction
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
from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.commands import CommandPort
from frontline.kernel.context import CallContext, Principal, set_context
from frontline.kernel.convert import Page
from frontline.kernel.errors import AlreadyExists
from frontline.kernel.personal_data import SubjectKeys
from frontline.testkit.memory import FixedDay, InMemoryCommands, SequentialIds

COUNTY = "440781"


@dataclass
class MemoryReadModel:
    commands: InMemoryCommands
    decider: CadreDecider
    units: dict[str, UnitView] = field(default_factory=dict)

    def states(self) -> list[CadreState]:
        return [
            self.decider.fold(s.event for s in stored)
            for stored in self.commands.streams.values()
            if stored and stored[0].stream_type == STREAM_TYPE
        ]

    def state(self, cadre_id: str) -> CadreState | None:
        return next((s for s in self.states() if s.cadre_id == cadre_id), None)

    async def cadre(self, cadre_id: str) -> CadreView | None:
        s = self.state(cadre_id)
        return None if s is None else CadreView.of_state(s)

    async def cadres(self, prefix: str, page: Page) -> list[CadreView]:
        found = sorted(
            (CadreView.of_state(s) for s in self.states() if s.division_code.startswith(prefix)),
            key=lambda c: c.cadre_id,
        )
        return found[page.offset : page.offset + page.limit]

    async def unit(self, org_unit_id: str) -> UnitView | None:
        return self.units.get(org_unit_id)

    def _holdings(self) -> list[HoldingView]:
        return [HoldingView.of_state(s, *key) for s in self.states() for key in s.posts]

    async def posts_of_cadre(self, cadre_id: str) -> list[HoldingView]:
        return sorted(
            (h for h in self._holdings() if h.cadre_id == cadre_id), key=lambda h: h.since
        )

    async def posts_in_unit(self, org_unit_id: str) -> list[HoldingView]:
        held = (h for h in self._holdings() if h.org_unit_id == org_unit_id)
        return sorted(held, key=lambda h: (h.post, h.since))

    async def evaluations_of(self, cadre_id: str) -> list[EvaluationView]:
        s = self.state(cadre_id)
        return [] if s is None else [EvaluationView.of_state(s, y) for y in sorted(s.evaluations)]

    async def student_official(self, cadre_id: str) -> StudentOfficialView | None:
        s = self.state(cadre_id)
        return StudentOfficialView.of_state(s) if s and s.student_official else None

    async def student_officials(self, prefix: str) -> list[StudentOfficialView]:
        officials = [StudentOfficialView.of_state(s) for s in self.states() if s.student_official]
        return sorted(
            (o for o in officials if o.village_code.startswith(prefix)),
            key=lambda o: (o.village_code, o.starts_on),
        )

    def _procedures(self) -> list[ProcedureView]:
        return [ProcedureView.of_state(s, p) for s in self.states() for p in s.procedures]

    async def procedure(self, procedure_id: str) -> ProcedureView | None:
        return next((p for p in self._procedures() if p.procedure_id == procedure_id), None)

    async def procedures(self, prefix: str, include_finished: bool) -> list[ProcedureView]:
        found = (
            p
            for p in self._procedures()
            if p.division_code.startswith(prefix)
            and (include_finished or p.stage in ("nominated", "inspected", "in_notice"))
        )
        return sorted(found, key=lambda p: (p.nominated_on, p.procedure_id))

    async def academic_upgrades_of(self, cadre_id: str) -> list[UpgradeView]:
        s = self.state(cadre_id)
        upgrades = [UpgradeView.of_state(s, u) for u in s.upgrades] if s else []
        return sorted(upgrades, key=lambda u: u.enrolled_on)

    async def trainings_of(self, cadre_id: str) -> list[TrainingView]:
        s = self.state(cadre_id)
        trainings = [TrainingView.of_state(s, t) for t in s.trainings] if s else []
        return sorted(trainings, key=lambda t: t.started_on)

    async def pay_records(self, township_code: str, year: int) -> list[PayView]:
        found = (
            PayView.of_state(s, year)
            for s in self.states()
            if s.division_code[:9] == township_code and year in s.remunerations
        )
        return sorted(found, key=lambda v: v.cadre_id)

    async def published_average(self, township_code: str, year: int) -> Decimal | None:
        published = self.commands.events(f"{township_code}-{year}")
        latest = [e for e in published if isinstance(e, RemunerationSummaryPublished)]
        return latest[-1].average_yuan if latest else None

    async def grades(self, township_code: str, year: int) -> list[GradedRecord]:
        graded = (
            GradedRecord(cadre_id=s.cadre_id, grade=s.evaluations[year].grade)
            for s in self.states()
            if s.division_code[:9] == township_code and year in s.evaluations
        )
        return sorted(graded, key=lambda g: g.cadre_id)


@dataclass
class MemoryVault:
    """Wrapped keys and the ID-number index; an erased cadre's key and index row are
    gone, as the erasure's projection deletes them."""

    commands: InMemoryCommands
    read: MemoryReadModel
    keys: SubjectKeys = field(default_factory=lambda: cadre_keys(b"test secret"))
    wrapped: dict[str, bytes] = field(default_factory=dict)
    identities: dict[str, str] = field(default_factory=dict)
    # Set by a test: the next index write finds the person registered meanwhile (a race).
    raced: bool = False

    def id_hash(self, id_number: str) -> str:
        return self.keys.keyed_hash(id_number)

    async def paid(self, record: PayView) -> PaidRecord | None:
        key = self.key(record.cadre_id)
        if key is None:
            return None
        if record.sealed_amount is not None:
            opened = self.keys.open(key, record.cadre_id, record.sealed_amount, PaidAmount)
            amount = opened.amount_yuan
        elif record.legacy_amount_yuan is not None:
            amount = record.legacy_amount_yuan
        else:
            return None
        digest = pay_digest(key, record.cadre_id, record.year, amount)
        return PaidRecord(cadre_id=record.cadre_id, amount_yuan=amount, digest=digest)

    def erased(self, cadre_id: str) -> bool:
        s = self.read.state(cadre_id)
        return s is not None and s.erased

    def key(self, subject_id: str) -> bytes | None:
        wrapped = None if self.erased(subject_id) else self.wrapped.get(subject_id)
        return None if wrapped is None else self.keys.unwrap(subject_id, wrapped)

    async def open(self, subject_id: str, sealed: str | None) -> PersonalFields | None:
        key = self.key(subject_id) if sealed is not None else None
        return (
            None
            if key is None or sealed is None
            else self.keys.open(key, subject_id, sealed, PersonalFields)
        )

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[VaultTransaction]:
        c = self.commands
        keys, identities = dict(self.wrapped), dict(self.identities)
        streams, published, answers = dict(c.streams), list(c.published), dict(c.answers)
        try:
            yield MemoryVaultTransaction(self)
        except BaseException:
            self.wrapped, self.identities = keys, identities
            c.streams, c.published, c.answers = streams, published, answers
            raise


@dataclass
class MemoryVaultTransaction:
    vault: MemoryVault

    @property
    def commands(self) -> CommandPort:
        return self.vault.commands

    async def registered_as(self, id_hash: str) -> Registered | None:
        cadre_id = self.vault.identities.get(id_hash)
        state = None if cadre_id is None else self.vault.read.state(cadre_id)
        if cadre_id is None or state is None or self.vault.erased(cadre_id):
            return None
        return Registered(cadre_id, state.division_code)

    async def seal(self, subject_id: str, fields: BaseModel) -> str:
        key = self.vault.key(subject_id)
        if key is None:
            key, self.vault.wrapped[subject_id] = self.vault.keys.new_key(subject_id)
        return self.vault.keys.seal(key, subject_id, fields)

    async def current(self, subject_id: str) -> PersonalFields | None:
        s = self.vault.read.state(subject_id)
        return None if s is None else await self.vault.open(subject_id, s.sealed_personal)

    async def forget(self, subject_id: str) -> None:
        self.vault.wrapped.pop(subject_id, None)

    async def index(self, id_hash: str, cadre_id: str) -> None:
        if self.vault.raced or await self.registered_as(id_hash):
            raise AlreadyExists("this person is already registered")
        self.vault.identities[id_hash] = cadre_id


@dataclass
class World:
    """Ports in memory, plus what a test needs to look inside them."""

    commands: InMemoryCommands = field(
        default_factory=lambda: InMemoryCommands(
            {
                STREAM_TYPE: publish.CADRE,
                remuneration_summary.STREAM_TYPE: publish.PAY_SUMMARY,
                evaluation_summary.STREAM_TYPE: publish.GRADE_SUMMARY,
            }
        )
    )
    rules: CadreRules = field(default_factory=CadreRules)
    today: FixedDay = field(default_factory=lambda: FixedDay(date(2026, 1, 5)))
    ids: SequentialIds = field(default_factory=SequentialIds)
    # The statutory calendar a runtime binds the decider to (chinesecalendar's years).
    calendar: WorkingCalendar = field(default_factory=WorkingCalendar)

    def __post_init__(self) -> None:
        self.decider = build_cadre_decider_from_calendar(self.calendar)
        self.read = MemoryReadModel(self.commands, self.decider)
        self.vault = MemoryVault(self.commands, self.read)

    @property
    def ports(self) -> Ports:
        return Ports(
            commands=self.commands,
            read=self.read,
            vault=self.vault,
            cadre=self.decider,
            today=self.today,
            new_id=self.ids,
            rules=self.rules,
        )

    def unit(self, org_unit_id: str, division_code: str, dissolved_on: date | None = None) -> str:
        """A unit the org directory learnt of from organization.events.v1."""
        self.read.units[org_unit_id] = UnitView(org_unit_id, division_code, "village", dissolved_on)
        return org_unit_id

    def acting_as(self, *roles: str, scope: str = COUNTY, request_id: str | None = None) -> None:
        """The caller the guard interceptor would have put in the context."""
        principal = Principal(sub="tester", roles=frozenset(roles or {"county_admin"}), scope=scope)
        set_context(CallContext(principal=principal, request_id=request_id))
