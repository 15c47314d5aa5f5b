"""`frontline service stats` and `frontline service requester erase`: the service's own
figures (三率 and on time, per service line) and erasing a requester."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from frontline.cli.language import say
from frontline.cli.options import sub_app
from frontline.cli.service_format import Division, Json, call, emit, pb, table

requester_app = sub_app()


def _rate(row: Any, field: str) -> str:
    return f"{getattr(row, field) * 100:.1f}%" if row.HasField(field) else "—"


def _show(reply: Any) -> None:
    rows = [
        (
            x.line or say("all"),
            x.submitted,
            x.open,
            x.overdue_open,
            x.yellow_cards,
            x.red_cards,
            _rate(x, "response_rate"),
            _rate(x, "resolution_rate"),
            _rate(x, "satisfaction_rate"),
            _rate(x, "on_time_rate"),
        )
        for x in [*reply.lines, reply.totals]
    ]
    columns = [
        "line",
        "taken",
        "open",
        "overdue",
        "yellow",
        "red",
        "response rate",
        "resolution rate",
        "satisfaction rate",
        "on-time rate",
    ]
    table(say("service under {prefix}", prefix=reply.division_code_prefix), columns, rows)


def stats(
    division: Division = "",
    submitted_from: Annotated[str, typer.Option("--from", help="YYYY-MM-DD")] = "",
    submitted_to: Annotated[str, typer.Option("--to", help="YYYY-MM-DD")] = "",
    as_json: Json = False,
) -> None:
    """Response, resolution, satisfaction (三率) and on-time rates per service line."""
    request = pb().GetServiceStatisticsRequest(
        division_code_prefix=division, submitted_from=submitted_from, submitted_to=submitted_to
    )
    emit(call("GetServiceStatistics", request), as_json, _show)


@requester_app.command("erase")
def erase(
    requester_id: Annotated[str, typer.Argument(help="Requester id (from `request show`)")],
    yes: Annotated[bool, typer.Option("--yes")] = False,
    as_json: Json = False,
) -> None:
    """Erase a requester's name, phone and words in every request, for good."""
    if not yes:
        typer.confirm(say("Erase requester {id} for good?", id=requester_id), abort=True)
    reply = call("EraseRequester", pb().EraseRequesterRequest(requester_id=requester_id))

    def said(r: Any) -> None:
        said_so = say(
            "erased requester {id} in {count} request(s) on {day}",
            id=r.requester_id,
            count=r.requests,
            day=r.erased_on,
        )
        typer.echo(said_so)

    emit(reply, as_json, said)
