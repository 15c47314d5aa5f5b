"""Stored events of a clue (stream type ``clue``) before any case is filed.

The reporter's identity is stored only sealed (``SealedReporter``): the plain text
never enters an event, the outbox or a recorded answer (DOMAIN.md "Clue").
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from frontline.discipline.domain.clue_vocabulary import (
    Category,
    ClueSource,
    Disposal,
    SealedReporter,
    VerificationOutcome,
)
from frontline.kernel.decider import DomainEvent


class ClueReceived(DomainEvent):
    event_type: ClassVar[str] = "ClueReceived"
    clue_id: str
    division_code: str
    source: ClueSource
    category: Category
    summary: str
    received_on: date
    reporter: SealedReporter | None = None
    # A real-name reporter is told within 15 working days whether it was accepted.
    reply_working_days: int | None = None
    reply_due_on: date | None = None
    reply_provisional: bool = False
    cadre_id: str | None = None
    # What raised it: a transferred complaint's request id, an asset deal's id.
    origin_ref: str | None = None


class ClueDisposed(DomainEvent):
    event_type: ClassVar[str] = "ClueDisposed"
    disposal: Disposal
    disposed_on: date
    category: Category


class VerificationConcluded(DomainEvent):
    event_type: ClassVar[str] = "VerificationConcluded"
    outcome: VerificationOutcome
    concluded_on: date


class ReplyDeadlineRecounted(DomainEvent):
    """A deadline counted Monday–Friday in a year whose schedule was unknown, recounted."""

    event_type: ClassVar[str] = "ReplyDeadlineRecounted"
    reply_due_on: date
    reply_provisional: bool


class ReporterReplied(DomainEvent):
    event_type: ClassVar[str] = "ReporterReplied"
    replied_on: date
    accepted: bool
    on_time: bool


class ReporterReplyOverdue(DomainEvent):
    event_type: ClassVar[str] = "ReporterReplyOverdue"
    reply_due_on: date
    flagged_on: date


class StaffRecused(DomainEvent):
    """A staff member (their account) stands aside from this clue and its case (回避)."""

    event_type: ClassVar[str] = "StaffRecused"
    staff: str
    recorded_on: date
    reason: str


CLUE_EVENTS: tuple[type[DomainEvent], ...] = (
    ClueReceived,
    ClueDisposed,
    VerificationConcluded,
    ReplyDeadlineRecounted,
    ReporterReplied,
    ReporterReplyOverdue,
    StaffRecused,
)
