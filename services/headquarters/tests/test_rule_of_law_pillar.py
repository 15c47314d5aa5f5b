"""The rule-of-law pillar from a place's figures: rates, the score, small village counts
hidden, the "disputes concentrated" weak-and-lax rule."""

from __future__ import annotations

import datetime as dt

import pytest

from frontline.headquarters.query.facts import UnitFacts
from frontline.headquarters.query.rule_of_law import rule_of_law_pillar
from frontline.headquarters.query.rule_of_law_facts import Row
from frontline.headquarters.query.rule_of_law_figures import RuleOfLawFigures
from frontline.headquarters.query.weak_lax import suggestion_reasons
from frontline.headquarters.settings import HeadquartersSettings

pytestmark = pytest.mark.unit

S = HeadquartersSettings()


def figures(village: bool, **counts: float) -> RuleOfLawFigures:
    f = RuleOfLawFigures(village=village)
    for key, n in counts.items():
        f.add(Row("440781101203", "", key, n))
    f.add(
        Row("440781101203", "dispute_type", "reserved_land", counts.get("disputes_registered", 0))
    )
    return f


def test_the_score_weighs_the_rates_that_have_data() -> None:
    f = figures(
        False,
        disputes_registered=10,
        recent_registered=10,
        recent_resolved=6,
        recent_diverted=2,
        sweeps_due=20,
        sweeps_on_time=15,
    )
    pillar = rule_of_law_pillar(f, None, S)
    # 25 × 6/8 + 15 × 15/20 over the weights with data (40): 75 points.
    assert pillar.score == 75.0
    inputs = {i.key: i for i in pillar.inputs}
    assert inputs["disputes_resolved"].value == 0.75
    assert not inputs["clue_replies_on_time"].has_data
    assert pillar.breakdowns[0].key == "clue_source"


def test_a_village_count_below_three_is_hidden_and_left_out_of_the_score() -> None:
    small = figures(True, disputes_registered=2, recent_registered=2, recent_resolved=1)
    pillar = rule_of_law_pillar(small, None, S)
    shown = {i.key: i for i in pillar.indicators}
    assert shown["disputes_registered"].hidden and shown["disputes_registered"].value is None
    assert not shown["disputes_open"].hidden  # zero: nothing to trace
    assert pillar.score is None
    by_type = next(b for b in pillar.breakdowns if b.key == "dispute_type")
    assert [(i.hidden, i.value) for i in by_type.items] == [(True, None)]
    township = figures(False, disputes_registered=2, recent_registered=2, recent_resolved=1)
    assert rule_of_law_pillar(township, None, S).score == 50.0


def test_disputes_concentrated_in_a_village_suggest_weak_and_lax() -> None:
    unit = UnitFacts(
        unit_id="u",
        name="村",
        level="village",
        division_code="440781101203",
        parent_id=None,
        established_on=dt.date(2020, 1, 1),
        secretary_filled=True,
        disputes_recent=S.compliance.disputes_concentrated_count - 1,
    )
    assert suggestion_reasons(unit, dt.date(2026, 6, 1), S) == []
    unit.disputes_recent += 1
    assert suggestion_reasons(unit, dt.date(2026, 6, 1), S) == ["disputes_concentrated"]
