"""Commands to a dispute; ``CheckJudicialConfirmation`` is fired by a timer."""

from __future__ import annotations

from datetime import date

from frontline.discipline.domain.dispute_vocabulary import DisputeType, DiversionRoute, RiskLevel
from frontline.kernel.decider import Command

# 人民调解法 art. 33: the parties apply for judicial confirmation within 30 days.
CONFIRMATION_DAYS = 30


class RegisterDispute(Command):
    dispute_id: str
    division_code: str
    dispute_type: DisputeType
    risk_level: RiskLevel
    amount_yuan: int | None = None
    parties: int
    summary: str
    registered_on: date


class EscalateDispute(Command):
    escalated_on: date
    reason: str


class ResolveDispute(Command):
    resolved_on: date
    seek_judicial_confirmation: bool = False
    note: str = ""
    confirmation_days: int = CONFIRMATION_DAYS


class ApplyJudicialConfirmation(Command):
    applied_on: date


class CheckJudicialConfirmation(Command):
    today: date


class FollowUpDispute(Command):
    followed_up_on: date
    note: str = ""


class CloseDispute(Command):
    closed_on: date


class DivertDispute(Command):
    route: DiversionRoute
    diverted_on: date
    reason: str = ""
