"""The read model's writes, as data: each row written whole from the aggregate's view.

Projections return ``Op``s (frontline.kernel.ops) and the kernel sends them with the
command's events; one upsert per command, so a command is one statement.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from typing import Any

from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.ops import Op
from frontline.service_center.domain.centre_state import CentreState
from frontline.service_center.domain.request_state import RequestState
from frontline.service_center.domain.requester import RequesterErased
from frontline.service_center.domain.vocabulary import VisitOutcome
from frontline.service_center.views import CentreView, RequestView


def as_json(value: Any) -> str:
    return json.dumps(value, default=_encode, ensure_ascii=False)


def _encode(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__}")


_UPSERT_CENTRE = """
INSERT INTO centres (centre_id, org_unit_id, division_code, level, kind, name, status,
    established_on, closed_on, lines, staff)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb)
ON CONFLICT (centre_id) DO UPDATE SET status = EXCLUDED.status,
    closed_on = EXCLUDED.closed_on, lines = EXCLUDED.lines, staff = EXCLUDED.staff
"""


def centre_ops(stored: Sequence[StoredEvent], s: CentreState) -> list[Op]:
    v = CentreView.of_state(s)
    return [
        Op(
            _UPSERT_CENTRE,
            (
                v.centre_id,
                v.org_unit_id,
                v.division_code,
                v.level.value,
                v.kind.value,
                v.name,
                "active" if v.active else "closed",
                v.established_on,
                v.closed_on,
                as_json([asdict(o) for o in v.lines]),
                as_json(list(v.staff)),
            ),
        )
    ]


def _taken(v: RequestView) -> dict[str, Any]:
    return {
        "request_id": v.request_id,
        "centre_id": v.centre_id,
        "division_code": v.division_code,
        "township_code": v.township_code,
        "line": v.line,
        "kind": v.kind.value,
        "channel": v.channel.value,
        "status": v.status.value,
        "requester_id": v.requester_id,
        "contact_sealed": v.contact_sealed,
        "description_sealed": v.description_sealed,
        "submitted_on": v.submitted_on,
        "time_limit_days": v.time_limit_days,
        "due_on": v.due_on,
        "due_provisional": v.due_provisional,
    }


def _handled(v: RequestView) -> dict[str, Any]:
    a = v.assignee
    return {
        "assignee_kind": a.kind.value if a else None,
        "assignee_cadre_id": a.cadre_id if a else None,
        "assignee_department": a.department if a else None,
        "assignments": v.assignments,
        "assigned_at": v.assigned_at,
        "sign_for_due_at": v.sign_for_due_at,
        "signed_for_at": v.signed_for_at,
        "sign_for_overdue": v.sign_for_overdue,
        "first_response": v.first_response,
        "refusals": v.refusals,
        "extension_requested_due_on": v.extension_requested_due_on,
        "extensions": v.extensions,
        "reminders": v.reminders,
        "escalation": v.escalation.value,
    }


def _outcome(v: RequestView) -> dict[str, Any]:
    outcomes = [visit.outcome for visit in v.visits]
    visits = [{"outcome": x.outcome.value, "visited_on": x.visited_on} for x in v.visits]
    return {
        "resolutions": v.resolutions,
        "resolutions_on_time": v.resolutions_on_time,
        "resolved_on": v.resolved_on,
        "resolved_on_time": v.resolved_on_time,
        "resolution_summary": v.resolution_summary,
        "return_visit_due_on": v.return_visit_due_on,
        "return_visit_overdue": v.return_visit_overdue,
        "visits": as_json(visits),
        "visits_satisfied": outcomes.count(VisitOutcome.SATISFIED),
        "visits_basically_satisfied": outcomes.count(VisitOutcome.BASICALLY_SATISFIED),
        "visits_unsatisfied": outcomes.count(VisitOutcome.UNSATISFIED),
        "visits_no_answer": outcomes.count(VisitOutcome.NO_ANSWER),
        "closed_on": v.closed_on,
        "reopened": v.reopened,
        "transferred_on": v.transferred_on,
        "counts_as_resolved": v.counts_as_resolved,
    }


def request_row(v: RequestView) -> dict[str, Any]:
    """The ``requests`` row of a request, column by column."""
    return {**_taken(v), **_handled(v), **_outcome(v)}


@functools.cache
def _upsert(columns: tuple[str, ...]) -> str:
    values = ", ".join(
        f"${n}::jsonb" if name == "visits" else f"${n}" for n, name in enumerate(columns, 1)
    )
    updates = ", ".join(f"{name} = EXCLUDED.{name}" for name in columns[1:])
    return (
        f"INSERT INTO requests ({', '.join(columns)}) VALUES ({values})"
        f" ON CONFLICT (request_id) DO UPDATE SET {updates}"
    )


def request_ops(stored: Sequence[StoredEvent], s: RequestState) -> list[Op]:
    row = request_row(RequestView.of_state(s))
    return [Op(_upsert(tuple(row)), tuple(row.values()))]


def requester_ops(stored: Sequence[StoredEvent], s: object) -> list[Op]:
    # The phone index goes with the person: a later request from that phone is a new
    # requester with a new key.
    return [
        Op("DELETE FROM requester_index WHERE requester_id = $1", (e.event.requester_id,))
        for e in stored
        if isinstance(e.event, RequesterErased)
    ]
