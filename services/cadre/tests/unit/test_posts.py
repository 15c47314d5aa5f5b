"""Posts: elected posts appointed directly; leaving for term end, resignation, transfer
or dismissal (DOMAIN.md "Appointment")."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_decider import CadreDecider
from frontline.kernel.errors import InvalidArgument, NotFound, PreconditionFailed
from frontline.kernel.testing import scenario

pytestmark = pytest.mark.unit

VILLAGE = "440781101203"


def elected(**changes: object) -> cmd.AppointFromElection:
    values: dict[str, object] = {
        "election_ref": "election-2026",
        "org_unit_id": "unit-1",
        "division_code": VILLAGE,
        "post": "village_committee_head",
        "term_end": date(2031, 1, 31),
        "appointed_on": date(2026, 2, 1),
    }
    return cmd.AppointFromElection.model_validate({**values, **changes})


# --- election -----------------------------------------------------------------


def test_an_elected_post_is_appointed_directly(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    scenario(decider).given(registered).when(elected()).then(
        ev.CadreAppointed(
            election_ref="election-2026",
            org_unit_id="unit-1",
            division_code=VILLAGE,
            post="village_committee_head",
            term_end=date(2031, 1, 31),
            appointed_on=date(2026, 2, 1),
            via="election",
        )
    )


def test_an_elected_post_already_held_is_refused(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    held = decider.decide(elected(), decider.fold([registered]))
    scenario(decider).given(registered, *held).when(elected()).raises(PreconditionFailed)


def test_an_election_cannot_appoint_an_unknown_or_erased_cadre(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    scenario(decider).when(elected()).raises(NotFound)
    erased = ev.PersonalDataErased(erased_on=date(2025, 8, 1))
    scenario(decider).given(registered, erased).when(elected()).raises(PreconditionFailed)


# --- leaving ------------------------------------------------------------------


@pytest.mark.parametrize("reason", ["term_end", "resignation", "transfer", "dismissal"])
def test_a_cadre_leaves_a_post_for_a_reason(
    reason: str, decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    held = decider.decide(elected(), decider.fold([registered]))
    leave = cmd.LeavePost.model_validate(
        {
            "org_unit_id": "unit-1",
            "post": "village_committee_head",
            "reason": reason,
            "left_on": date(2027, 5, 1),
        }
    )
    scenario(decider).given(registered, *held).when(leave).then(
        ev.CadreLeftPost(division_code=VILLAGE, **leave.model_dump())
    )


def test_a_post_not_held_cannot_be_left(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    leave = cmd.LeavePost(
        org_unit_id="unit-1", post="secretary", reason="resignation", left_on=date(2027, 5, 1)
    )
    scenario(decider).given(registered).when(leave).raises(PreconditionFailed)


def test_a_post_cannot_be_left_before_it_was_taken(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    held = decider.decide(elected(), decider.fold([registered]))
    leave = cmd.LeavePost(
        org_unit_id="unit-1",
        post="village_committee_head",
        reason="resignation",
        left_on=date(2026, 1, 1),
    )
    scenario(decider).given(registered, *held).when(leave).raises(InvalidArgument)


def test_an_erased_cadre_can_still_leave_a_post(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    held = decider.decide(elected(), decider.fold([registered]))
    erased = ev.PersonalDataErased(erased_on=date(2026, 3, 1))
    leave = cmd.LeavePost(
        org_unit_id="unit-1",
        post="village_committee_head",
        reason="transfer",
        left_on=date(2026, 4, 1),
    )
    events = scenario(decider).given(registered, *held, erased).when(leave).outcome()
    assert [type(e) for e in events] == [ev.CadreLeftPost]


def test_after_leaving_the_post_can_be_held_again(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    held = decider.decide(elected(), decider.fold([registered]))
    left = ev.CadreLeftPost(
        org_unit_id="unit-1",
        division_code=VILLAGE,
        post="village_committee_head",
        reason="term_end",
        left_on=date(2031, 1, 31),
    )
    again = elected(election_ref="election-2031", appointed_on=date(2031, 2, 1), term_end=None)
    events = scenario(decider).given(registered, *held, left).when(again).outcome()
    assert [type(e) for e in events] == [ev.CadreAppointed]
