"""Public events of the service-center service, published on ``service-center.events.v1``.

DOMAIN.md "Service-center service": township party–masses service centres
(党群服务中心) and village one-stop centres (一站式服务) take citizens' service
requests (办件) after the 12345 / 接诉即办 practice. A requester's name and phone,
and every narrative (the request, refusals, summaries, visit notes), stay inside
the service, sealed; these events carry ids, division codes, lines, channels,
dates, counts and flags only.

Every request event names its request, centre, the centre's division code, the
township code (its first 9 digits) and the service line, so a consumer can count
per line and per township without asking anyone.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Literal

from frontline.contracts.base import DivisionCode, PublicEvent

TOPIC = "service-center.events.v1"

CentreLevel = Literal["township", "village", "community"]
# 党群服务中心 on a township, 一站式服务 ("one-stop home") on a village or community.
CentreKind = Literal["party_masses_centre", "one_stop"]
# 咨询, 求助, 建议, 投诉: the kind sets the time limit (DOMAIN.md: 1, 5, 5, 10 working days).
RequestKind = Literal["consultation", "help", "suggestion", "complaint"]
# Walk-in, phone, online, door-to-door on the requester's behalf (代办).
Channel = Literal["walk_in", "phone", "online", "door_to_door"]
AssigneeKind = Literal["staff", "department"]
# "no_answer" is a visit attempt that reached nobody: never counted as satisfied.
VisitOutcome = Literal["satisfied", "basically_satisfied", "unsatisfied", "no_answer"]
OverdueStage = Literal["overdue", "yellow_card", "red_card"]
EscalatedTo = Literal["township", "county"]


class _CentreEvent(PublicEvent):
    topic: ClassVar[str] = TOPIC
    centre_id: str
    division_code: DivisionCode


class CentreEstablished(_CentreEvent):
    """A service centre opened on an org unit: 党群服务中心 (township) or 一站式 (village)."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.CentreEstablished.v1"
    org_unit_id: str
    township_code: DivisionCode
    level: CentreLevel
    kind: CentreKind
    name: str
    established_on: dt.date


class CentreClosed(_CentreEvent):
    """A service centre closed; it takes no new requests."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.CentreClosed.v1"
    org_unit_id: str
    township_code: DivisionCode
    closed_on: dt.date


class ServiceLineSet(_CentreEvent):
    """A service line was offered (or withdrawn) at a centre, with the county's time
    limits in working days for each kind of request on that line."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.ServiceLineSet.v1"
    township_code: DivisionCode
    line: str
    offered: bool
    time_limits: dict[RequestKind, int]
    set_on: dt.date


class StaffPutOnDuty(_CentreEvent):
    """A cadre went on duty at a centre (staff on duty are cadres, DOMAIN.md)."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.StaffPutOnDuty.v1"
    cadre_id: str
    on_duty_from: dt.date


class StaffTakenOffDuty(_CentreEvent):
    """A cadre no longer serves on duty at a centre."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.StaffTakenOffDuty.v1"
    cadre_id: str
    off_duty_from: dt.date


class _RequestEvent(PublicEvent):
    topic: ClassVar[str] = TOPIC
    request_id: str
    centre_id: str
    division_code: DivisionCode
    township_code: DivisionCode
    line: str


class RequestSubmitted(_RequestEvent):
    """A service request was taken (受理) with its kind, channel and due date."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.RequestSubmitted.v1"
    kind: RequestKind
    channel: Channel
    submitted_on: dt.date
    time_limit_working_days: int
    due_on: dt.date
    # Counted Monday–Friday because the statutory calendar of its year is not loaded yet.
    due_provisional: bool = False


class RequestAssigned(_RequestEvent):
    """The request was dispatched (派单) to a staff member on duty or a township department."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.RequestAssigned.v1"
    assignment: int
    assignee_kind: AssigneeKind
    cadre_id: str | None = None
    department: str | None = None
    assigned_at: dt.datetime
    sign_for_due_at: dt.datetime


