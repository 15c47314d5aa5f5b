"""Sums of the facts under one division-code prefix: the raw numbers behind a pillar."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from frontline.headquarters.query.facts import Facts, UnitFacts
from frontline.headquarters.query.weak_lax import is_open, suggestion_reasons
from frontline.headquarters.settings import HeadquartersSettings

COLLEGE_LEVELS = {"college", "bachelor", "postgraduate"}
YOUNG_BANDS = {"under_30", "30_39"}
FINAL_DECISION_STATES = {"closed", "rejected", "result_public"}
# Secretary posts are tracked for the organizations that have one.
POSTED_LEVELS = {"township", "village", "community", "branch"}


@dataclass
class FortressFigures:
    units_by_level: Counter[str] = field(default_factory=Counter)
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
    decisions: Counter[str] = field(default_factory=Counter)
    decisions_stuck: int = 0
    weak_lax_suggested: int = 0
    weak_lax_open: int = 0
    weak_lax_signed_off: int = 0
    rectification_percents: list[int] = field(default_factory=list)
    ratings: Counter[str] = field(default_factory=Counter)


@dataclass
class ServiceFigures:
    cadres: int = 0
    college: int = 0
    young: int = 0
    women: int = 0
    hours: float = 0.0
    trained: int = 0
    education: Counter[str] = field(default_factory=Counter)
    age_bands: Counter[str] = field(default_factory=Counter)
    studying: int = 0
    graduated: int = 0
    students_assigned: int = 0
    students_converted: int = 0
    students_departed: int = 0
    remuneration_count: int = 0
    remuneration_average: float | None = None
    remuneration_growth: float | None = None


def fortress_figures(facts: Facts, prefix: str, settings: HeadquartersSettings) -> FortressFigures:
    f = FortressFigures()
    for u in facts.units_under(prefix):
        f.units_by_level[u.level] += 1
        _add_posts(f, u, facts, settings)
        _add_election(f, u, facts, settings)
        f.meetings_expected += u.meetings_expected
        f.meetings_held += min(u.meetings_held, u.meetings_expected)
        f.decisions.update(u.decisions)
        f.decisions_stuck += u.decisions_stuck
        if is_open(u):
            f.weak_lax_open += 1
            f.rectification_percents.append(u.rectification_percent or 0)
        elif suggestion_reasons(u, facts.as_of, settings):
            f.weak_lax_suggested += 1
        if u.weak_lax_signed_off_on is not None:
            f.weak_lax_signed_off += 1
        if u.rating:
            f.ratings[u.rating] += 1
    return f


def days_vacant(u: UnitFacts, facts: Facts) -> int:
    return (
        0 if u.secretary_filled or u.vacant_since is None else (facts.as_of - u.vacant_since).days
    )


def _add_posts(f: FortressFigures, u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> None:
    if u.level not in POSTED_LEVELS:
        return
    f.posts += 1
    if u.secretary_filled:
        return
    days = days_vacant(u, facts)
    f.vacant += 1
    f.max_days_vacant = max(f.max_days_vacant, days)
    f.vacant_over_alert += days > s.compliance.secretary_vacant_alert_days
    f.vacant_over_weak += days > s.compliance.secretary_vacant_weak_days


def election_due_soon(u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> bool:
    if u.election_due_on is None or u.election_due_on < facts.as_of:
        return False
    months = (u.election_due_on.year - facts.as_of.year) * 12 + (
        u.election_due_on.month - facts.as_of.month
    )
    return months < s.compliance.election_warning_months or (
        months == s.compliance.election_warning_months and u.election_due_on.day <= facts.as_of.day
    )


def _add_election(f: FortressFigures, u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> None:
    if u.election_due_on is None:
        return
    f.elections_tracked += 1
    if u.election_due_on < facts.as_of:
        f.elections_overdue += 1
    elif election_due_soon(u, facts, s):
        f.elections_due_soon += 1


def service_figures(facts: Facts, prefix: str) -> ServiceFigures:
    f = ServiceFigures()
    for row in facts.cadres:
        if not (row.division_code or "").startswith(prefix):
            continue
        f.cadres += row.n
        f.college += row.n if row.education in COLLEGE_LEVELS else 0
        f.young += row.n if row.age_band in YOUNG_BANDS else 0
        f.women += row.n if row.gender == "female" else 0
        f.hours += row.hours
        f.trained += row.trained
        f.education[row.education or "unknown"] += row.n
        f.age_bands[row.age_band or "unknown"] += row.n
    for r in facts.upgrades:
        if str(r["division_code"]).startswith(prefix):
            f.studying += r["studying"]
            f.graduated += r["graduated"]
    for r in facts.students:
        if str(r["division_code"]).startswith(prefix):
            f.students_assigned += r["assigned"]
            f.students_converted += r["converted"]
            f.students_departed += r["departed"]
    _add_remuneration(f, facts, prefix)
    return f


def _add_remuneration(f: ServiceFigures, facts: Facts, prefix: str) -> None:
    # Summaries are per township (DOMAIN.md: HQ sees averages and growth, never one
    # person's pay), so a village shows none and the county weights by cadre count.
    rows = [r for r in facts.remuneration if str(r["township_code"]).startswith(prefix)]
    total = sum(r["cadre_count"] for r in rows)
    if not rows or total == 0:
        return
    f.remuneration_count = total
    f.remuneration_average = sum(r["average_yuan"] * r["cadre_count"] for r in rows) / total
    grown = [r for r in rows if r["growth_rate"] is not None]
    weight = sum(r["cadre_count"] for r in grown)
    if weight:
        f.remuneration_growth = sum(r["growth_rate"] * r["cadre_count"] for r in grown) / weight
