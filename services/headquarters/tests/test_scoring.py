"""The score formula of SCORING.md: weights, missing inputs, what moved it."""

from __future__ import annotations

import pytest

from frontline.headquarters.query.scoring import RawInput, combine, score_inputs, share, toward

pytestmark = pytest.mark.unit


def test_inputs_without_data_are_left_out_and_weights_renormalised() -> None:
    score, inputs = score_inputs([RawInput("a", "A", 1.0, 30), RawInput("b", "B", None, 70)])
    assert score == 100.0
    assert [i.has_data for i in inputs] == [True, False]
    assert inputs[1].points is None


def test_points_show_each_inputs_share_of_the_score() -> None:
    score, inputs = score_inputs([RawInput("a", "A", 0.5, 25), RawInput("b", "B", 1.0, 75)])
    assert score == 87.5
    assert [i.points for i in inputs] == [12.5, 75.0]


def test_delta_points_name_the_input_that_moved_the_score() -> None:
    before = [RawInput("a", "A", 1.0, 50), RawInput("b", "B", 1.0, 50)]
    now = [RawInput("a", "A", 1.0, 50), RawInput("b", "B", 0.5, 50)]
    score, inputs = score_inputs(now, before)
    assert score == 75.0
    assert [i.delta_points for i in inputs] == [0.0, -25.0]


def test_a_pillar_without_any_data_has_no_score() -> None:
    assert score_inputs([RawInput("a", "A", None, 10)])[0] is None


def test_combined_score_skips_pillars_without_data() -> None:
    assert combine([(80.0, 40), (60.0, 35), (None, 25)]) == pytest.approx(70.7, abs=0.05)
    assert combine([(None, 40)]) is None


def test_shares_and_targets_are_capped() -> None:
    assert share(3, 2) == 1.0
    assert share(1, 0) is None
    assert toward(0.3, 0.6) == 0.5
    assert toward(0.9, 0.6) == 1.0
