"""Shared pieces of the `frontline service` commands: the stub, enum names, options,
and how a centre or a request is shown.

gRPC, the generated code and the table renderer are imported when a command runs,
not when the CLI starts: `frontline --help` stays free of them.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Annotated, Any

import typer

from frontline.cli.language import say

if TYPE_CHECKING:
    from frontline.api.service_center.v1.service_center_pb2_grpc import (
        ServiceCenterServiceStub,
    )

Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table")]
Day = Annotated[str, typer.Option(help="YYYY-MM-DD (default: today)")]
CentreId = Annotated[str, typer.Argument(help="Centre id")]
RequestId = Annotated[str, typer.Argument(help="Request id")]
Division = Annotated[
    str, typer.Option("--division", help="Division-code prefix (default: your scope)")
]


def pb() -> ModuleType:
    from frontline.api.service_center.v1 import service_center_pb2

    return service_center_pb2


def stub() -> ServiceCenterServiceStub:
    from frontline.api.service_center.v1.service_center_pb2_grpc import (
        ServiceCenterServiceStub,
    )
    from frontline.cli.client import channel_for

    return ServiceCenterServiceStub(channel_for("service-center"))  # type: ignore[no-untyped-call]


def call(method: str, request: Any) -> Any:
    """Call one RPC of the service; errors are printed with their details (exit 1)."""
    from frontline.cli import client

    return client.call(getattr(stub(), method), request)


def _prefix(enum: Any) -> str:
    return str(enum.Name(0)).removesuffix("UNSPECIFIED")


def enum_value(enum_name: str, value: str, option: str) -> int:
    """'walk-in' or 'walk_in' → CHANNEL_WALK_IN; empty → UNSPECIFIED (0)."""
    if not value:
        return 0
    from frontline.cli import enums

    name = enums.parse(getattr(pb(), enum_name), value, option)
    assert name is not None  # a value was given
    return int(getattr(pb(), enum_name).Value(name))


def label(enum_name: str, number: int) -> str:
    from frontline.cli import enums

    return enums.label(getattr(pb(), enum_name), number)


def emit(message: Any, as_json: bool, show: Any) -> None:
    """JSON of the message, or its readable form."""
    from frontline.cli.output import emit_json

    if as_json:
        emit_json(message)
    else:
        show(message)


def emit_list(messages: Any, as_json: bool, show: Any) -> None:
    from frontline.cli.output import as_dict, emit_json

    if as_json:
        emit_json([as_dict(m) for m in messages])
    else:
        show(messages)


def table(title: str, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    from frontline.cli.output import table as render

    render(title, columns, rows)


def record(title: str, rows: list[tuple[str, Any]]) -> None:
    from frontline.cli.output import record as render

    render(title, rows)


def show_centre(c: Any) -> None:
    withdrawn = say(" (withdrawn)")
    lines = ", ".join(o.line + ("" if o.offered else withdrawn) for o in c.lines)
    record(
        c.name,
        [
            ("id", c.centre_id),
            ("kind", label("CentreKind", c.kind)),
            ("division code", c.division_code),
            ("org unit", c.org_unit_id),
            ("status", label("CentreStatus", c.status)),
            ("established", c.established_on),
            ("closed", c.closed_on),
            ("service lines", lines),
            ("staff on duty", ", ".join(c.staff_on_duty)),
        ],
    )


def list_centres(centres: Any) -> None:
    rows = [
        (
            c.centre_id,
            c.division_code,
            label("CentreKind", c.kind),
            c.name,
            label("CentreStatus", c.status),
            len([o for o in c.lines if o.offered]),
            len(c.staff_on_duty),
        )
        for c in centres
    ]
    table(say("centres"), ["id", "code", "kind", "name", "status", "lines", "on duty"], rows)


def _due(r: Any) -> str:
    return str(r.due_on) + (say(" (provisional)") if r.due_provisional else "")


def _assignee(r: Any) -> str:
    return str(r.assignee_cadre_id or r.assignee_department)


def show_request(r: Any) -> None:
    requester = r.requester
    contact = (
        say("erased")
        if requester.status == pb().PERSONAL_DATA_STATUS_ERASED
        else f"{requester.name} {requester.phone}".strip()
    )
    visits = ", ".join(f"{label('VisitOutcome', v.outcome)} {v.visited_on}" for v in r.visits)
    rows = [
        ("id", r.request_id),
        ("centre", f"{r.centre_id} ({r.division_code})"),
        (
            "line / kind / channel",
            f"{r.line} / {label('RequestKind', r.kind)} / {label('Channel', r.channel)}",
        ),
        ("status", label("RequestStatus", r.status)),
        ("submitted", r.submitted_on),
        (
            "due date",
            say("{due}, {days} working days", due=_due(r), days=r.time_limit_working_days),
        ),
        ("escalation", label("Escalation", r.escalation)),
        ("assignee", _assignee(r)),
        (
            "sign-for",
            r.signed_for_at or (say("OVERDUE") if r.sign_for_overdue else r.sign_for_due_at),
        ),
        ("extension asked to", r.extension_requested_due_on),
        ("resolved", r.resolved_on + (say(" on time") if r.resolved_on_time else "")),
        ("return visits", visits),
        ("closed", r.closed_on),
        ("reopened", r.reopened),
        ("transferred", r.transferred_on),
        ("requester", f"{r.requester_id}: {contact}" if r.requester_id else ""),
        ("description", r.description),
        ("resolution", r.resolution_summary),
    ]
    record(say("service request"), [row for row in rows if row[1] not in ("", 0)])


def list_requests(requests: Any) -> None:
    rows = [
        (
            r.request_id,
            r.division_code,
            r.line,
            label("RequestKind", r.kind),
            label("Channel", r.channel),
            label("RequestStatus", r.status),
            _due(r),
            label("Escalation", r.escalation),
            _assignee(r),
        )
        for r in requests
    ]
    columns = [
        "id",
        "code",
        "line",
        "kind",
        "channel",
        "status",
        "due date",
        "escalation",
        "assignee",
    ]
    table(say("service requests"), columns, rows)
