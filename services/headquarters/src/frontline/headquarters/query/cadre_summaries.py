"""The cadre service's township summaries in the service pillar: the annual evaluation's
counts per grade (实绩考核) beside average pay and its growth (收入增长计划).

Both are published per township and year, for at least 5 people, never per person
(DOMAIN.md), so a township and the county show them and a village does not. The
county's overview breaks them down per township (SCORING.md "Service").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontline.headquarters.query.facts import UnitFacts
from frontline.headquarters.query.figures import ServiceFigures
from frontline.headquarters.query.models import Breakdown, BreakdownRow, Indicator, Pillar
from frontline.headquarters.query.scoring import RawInput, share
from frontline.headquarters.query.service_pillar import indicator
from frontline.headquarters.settings import HeadquartersSettings

if TYPE_CHECKING:
    from frontline.headquarters.query.places import DayFigures

GRADE_LABELS = {
    "excellent": "考核优秀",
    "competent": "考核称职",
    "basically_competent": "考核基本称职",
    "incompetent": "考核不称职",
}


def competent_share(f: ServiceFigures) -> float | None:
    """Excellent or competent (称职以上), of the cadres the township summaries counted."""
    return share(f.grades["excellent"] + f.grades["competent"], f.evaluated)


def evaluation_input(f: ServiceFigures, s: HeadquartersSettings) -> RawInput:
    return RawInput(
        "evaluated_competent",
        "年度考核称职以上占比",
        competent_share(f),
        s.scoring.service.evaluated_competent,
    )


def evaluation_indicators(f: ServiceFigures) -> list[Indicator]:
    counted = f.evaluated or None
    found = [indicator("evaluated", "参加年度考核", counted, "人")]
    found += [
        indicator(f"evaluated_{grade}", label, f.grades[grade] if counted else None, "人")
        for grade, label in GRADE_LABELS.items()
    ]
    rate = competent_share(f)
    found.append(
        indicator(
            "evaluated_competent_share", "称职以上", None if rate is None else 100 * rate, "%"
        )
    )
    return found


def _growth(f: ServiceFigures) -> float | None:
    return None if f.remuneration_growth is None else 100 * f.remuneration_growth


def township_row(u: UnitFacts, f: ServiceFigures) -> BreakdownRow:
    """A township's average pay, its growth and its counts per grade."""
    pay = [
        indicator("remuneration_average", "平均报酬", f.remuneration_average, "元/年"),
        indicator("remuneration_growth", "报酬增长率", _growth(f), "%"),
    ]
    values = [*pay, *evaluation_indicators(f)]
    return BreakdownRow(
        key=u.division_code, label=u.name, division_code=u.division_code, values=values
    )


def by_township(rows: list[BreakdownRow]) -> Breakdown | None:
    """The county's townships (in code order), once any has a summary."""
    if not any(v.has_data for r in rows for v in r.values):
        return None
    return Breakdown(key="cadres_by_township", label="按乡镇（街道）·报酬与考核", rows=rows)


def add_cadre_breakdown(pillars: list[Pillar], day: DayFigures, code: str) -> None:
    if len(code) != 6:
        return
    townships = sorted(day.children.get(code, ()), key=lambda u: u.division_code)
    found = by_township([township_row(u, day.place(u.division_code).service) for u in townships])
    for pillar in pillars:
        if pillar.key == "service" and found is not None:
            pillar.breakdowns.append(found)
