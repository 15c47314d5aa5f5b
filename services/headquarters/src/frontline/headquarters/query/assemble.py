"""An overview put together from the day's place figures: no SQL, no summing.

``Rendered`` keeps the answer with its encodings (the dashboard's JSON, the gRPC
message), made once however many viewers are sent it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from frontline.headquarters.query.alerts import unit_ref
from frontline.headquarters.query.cadre_summaries import add_cadre_breakdown
from frontline.headquarters.query.models import (
    Activity,
    ChildSummary,
    Overview,
    TrendSeries,
    UnitRef,
)
from frontline.headquarters.query.pillars import build_pillars, pillar_scores
from frontline.headquarters.query.places import PLACE_LENGTHS, DayFigures
from frontline.headquarters.query.rule_of_law import rule_of_law_score
from frontline.headquarters.query.service_pillar import add_breakdowns
from frontline.headquarters.settings import HeadquartersSettings
from frontline.kernel.errors import NotFound

T = TypeVar("T")


@dataclass
class Rendered:
    overview: Overview
    _encoded: dict[Callable[[Overview], Any], Any] = field(default_factory=dict)

    def encoded(self, encode: Callable[[Overview], T]) -> T:
        """``encode(overview)``, worked out on first use and kept with the answer."""
        if encode not in self._encoded:
            self._encoded[encode] = encode(self.overview)
        return self._encoded[encode]  # type: ignore[no-any-return]


def json_text(overview: Overview) -> str:
    return overview.model_dump_json()


def overview_of(
    code: str,
    day: DayFigures,
    before: DayFigures,
    trends: list[TrendSeries],
    activity: list[Activity],
    s: HeadquartersSettings,
) -> Overview:
    """The place's overview as of ``day``, compared with ``before`` (some days earlier)."""
    combined, pillars = build_pillars(day.place(code), before.place(code), s)
    add_breakdowns(pillars, day, code, s)
    add_cadre_breakdown(pillars, day, code)
    earlier = pillar_scores(before.place(code), s)[0]
    return Overview(
        unit=unit_of(day, code, s),
        as_of=day.as_of.isoformat(),
        compared_with=before.as_of.isoformat(),
        combined_score=combined,
        combined_delta=None
        if combined is None or earlier is None
        else round(combined - earlier, 1),
        pillars=pillars,
        children=children(day, code, s),
        alerts=day.alerts_under(code),
        trends=trends,
        activity=activity,
        path=[
            unit_ref(u)
            for n in PLACE_LENGTHS
            if len(code) >= n and (u := day.unit_by_code(code[:n]))
        ],
    )


def unit_of(day: DayFigures, code: str, s: HeadquartersSettings) -> UnitRef:
    found = day.unit_by_code(code)
    if found is not None:
        return unit_ref(found)
    if code == s.county_code:
        # Before the county committee's own record arrives the county still has a view.
        return UnitRef(name="全县", level="county", division_code=code)
    raise NotFound("division", code)


def children(day: DayFigures, code: str, s: HeadquartersSettings) -> list[ChildSummary]:
    """The townships of the county or the villages of a township, ranked by combined score."""
    out = []
    for u in day.children.get(code, ()):
        place = day.place(u.division_code)
        combined, fortress, service = pillar_scores(place, s)
        out.append(
            ChildSummary(
                unit=unit_ref(u),
                combined_score=combined,
                fortress_score=fortress,
                service_score=service,
                rule_of_law_score=rule_of_law_score(place.rule_of_law, s),
                alert_count=day.alert_count(u.division_code),
            )
        )
    out.sort(key=lambda c: (-(c.combined_score or -1), c.unit.division_code))
    for rank, child in enumerate(out, start=1):
        child.rank = rank
    return out


def compared_day(as_of: dt.date, s: HeadquartersSettings) -> dt.date:
    return as_of - dt.timedelta(days=s.scoring.comparison_days)
