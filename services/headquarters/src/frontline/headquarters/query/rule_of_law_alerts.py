"""Alert rules of the rule-of-law pillar, per unit, from the counts at its own code.

Counts only: an alert says how many clues, cases, agreements or sweep periods are
overdue in a township or village, never which. A village's count below 3 is not said.
"""

from __future__ import annotations

from collections.abc import Callable

from frontline.headquarters.query.facts import Facts, UnitFacts
from frontline.headquarters.query.models import Alert, UnitRef
from frontline.headquarters.query.rule_of_law_figures import SMALLEST_SHOWN
from frontline.headquarters.settings import HeadquartersSettings

VILLAGES = ("village", "community")
# The levels that owe sweeps (DOMAIN.md "Sweeps": village, township, county).
SWEEPING = ("county", "township", *VILLAGES)


def _alert(u: UnitFacts, kind: str, severity: str, message: str) -> Alert:
    ref = UnitRef(unit_id=u.unit_id, name=u.name, level=u.level, division_code=u.division_code)
    return Alert(kind=kind, severity=severity, unit=ref, message=f"{u.name} {message}")


def _how_many(u: UnitFacts, n: int, unit: str) -> str:
    if u.level in VILLAGES and n < SMALLEST_SHOWN:
        return "有"
    return f"有 {n} {unit}"


def clue_replies_overdue(u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> Alert | None:
    """15 working days passed and a real-name reporter was not told (DOMAIN.md "Clue")."""
    n = facts.rule_of_law.count_at(u.division_code, "replies_overdue")
    if u.level != "township" or not n:
        return None
    return _alert(u, "clue_reply_overdue", "warning", f"有 {n} 件实名举报逾期未答复")


def investigations_overdue(u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> Alert | None:
    n = facts.rule_of_law.count_at(u.division_code, "investigations_overdue")
    if u.level != "township" or not n:
        return None
    return _alert(u, "investigation_overdue", "critical", f"有 {n} 件审查调查超过期限")


def confirmations_lapsed(u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> Alert | None:
    """30 days after a mediated agreement passed without applying for judicial confirmation."""
    n = facts.rule_of_law.count_at(u.division_code, "confirmations_lapsed")
    if u.level not in ("township", *VILLAGES) or not n:
        return None
    text = f"{_how_many(u, n, '件')}调解协议逾期未申请司法确认"
    return _alert(u, "judicial_confirmation_lapsed", "warning", text)


def sweeps_missed(u: UnitFacts, facts: Facts, s: HeadquartersSettings) -> Alert | None:
    n = facts.rule_of_law.count_at(u.division_code, "sweeps_missed")
    if u.level not in SWEEPING or not n:
        return None
    days = s.compliance.recent_days
    return _alert(u, "sweep_missed", "warning", f"近{days}天{_how_many(u, n, '期')}排查逾期未报")


Rule = Callable[[UnitFacts, Facts, HeadquartersSettings], "Alert | None"]
RULES: list[Rule] = [
    clue_replies_overdue,
    investigations_overdue,
    confirmations_lapsed,
    sweeps_missed,
]
