"""`frontline service request …`: take, dispatch, work, resolve, visit and close service
requests (办件), and the service's own figures (三率, on time)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from frontline.cli.options import sub_app
from frontline.cli.service_format import (
    Day,
    Division,
    Json,
    RequestId,
    call,
    emit,
    emit_list,
    enum_value,
    list_requests,
    pb,
    show_request,
)

app = sub_app()
Reason = Annotated[str, typer.Option(help="Why (kept in the service, never published)")]


def _request(method: str, request: Any, as_json: bool) -> None:
    emit(call(method, request).request, as_json, show_request)


@app.command("submit")
def submit(
    centre: Annotated[str, typer.Option(help="Centre id")],
    line: Annotated[str, typer.Option(help="Service line (see `centre catalogue`)")],
    kind: Annotated[str, typer.Option(help="consultation, help, suggestion, complaint")],
    channel: Annotated[str, typer.Option(help="walk_in, phone, online, door_to_door")],
    name: Annotated[str, typer.Option(help="The requester's name (sealed)")],
    phone: Annotated[str, typer.Option(help="The requester's phone (sealed)")],
    description: Annotated[str, typer.Option(help="The request in the requester's words")],
    submitted_on: Day = "",
    as_json: Json = False,
) -> None:
    """Take a request (受理); its due date follows from the line and kind."""
    request = pb().SubmitRequestRequest(
        centre_id=centre,
        line=line,
        kind=enum_value("RequestKind", kind, "--kind"),
        channel=enum_value("Channel", channel, "--channel"),
        requester_name=name,
        requester_phone=phone,
        description=description,
        submitted_on=submitted_on,
    )
    _request("SubmitRequest", request, as_json)


@app.command("assign")
def assign(
    request_id: RequestId,
    cadre: Annotated[str, typer.Option(help="A staff member on duty")] = "",
    department: Annotated[str, typer.Option(help="A township department")] = "",
    as_json: Json = False,
) -> None:
    """Dispatch (派单) to a staff member on duty or a township department."""
    request = pb().AssignRequestRequest(
        request_id=request_id, cadre_id=cadre, department=department
    )
    _request("AssignRequest", request, as_json)


@app.command("sign")
def sign(
    request_id: RequestId,
    cadre: Annotated[str, typer.Option(help="The staff member signing")] = "",
    as_json: Json = False,
) -> None:
    """Sign for (签收) an assigned request."""
    _request(
        "SignForRequest", pb().SignForRequestRequest(request_id=request_id, cadre_id=cadre), as_json
    )


@app.command("refuse")
def refuse(request_id: RequestId, reason: Reason, as_json: Json = False) -> None:
    """Refuse an assigned request; it waits to be assigned again."""
    _request(
        "RefuseRequest", pb().RefuseRequestRequest(request_id=request_id, reason=reason), as_json
    )


@app.command("extend")
def extend(
    request_id: RequestId,
    to: Annotated[str, typer.Option("--to", help="The due date asked for, YYYY-MM-DD")],
    reason: Reason,
    as_json: Json = False,
) -> None:
    """Ask for an extension, before the due date has passed."""
    request = pb().ApplyForExtensionRequest(
        request_id=request_id, requested_due_on=to, reason=reason
    )
    _request("ApplyForExtension", request, as_json)


@app.command("grant")
def grant(
    request_id: RequestId,
    to: Annotated[str, typer.Option("--to", help="Default: the date asked for")] = "",
    as_json: Json = False,
) -> None:
    """Grant the extension asked for: the due date moves."""
    _request(
        "GrantExtension", pb().GrantExtensionRequest(request_id=request_id, due_on=to), as_json
    )


@app.command("decline")
def decline(request_id: RequestId, reason: Reason, as_json: Json = False) -> None:
    """Decline the extension asked for."""
    _request(
        "DeclineExtension",
        pb().DeclineExtensionRequest(request_id=request_id, reason=reason),
        as_json,
    )


@app.command("remind")
def remind(
    request_id: RequestId, note: Annotated[str, typer.Option()] = "", as_json: Json = False
) -> None:
    """Urge an open request on (催办)."""
    _request("RemindRequest", pb().RemindRequestRequest(request_id=request_id, note=note), as_json)


@app.command("resolve")
def resolve(
    request_id: RequestId,
    summary: Annotated[str, typer.Option(help="What was done")],
    resolved_on: Day = "",
    as_json: Json = False,
) -> None:
    """Resolve (办结) a request signed for."""
    request = pb().ResolveRequestRequest(
        request_id=request_id, summary=summary, resolved_on=resolved_on
    )
    _request("ResolveRequest", request, as_json)


@app.command("visit")
def visit(
    request_id: RequestId,
    outcome: Annotated[
        str, typer.Option(help="satisfied, basically_satisfied, unsatisfied, no_answer")
    ],
    visited_on: Day = "",
    note: Annotated[str, typer.Option()] = "",
    as_json: Json = False,
) -> None:
    """Record a return visit (回访); "no answer" may be tried again."""
    request = pb().RecordReturnVisitRequest(
        request_id=request_id,
        outcome=enum_value("VisitOutcome", outcome, "--outcome"),
        visited_on=visited_on,
        note=note,
    )
    _request("RecordReturnVisit", request, as_json)


@app.command("close")
def close(request_id: RequestId, closed_on: Day = "", as_json: Json = False) -> None:
    """Close a resolved request after its return visit."""
    _request(
        "CloseRequest",
        pb().CloseRequestRequest(request_id=request_id, closed_on=closed_on),
        as_json,
    )


@app.command("reopen")
def reopen(
    request_id: RequestId, reason: Reason, reopened_on: Day = "", as_json: Json = False
) -> None:
    """Reopen (重办) a request whose requester was unsatisfied."""
    request = pb().ReopenRequestRequest(
        request_id=request_id, reason=reason, reopened_on=reopened_on
    )
    _request("ReopenRequest", request, as_json)


@app.command("transfer")
def transfer(
    request_id: RequestId,
    consent: Annotated[
        bool, typer.Option("--consent", help="The requester agreed to the transfer")
    ] = False,
    consent_on: Day = "",
    note: Annotated[str, typer.Option()] = "",
    as_json: Json = False,
) -> None:
    """Transfer a complaint about a cadre to discipline inspection (with consent only)."""
    request = pb().TransferComplaintRequest(
        request_id=request_id,
        requester_consented=consent,
        consent_recorded_on=consent_on,
        note=note,
    )
    _request("TransferComplaint", request, as_json)


@app.command("show")
def show(request_id: RequestId, as_json: Json = False) -> None:
    """One request, with the requester's contact unless erased."""
    _request("GetRequest", pb().GetRequestRequest(request_id=request_id), as_json)


@app.command("list")
def list_(
    division: Division = "",
    centre: Annotated[str, typer.Option(help="Only this centre")] = "",
    status: Annotated[str, typer.Option(help="submitted, assigned, in_progress, …")] = "",
    line: Annotated[str, typer.Option()] = "",
    overdue: Annotated[bool, typer.Option("--overdue", help="Only overdue open ones")] = False,
    as_json: Json = False,
) -> None:
    """Requests under a division-code prefix or of one centre."""
    request = pb().ListRequestsRequest(
        division_code_prefix=division,
        centre_id=centre,
        status=enum_value("RequestStatus", status, "--status"),
        line=line,
        overdue_only=overdue,
        page_size=500,
    )
    emit_list(call("ListRequests", request).requests, as_json, list_requests)
