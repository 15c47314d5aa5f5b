"""Commands to the decision aggregate; ``CompletePublicNotice`` is fired by a timer."""

from __future__ import annotations

from datetime import date

from frontline.kernel.decider import Command
from frontline.organization.domain.decision_records import (
    DecisionMatter,
    DecisionSource,
    ResolvingBody,
    StepRecord,
)
from frontline.organization.domain.unit_facts import UnitFacts

DEFAULT_NOTICE_DAYS = 7


class DraftDecision(Command):
    decision_id: str
    unit: UnitFacts
    title: str
    matter: DecisionMatter
    source: DecisionSource
    drafted_on: date


class ProposeDecision(Command):
    record: StepRecord
    # Deliberation merged into the proposal meeting; allowed only under 一肩挑.
    merge_deliberation: bool = False
    unit_one_shoulder: bool = False


class DeliberateDecision(Command):
    record: StepRecord


class ReviewDecision(Command):
    record: StepRecord


class ResolveDecision(Command):
    record: StepRecord
    body: ResolvingBody


class PublishResolution(Command):
    published_on: date
    notice_days: int | None = None
    # The county's minimum notice period (DOMAIN.md: ≥ 7 days, configurable).
    min_notice_days: int = DEFAULT_NOTICE_DAYS


class CompletePublicNotice(Command):
    today: date


class StartImplementation(Command):
    started_on: date


class PublishResult(Command):
    published_on: date
    summary: str


class CloseDecision(Command):
    closed_on: date


class RedraftDecision(Command):
    drafted_on: date
    title: str | None = None


DecisionCommand = (
    DraftDecision
    | ProposeDecision
    | DeliberateDecision
    | ReviewDecision
    | ResolveDecision
    | PublishResolution
    | CompletePublicNotice
    | StartImplementation
    | PublishResult
    | CloseDecision
    | RedraftDecision
)
