"""The figures of every place (county, township, village) for one day, in one pass.

A place's figures are sums over what lies under its division code (DOMAIN.md
"Places and units"). Rather than summing again for each place asked, each unit's
and each division's own figures are added once to the three places above it (its
6-, 9- and 12-digit prefixes). Overviews, rankings, alerts and trend points are
then lookups, whichever place and however many viewers ask.

To add a pillar's figures: give ``PlaceFigures`` a field (a dataclass of sums that
rows add to), and add each row of its facts to ``_places(code)`` in ``day_figures``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from frontline.headquarters.query.alerts import SEVERITY_ORDER, unit_alerts
from frontline.headquarters.query.facts import Facts, UnitFacts
from frontline.headquarters.query.figures import FortressFigures, ServiceFigures, unit_part
from frontline.headquarters.query.models import Alert
from frontline.headquarters.settings import HeadquartersSettings

PLACE_LENGTHS = (6, 9, 12)
# Several units may share a 12-digit code (a village and its branches): the highest
# level among them stands for the place.
LEVEL_ORDER = ["county", "township", "village", "community", "branch"]
# The places a place ranks: townships in the county, villages in a township.
CHILD_LEVELS = {6: ("township",), 9: ("village", "community")}


@dataclass
class PlaceFigures:
    fortress: FortressFigures = field(default_factory=FortressFigures)
    service: ServiceFigures = field(default_factory=ServiceFigures)


EMPTY = PlaceFigures()


def prefixes(code: str) -> list[str]:
    """The places a division code lies in."""
    return [code[:n] for n in PLACE_LENGTHS if len(code) >= n]


@dataclass
class DayFigures:
    facts: Facts
    settings: HeadquartersSettings
    places: dict[str, PlaceFigures] = field(default_factory=dict)
    units: dict[str, UnitFacts] = field(default_factory=dict)  # by division code
    children: dict[str, list[UnitFacts]] = field(default_factory=lambda: defaultdict(list))
    _alerts: dict[str, list[Alert]] | None = None
    _sorted: set[str] = field(default_factory=set)

    @property
    def as_of(self) -> dt.date:
        return self.facts.as_of

    def place(self, code: str) -> PlaceFigures:
        """Nothing under a code is a place without figures (every input "no data")."""
        return self.places.get(code, EMPTY)

    def unit_by_code(self, code: str) -> UnitFacts | None:
        return self.units.get(code)

    def alerts_under(self, code: str) -> list[Alert]:
        alerts = self._unit_alerts().get(code, [])
        if code not in self._sorted:
            # A stable sort keeps units in the order they were loaded for equal keys.
            alerts.sort(
                key=lambda a: (SEVERITY_ORDER.get(a.severity, 9), a.unit.division_code, a.kind)
            )
            self._sorted.add(code)
        return alerts

    def alert_count(self, code: str) -> int:
        return len(self._unit_alerts().get(code, ()))

    def _unit_alerts(self) -> dict[str, list[Alert]]:
        """Alerts per place, worked out on first use: a day that is only compared with
        (30 days before the one shown) never needs them."""
        if self._alerts is None:
            self._alerts = defaultdict(list)
            for u in self.facts.units.values():
                if alerts := unit_alerts(u, self.facts, self.settings):
                    for prefix in prefixes(u.division_code):
                        self._alerts[prefix] += alerts
        return self._alerts

    def _place(self, prefix: str) -> PlaceFigures:
        place = self.places.get(prefix)
        if place is None:
            place = self.places[prefix] = PlaceFigures()
        return place

    def _places(self, code: str | None) -> list[PlaceFigures]:
        return [self._place(prefix) for prefix in prefixes(code or "")]


def day_figures(facts: Facts, s: HeadquartersSettings) -> DayFigures:
    day = DayFigures(facts, s)
    for u in facts.units.values():
        _add_unit(day, u, facts, s)
    for row in facts.cadres:
        for place in day._places(row.division_code):
            place.service.add_cadres(row)
    for r in facts.upgrades:
        for place in day._places(r["division_code"]):
            place.service.studying += r["studying"]
            place.service.graduated += r["graduated"]
    for r in facts.students:
        for place in day._places(r["division_code"]):
            place.service.students_assigned += r["assigned"]
            place.service.students_converted += r["converted"]
            place.service.students_departed += r["departed"]
    for r in facts.orders:
        for place in day._places(r["division_code"]):
            place.fortress.command.add_orders(r)
    for r in facts.duties:
        for place in day._places(r["division_code"]):
            place.fortress.command.add_duties(r)
    for r in facts.remuneration:
        for place in day._places(r["township_code"]):
            place.service.add_remuneration(r["cadre_count"], r["average_yuan"], r["growth_rate"])
    return day


def _add_unit(day: DayFigures, u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> None:
    part = unit_part(u, facts.as_of, s)
    for prefix in prefixes(u.division_code):
        day._place(prefix).fortress.add_unit(u, part)
        if u.level in CHILD_LEVELS.get(len(prefix), ()):
            day.children[prefix].append(u)
    known = day.units.get(u.division_code)
    if known is None or _rank(u) < _rank(known):
        day.units[u.division_code] = u


def _rank(u: UnitFacts) -> int:
    return LEVEL_ORDER.index(u.level) if u.level in LEVEL_ORDER else len(LEVEL_ORDER)
