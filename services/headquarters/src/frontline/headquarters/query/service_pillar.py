"""The service pillar's centre part: score inputs, indicators and breakdowns per service
line and per township or village (SCORING.md "Service"; DOMAIN.md: centre coverage,
requests open / overdue / on time / satisfaction per service line, the 三率)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontline.headquarters.query.models import Breakdown, BreakdownRow, Indicator, Pillar
from frontline.headquarters.query.scoring import RawInput
from frontline.headquarters.query.service_figures import CentreFigures, RequestFigures
from frontline.headquarters.settings import HeadquartersSettings

if TYPE_CHECKING:
    from frontline.headquarters.query.places import DayFigures

# The places a place's breakdown lists: townships in the county, villages in a township.
PLACE_BREAKDOWN = {6: "按乡镇（街道）", 9: "按村（社区）"}


def centre_inputs(c: CentreFigures, s: HeadquartersSettings) -> list[RawInput]:
    w, r = s.scoring.service, c.requests
    least = s.service_centres.min_return_visits
    return [
        RawInput("centre_coverage", "服务中心覆盖率", c.coverage, w.centre_coverage),
        RawInput("response_rate", "办件响应率", r.response_rate, w.response_rate),
        RawInput("resolution_rate", "办件解决率", r.resolution_rate, w.resolution_rate),
        RawInput(
            "satisfaction_rate",
            f"群众满意率（≥{least}次回访）",
            r.satisfaction_rate(least),
            w.satisfaction_rate,
        ),
        RawInput("requests_on_time", "办件按时办结率", r.on_time_rate, w.requests_on_time),
    ]


def indicator(key: str, label: str, value: float | None, unit: str) -> Indicator:
    return Indicator(
        key=key,
        label=label,
        value=None if value is None else round(value, 2),
        unit=unit,
        has_data=value is not None,
    )


def _pct(rate: float | None) -> float | None:
    return None if rate is None else 100 * rate


def request_values(r: RequestFigures, least: int) -> list[Indicator]:
    """What a row of a breakdown shows of its requests."""
    return [
        indicator("requests_submitted", "受理", r.submitted, "件"),
        indicator("requests_open", "在办", r.open, "件"),
        indicator("requests_overdue", "超期", r.overdue, "件"),
        indicator("yellow_cards", "黄牌", r.yellow_cards, "件"),
        indicator("red_cards", "红牌", r.red_cards, "件"),
        indicator("response_rate", "响应率", _pct(r.response_rate), "%"),
        indicator("resolution_rate", "解决率", _pct(r.resolution_rate), "%"),
        indicator("satisfaction_rate", "满意率", _pct(r.satisfaction_rate(least)), "%"),
        indicator("on_time_rate", "按时办结率", _pct(r.on_time_rate), "%"),
    ]


def centre_indicators(c: CentreFigures, s: HeadquartersSettings) -> list[Indicator]:
    r = c.requests
    return [
        indicator("centre_coverage", "服务中心覆盖", _pct(c.coverage), "%"),
        indicator("township_centres", "乡镇党群服务中心", c.township_centres, "个"),
        indicator("village_centres", "村级一站式服务站", c.village_centres, "个"),
        *request_values(r, s.service_centres.min_return_visits),
        indicator("sign_for_late", "派单超时未签收", r.sign_for_late, "件"),
        indicator("visit_late", "回访超期", r.visit_late, "件"),
        indicator("requests_reopened", "重办", r.reopened, "件"),
        indicator("visits_no_answer", "回访未接通", r.visits_no_answer, "次"),
        indicator("requests_door_to_door", "上门代办", r.door_to_door, "件"),
    ]


def by_line(c: CentreFigures, s: HeadquartersSettings) -> Breakdown:
    rules = s.service_centres
    order = list(rules.line_titles)
    lines = sorted(c.lines, key=lambda n: (order.index(n) if n in order else len(order), n))
    rows = [
        BreakdownRow(
            key=line,
            label=rules.title(line),
            values=request_values(c.lines[line], rules.min_return_visits),
        )
        for line in lines
    ]
    return Breakdown(key="by_line", label="按服务类别", rows=rows)


def by_place(day: DayFigures, code: str, s: HeadquartersSettings) -> Breakdown | None:
    label = PLACE_BREAKDOWN.get(len(code))
    if label is None:
        return None
    least = s.service_centres.min_return_visits
    rows = []
    for u in sorted(day.children.get(code, ()), key=lambda u: u.division_code):
        centres = day.place(u.division_code).service.centres
        coverage = indicator("centre_coverage", "覆盖率", _pct(centres.coverage), "%")
        rows.append(
            BreakdownRow(
                key=u.division_code,
                label=u.name,
                division_code=u.division_code,
                values=[coverage, *request_values(centres.requests, least)],
            )
        )
    return Breakdown(key="by_place", label=label, rows=rows)


def add_breakdowns(
    pillars: list[Pillar], day: DayFigures, code: str, s: HeadquartersSettings
) -> None:
    """The service pillar's breakdowns, once the county has centres."""
    centres = day.place(code).service.centres
    for pillar in pillars:
        if pillar.key == "service" and centres.known:
            places = by_place(day, code, s)
            pillar.breakdowns = [by_line(centres, s), *([places] if places else [])]
