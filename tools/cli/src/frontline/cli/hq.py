"""`frontline hq`: the county command view from the terminal."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import grpc
import typer
from rich.markup import escape

from frontline.api.headquarters.v1 import headquarters_pb2 as pb
from frontline.api.headquarters.v1 import headquarters_pb2_grpc as pb_grpc
from frontline.cli.client import call, channel_for, describe_error, metadata
from frontline.cli.language import say
from frontline.cli.options import Division, Json, day_option, division_code, sub_app
from frontline.cli.output import as_dict, console, emit_json, table

app = sub_app()
AsOf = Annotated[str, day_option("--as-of", help="A past day (default: today)")]


def _stub() -> pb_grpc.HeadquartersServiceStub:
    return pb_grpc.HeadquartersServiceStub(channel_for("headquarters"))  # type: ignore[no-untyped-call]


def _score(message: Any, field: str) -> str:
    return f"{getattr(message, field):.1f}" if message.HasField(field) else say("no data")


def _print_overview(o: pb.Overview) -> None:
    name = escape(o.unit.name or o.unit.division_code)
    score = _score(o, "combined_score")
    as_of = say("as of {day}", day=o.as_of)
    combined = say("combined score {score}", score=f"[bold yellow]{score}[/]")
    console.print(f"[bold]{name}[/] {escape(as_of)}  {combined}")
    for pillar in o.pillars:
        score = _score(pillar, "score") if pillar.has_data else f"{say('no data')} {pillar.note}"
        if not pillar.inputs:
            console.print(f"[bold]{escape(pillar.label)}[/] {escape(score)}")
            continue
        table(
            f"{pillar.label} {score}",
            ["input", "attained", "points", "change"],
            [
                (
                    i.label,
                    f"{100 * i.value:.0f}%" if i.has_data else say("no data"),
                    f"{i.points:.1f}" if i.HasField("points") else "",
                    f"{i.delta_points:+.1f}" if i.HasField("delta_points") else "",
                )
                for i in pillar.inputs
            ],
        )
    if o.children:
        _print_ranking(list(o.children), say("ranking of the units below"))
    _print_alerts(list(o.alerts))


def _print_ranking(rows: list[pb.ChildSummary], title: str) -> None:
    table(
        title,
        ["rank", "unit", "code", "combined", "fortress", "service", "alerts"],
        [
            (
                c.rank,
                c.unit.name,
                c.unit.division_code,
                _score(c, "combined_score"),
                _score(c, "fortress_score"),
                _score(c, "service_score"),
                c.alert_count,
            )
            for c in rows
        ],
    )


def _print_alerts(alerts: list[pb.Alert]) -> None:
    critical, warning = say("critical"), say("warning")
    table(
        say("alerts {count}", count=len(alerts)),
        ["severity", "unit", "alert"],
        [
            (critical if a.severity == "critical" else warning, a.unit.division_code, a.message)
            for a in alerts
        ],
    )


@app.command("overview")
def overview(as_of: AsOf = "", as_json: Json = False) -> None:
    """The county overview: three pillars, inputs that moved the score, ranking, alerts."""
    reply = call(_stub().GetCountyOverview, pb.GetCountyOverviewRequest(as_of=as_of))
    emit_json(as_dict(reply.overview)) if as_json else _print_overview(reply.overview)


@app.command("unit")
def unit(
    division: Annotated[
        str, typer.Argument(parser=division_code, help="Township (9) or village (12) code")
    ],
    as_of: AsOf = "",
    as_json: Json = False,
) -> None:
    """One township or village in detail."""
    reply = call(
        _stub().GetUnitDetail, pb.GetUnitDetailRequest(division_code=division, as_of=as_of)
    )
    emit_json(as_dict(reply.overview)) if as_json else _print_overview(reply.overview)


@app.command("ranking")
def ranking(as_of: AsOf = "", as_json: Json = False) -> None:
    """Townships ranked by combined score."""
    reply = call(_stub().ListTownshipRanking, pb.ListTownshipRankingRequest(as_of=as_of))
    if as_json:
        emit_json(as_dict(reply))
    else:
        _print_ranking(list(reply.townships), say("townships ranked, as of {day}", day=reply.as_of))


@app.command("alerts")
def alerts(
    division: Division = "",
    as_of: AsOf = "",
    as_json: Json = False,
) -> None:
    """Alerts in the caller's scope (or under --division)."""
    reply = call(_stub().ListAlerts, pb.ListAlertsRequest(division_code=division, as_of=as_of))
    emit_json(as_dict(reply)) if as_json else _print_alerts(list(reply.alerts))


@app.command("briefing")
def briefing(
    month: Annotated[str, typer.Option(help="A month that has ended, YYYY-MM")] = "",
    quarter: Annotated[str, typer.Option(help="Or a quarter, YYYY-Qn")] = "",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Where to write the PDF")
    ] = None,
) -> None:
    """The monthly briefing (月度党建工作简报) as a PDF, as of the period's last day."""
    if bool(month) == bool(quarter):
        raise typer.BadParameter("give --month YYYY-MM or --quarter YYYY-Qn")
    request = pb.GetBriefingRequest(period=month or quarter)
    try:
        replies = list(_stub().GetBriefing(request, metadata=metadata(), timeout=300))
    except grpc.RpcError as exc:
        sys.stderr.write(describe_error(exc) + "\n")
        raise SystemExit(1) from exc
    target = output or Path(replies[0].filename)
    data = b"".join(r.chunk for r in replies)
    target.write_bytes(data)
    print(f"{target}: {len(data)} bytes")
