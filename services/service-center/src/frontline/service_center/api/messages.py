"""Views to proto messages."""

from __future__ import annotations

from datetime import datetime

from frontline.api.service_center.v1 import service_center_pb2 as pb
from frontline.kernel import convert as cv
from frontline.service_center.use_cases.statistics import LineRates, Statistics
from frontline.service_center.views import CentreView, RequestDetail, RequestView


def _at(value: datetime | None) -> str:
    return value.isoformat() if value else ""


def centre(v: CentreView) -> pb.Centre:
    return pb.Centre(
        centre_id=v.centre_id,
        org_unit_id=v.org_unit_id,
        division_code=v.division_code,
        kind=cv.enum_out(pb.CentreKind, v.kind),
        name=v.name,
        status=cv.enum_out(pb.CentreStatus, "active" if v.active else "closed"),
        established_on=cv.iso(v.established_on),
        closed_on=cv.iso(v.closed_on),
        lines=[
            pb.ServiceLine(line=o.line, offered=o.offered, set_on=cv.iso(o.set_on)) for o in v.lines
        ],
        staff_on_duty=list(v.staff),
    )


def request(v: RequestView) -> pb.ServiceRequest:
    """A request without the requester's contact and words (lists show no one)."""
    a = v.assignee
    return pb.ServiceRequest(
        request_id=v.request_id,
        centre_id=v.centre_id,
        division_code=v.division_code,
        line=v.line,
        kind=cv.enum_out(pb.RequestKind, v.kind),
        channel=cv.enum_out(pb.Channel, v.channel),
        status=cv.enum_out(pb.RequestStatus, v.status),
        submitted_on=cv.iso(v.submitted_on),
        time_limit_working_days=v.time_limit_days,
        due_on=cv.iso(v.due_on),
        due_provisional=v.due_provisional,
        assignee_cadre_id=(a.cadre_id or "") if a else "",
        assignee_department=(a.department or "") if a else "",
        assignments=v.assignments,
        assigned_at=_at(v.assigned_at),
        sign_for_due_at=_at(v.sign_for_due_at),
        signed_for_at=_at(v.signed_for_at),
        sign_for_overdue=v.sign_for_overdue,
        refusals=v.refusals,
        extension_requested_due_on=cv.iso(v.extension_requested_due_on),
        extensions=v.extensions,
        reminders=v.reminders,
        escalation=cv.enum_out(pb.Escalation, v.escalation),
        resolved_on=cv.iso(v.resolved_on),
        resolved_on_time=v.resolved_on_time,
        return_visit_due_on=cv.iso(v.return_visit_due_on),
        return_visit_overdue=v.return_visit_overdue,
        visits=[
            pb.ReturnVisit(
                outcome=cv.enum_out(pb.VisitOutcome, x.outcome), visited_on=cv.iso(x.visited_on)
            )
            for x in v.visits
        ],
        closed_on=cv.iso(v.closed_on),
        reopened=v.reopened,
        transferred_on=cv.iso(v.transferred_on),
        requester_id=v.requester_id,
    )


def detail(d: RequestDetail) -> pb.ServiceRequest:
    message = request(d.request)
    message.resolution_summary = d.request.resolution_summary
    if d.contact is None:
        message.requester.status = pb.PERSONAL_DATA_STATUS_ERASED
    else:
        message.requester.CopyFrom(
            pb.RequesterContact(
                status=pb.PERSONAL_DATA_STATUS_PRESENT,
                name=d.contact.name,
                phone=d.contact.phone,
            )
        )
    message.description = d.description or ""
    return message


def line_statistics(r: LineRates) -> pb.LineStatistics:
    c = r.counts
    message = pb.LineStatistics(
        line=c.line,
        submitted=c.submitted,
        open=c.open,
        overdue_open=c.overdue_open,
        yellow_cards=c.yellow_cards,
        red_cards=c.red_cards,
        responded=c.responded,
        responded_on_time=c.responded_on_time,
        resolved=c.resolved,
        resolved_counted=c.resolved_counted,
        resolutions=c.resolutions,
        resolutions_on_time=c.resolutions_on_time,
        visits_satisfied=c.visits_satisfied,
        visits_basically_satisfied=c.visits_basically_satisfied,
        visits_unsatisfied=c.visits_unsatisfied,
        visits_no_answer=c.visits_no_answer,
        reopened=c.reopened,
    )
    for field, value in (
        ("response_rate", r.response),
        ("resolution_rate", r.resolution),
        ("satisfaction_rate", r.satisfaction),
        ("on_time_rate", r.on_time),
    ):
        if value is not None:
            setattr(message, field, value)
    return message


def statistics(s: Statistics) -> pb.GetServiceStatisticsResponse:
    return pb.GetServiceStatisticsResponse(
        division_code_prefix=s.prefix,
        totals=line_statistics(s.totals),
        lines=[line_statistics(r) for r in s.lines],
        min_return_visits=s.min_return_visits,
    )
