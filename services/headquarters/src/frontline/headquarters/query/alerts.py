"""Alert rules of the issue and DOMAIN.md "Headquarters", per unit, as of a day."""

from __future__ import annotations

from frontline.headquarters.query.facts import Facts, UnitFacts
from frontline.headquarters.query.figures import days_vacant, election_due_soon
from frontline.headquarters.query.models import Alert, UnitRef
from frontline.headquarters.query.weak_lax import REASON_LABELS, is_open, suggestion_reasons
from frontline.headquarters.settings import HeadquartersSettings

SEVERITY_ORDER = {"critical": 0, "warning": 1}


def unit_ref(u: UnitFacts) -> UnitRef:
    return UnitRef(unit_id=u.unit_id, name=u.name, level=u.level, division_code=u.division_code)


def unit_alerts(u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> list[Alert]:
    c, ref, out = s.compliance, unit_ref(u), []
    if u.election_due_on is not None and u.election_due_on < facts.as_of:
        out.append(
            Alert(
                kind="election_overdue",
                severity="critical",
                unit=ref,
                message=f"{u.name} 换届已逾期（应于 {u.election_due_on} 完成）",
                since=u.election_due_on.isoformat(),
            )
        )
    elif election_due_soon(u, facts, s):
        out.append(
            Alert(
                kind="election_due_soon",
                severity="warning",
                unit=ref,
                message=f"{u.name} 将于 {u.election_due_on} 到期换届",
                since=str(u.election_due_on),
            )
        )
    days = days_vacant(u, facts)
    if u.level != "county" and days > c.secretary_vacant_alert_days:
        long = days > c.secretary_vacant_weak_days
        out.append(
            Alert(
                kind="secretary_vacant_90d" if long else "secretary_vacant_30d",
                severity="critical" if long else "warning",
                unit=ref,
                message=f"{u.name} 书记空缺 {days} 天",
                since=str(u.vacant_since or ""),
            )
        )
    if u.decisions_stuck:
        out.append(
            Alert(
                kind="decision_stuck",
                severity="warning",
                unit=ref,
                message=f"{u.name} 有 {u.decisions_stuck} 件四议两公开事项停滞超过"
                f" {c.decision_stuck_days} 天",
            )
        )
    if (
        u.meetings_expected >= 3
        and u.meetings_held / u.meetings_expected < c.meeting_compliance_floor
    ):
        rate = round(100 * u.meetings_held / u.meetings_expected)
        out.append(
            Alert(
                kind="meeting_compliance_low",
                severity="warning",
                unit=ref,
                message=f"{u.name} 三会一课落实率 {rate}%，低于要求",
            )
        )
    reasons = suggestion_reasons(u, facts.as_of, s)
    if reasons and not is_open(u):
        labels = "、".join(REASON_LABELS[r] for r in reasons)
        out.append(
            Alert(
                kind="weak_lax_suggested",
                severity="warning",
                unit=ref,
                message=f"{u.name} 建议研判是否软弱涣散：{labels}",
            )
        )
    return out


def alerts_under(facts: Facts, prefix: str, s: HeadquartersSettings) -> list[Alert]:
    found = [a for u in facts.units_under(prefix) for a in unit_alerts(u, facts, s)]
    return sorted(
        found, key=lambda a: (SEVERITY_ORDER.get(a.severity, 9), a.unit.division_code, a.kind)
    )
