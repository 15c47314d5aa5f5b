"""Commands to a case (in its clue's stream); ``FlagInvestigationOverdue`` is fired by a timer."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from frontline.discipline.domain.clue_vocabulary import AppealOutcome, Category
from frontline.discipline.domain.sanctions import DEFAULT_INFLUENCE_MONTHS, Measure
from frontline.kernel.decider import Command

# DOMAIN.md "Case": 90 days of investigation, one extension (configurable).
INVESTIGATION_DAYS = 90


class FileCase(Command):
    case_id: str
    filed_on: date
    category: Category | None = None
    cadre_id: str | None = None
    investigation_days: int = INVESTIGATION_DAYS


class AddEvidence(Command):
    evidence_id: str
    description: str
    added_on: date


class RetractEvidence(Command):
    evidence_id: str
    retracted_on: date
    reason: str


class ExtendInvestigation(Command):
    extended_on: date
    reason: str
    days: int = INVESTIGATION_DAYS
    max_extensions: int = 1


class FlagInvestigationOverdue(Command):
    today: date


class SubmitForReview(Command):
    submitted_on: date


class ReturnForInvestigation(Command):
    returned_on: date
    reason: str


class DecideCase(Command):
    decided_on: date
    four_forms_level: int
    measures: tuple[Measure, ...] = ()
    summary: str = ""
    influence_months: dict[str, int] = Field(default_factory=lambda: dict(DEFAULT_INFLUENCE_MONTHS))


class RecordExecution(Command):
    executed_on: date


class ArchiveCase(Command):
    archived_on: date


class RecordAppeal(Command):
    appealed_on: date
    grounds: str


class ConcludeAppeal(Command):
    concluded_on: date
    outcome: AppealOutcome
