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
    """Schema 2: a merged sitting records the joint meeting's own counts.

    Schema 1 copied the committee's counts into a merged deliberation; the upcaster
    (organization.upcasters) marks those ``record_copied_from_proposal``.
    """

    event_type: ClassVar[str] = "DecisionDeliberated"
    schema_version: ClassVar[int] = 2
    record: StepRecord
    # Under 一肩挑 the joint meeting may sit together with the committee (DOMAIN.md step 3).
    merged_with_proposal: bool = False
    # True only for merged steps stored before schema 2: ``record`` is the committee's.
    record_copied_from_proposal: bool = False


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
    """Schema 2: the notice runs from ``notice_starts_on``, the later of the stated
    posting day and the day it was recorded, unless the county backfilled a notice
    that had already run (``backfilled``). Schema 1 always counted from
    ``published_on``; its upcaster says so."""

    event_type: ClassVar[str] = "ResolutionPublished"
    schema_version: ClassVar[int] = 2
    published_on: date
    notice_days: int
    notice_starts_on: date
    notice_ends_on: date
    backfilled: bool = False


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
