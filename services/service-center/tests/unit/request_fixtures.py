"""Events, facts and commands shared by the request decider tests.

Dates sit around National Day 2025: 2025-09-28 (a Sunday) is a make-up working day
(调休), 1–8 October are holidays, 2025-10-11 (a Saturday) is worked.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.decider import DomainEvent
from frontline.service_center.domain import request_commands as cmd
from frontline.service_center.domain import request_events as ev
from frontline.service_center.domain.facts import CentreFacts
from frontline.service_center.domain.request import request_decider
from frontline.service_center.domain.vocabulary import (
    AssigneeKind,
    Channel,
    Escalation,
    RequestKind,
    VisitOutcome,
)

CALENDAR = WorkingCalendar()
DECIDER = request_decider(CALENDAR)
CENTRE = CentreFacts(
    centre_id="centre-1",
    division_code="440781100201",
    active=True,
    lines_offered=frozenset({"social_security", "medical_health"}),
)
FRIDAY = date(2025, 9, 26)
AT = datetime(2025, 9, 26, 1, 0, tzinfo=UTC)  # 09:00 in China
OFFSETS = cmd.EscalationOffsets(reminder=1, yellow_card=3, red_card=5)


def submit(**changes: Any) -> cmd.SubmitRequest:
    values: dict[str, Any] = {
        "request_id": "r-1",
        "centre": CENTRE,
        "line": "social_security",
        "kind": RequestKind.COMPLAINT,
        "channel": Channel.PHONE,
        "requester_id": "p-1",
        "contact_sealed": "v1:sealed-contact",
        "description_sealed": "v1:sealed-words",
        "submitted_on": FRIDAY,
        "today": FRIDAY,
        "time_limit_days": 10,
    }
    return cmd.SubmitRequest(**{**values, **changes})


def submitted(kind: RequestKind = RequestKind.COMPLAINT, **changes: Any) -> ev.RequestSubmitted:
    values: dict[str, Any] = {
        "request_id": "r-1",
        "centre_id": CENTRE.centre_id,
        "division_code": CENTRE.division_code,
        "line": "social_security",
        "kind": kind,
        "channel": Channel.PHONE,
        "requester_id": "p-1",
        "contact_sealed": "v1:sealed-contact",
        "description_sealed": "v1:sealed-words",
        "submitted_on": FRIDAY,
        "time_limit_days": 10,
        "due_on": date(2025, 10, 16),
        "due_provisional": False,
    }
    return ev.RequestSubmitted(**{**values, **changes})


def assigned(n: int = 1, cadre_id: str = "cadre-1", at: datetime = AT) -> ev.RequestAssigned:
    return ev.RequestAssigned(
        assignment=n,
        assignee_kind=AssigneeKind.STAFF,
        cadre_id=cadre_id,
        assigned_at=at,
        sign_for_due_at=at + timedelta(hours=2),
    )


def signed(n: int = 1, at: datetime = AT + timedelta(hours=1)) -> ev.RequestSignedFor:
    return ev.RequestSignedFor(assignment=n, cadre_id="cadre-1", signed_at=at, on_time=True)


def resolved(on: date = date(2025, 10, 9), on_time: bool = True) -> ev.RequestResolved:
    return ev.RequestResolved(
        resolved_on=on,
        summary="pension enrolment fixed",
        on_time=on_time,
        return_visit_days=3,
        return_visit_due_on=date(2025, 10, 13),
        return_visit_provisional=False,
    )


def visited(outcome: VisitOutcome, on: date = date(2025, 10, 10)) -> ev.ReturnVisitRecorded:
    return ev.ReturnVisitRecorded(outcome=outcome, visited_on=on)


def in_progress() -> list[DomainEvent]:
    return [submitted(), assigned(), signed()]


def overdue(stage: Escalation, due: date = date(2025, 10, 16)) -> ev.RequestOverdue:
    return ev.RequestOverdue(stage=stage, due_on=due, flagged_on=due + timedelta(days=1))
