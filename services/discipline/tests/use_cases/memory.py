"""The discipline use cases' ports in memory: commands run by the real deciders, the read
model derived from the streams' states as the projections derive it, a vault that
keeps what it sealed in a dict, an audit that keeps its lines in a list."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from frontline.discipline.domain import sweep_events as sev
from frontline.discipline.domain.clue import clue_decider
from frontline.discipline.domain.clue_state import ClueState
from frontline.discipline.domain.clue_vocabulary import SealedReporter
from frontline.discipline.domain.dispute import dispute_decider
from frontline.discipline.domain.integrity import integrity_decider
from frontline.discipline.domain.ledger import ledger_decider
from frontline.discipline.domain.sweep import sweep_decider
from frontline.discipline.publish import CLUE, DISPUTE, INTEGRITY, LEDGER, SWEEP
from frontline.discipline.settings import DisciplineRules
from frontline.discipline.use_cases.ports import (
    CaseFilter,
    ClueFilter,
    DecisionFact,
    DisputeFilter,
    IntegrityRecord,
    Ports,
)
from frontline.discipline.views import (
    CaseView,
    ClueView,
    DisputeView,
    LedgerView,
    ReporterIdentity,
    SweepDuty,
    SweepRecord,
)
from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.context import CallContext, Principal, set_context
from frontline.kernel.convert import Page
from frontline.testkit.memory import FixedDay, InMemoryCommands, SequentialIds

COUNTY = "440781"
CLUES = clue_decider(WorkingCalendar())
DECIDERS = {
    "clue": CLUES,
    "dispute": dispute_decider,
    "sweep": sweep_decider,
    "ledger": ledger_decider,
    "integrity": integrity_decider,
}


def _window(items: list[Any], page: Page) -> list[Any]:
    return items[page.offset : page.offset + page.limit]


@dataclass
class MemoryReadModel:
    commands: InMemoryCommands

    def states(self, stream_type: str) -> Iterator[tuple[str, Any]]:
        decider = DECIDERS[stream_type]
        for stream_id, stored in self.commands.streams.items():
            if stored and stored[0].stream_type == stream_type:
                yield stream_id, decider.fold(s.event for s in stored)

    def _clues(self) -> list[ClueState]:
        return [s for _, s in self.states("clue")]

    async def clue(self, clue_id: str) -> ClueView | None:
        found = [ClueView.of_state(s) for s in self._clues() if s.clue_id == clue_id]
        return found[0] if found else None

    async def clues(self, where: ClueFilter, page: Page) -> list[ClueView]:
        views = [ClueView.of_state(s) for s in self._clues()]
        return _window(
            [
                v
                for v in views
                if v.division_code.startswith(where.prefix)
                and where.status in (None, v.status)
                and where.source in (None, v.source)
            ],
            page,
        )

    def _cases(self) -> list[CaseView]:
        return [CaseView.of_state(s, s.case) for s in self._clues() if s.case is not None]

    async def case(self, case_id: str) -> CaseView | None:
        return next((c for c in self._cases() if c.case_id == case_id), None)

    async def cases(self, where: CaseFilter, page: Page) -> list[CaseView]:
        return _window(
            [
                c
                for c in self._cases()
                if c.division_code.startswith(where.prefix)
                and where.status in (None, c.status)
                and where.category in (None, c.category)
            ],
            page,
        )

    async def integrity_record(self, cadre_id: str, on: date) -> IntegrityRecord:
        mine = [c for c in self._cases() if c.cadre_id == cadre_id]
        in_force = any(
            not c.revoked
            and c.decided_on is not None
            and c.decided_on <= on
            and any(m.in_force_on(on) for m in c.measures)
            for c in mine
        )
        return IntegrityRecord(any(c.open for c in mine), in_force)

    async def dispute(self, dispute_id: str) -> DisputeView | None:
        return next((s for i, s in self.states("dispute") if i == dispute_id), None)

    async def disputes(self, where: DisputeFilter, page: Page) -> list[DisputeView]:
        return _window(
            [
                s
                for _, s in self.states("dispute")
                if s.division_code.startswith(where.prefix)
                and where.status in (None, s.status)
                and where.dispute_type in (None, s.dispute_type)
                and where.level in (None, s.level)
            ],
            page,
        )

    async def sweep_duty(self, division_code: str) -> SweepDuty | None:
        for _, s in self.states("sweep"):
            if s.division_code == division_code and (s.active or s.next_check or s.missed):
                check = s.next_check
                return SweepDuty(
                    s.division_code,
                    s.level,
                    s.active,
                    check.key if check else None,
                    check.ends_on if check else None,
                )
        return None

    async def sweeps(
        self, prefix: str, period: tuple[date | None, date | None], page: Page
    ) -> list[SweepRecord]:
        records: dict[tuple[str, str], SweepRecord] = {}
        for stored in self.commands.streams.values():
            for item in stored:
                e = item.event
                if isinstance(e, sev.SweepReported):
                    old = records.get((e.division_code, e.period))
                    records[(e.division_code, e.period)] = SweepRecord(
                        e.division_code,
                        e.level,
                        e.period,
                        e.period_starts_on,
                        e.period_ends_on,
                        True,
                        e.swept_on,
                        e.disputes_found,
                        e.on_time,
                        bool(old and old.missed),
                    )
                elif isinstance(e, sev.SweepPeriodClosed) and e.missed:
                    code = item.stream_id.removeprefix("sweep:")
                    state = sweep_decider.fold(s.event for s in stored)
                    records[(code, e.period)] = SweepRecord(
                        code,
                        state.level,
                        e.period,
                        e.period_starts_on,
                        e.period_ends_on,
                        False,
                        None,
                        0,
                        False,
                        True,
                    )
        start, end = period
        return _window(
            [
                r
                for r in records.values()
                if r.division_code.startswith(prefix)
                and (start is None or r.period_ends_on >= start)
                and (end is None or r.period_starts_on <= end)
            ],
            page,
        )

    async def ledger(self, division_code: str) -> LedgerView | None:
        return next((s for _, s in self.states("ledger") if s.division_code == division_code), None)

    async def ledgers(self, prefix: str, page: Page) -> list[LedgerView]:
        found = [s for _, s in self.states("ledger") if s.division_code.startswith(prefix)]
        return _window(found, page)


@dataclass
class MemoryDecisions:
    facts: dict[str, DecisionFact] = field(default_factory=dict)

    async def note(self, fact: DecisionFact) -> None:
        known = self.facts.get(fact.decision_id)
        through = known.through_on if known and known.through_on else fact.through_on
        self.facts[fact.decision_id] = DecisionFact(
            fact.decision_id, fact.division_code, fact.matter, fact.state, through
        )

    async def backs_asset_deal(self, decision_id: str, division_code: str, on: date) -> bool:
        fact = self.facts.get(decision_id)
        return bool(
            fact
            and fact.division_code == division_code
            and fact.matter == "collective_assets"
            and fact.state in ("implementing", "result_public", "closed")
            and fact.through_on is not None
            and fact.through_on <= on
        )


@dataclass
class MemoryVault:
    """Seals by keeping the identity aside; the "ciphertext" is only a number."""

    kept: dict[str, ReporterIdentity] = field(default_factory=dict)

    async def seal(self, reporter: ReporterIdentity) -> SealedReporter:
        sealed = f"sealed-{len(self.kept) + 1}"
        self.kept[sealed] = reporter
        return SealedReporter(subject_id=f"reporter:{len(self.kept)}", sealed=sealed)

    async def open(self, sealed: SealedReporter) -> ReporterIdentity | None:
        return self.kept.get(sealed.sealed)


@dataclass
class MemoryAudit:
    lines: list[tuple[str, str, str | None, str]] = field(default_factory=list)

    def read(self, reader: str, clue_id: str, case_id: str | None, outcome: str) -> None:
        self.lines.append((reader, clue_id, case_id, outcome))


@dataclass
class World:
    """Ports in memory, plus what a test needs to look inside them."""

    commands: InMemoryCommands = field(
        default_factory=lambda: InMemoryCommands(
            {
                "clue": CLUE,
                "dispute": DISPUTE,
                "sweep": SWEEP,
                "ledger": LEDGER,
                "integrity": INTEGRITY,
            }
        )
    )
    today: FixedDay = field(default_factory=lambda: FixedDay(date(2026, 3, 2)))
    ids: SequentialIds = field(default_factory=SequentialIds)
    decisions: MemoryDecisions = field(default_factory=MemoryDecisions)
    vault: MemoryVault = field(default_factory=MemoryVault)
    audit: MemoryAudit = field(default_factory=MemoryAudit)
    rules: DisciplineRules = field(default_factory=DisciplineRules)

    @property
    def ports(self) -> Ports:
        return Ports(
            commands=self.commands,
            clue_decider=CLUES,
            read=MemoryReadModel(self.commands),
            decisions=self.decisions,
            vault=self.vault,
            audit=self.audit,
            today=self.today,
            new_id=self.ids,
            rules=self.rules,
        )

    def acting_as(
        self, *roles: str, scope: str = COUNTY, sub: str = "tester", request_id: str | None = None
    ) -> None:
        """The caller the guard interceptor would have put in the context."""
        principal = Principal(sub=sub, roles=frozenset(roles), scope=scope)
        set_context(CallContext(principal=principal, request_id=request_id))
