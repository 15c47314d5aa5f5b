"""Projector of ``service-center.events.v1`` (contracts: ``frontline.contracts.service_center``).

Feeds the service pillar's centre figures (DOMAIN.md "Service-center service"): centre
coverage, and the 三率 and on-time rate of the requests (办件) per service line and
place. Public events carry ids, division codes, lines, dates and flags only; the
requester and every narrative stay in the service.

Centres are one row each. A request is one row per event (``service_request_steps``),
dated by its business day: "as of a day" replays the steps up to it (query/service_sql.py),
and rows of one request commute however a rebuild batches them. A moment (an assignment,
a sign-for) is dated by the day written in it: services write the county's time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from frontline.headquarters.projection.ops import EventLike, Op, Projection, activity, day

TOPIC = "service-center.events.v1"
_NS = "cn.frontline.service-center."

LEVEL_LABELS = {"township": "党群服务中心", "village": "一站式服务站", "community": "一站式服务站"}
STAGE_LABELS = {
    "overdue": "超期",
    "yellow_card": "黄牌督办（乡镇）",
    "red_card": "红牌督办（县级）",
}

_STEP = (
    "INSERT INTO {s}.service_request_steps (event_id, request_id, division_code, line, step,"
    " on_date, at, n, flag, answered, detail, due_on)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING"
)


def _step(
    e: EventLike,
    step: str,
    on: dt.date,
    *,
    at: dt.datetime | None = None,
    n: int | None = None,
    flag: bool | None = None,
    answered: bool | None = None,
    detail: str | None = None,
    due_on: dt.date | None = None,
) -> Op:
    d = e.data
    return Op(
        _STEP,
        (
            e.event_id,
            d["request_id"],
            d["division_code"],
            d["line"],
            step,
            on,
            at,
            n,
            flag,
            answered,
            detail,
            due_on,
        ),
    )


def _moment(data: dict[str, Any], key: str) -> tuple[dt.date, dt.datetime]:
    """A moment and its day as written in it (the county's date)."""
    text = str(data[key])
    return dt.date.fromisoformat(text[:10]), dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _request(e: EventLike, ops: list[Op], on: dt.date) -> Projection:
    return Projection(ops, [e.data["division_code"]], on)


def centre_established(e: EventLike) -> Projection:
    d = e.data
    on = dt.date.fromisoformat(d["established_on"])
    # The first establishment fixes where and what a centre is; a later event never moves it.
    op = Op(
        "INSERT INTO {s}.service_centres (centre_id, division_code, level, established_on)"
        " VALUES ($1, $2, $3, $4) ON CONFLICT (centre_id) DO UPDATE SET"
        " division_code = COALESCE(NULLIF(service_centres.division_code, ''),"
        " EXCLUDED.division_code),"
        " level = COALESCE(NULLIF(service_centres.level, ''), EXCLUDED.level),"
        " established_on = COALESCE(service_centres.established_on, EXCLUDED.established_on)",
        (d["centre_id"], d["division_code"], d["level"], on),
    )
    label = LEVEL_LABELS.get(d["level"], "服务中心")
    ops = [op, activity(e, d["division_code"], "service_centre", f"设立{label}")]
    return Projection(ops, [d["division_code"]], on)


def centre_closed(e: EventLike) -> Projection:
    d = e.data
    on = dt.date.fromisoformat(d["closed_on"])
    # A closing may be applied before the establishment it ends (rebuild batches).
    op = Op(
        "INSERT INTO {s}.service_centres (centre_id, closed_on) VALUES ($1, $2)"
        " ON CONFLICT (centre_id) DO UPDATE SET closed_on = EXCLUDED.closed_on",
        (d["centre_id"], on),
    )
    ops = [op, activity(e, d["division_code"], "service_centre", "服务中心停止运行")]
    return Projection(ops, [d["division_code"]], on)


def submitted(e: EventLike) -> Projection:
    d = e.data
    on = dt.date.fromisoformat(d["submitted_on"])
    ops = [
        _step(e, "submitted", on, detail=d["channel"], due_on=day(d, "due_on")),
        activity(e, d["division_code"], "service_request", "受理群众办件"),
    ]
    return _request(e, ops, on)


def assigned(e: EventLike) -> Projection:
    on, at = _moment(e.data, "assigned_at")
    return _request(e, [_step(e, "assigned", on, at=at, n=int(e.data["assignment"]))], on)


def signed_for(e: EventLike) -> Projection:
    d = e.data
    on, at = _moment(d, "signed_at")
    op = _step(e, "signed_for", on, at=at, n=int(d["assignment"]), flag=bool(d["on_time"]))
    return _request(e, [op], on)


def sign_for_overdue(e: EventLike) -> Projection:
    on, at = _moment(e.data, "flagged_at")
    op = _step(e, "sign_for_overdue", on, at=at, n=int(e.data["assignment"]))
    return _request(e, [op], on)


def refused(e: EventLike) -> Projection:
    on, at = _moment(e.data, "refused_at")
    return _request(e, [_step(e, "refused", on, at=at, n=int(e.data["assignment"]))], on)


def extended(e: EventLike) -> Projection:
    d = e.data
    on = dt.date.fromisoformat(d["granted_on"])
    op = _step(e, "extended", on, n=int(d["extensions"]), due_on=day(d, "due_on"))
    return _request(e, [op], on)


def reminded(e: EventLike) -> Projection:
    d = e.data
    on = dt.date.fromisoformat(d["reminded_on"])
    op = _step(e, "reminded", on, n=int(d["reminders"]), flag=bool(d["automatic"]))
    return _request(e, [op], on)


def overdue(e: EventLike) -> Projection:
    d = e.data
    on = dt.date.fromisoformat(d["flagged_on"])
    ops = [_step(e, "overdue", on, detail=d["stage"], due_on=day(d, "due_on"))]
    if d["stage"] != "overdue":
        ops.append(activity(e, d["division_code"], "service_card", STAGE_LABELS[d["stage"]]))
    return _request(e, ops, on)


def resolved(e: EventLike) -> Projection:
    d = e.data
    on = dt.date.fromisoformat(d["resolved_on"])
    step = _step(e, "resolved", on, n=int(d["reopened"]), flag=bool(d["on_time"]))
    ops = [step, activity(e, d["division_code"], "service_request", "办件办结")]
    return _request(e, ops, on)


def visited(e: EventLike) -> Projection:
    d = e.data
    on = dt.date.fromisoformat(d["visited_on"])
    op = _step(
        e,
        "visited",
        on,
        n=int(d["attempt"]),
        flag=bool(d["satisfied"]),
        answered=bool(d["answered"]),
        detail=d["outcome"],
    )
    return _request(e, [op], on)


def visit_overdue(e: EventLike) -> Projection:
    on = dt.date.fromisoformat(e.data["flagged_on"])
    return _request(e, [_step(e, "visit_overdue", on)], on)


def closed(e: EventLike) -> Projection:
    d = e.data
    on = dt.date.fromisoformat(d["closed_on"])
    op = _step(e, "closed", on, n=int(d["reopened"]), flag=bool(d["resolved"]))
    return _request(e, [op], on)


def reopened(e: EventLike) -> Projection:
    d = e.data
    on = dt.date.fromisoformat(d["reopened_on"])
    step = _step(e, "reopened", on, n=int(d["reopened"]), due_on=day(d, "due_on"))
    ops = [step, activity(e, d["division_code"], "service_request", "群众不满意，办件重办")]
    return _request(e, ops, on)


def transferred(e: EventLike) -> Projection:
    d = e.data
    on = dt.date.fromisoformat(d["transferred_on"])
    ops = [
        _step(e, "transferred", on),
        activity(e, d["division_code"], "service_request", "投诉转纪检监察"),
    ]
    return _request(e, ops, on)


HANDLERS: dict[str, Callable[[EventLike], Projection]] = {
    _NS + "CentreEstablished.v1": centre_established,
    _NS + "CentreClosed.v1": centre_closed,
    _NS + "RequestSubmitted.v1": submitted,
    _NS + "RequestAssigned.v1": assigned,
    _NS + "RequestSignedFor.v1": signed_for,
    _NS + "SignForOverdue.v1": sign_for_overdue,
    _NS + "RequestRefused.v1": refused,
    _NS + "RequestExtended.v1": extended,
    _NS + "RequestReminded.v1": reminded,
    _NS + "RequestOverdue.v1": overdue,
    _NS + "RequestResolved.v1": resolved,
    _NS + "ReturnVisitRecorded.v1": visited,
    _NS + "ReturnVisitOverdue.v1": visit_overdue,
    _NS + "ServiceRequestClosed.v1": closed,
    _NS + "RequestReopened.v1": reopened,
    _NS + "ComplaintTransferred.v1": transferred,
}
