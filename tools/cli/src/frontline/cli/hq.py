"""`frontline hq`: the county command view from the terminal."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from frontline.api.headquarters.v1 import headquarters_pb2 as pb
from frontline.api.headquarters.v1 import headquarters_pb2_grpc as pb_grpc
from frontline.cli.client import call, channel_for
from frontline.cli.options import Division, Json, day_option, division_code, sub_app
from frontline.cli.output import as_dict, console, emit_json, table

app = sub_app()
AsOf = Annotated[str, day_option("--as-of", help="A past day (default: today)")]


def _stub() -> pb_grpc.HeadquartersServiceStub:
    return pb_grpc.HeadquartersServiceStub(channel_for("headquarters"))  # type: ignore[no-untyped-call]


def _score(message: Any, field: str) -> str:
    return f"{getattr(message, field):.1f}" if message.HasField(field) else "暂无数据"


def _print_overview(o: pb.Overview) -> None:
    console.print(
        f"[bold]{o.unit.name or o.unit.division_code}[/] 截至 {o.as_of}  "
        f"综合得分 [bold yellow]{_score(o, 'combined_score')}[/]"
    )
    for pillar in o.pillars:
        score = _score(pillar, "score") if pillar.has_data else f"暂无数据 {pillar.note}"
        if not pillar.inputs:
            console.print(f"[bold]{pillar.label}[/] {score}")
            continue
        table(
            f"{pillar.label} {score}",
            ["输入", "达成", "得分", "变化"],
            [
                (
                    i.label,
                    f"{100 * i.value:.0f}%" if i.has_data else "暂无数据",
                    f"{i.points:.1f}" if i.HasField("points") else "",
                    f"{i.delta_points:+.1f}" if i.HasField("delta_points") else "",
                )
                for i in pillar.inputs
            ],
        )
    if o.children:
        _print_ranking(list(o.children), "下级单位排名")
    _print_alerts(list(o.alerts))


def _print_ranking(rows: list[pb.ChildSummary], title: str) -> None:
    table(
        title,
        ["名次", "单位", "代码", "综合", "堡垒", "服务", "法治", "预警"],
        [
            (
                c.rank,
                c.unit.name,
                c.unit.division_code,
                _score(c, "combined_score"),
                _score(c, "fortress_score"),
                _score(c, "service_score"),
                _score(c, "rule_of_law_score"),
                c.alert_count,
            )
            for c in rows
        ],
    )


def _print_alerts(alerts: list[pb.Alert]) -> None:
    table(
        f"预警 {len(alerts)}",
        ["级别", "单位", "内容"],
        [
            ("严重" if a.severity == "critical" else "提醒", a.unit.division_code, a.message)
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
        _print_ranking(list(reply.townships), f"乡镇排名 截至 {reply.as_of}")


@app.command("alerts")
def alerts(
    division: Division = "",
    as_of: AsOf = "",
    as_json: Json = False,
) -> None:
    """Alerts in the caller's scope (or under --division)."""
    reply = call(_stub().ListAlerts, pb.ListAlertsRequest(division_code=division, as_of=as_of))
    emit_json(as_dict(reply)) if as_json else _print_alerts(list(reply.alerts))