class RequestSignedFor(_RequestEvent):
    """The assignee signed for (签收) the request; ``on_time`` when within the limit."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.RequestSignedFor.v1"
    assignment: int
    signed_at: dt.datetime
    on_time: bool


class SignForOverdue(_RequestEvent):
    """Nobody signed for the assignment within the limit (2 hours by default)."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.SignForOverdue.v1"
    assignment: int
    sign_for_due_at: dt.datetime
    flagged_at: dt.datetime


class RequestRefused(_RequestEvent):
    """The assignee refused the request (with a reason kept in the service); it waits
    to be assigned again."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.RequestRefused.v1"
    assignment: int
    refused_at: dt.datetime


class RequestExtended(_RequestEvent):
    """An extension was granted: the due date moved."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.RequestExtended.v1"
    previous_due_on: dt.date
    due_on: dt.date
    granted_on: dt.date
    extensions: int


class RequestDueDateRecounted(_RequestEvent):
    """A provisional due date was counted again once its year's statutory calendar was
    loaded."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.RequestDueDateRecounted.v1"
    previous_due_on: dt.date
    due_on: dt.date
    due_provisional: bool


class RequestReminded(_RequestEvent):
    """The request was urged on (催办): by the desk or a supervisor, or automatically once
    it was overdue."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.RequestReminded.v1"
    reminded_on: dt.date
    automatic: bool
    reminders: int


class RequestOverdue(_RequestEvent):
    """The request passed its due date (超期), then a yellow card to the township, then a
    red card to the county (督办)."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.RequestOverdue.v1"
    stage: OverdueStage
    escalated_to: EscalatedTo | None = None
    due_on: dt.date
    flagged_on: dt.date


class RequestResolved(_RequestEvent):
    """The request was resolved (办结); ``on_time`` when on or before its due date."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.RequestResolved.v1"
    resolved_on: dt.date
    due_on: dt.date
    on_time: bool
    # 0 for the first resolution, n after the n-th reopening.
    reopened: int
    return_visit_due_on: dt.date


class ReturnVisitRecorded(_RequestEvent):
    """A return visit (回访) was made; "no answer" counts neither as satisfied nor as
    an answered visit."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.ReturnVisitRecorded.v1"
    outcome: VisitOutcome
    visited_on: dt.date
    attempt: int
    answered: bool
    satisfied: bool


class ReturnVisitOverdue(_RequestEvent):
    """No return visit was made within its limit (3 working days after resolution)."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.ReturnVisitOverdue.v1"
    return_visit_due_on: dt.date
    flagged_on: dt.date


class ServiceRequestClosed(_RequestEvent):
    """The request was closed after its return visit(s).

    ``resolved`` says whether it counts as resolved: never when it was reopened or
    its last answered visit was "unsatisfied"."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.ServiceRequestClosed.v1"
    closed_on: dt.date
    last_outcome: VisitOutcome
    resolved_on: dt.date
    on_time: bool
    reopened: int
    resolved: bool


class RequestReopened(_RequestEvent):
    """The requester was unsatisfied: the request was reopened (重办) with a new due date."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.RequestReopened.v1"
    reopened_on: dt.date
    due_on: dt.date
    due_provisional: bool = False
    reopened: int


class ComplaintTransferred(_RequestEvent):
    """A complaint about a cadre went to the discipline service with the requester's
    consent; the complaint itself and the requester stay in this service."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.ComplaintTransferred.v1"
    transferred_on: dt.date
    consent_recorded_on: dt.date


PUBLIC_EVENTS: tuple[type[PublicEvent], ...] = (
    CentreEstablished,
    CentreClosed,
    ServiceLineSet,
    StaffPutOnDuty,
    StaffTakenOffDuty,
    RequestSubmitted,
    RequestAssigned,
    RequestSignedFor,
    SignForOverdue,
    RequestRefused,
    RequestExtended,
    RequestDueDateRecounted,
    RequestReminded,
    RequestOverdue,
    RequestResolved,
    ReturnVisitRecorded,
    ReturnVisitOverdue,
    ServiceRequestClosed,
    RequestReopened,
    ComplaintTransferred,
)
