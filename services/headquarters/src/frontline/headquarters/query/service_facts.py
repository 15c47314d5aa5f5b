"""The service-center facts of one day: centres and requests per division and line,
added to every place above them and to the units whose centres they are."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from frontline.headquarters.query import service_sql
from frontline.headquarters.query.service_figures import VILLAGE_LEVELS, RequestFigures

if TYPE_CHECKING:
    from frontline.headquarters.query.facts import Facts, UnitFacts
    from frontline.headquarters.query.places import DayFigures

# The org units a centre serves: its requests alert and suggest on that unit.
CENTRE_UNIT_LEVELS = ("township", *VILLAGE_LEVELS)


@dataclass
class ServiceCentreFacts:
    """Active centres per (division, level) and requests per (division, line)."""

    centres: list[Any] = field(default_factory=list)
    requests: list[Any] = field(default_factory=list)


def queries(as_of: dt.date) -> list[tuple[str, tuple[Any, ...]]]:
    return [(service_sql.CENTRES, (as_of,)), (service_sql.REQUESTS, (as_of,))]


def attach_to_units(units: Iterable[UnitFacts], facts: ServiceCentreFacts) -> None:
    """Each centre's own requests, summed over its lines, on the unit it serves."""
    by_code: defaultdict[str, RequestFigures] = defaultdict(RequestFigures)
    for row in facts.requests:
        by_code[row["division_code"]].add(row)
    for u in units:
        if u.level in CENTRE_UNIT_LEVELS and u.division_code in by_code:
            u.centre = by_code[u.division_code]


def add_centre_figures(day: DayFigures, facts: Facts) -> None:
    """Centres, coverage and requests added to every place above them."""
    service = facts.service_centres
    covered = set()
    for row in service.centres:
        for place in day._places(row["division_code"]):
            if row["level"] in VILLAGE_LEVELS:
                place.service.centres.village_centres += row["active"]
            else:
                place.service.centres.township_centres += row["active"]
        if row["level"] in VILLAGE_LEVELS and row["active"]:
            covered.add(row["division_code"])
    villages = {u.division_code for u in facts.units.values() if u.level in VILLAGE_LEVELS}
    for code in villages:
        for place in day._places(code):
            place.service.centres.villages += 1
            place.service.centres.covered += code in covered
    for row in service.requests:
        for place in day._places(row["division_code"]):
            place.service.centres.add_requests(row)
    if service.centres:
        for place in day.places.values():
            place.service.centres.known = True
