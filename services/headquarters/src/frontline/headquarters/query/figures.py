"""The raw numbers behind a pillar, for one place: sums that add up place by place.

Every figure is a sum (or a maximum, or a list) over the units and cadres of a
place, so what a unit's facts mean on the day is worked out once and counted in the
county, its township and its village (``places.py``). A new pillar's figures follow the same
shape: a dataclass of sums with ``add``, filled from one source's facts.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from frontline.headquarters.query.command_figures import CommandFigures
from frontline.headquarters.query.facts import CadreRow, UnitFacts
from frontline.headquarters.query.weak_lax import is_open, suggestion_reasons
from frontline.headquarters.settings import HeadquartersSettings

# Secretary posts are tracked for the organizations that have one.
POSTED_LEVELS = {"township", "village", "community", "branch"}


@dataclass
class FortressFigures:
    # Counts by key; a plain defaultdict: a day's pass makes hundreds of them.
    units_by_level: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))
    posts: int = 0
    vacant: int = 0
    vacant_over_alert: int = 0
    vacant_over_weak: int = 0
    max_days_vacant: int = 0
    elections_tracked: int = 0
    elections_overdue: int = 0
    elections_due_soon: int = 0
    meetings_expected: int = 0
    meetings_held: int = 0
    decisions: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))
    decisions_stuck: int = 0
    weak_lax_suggested: int = 0
    weak_lax_open: int = 0
    weak_lax_signed_off: int = 0
    rectification_percents: list[int] = field(default_factory=list)
    ratings: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))
    # Supervision orders and responsibility lists (command_figures.py).
    command: CommandFigures = field(default_factory=CommandFigures)

    def add_unit(self, u: UnitFacts, part: UnitPart) -> None:
        """Count one unit in the place's figures."""
        self.units_by_level[u.level] += 1
        if u.level in POSTED_LEVELS:
            self.posts += 1
            if not u.secretary_filled:
                self.vacant += 1
                self.max_days_vacant = max(self.max_days_vacant, part.days_vacant)
                self.vacant_over_alert += part.over_alert
                self.vacant_over_weak += part.over_weak
        if u.election_due_on is not None:
            self.elections_tracked += 1
            self.elections_overdue += part.overdue
            self.elections_due_soon += part.due_soon
        self.meetings_expected += u.meetings_expected
        self.meetings_held += min(u.meetings_held, u.meetings_expected)
        for state, n in u.decisions.items():
            self.decisions[state] += n
        self.decisions_stuck += u.decisions_stuck
        if part.weak_lax_open:
            self.weak_lax_open += 1
            self.rectification_percents.append(u.rectification_percent or 0)
        elif part.suggested:
            self.weak_lax_suggested += 1
        self.weak_lax_signed_off += u.weak_lax_signed_off_on is not None
        if u.rating:
            self.ratings[u.rating] += 1


@dataclass
class ServiceFigures:
    cadres: int = 0
    college: int = 0
    young: int = 0
    women: int = 0
    hours: float = 0.0
    trained: int = 0
    studying: int = 0
    graduated: int = 0
    students_assigned: int = 0
    students_converted: int = 0
    students_departed: int = 0
    # Township pay summaries, weighted by their cadre counts (DOMAIN.md: HQ sees
    # averages and growth, never one person's pay), so a village shows none.
    remuneration_count: int = 0
    remuneration_total: float = 0.0
    growth_weight: int = 0
    growth_total: float = 0.0

    @property
    def remuneration_average(self) -> float | None:
        if not self.remuneration_count:
            return None
        return self.remuneration_total / self.remuneration_count

    @property
    def remuneration_growth(self) -> float | None:
        return self.growth_total / self.growth_weight if self.growth_weight else None

    def add_cadres(self, row: CadreRow) -> None:
        self.cadres += row.n
        self.college += row.college
        self.young += row.young
        self.women += row.women
        self.hours += row.hours
        self.trained += row.trained

    def add_remuneration(self, count: int, average: float, growth: float | None) -> None:
        self.remuneration_count += count
        self.remuneration_total += average * count
        if growth is not None:
            self.growth_weight += count
            self.growth_total += growth * count


class UnitPart(NamedTuple):
    """What a unit's facts mean on the day, worked out once for all places above it."""

    days_vacant: int
    over_alert: bool
    over_weak: bool
    overdue: bool
    due_soon: bool
    weak_lax_open: bool
    suggested: bool


def unit_part(u: UnitFacts, as_of: dt.date, s: HeadquartersSettings) -> UnitPart:
    days, c = days_vacant(u, as_of), s.compliance
    overdue = u.election_due_on is not None and u.election_due_on < as_of
    weak_lax_open = is_open(u)
    return UnitPart(
        days_vacant=days,
        over_alert=days > c.secretary_vacant_alert_days,
        over_weak=days > c.secretary_vacant_weak_days,
        overdue=overdue,
        due_soon=not overdue and election_due_soon(u, as_of, s),
        weak_lax_open=weak_lax_open,
        suggested=not weak_lax_open and bool(suggestion_reasons(u, as_of, s)),
    )


def days_vacant(u: UnitFacts, as_of: dt.date) -> int:
    return 0 if u.secretary_filled or u.vacant_since is None else (as_of - u.vacant_since).days


def election_due_soon(u: UnitFacts, as_of: dt.date, s: HeadquartersSettings) -> bool:
    if u.election_due_on is None or u.election_due_on < as_of:
        return False
    months = (u.election_due_on.year - as_of.year) * 12 + (u.election_due_on.month - as_of.month)
    return months < s.compliance.election_warning_months or (
        months == s.compliance.election_warning_months and u.election_due_on.day <= as_of.day
    )
