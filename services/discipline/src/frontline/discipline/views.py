"""What the read model holds, as the use cases see it.

A view is built from the aggregate's state (``of_state``): the projection writes the
read model from exactly that, the PostgreSQL queries read it back (queries.py),
and the use-case tests' in-memory read model builds it the same way. A dispute's
and a ledger's state is its view.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pydantic import BaseModel, ConfigDict

from frontline.discipline.domain.clue_state import Appeal, CaseState, ClueState, Evidence
from frontline.discipline.domain.clue_vocabulary import (
    AppealOutcome,
    CaseStatus,
    Category,
    ClueSource,
    ClueStatus,
    Disposal,
    SealedReporter,
    VerificationOutcome,
)
from frontline.discipline.domain.dispute_state import DisputeState
from frontline.discipline.domain.divisions import DivisionLevel, township_of
from frontline.discipline.domain.ledger_state import LedgerState
from frontline.discipline.domain.sanctions import ImposedMeasure

DisputeView = DisputeState
LedgerView = LedgerState


class ReporterIdentity(BaseModel):
    """Who reported, as sealed under the reporter's own key; never logged or published."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    phone: str = ""
    id_number: str = ""


@dataclass(frozen=True)
class ClueView:
    clue_id: str
    division_code: str
    source: ClueSource
    category: Category
    summary: str
    status: ClueStatus
    received_on: date
    disposal: Disposal | None
    disposed_on: date | None
    outcome: VerificationOutcome | None
    concluded_on: date | None
    reporter: SealedReporter | None
    reply_due_on: date | None
    reply_provisional: bool
    replied_on: date | None
    reply_accepted: bool | None
    reply_overdue: bool
    cadre_id: str | None
    origin_ref: str | None
    recused: tuple[str, ...]
    case_id: str | None

    @property
    def township_code(self) -> str:
        return township_of(self.division_code)

    @classmethod
    def of_state(cls, s: ClueState) -> ClueView:
        assert s.received_on is not None
        return cls(
            clue_id=s.clue_id,
            division_code=s.division_code,
            source=s.source,
            category=s.category,
            summary=s.summary,
            status=s.status,
            received_on=s.received_on,
            disposal=s.disposal,
            disposed_on=s.disposed_on,
            outcome=s.outcome,
            concluded_on=s.concluded_on,
            reporter=s.reporter,
            reply_due_on=s.reply_due_on,
            reply_provisional=s.reply_provisional,
            replied_on=s.replied_on,
            reply_accepted=s.reply_accepted,
            reply_overdue=s.reply_overdue,
            cadre_id=s.cadre_id,
            origin_ref=s.origin_ref,
            recused=s.recused,
            case_id=s.case.case_id if s.case else None,
        )


@dataclass(frozen=True)
class CaseView:
    case_id: str
    clue_id: str
    division_code: str
    category: Category
    cadre_id: str | None
    status: CaseStatus
    filed_on: date
    investigation_due_on: date
    extensions: int
    overdue: bool
    evidence: tuple[Evidence, ...]
    submitted_on: date | None
    returns: int
    decided_on: date | None
    four_forms_level: int | None
    measures: tuple[ImposedMeasure, ...]
    decision_summary: str
    executed_on: date | None
    archived_on: date | None
    appeal: Appeal | None
    recused: tuple[str, ...]

    @property
    def township_code(self) -> str:
        return township_of(self.division_code)

    @property
    def open(self) -> bool:
        return self.status in (CaseStatus.INVESTIGATING, CaseStatus.IN_REVIEW)

    @property
    def revoked(self) -> bool:
        return self.appeal is not None and self.appeal.outcome is AppealOutcome.REVOKED

    @classmethod
    def of_state(cls, s: ClueState, c: CaseState) -> CaseView:
        return cls(
            case_id=c.case_id,
            clue_id=s.clue_id,
            division_code=s.division_code,
            category=c.category,
            cadre_id=c.cadre_id,
            status=c.status,
            filed_on=c.filed_on,
            investigation_due_on=c.investigation_due_on,
            extensions=c.extensions,
            overdue=c.overdue,
            evidence=c.evidence,
            submitted_on=c.submitted_on,
            returns=c.returns,
            decided_on=c.decided_on,
            four_forms_level=c.four_forms_level,
            measures=c.measures,
            decision_summary=c.decision_summary,
            executed_on=c.executed_on,
            archived_on=c.archived_on,
            appeal=c.appeal,
            recused=s.recused,
        )


@dataclass(frozen=True)
class SweepRecord:
    """One period of a division: reported (on time or late), or missed."""

    division_code: str
    level: DivisionLevel
    period: str
    period_starts_on: date
    period_ends_on: date
    reported: bool
    swept_on: date | None
    disputes_found: int
    on_time: bool
    missed: bool


@dataclass(frozen=True)
class SweepDuty:
    division_code: str
    level: DivisionLevel
    active: bool
    next_period: str | None
    next_period_ends_on: date | None
