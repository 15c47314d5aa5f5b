"""The weak-and-lax suggestion rules of DOMAIN.md "Weak and lax (软弱涣散)".

The system only *suggests*; a county operator confirms. DOMAIN.md's "last place in the
annual assessment" is not one of them: no public event ranks organizations in an
annual assessment (the cadre service publishes counts per grade per township, which
point at no village by design, and headquarters' own ranking is its score, which this
rule feeds). What headquarters has per organization and year is the secretary's
accountability rating (述职评议, DOMAIN.md "Secretary accountability"): a "poor" rating
is the rule ``secretary_rated_poor`` (SCORING.md).
"""

from __future__ import annotations

import datetime as dt

from frontline.headquarters.query.facts import UnitFacts
from frontline.headquarters.query.service_alerts import satisfaction_low
from frontline.headquarters.settings import HeadquartersSettings

REASON_LABELS = {
    "secretary_vacant": "书记空缺超过3个月",
    "election_overdue": "逾期未换届",
    "meetings_not_held": "组织生活不经常",
    "decisions_not_public": "决议未按时公开",
    "secretary_rated_poor": "书记述职评议为差",
    "service_unsatisfied": "群众满意率低于要求",
    "disputes_concentrated": "矛盾纠纷集中",
}


def is_open(u: UnitFacts) -> bool:
    """Confirmed and not yet signed off (整顿销号)."""
    return u.weak_lax_confirmed_on is not None and u.weak_lax_signed_off_on is None


def suggestion_reasons(u: UnitFacts, as_of: dt.date, s: HeadquartersSettings) -> list[str]:
    c = s.compliance
    reasons = []
    if (
        not u.secretary_filled
        and u.vacant_since is not None
        and (as_of - u.vacant_since).days > c.secretary_vacant_weak_days
        and u.level != "county"
    ):
        reasons.append("secretary_vacant")
    if u.election_due_on is not None and u.election_due_on < as_of:
        reasons.append("election_overdue")
    # Only the meetings the unit owes (its recorded form, else the defaults) are
    # required, and a unit needs a few behind it before "not held" is fair.
    if (
        u.meetings_expected >= 3
        and u.meetings_held / u.meetings_expected < c.meeting_compliance_floor
    ):
        reasons.append("meetings_not_held")
    if u.decisions_unpublished > 0:
        reasons.append("decisions_not_public")
    if u.rating == "poor":
        reasons.append("secretary_rated_poor")
    if satisfaction_low(u, s):
        reasons.append("service_unsatisfied")
    # Disputes registered at the village in the recent days (rule_of_law_facts.py).
    if u.disputes_recent >= c.disputes_concentrated_count:
        reasons.append("disputes_concentrated")
    return reasons
