"""Commands to a clue before a case; ``CheckReporterReply`` is fired by a timer."""

from __future__ import annotations

from datetime import date

from frontline.discipline.domain.clue_vocabulary import (
    Category,
    ClueSource,
    Disposal,
    SealedReporter,
    VerificationOutcome,
)
from frontline.kernel.decider import Command

# DOMAIN.md "Clue": a real-name reporter is told within 15 working days.
REPLY_WORKING_DAYS = 15


class ReceiveClue(Command):
    clue_id: str
    division_code: str
    source: ClueSource
    category: Category
    summary: str
    received_on: date
    reporter: SealedReporter | None = None
    cadre_id: str | None = None
    origin_ref: str | None = None
    reply_working_days: int = REPLY_WORKING_DAYS


class DisposeClue(Command):
    disposal: Disposal
    disposed_on: date
    category: Category | None = None


class ConcludeVerification(Command):
    outcome: VerificationOutcome
    concluded_on: date


class ReplyToReporter(Command):
    replied_on: date
    accepted: bool


class CheckReporterReply(Command):
    today: date


class RecordRecusal(Command):
    staff: str
    recorded_on: date
    reason: str
