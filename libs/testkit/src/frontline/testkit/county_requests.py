# mypy: disable-error-code="arg-type, unused-ignore"
"""Test support: service-center events of the small county (``county_events.SmallCounty``),
put on Kafka like the service does: centres, and requests through their whole life."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from frontline.contracts import service_center as sc
from frontline.testkit.county_events import Published

CHINA = dt.timezone(dt.timedelta(hours=8))


def centre(centre_id: str, code: str, level: str, on: dt.date) -> Published:
    kind = "party_masses_centre" if level == "township" else "one_stop"
    event = sc.CentreEstablished(
        centre_id=centre_id,
        division_code=code,
        org_unit_id=f"unit-{code}",
        township_code=code[:9],
        level=level,
        kind=kind,
        name=f"centre {code}",
        established_on=on,
    )
    return Published(event, centre_id)


def centre_closed(centre_id: str, code: str, on: dt.date) -> Published:
    event = sc.CentreClosed(
        centre_id=centre_id,
        division_code=code,
        org_unit_id=f"unit-{code}",
        township_code=code[:9],
        closed_on=on,
    )
    return Published(event, centre_id)


@dataclass
class Life:
    """One request's public events, in the order the service publishes them."""

    request_id: str
    code: str
    line: str = "social_security"
    events: list[Published] = field(default_factory=list)
    assignments: int = 0
    round: int = 0
    attempts: int = 0
    due: dt.date | None = None

    def _add(self, model: type[Any], **fields: Any) -> Life:
        common = {
            "request_id": self.request_id,
            "centre_id": f"centre-{self.code}",
            "division_code": self.code,
            "township_code": self.code[:9],
            "line": self.line,
        }
        self.events.append(Published(model(**common, **fields), self.request_id))
        return self

    def submitted(self, on: dt.date, days: int = 5, channel: str = "walk_in") -> Life:
        self.due = on + dt.timedelta(days=days)
        return self._add(
            sc.RequestSubmitted,
            kind="help",
            channel=channel,
            submitted_on=on,
            time_limit_working_days=days,
            due_on=self.due,
        )

    def assigned(self, on: dt.date) -> Life:
        self.assignments += 1
        at = dt.datetime(on.year, on.month, on.day, 9, tzinfo=CHINA)
        return self._add(
            sc.RequestAssigned,
            assignment=self.assignments,
            assignee_kind="staff",
            cadre_id="k-v1",
            assigned_at=at,
            sign_for_due_at=at + dt.timedelta(hours=2),
        )

    def signed(self, on: dt.date, on_time: bool = True) -> Life:
        at = dt.datetime(on.year, on.month, on.day, 10 if on_time else 13, tzinfo=CHINA)
        return self._add(
            sc.RequestSignedFor, assignment=self.assignments, signed_at=at, on_time=on_time
        )

    def sign_for_overdue(self, on: dt.date) -> Life:
        at = dt.datetime(on.year, on.month, on.day, 11, tzinfo=CHINA)
        return self._add(
            sc.SignForOverdue,
            assignment=self.assignments,
            sign_for_due_at=at,
            flagged_at=at,
        )

    def overdue(self, stage: str, on: dt.date) -> Life:
        to = {"overdue": None, "yellow_card": "township", "red_card": "county"}[stage]
        assert self.due is not None
        return self._add(
            sc.RequestOverdue, stage=stage, escalated_to=to, due_on=self.due, flagged_on=on
        )

    def reminded(self, on: dt.date) -> Life:
        return self._add(sc.RequestReminded, reminded_on=on, automatic=True, reminders=1)

    def resolved(self, on: dt.date) -> Life:
        assert self.due is not None
        return self._add(
            sc.RequestResolved,
            resolved_on=on,
            due_on=self.due,
            on_time=on <= self.due,
            reopened=self.round,
            return_visit_due_on=on + dt.timedelta(days=3),
        )

    def visited(self, outcome: str, on: dt.date) -> Life:
        self.attempts += 1
        answered = outcome != "no_answer"
        satisfied = outcome in ("satisfied", "basically_satisfied")
        return self._add(
            sc.ReturnVisitRecorded,
            outcome=outcome,
            visited_on=on,
            attempt=self.attempts,
            answered=answered,
            satisfied=satisfied,
        )

    def visit_overdue(self, on: dt.date) -> Life:
        return self._add(
            sc.ReturnVisitOverdue, return_visit_due_on=on - dt.timedelta(days=1), flagged_on=on
        )

    def reopened(self, on: dt.date, days: int = 5) -> Life:
        self.round += 1
        self.attempts = 0
        self.due = on + dt.timedelta(days=days)
        return self._add(sc.RequestReopened, reopened_on=on, due_on=self.due, reopened=self.round)

    def closed(self, on: dt.date, outcome: str, resolved: bool) -> Life:
        return self._add(
            sc.ServiceRequestClosed,
            closed_on=on,
            last_outcome=outcome,
            resolved_on=on,
            on_time=True,
            reopened=self.round,
            resolved=resolved,
        )


def small_county_requests(today: dt.date) -> list[Published]:
    """Centres in township 101 and villages 101001 and 102001 (101002 has none), and a
    handful of requests: closed satisfied, reopened after "unsatisfied", overdue with a
    red card, a lapsed sign-for, a return visit past its limit."""
    start = today - dt.timedelta(days=200)
    v1, v3 = "440781101001", "440781102001"
    day = [today - dt.timedelta(days=n) for n in range(200)]
    events = [
        centre("centre-440781101", "440781101", "township", start),
        centre(f"centre-{v1}", v1, "village", start),
        centre(f"centre-{v3}", v3, "village", start),
        centre("centre-closed", "440781101002", "village", start),
        centre_closed("centre-closed", "440781101002", start + dt.timedelta(days=30)),
    ]
    lives = [
        Life("q-1", v1)
        .submitted(day[90])
        .assigned(day[90])
        .signed(day[90])
        .resolved(day[88])
        .visited("satisfied", day[86])
        .closed(day[86], "satisfied", True),
        Life("q-2", v1, "medical_health")
        .submitted(day[60])
        .assigned(day[60])
        .signed(day[60])
        .resolved(day[58])
        .visited("no_answer", day[57])
        .visited("unsatisfied", day[56])
        .reopened(day[56])
        .resolved(day[54])
        .visited("satisfied", day[53])
        .closed(day[53], "satisfied", False),
        Life("q-3", v3)
        .submitted(day[30])
        .assigned(day[30])
        .signed(day[30], on_time=False)
        .overdue("overdue", day[24])
        .reminded(day[23])
        .overdue("yellow_card", day[21])
        .overdue("red_card", day[19]),
        Life("q-4", v3).submitted(day[3]).assigned(day[3]).sign_for_overdue(day[3]),
        Life("q-5", "440781101")
        .submitted(day[20])
        .assigned(day[20])
        .signed(day[20])
        .resolved(day[18])
        .visit_overdue(day[14]),
    ]
    return events + [e for life in lives for e in life.events]
