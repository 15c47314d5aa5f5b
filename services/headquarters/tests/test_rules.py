"""Alert and weak-and-lax rules over one unit's facts (DOMAIN.md "Weak and lax")."""

from __future__ import annotations

import datetime as dt

import pytest

from frontline.headquarters.query.alerts import unit_alerts
from frontline.headquarters.query.facts import Facts, UnitFacts
from frontline.headquarters.query.weak_lax import suggestion_reasons
from frontline.headquarters.settings import HeadquartersSettings

pytestmark = pytest.mark.unit
TODAY = dt.date(2026, 6, 30)
SETTINGS = HeadquartersSettings()


def village(**changes: object) -> UnitFacts:
    u = UnitFacts(
        unit_id="u",
        name="东村",
        level="village",
        division_code="440781101001",
        parent_id="t",
        established_on=dt.date(2024, 1, 1),
        secretary_filled=True,
        election_due_on=dt.date(2029, 1, 1),
        meetings_expected=40,
        meetings_held=40,
    )
    for key, value in changes.items():
        setattr(u, key, value)
    return u


def kinds(u: UnitFacts) -> list[str]:
    facts = Facts(
        as_of=TODAY, units={u.unit_id: u}, cadres=[], upgrades=[], students=[], remuneration=[]
    )
    return [a.kind for a in unit_alerts(u, facts, SETTINGS)]


def test_a_healthy_village_raises_nothing() -> None:
    assert kinds(village()) == []


def test_secretary_vacancy_warns_after_30_days_and_is_critical_after_90() -> None:
    assert kinds(village(secretary_filled=False, vacant_since=TODAY - dt.timedelta(days=30))) == []
    assert kinds(village(secretary_filled=False, vacant_since=TODAY - dt.timedelta(days=31))) == [
        "secretary_vacant_30d"
    ]
    long = village(secretary_filled=False, vacant_since=TODAY - dt.timedelta(days=91))
    assert kinds(long) == ["secretary_vacant_90d", "weak_lax_suggested"]
    assert suggestion_reasons(long, TODAY, SETTINGS) == ["secretary_vacant"]


def test_elections_due_within_six_months_warn_and_overdue_is_critical() -> None:
    assert kinds(village(election_due_on=dt.date(2026, 12, 30))) == ["election_due_soon"]
    assert kinds(village(election_due_on=dt.date(2027, 1, 1))) == []
    assert kinds(village(election_due_on=dt.date(2026, 6, 29))) == [
        "election_overdue",
        "weak_lax_suggested",
    ]


def test_meetings_below_the_floor_suggest_weak_and_lax() -> None:
    assert kinds(village(meetings_held=24)) == []
    assert kinds(village(meetings_held=23)) == ["meeting_compliance_low", "weak_lax_suggested"]


def test_a_confirmed_unit_is_not_suggested_again() -> None:
    confirmed = village(
        election_due_on=dt.date(2026, 1, 1), weak_lax_confirmed_on=dt.date(2026, 3, 1)
    )
    assert kinds(confirmed) == ["election_overdue"]


def test_a_poor_rating_and_unpublished_resolutions_are_rules_too() -> None:
    assert suggestion_reasons(village(rating="poor", decisions_unpublished=1), TODAY, SETTINGS) == [
        "decisions_not_public",
        "secretary_rated_poor",
    ]
