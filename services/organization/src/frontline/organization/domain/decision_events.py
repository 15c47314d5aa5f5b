"""Stored events of the decision aggregate (stream type ``decision``)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from frontline.kernel.decider import DomainEvent
from frontline.organization.domain.decision_records import (
    DecisionMatter,
    DecisionSource,
    DecisionStep,
    ResolvingBody,
    StepRecord,
)
from frontline.organization.domain.divisions import OrgLevel


class DecisionDrafted(DomainEvent):
    event_type: ClassVar[str] = "DecisionDrafted"
    decision_id: str
    unit_id: str
    unit_level: OrgLevel
    division_code: str
    title: str
    matter: DecisionMatter
    source: DecisionSource
    drafted_on: date


class DecisionProposed(DomainEvent):
    event_type: ClassVar[str] = "DecisionProposed"
    record: StepRecord


class DecisionDeliberated(DomainEvent):
    event_type: ClassVar[str] = "DecisionDeliberated"
    record: StepRecord
    # Under 一肩挑 the joint meeting may sit together with the committee (DOMAIN.md step 3).
    merged_with_proposal: bool = False


class DecisionReviewed(DomainEvent):
    event_type: ClassVar[str] = "DecisionReviewed"
    record: StepRecord


class DecisionResolved(DomainEvent):
    event_type: ClassVar[str] = "DecisionResolved"
    record: StepRecord
    body: ResolvingBody


class DecisionRejected(DomainEvent):
    event_type: ClassVar[str] = "DecisionRejected"
    step: DecisionStep
    record: StepRecord
    body: ResolvingBody | None = None


class ResolutionPublished(DomainEvent):
    event_type: ClassVar[str] = "ResolutionPublished"
    published_on: date
    notice_days: int
    notice_ends_on: date


class PublicNoticeCompleted(DomainEvent):
    event_type: ClassVar[str] = "PublicNoticeCompleted"
    completed_on: date


class ImplementationStarted(DomainEvent):
    event_type: ClassVar[str] = "ImplementationStarted"
    started_on: date


class ResultPublished(DomainEvent):
    event_type: ClassVar[str] = "ResultPublished"
    published_on: date
    summary: str


class DecisionClosed(DomainEvent):
    event_type: ClassVar[str] = "DecisionClosed"
    closed_on: date


class DecisionRedrafted(DomainEvent):
    event_type: ClassVar[str] = "DecisionRedrafted"
    drafted_on: date
    title: str
    round: int


DECISION_EVENTS: tuple[type[DomainEvent], ...] = (
    DecisionDrafted,
    DecisionProposed,
    DecisionDeliberated,
    DecisionReviewed,
    DecisionResolved,
    DecisionRejected,
    ResolutionPublished,
    PublicNoticeCompleted,
    ImplementationStarted,
    ResultPublished,
    DecisionClosed,
    DecisionRedrafted,
)
