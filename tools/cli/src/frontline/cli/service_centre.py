"""`frontline service …`: service centres (`centre`) and service requests (`request`) of
the service-center service (便民服务). Tables by default, JSON with --json."""

from __future__ import annotations

from typing import Annotated

import typer

from frontline.cli import service_reports, service_requests
from frontline.cli.language import say
from frontline.cli.options import sub_app
from frontline.cli.service_format import (
    CentreId,
    Day,
    Division,
    Json,
    call,
    emit,
    emit_list,
    list_centres,
    pb,
    show_centre,
    table,
)

app = sub_app()
centre_app = sub_app("Centres: lines, staff on duty, catalogue")
app.add_typer(centre_app, name="centre")
app.add_typer(service_requests.app, name="request", help="Service requests (办件)")
app.add_typer(service_reports.requester_app, name="requester", help="Requesters: erasure")
app.command("stats")(service_reports.stats)


@centre_app.command("establish")
def establish(
    unit: Annotated[str, typer.Option(help="Org unit id (township, village or community)")],
    name: Annotated[str, typer.Option()],
    line: Annotated[list[str] | None, typer.Option(help="A service line offered; repeat")] = None,
    established_on: Day = "",
    as_json: Json = False,
) -> None:
    """Open a centre: 党群服务中心 on a township, 一站式 on a village or community."""
    request = pb().EstablishCentreRequest(
        org_unit_id=unit, name=name, lines=line or [], established_on=established_on
    )
    emit(call("EstablishCentre", request).centre, as_json, show_centre)


@centre_app.command("show")
def show(centre_id: CentreId, as_json: Json = False) -> None:
    """A centre with its service lines and staff on duty."""
    emit(call("GetCentre", pb().GetCentreRequest(centre_id=centre_id)).centre, as_json, show_centre)


@centre_app.command("list")
def list_(
    division: Division = "",
    include_closed: Annotated[bool, typer.Option("--include-closed")] = False,
    as_json: Json = False,
) -> None:
    """Centres under a division-code prefix."""
    request = pb().ListCentresRequest(
        division_code_prefix=division, include_closed=include_closed, page_size=500
    )
    emit_list(call("ListCentres", request).centres, as_json, list_centres)


@centre_app.command("line")
def line(
    centre_id: CentreId,
    line: Annotated[str, typer.Argument(help="A line of the catalogue (see `catalogue`)")],
    withdraw: Annotated[bool, typer.Option("--withdraw", help="Stop offering it")] = False,
    as_json: Json = False,
) -> None:
    """Offer a service line at a centre (or withdraw it)."""
    request = pb().SetServiceLineRequest(centre_id=centre_id, line=line, offered=not withdraw)
    emit(call("SetServiceLine", request).centre, as_json, show_centre)


@centre_app.command("staff")
def staff(
    centre_id: CentreId,
    cadre: Annotated[str, typer.Argument(help="Cadre id")],
    off: Annotated[bool, typer.Option("--off", help="Take the cadre off duty")] = False,
    as_json: Json = False,
) -> None:
    """Put a cadre serving in the township on duty at the centre (or off duty)."""
    if off:
        reply = call(
            "TakeStaffOffDuty", pb().TakeStaffOffDutyRequest(centre_id=centre_id, cadre_id=cadre)
        )
    else:
        reply = call(
            "PutStaffOnDuty", pb().PutStaffOnDutyRequest(centre_id=centre_id, cadre_id=cadre)
        )
    emit(reply.centre, as_json, show_centre)


@centre_app.command("close")
def close(
    centre_id: CentreId,
    reason: Annotated[str, typer.Option()],
    closed_on: Day = "",
    as_json: Json = False,
) -> None:
    """Close a centre; open requests are still handled."""
    request = pb().CloseCentreRequest(centre_id=centre_id, reason=reason, closed_on=closed_on)
    emit(call("CloseCentre", request).centre, as_json, show_centre)


@centre_app.command("catalogue")
def catalogue(as_json: Json = False) -> None:
    """The county's service lines with their time limits, and township departments."""
    from frontline.cli.service_format import label

    reply = call("ListServiceLines", pb().ListServiceLinesRequest())

    def show_catalogue(r: object) -> None:
        rows = [
            (
                x.line,
                x.title,
                ", ".join(
                    f"{label('RequestKind', t.kind)} {t.working_days}" for t in x.time_limits
                ),
            )
            for x in reply.lines
        ]
        table(say("service lines (working days)"), ["line", "title", "time limits"], rows)
        table(
            say("township departments"),
            ["department", "title"],
            [(d.department, d.title) for d in reply.departments],
        )

    emit(reply, as_json, show_catalogue)
