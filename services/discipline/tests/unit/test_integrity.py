"""The integrity opinion: an open case or a sanction in force is an objection."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.discipline.domain.integrity import (
    GiveIntegrityOpinion,
    IntegrityOpinionGiven,
    Opinion,
    integrity_decider,
)
from frontline.kernel.testing import scenario

pytestmark = pytest.mark.unit


def ask(
    open_case: bool = False, in_force: bool = False, event: str = "ev-1"
) -> GiveIntegrityOpinion:
    return GiveIntegrityOpinion(
        procedure_id="p-1",
        cadre_id="c-1",
        request_event_id=event,
        requested_on=date(2026, 3, 2),
        open_case=open_case,
        sanction_in_force=in_force,
        issued_on=date(2026, 3, 2),
    )


def opinion(command: GiveIntegrityOpinion) -> Opinion:
    (given,) = scenario(integrity_decider).when(command).outcome()
    assert isinstance(given, IntegrityOpinionGiven)
    return given.opinion


def test_the_opinion_follows_the_records() -> None:
    assert opinion(ask()) is Opinion.NO_OBJECTION
    assert opinion(ask(open_case=True)) is Opinion.OBJECTION
    assert opinion(ask(in_force=True)) is Opinion.OBJECTION


def test_the_same_request_is_answered_once_and_a_new_one_again() -> None:
    (given,) = scenario(integrity_decider).when(ask()).outcome()
    scenario(integrity_decider).given(given).when(ask()).then()
    assert len(scenario(integrity_decider).given(given).when(ask(event="ev-2")).outcome()) == 1
