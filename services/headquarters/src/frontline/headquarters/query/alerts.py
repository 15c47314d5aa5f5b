"""Alert rules of the issue and DOMAIN.md "Headquarters", per unit, as of a day."""

from __future__ import annotations

from collections.abc import Callable

from frontline.headquarters.query.command_figures import order_overdue
from frontline.headquarters.query.facts import Facts, UnitFacts
from frontline.headquarters.query.figures import days_vacant, election_due_soon
from frontline.headquarters.query.models import Alert, UnitRef
from frontline.headquarters.query.weak_lax import REASON_LABELS, is_open, suggestion_reasons
from frontline.headquarters.settings import HeadquartersSettings

SEVERITY_ORDER = {"critical": 0, "warning": 1}


def unit_ref(u: UnitFacts) -> UnitRef:
    return UnitRef(unit_id=u.unit_id, name=u.name, level=u.level, division_code=u.division_code)


Rule = Callable[[UnitFacts, Facts, HeadquartersSettings], "Alert | None"]


def _alert(u: UnitFacts, kind: str, severity: str, message: str, since: object = "") -> Alert:
    return Alert(
        kind=kind,
        severity=severity,
        unit=unit_ref(u),
        message=f"{u.name} {message}",
        since=str(since or ""),
    )


def election(u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> Alert | None:
    """换届: overdue is critical; due within the warning months is a reminder."""
    if u.election_due_on is not None and u.election_due_on < facts.as_of:
        return _alert(
            u,
            "election_overdue",
            "critical",
            f"换届已逾期（应于 {u.election_due_on} 完成）",
            u.election_due_on,
        )
    if election_due_soon(u, facts.as_of, s):
        return _alert(
            u,
            "election_due_soon",
            "warning",
            f"将于 {u.election_due_on} 到期换届",
            u.election_due_on,
        )
    return None


def secretary_vacant(u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> Alert | None:
    """The first responsible person's post: over 30 days warns, over 3 months is critical."""
    days, c = days_vacant(u, facts.as_of), s.compliance
    if u.level == "county" or days <= c.secretary_vacant_alert_days:
        return None
    long = days > c.secretary_vacant_weak_days
    return _alert(
        u,
        "secretary_vacant_90d" if long else "secretary_vacant_30d",
        "critical" if long else "warning",
        f"书记空缺 {days} 天",
        u.vacant_since,
    )


def decision_stuck(u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> Alert | None:
    if not u.decisions_stuck:
        return None
    return _alert(
        u,
        "decision_stuck",
        "warning",
        f"有 {u.decisions_stuck} 件四议两公开事项停滞超过 {s.compliance.decision_stuck_days} 天",
    )


def meetings_low(u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> Alert | None:
    if u.meetings_expected < 3:
        return None
    rate = u.meetings_held / u.meetings_expected
    if rate >= s.compliance.meeting_compliance_floor:
        return None
    return _alert(
        u, "meeting_compliance_low", "warning", f"三会一课落实率 {round(100 * rate)}%，低于要求"
    )


def weak_lax(u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> Alert | None:
    """A suggestion only (DOMAIN.md): a county operator confirms; confirmed units are not
    suggested again."""
    reasons = suggestion_reasons(u, facts.as_of, s)
    if not reasons or is_open(u):
        return None
    labels = "、".join(REASON_LABELS[r] for r in reasons)
    return _alert(u, "weak_lax_suggested", "warning", f"建议研判是否软弱涣散：{labels}")


RULES: list[Rule] = [
    election,
    secretary_vacant,
    decision_stuck,
    meetings_low,
    weak_lax,
    order_overdue,
]


def unit_alerts(u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> list[Alert]:
    return [a for rule in RULES if (a := rule(u, facts, s)) is not None]
