"""Alert rules on a unit's service centre (DOMAIN.md "Service request"): red and yellow
cards (督办), overdue requests (超期, 催办), sign-fors and return visits past their limits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontline.headquarters.query.models import Alert, UnitRef
from frontline.headquarters.settings import HeadquartersSettings

if TYPE_CHECKING:
    from frontline.headquarters.query.facts import Facts, UnitFacts


def _alert(u: UnitFacts, kind: str, severity: str, message: str) -> Alert:
    unit = UnitRef(unit_id=u.unit_id, name=u.name, level=u.level, division_code=u.division_code)
    return Alert(kind=kind, severity=severity, unit=unit, message=f"{u.name} {message}")


def red_cards(u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> Alert | None:
    """A red card is the county's own supervision (督办): critical."""
    if u.centre is None or not u.centre.red_cards:
        return None
    n = u.centre.red_cards
    return _alert(u, "requests_red_card", "critical", f"有 {n} 件办件红牌督办（县级）未办结")


def yellow_cards(u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> Alert | None:
    if u.centre is None or not u.centre.yellow_cards:
        return None
    n = u.centre.yellow_cards
    return _alert(u, "requests_yellow_card", "warning", f"有 {n} 件办件黄牌督办（乡镇）未办结")


def overdue(u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> Alert | None:
    """Overdue and not yet carded; the automatic reminder (催办) has gone to some."""
    if u.centre is None:
        return None
    c = u.centre
    n = c.overdue - c.yellow_cards - c.red_cards
    if n <= 0:
        return None
    reminded = f"，其中 {c.reminded} 件已自动催办" if c.reminded else ""
    return _alert(u, "requests_overdue", "warning", f"有 {n} 件办件超期未办结{reminded}")


def sign_for_late(u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> Alert | None:
    if u.centre is None or not u.centre.sign_for_late:
        return None
    n = u.centre.sign_for_late
    return _alert(u, "requests_sign_for_late", "warning", f"有 {n} 件派单超时未签收")


def visit_late(u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> Alert | None:
    if u.centre is None or not u.centre.visit_late:
        return None
    return _alert(u, "requests_visit_late", "warning", f"有 {u.centre.visit_late} 件办结后回访超期")


SERVICE_RULES = [red_cards, yellow_cards, overdue, sign_for_late, visit_late]


def satisfaction_low(u: UnitFacts, s: HeadquartersSettings) -> bool:
    """The weak-and-lax rule of DOMAIN.md "service satisfaction < 60 %", for a village or
    community organization whose centre has enough answered visits to judge by."""
    if u.centre is None or u.level not in ("village", "community"):
        return False
    rules = s.service_centres
    rate = u.centre.satisfaction_rate(rules.min_return_visits)
    return rate is not None and rate < rules.satisfaction_floor
