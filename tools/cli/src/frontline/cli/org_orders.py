"""`frontline org order …`: supervision orders (督办单), issued one level down and followed.

The county issues to its townships, a township to its villages and communities; the
receiving unit acknowledges, reports and asks for more time; the issuer grants or
declines it and accepts or returns the report. The token's scope says which unit you
act for (`frontline token issue --role township_operator --scope 440781101`).
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.cli.client import call
from frontline.cli.enums import label, parse
from frontline.cli.options import Day, Division, Json, division_code, sub_app
from frontline.cli.org_format import stub
from frontline.cli.output import as_dict, emit_json, record, table

app = sub_app("Supervision orders (督办单): issue, acknowledge, report, accept or return")
OrderId = Annotated[str, typer.Argument(help="Order id")]
Days = Annotated[int, typer.Option("--days", min=1, max=250, help="Working days")]
Reason = Annotated[str, typer.Option(help="Why")]
STATES = "issued, acknowledged, reported, returned, accepted"


def _show(order: pb.SupervisionOrder, as_json: bool) -> None:
    if as_json:
        emit_json(order)
        return
    due = order.due_on + (" (provisional)" if order.due_provisional else "")
    rows = [
        ("id", order.order_id),
        ("receiver", f"{order.division_code} ({order.org_unit_id})"),
        ("issuer", f"{order.issuer_division_code} ({order.issuer_unit_id})"),
        ("title", order.title),
        ("content", order.content),
        ("from alert", order.alert_kind),
        ("concerning", order.concerning_division_code),
        ("issued", order.issued_on),
        ("deadline", due + (" OVERDUE" if order.overdue else "")),
        ("state", label(pb.SupervisionOrderState, order.state)),
        ("acknowledged", order.acknowledged_on),
        (
            "reported",
            f"{order.reported_on} (round {order.report_round})"
            + (", on time" if order.on_time else "")
            if order.reported_on
            else "",
        ),
        ("report", order.report_summary),
        (
            "extension asked",
            f"{order.extension_working_days} working days: {order.extension_reason}"
            if order.extension_working_days
            else "",
        ),
        ("returned because", order.returned_reason),
        ("accepted", order.accepted_on),
    ]
    record(order.title, [r for r in rows if r[1]])


def _done(response: Any, as_json: bool) -> None:
    _show(response.order, as_json)


@app.command("issue")
def issue(
    to: Annotated[str, typer.Option("--to", help="Receiving unit id (directly below yours)")],
    title: Annotated[str, typer.Option()],
    days: Days,
    content: Annotated[str, typer.Option()] = "",
    alert: Annotated[str, typer.Option(help="The dashboard alert it answers")] = "",
    concerning: Annotated[
        str, typer.Option(parser=division_code, metavar="CODE", help="The place it concerns")
    ] = "",
    issued_on: Day = "",
    as_json: Json = False,
) -> None:
    """Issue an order to a unit directly below yours, due in working days."""
    request = pb.IssueSupervisionOrderRequest(
        org_unit_id=to,
        title=title,
        content=content,
        working_days=days,
        alert_kind=alert,
        concerning_division_code=concerning,
        issued_on=issued_on,
    )
    _done(call(stub().IssueSupervisionOrder, request), as_json)


@app.command("ack")
def acknowledge(order_id: OrderId, on: Day = "", as_json: Json = False) -> None:
    """Acknowledge (签收) an order to your unit."""
    request = pb.AcknowledgeSupervisionOrderRequest(order_id=order_id, acknowledged_on=on)
    _done(call(stub().AcknowledgeSupervisionOrder, request), as_json)


@app.command("report")
def report(
    order_id: OrderId,
    summary: Annotated[str, typer.Option(help="What was done")],
    on: Day = "",
    as_json: Json = False,
) -> None:
    """Report on an order to your unit."""
    request = pb.ReportSupervisionOrderRequest(order_id=order_id, summary=summary, reported_on=on)
    _done(call(stub().ReportSupervisionOrder, request), as_json)


@app.command("extend")
def extend(
    order_id: OrderId, days: Days, reason: Reason, on: Day = "", as_json: Json = False
) -> None:
    """Ask the issuer for more working days (before the deadline)."""
    request = pb.RequestOrderExtensionRequest(
        order_id=order_id, working_days=days, reason=reason, requested_on=on
    )
    _done(call(stub().RequestOrderExtension, request), as_json)


@app.command("grant")
def grant(order_id: OrderId, on: Day = "", as_json: Json = False) -> None:
    """Grant the extension asked for (you issued the order)."""
    request = pb.GrantOrderExtensionRequest(order_id=order_id, granted_on=on)
    _done(call(stub().GrantOrderExtension, request), as_json)


@app.command("decline")
def decline(order_id: OrderId, reason: Reason, on: Day = "", as_json: Json = False) -> None:
    """Decline the extension asked for."""
    request = pb.DeclineOrderExtensionRequest(order_id=order_id, reason=reason, declined_on=on)
    _done(call(stub().DeclineOrderExtension, request), as_json)


@app.command("accept")
def accept(
    order_id: OrderId,
    note: Annotated[str, typer.Option()] = "",
    on: Day = "",
    as_json: Json = False,
) -> None:
    """Accept the report (办结)."""
    request = pb.AcceptSupervisionOrderRequest(order_id=order_id, note=note, accepted_on=on)
    _done(call(stub().AcceptSupervisionOrder, request), as_json)


@app.command("return")
def return_report(order_id: OrderId, reason: Reason, on: Day = "", as_json: Json = False) -> None:
    """Return the report (退回): the unit works on and reports again."""
    request = pb.ReturnSupervisionOrderRequest(order_id=order_id, reason=reason, returned_on=on)
    _done(call(stub().ReturnSupervisionOrder, request), as_json)


@app.command("show")
def show(order_id: OrderId, as_json: Json = False) -> None:
    """One order with its steps."""
    _done(
        call(stub().GetSupervisionOrder, pb.GetSupervisionOrderRequest(order_id=order_id)), as_json
    )


@app.command("list")
def list_orders(
    division: Division = "",
    to: Annotated[str, typer.Option("--to", help="Only orders to this unit id")] = "",
    issued_by: Annotated[str, typer.Option("--from", help="Only orders from this unit id")] = "",
    state: Annotated[str, typer.Option(help=STATES)] = "",
    open_only: Annotated[bool, typer.Option("--open", help="Not accepted yet")] = False,
    overdue: Annotated[
        bool, typer.Option("--overdue", help="Past the deadline, no report")
    ] = False,
    as_json: Json = False,
) -> None:
    """Orders to units under a division code (default: your scope)."""
    response = call(
        stub().ListSupervisionOrders,
        pb.ListSupervisionOrdersRequest(
            division_code_prefix=division,
            org_unit_id=to,
            issuer_unit_id=issued_by,
            state=parse(pb.SupervisionOrderState, state, "--state"),
            open_only=open_only,
            overdue_only=overdue,
            page_size=500,
        ),
    )
    if as_json:
        emit_json([as_dict(o) for o in response.orders])
        return
    table(
        "supervision orders",
        ["id", "receiver", "title", "deadline", "state"],
        [
            (
                o.order_id,
                o.division_code,
                o.title,
                o.due_on + (" 逾期" if o.overdue else ""),
                label(pb.SupervisionOrderState, o.state),
            )
            for o in response.orders
        ],
    )
