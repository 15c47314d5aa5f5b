"""Commands to the decision aggregate; ``CompletePublicNotice`` is fired by a timer.

Every dated command carries the county's ``today``: a step dated after it, or
before the step it follows, is refused (DOMAIN.md "Meetings").
"""

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
    today: date


class ProposeDecision(Command):
    record: StepRecord
    today: date
    # Deliberation merged into the proposal meeting; allowed only under 一肩挑. The
    # joint meeting of the two committees then records its own counts, at the same
    # sitting, in ``deliberation_record``.
    merge_deliberation: bool = False
    deliberation_record: StepRecord | None = None
    unit_one_shoulder: bool = False


class DeliberateDecision(Command):
    record: StepRecord
    today: date


class ReviewDecision(Command):
    record: StepRecord
    today: date


class ResolveDecision(Command):
    record: StepRecord
    body: ResolvingBody
    today: date


class PublishResolution(Command):
    published_on: date
    today: date
    notice_days: int | None = None
    # The county's minimum notice period (DOMAIN.md: ≥ 7 days, configurable).
    min_notice_days: int = DEFAULT_NOTICE_DAYS
    # A notice that ran its full period before it was recorded (补录, county only).
    backfill: bool = False


class CompletePublicNotice(Command):
    today: date


class StartImplementation(Command):
    started_on: date
    today: date


class PublishResult(Command):
    published_on: date
    summary: str
    today: date


class CloseDecision(Command):
    closed_on: date
    today: date


class RedraftDecision(Command):
    drafted_on: date
    today: date
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
