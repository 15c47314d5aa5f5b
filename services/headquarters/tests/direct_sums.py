"""Figures of one place summed straight over a day's facts (see direct_overview.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from frontline.headquarters.query.alerts import unit_alerts
from frontline.headquarters.query.facts import Facts, UnitFacts
from frontline.headquarters.query.figures import FortressFigures, ServiceFigures
from frontline.headquarters.query.weak_lax import is_open, suggestion_reasons
from frontline.headquarters.settings import HeadquartersSettings

from .direct_service import centres_of

COLLEGE = {"college", "bachelor", "postgraduate"}
YOUNG = {"under_30", "30_39"}
POSTED = {"township", "village", "community", "branch"}


class DirectService(ServiceFigures):
    """Pay figures computed here, not by the service's sums (read by the same pillars)."""

    remuneration_average: float | None = None
    remuneration_growth: float | None = None


def fortress(facts: Facts, prefix: str, s: HeadquartersSettings) -> FortressFigures:
    f = FortressFigures()
    for u in (u for u in facts.units.values() if u.division_code.startswith(prefix)):
        f.units_by_level[u.level] += 1
        days = 0 if u.secretary_filled else (facts.as_of - u.vacant_since).days  # type: ignore[operator]
        if u.level in POSTED:
            f.posts += 1
            if not u.secretary_filled:
                f.vacant += 1
                f.max_days_vacant = max(f.max_days_vacant, days)
                f.vacant_over_alert += days > s.compliance.secretary_vacant_alert_days
                f.vacant_over_weak += days > s.compliance.secretary_vacant_weak_days
        if u.election_due_on is not None:
            f.elections_tracked += 1
            f.elections_overdue += u.election_due_on < facts.as_of
            f.elections_due_soon += _due_soon(u, facts.as_of, s)
        f.meetings_expected += u.meetings_expected
        f.meetings_held += min(u.meetings_held, u.meetings_expected)
        for state, n in u.decisions.items():
            f.decisions[state] += n
        f.decisions_stuck += u.decisions_stuck
        if is_open(u):
            f.weak_lax_open += 1
            f.rectification_percents.append(u.rectification_percent or 0)
        elif suggestion_reasons(u, facts.as_of, s):
            f.weak_lax_suggested += 1
        f.weak_lax_signed_off += u.weak_lax_signed_off_on is not None
        if u.rating:
            f.ratings[u.rating] += 1
    return f


def service(
    facts: Facts, cadres: list[Any], prefix: str, s: HeadquartersSettings
) -> ServiceFigures:
    f, target = DirectService(), s.scoring.training_hours_target
    for r in (r for r in cadres if (r["division_code"] or "").startswith(prefix)):
        f.cadres += 1
        f.college += r["education"] in COLLEGE
        f.young += r["age_band"] in YOUNG
        f.women += r["gender"] == "female"
        f.hours += r["hours"] or 0.0
        f.trained += r["hours"] is not None and r["hours"] >= target
    day = facts.as_of
    for r in (r for r in facts.upgrades if r["division_code"].startswith(prefix)):
        f.studying += bool(r["studying"])
        f.graduated += bool(r["graduated"])
    for r in (r for r in facts.students if r["division_code"].startswith(prefix)):
        f.students_assigned += r["starts_on"] is not None and r["starts_on"] <= day
        f.students_converted += r["converted_on"] is not None and r["converted_on"] <= day
        f.students_departed += r["departed_on"] is not None and r["departed_on"] <= day
    service = facts.service_centres
    f.centres = centres_of(facts, service.centres, service.requests, prefix)
    for r in (r for r in facts.evaluations if r["township_code"].startswith(prefix)):
        f.evaluated += r["cadre_count"]
        for grade in ("excellent", "competent", "basically_competent", "incompetent"):
            f.grades[grade] += r[grade]
    rows = [r for r in facts.remuneration if r["township_code"].startswith(prefix)]
    total = sum(r["cadre_count"] for r in rows)
    if rows and total:
        f.remuneration_count = total
        f.remuneration_average = sum(r["average_yuan"] * r["cadre_count"] for r in rows) / total
        grown = [r for r in rows if r["growth_rate"] is not None]
        if weight := sum(r["cadre_count"] for r in grown):
            f.remuneration_growth = sum(r["growth_rate"] * r["cadre_count"] for r in grown) / weight
    return f


def alerts(facts: Facts, prefix: str, s: HeadquartersSettings) -> list[Any]:
    found = [
        a
        for u in facts.units.values()
        if u.division_code.startswith(prefix)
        for a in unit_alerts(u, facts, s)
    ]
    order = {"critical": 0, "warning": 1}
    return sorted(found, key=lambda a: (order.get(a.severity, 9), a.unit.division_code, a.kind))


def _due_soon(u: UnitFacts, day: dt.date, s: HeadquartersSettings) -> bool:
    due = u.election_due_on
    if due is None or due < day:
        return False
    months, limit = (
        (due.year - day.year) * 12 + due.month - day.month,
        s.compliance.election_warning_months,
    )
    return months < limit or (months == limit and due.day <= day.day)
