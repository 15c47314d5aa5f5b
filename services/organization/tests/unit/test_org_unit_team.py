"""Secretary post and leadership team, as fed by cadre appointments (redelivery-safe)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.kernel.errors import InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario
from frontline.organization.domain import org_unit_commands as cmd
from frontline.organization.domain import org_unit_events as ev
from frontline.organization.domain.org_unit import org_unit_decider

from .org_unit_fixtures import DISSOLVED, village_established

pytestmark = pytest.mark.unit
ON = date(2024, 5, 1)
FILLED = ev.SecretaryPostFilled(cadre_id="c-1", filled_on=ON, also_village_head=False)


def test_a_secretary_appointment_fills_the_post() -> None:
    scenario(org_unit_decider).given(village_established()).when(
        cmd.FillSecretaryPost(cadre_id="c-1", filled_on=ON)
    ).then(FILLED)


def test_the_same_appointment_again_changes_nothing() -> None:
    scenario(org_unit_decider).given(village_established(), FILLED).when(
        cmd.FillSecretaryPost(cadre_id="c-1", filled_on=ON)
    ).then()


def test_a_new_secretary_succeeds_the_previous_one() -> None:
    later = date(2025, 1, 2)
    scenario(org_unit_decider).given(village_established(), FILLED).when(
        cmd.FillSecretaryPost(cadre_id="c-2", filled_on=later)
    ).then(
        ev.SecretaryPostVacated(cadre_id="c-1", vacated_on=later, reason="succeeded"),
        ev.SecretaryPostFilled(cadre_id="c-2", filled_on=later, also_village_head=False),
    )


def test_a_secretary_who_is_also_village_head_records_one_shoulder() -> None:
    scenario(org_unit_decider).given(village_established()).when(
        cmd.FillSecretaryPost(cadre_id="c-1", filled_on=ON, also_village_head=True)
    ).then(
        ev.SecretaryPostFilled(cadre_id="c-1", filled_on=ON, also_village_head=True),
        ev.OneShoulderChanged(one_shoulder=True, changed_on=ON),
    )


def test_the_secretary_becoming_village_head_later_records_one_shoulder() -> None:
    scenario(org_unit_decider).given(village_established(), FILLED).when(
        cmd.AppointTeamMember(cadre_id="c-1", post="village_committee_head", appointed_on=ON)
    ).then(
        ev.TeamMemberAppointed(cadre_id="c-1", post="village_committee_head", appointed_on=ON),
        ev.OneShoulderChanged(one_shoulder=True, changed_on=ON),
    )


def test_another_cadre_as_village_head_is_not_one_shoulder() -> None:
    scenario(org_unit_decider).given(village_established(), FILLED).when(
        cmd.AppointTeamMember(cadre_id="c-9", post="village_committee_head", appointed_on=ON)
    ).then(ev.TeamMemberAppointed(cadre_id="c-9", post="village_committee_head", appointed_on=ON))


def test_the_secretary_leaving_vacates_the_post_and_ends_one_shoulder() -> None:
    head = ev.SecretaryPostFilled(cadre_id="c-1", filled_on=ON, also_village_head=True)
    flag = ev.OneShoulderChanged(one_shoulder=True, changed_on=ON)
    left = date(2025, 6, 1)
    scenario(org_unit_decider).given(village_established(), head, flag).when(
        cmd.VacateSecretaryPost(cadre_id="c-1", vacated_on=left, reason="dismissal")
    ).then(
        ev.SecretaryPostVacated(cadre_id="c-1", vacated_on=left, reason="dismissal"),
        ev.OneShoulderChanged(one_shoulder=False, changed_on=left),
    )


def test_another_cadre_leaving_does_not_vacate_the_post() -> None:
    scenario(org_unit_decider).given(village_established(), FILLED).when(
        cmd.VacateSecretaryPost(cadre_id="c-2", vacated_on=ON, reason="transfer")
    ).then()


def test_vacating_twice_changes_nothing() -> None:
    vacated = ev.SecretaryPostVacated(cadre_id="c-1", vacated_on=ON, reason="transfer")
    scenario(org_unit_decider).given(village_established(), FILLED, vacated).when(
        cmd.VacateSecretaryPost(cadre_id="c-1", vacated_on=ON, reason="transfer")
    ).then()


def test_a_dissolved_unit_gets_no_secretary() -> None:
    scenario(org_unit_decider).given(village_established(), DISSOLVED).when(
        cmd.FillSecretaryPost(cadre_id="c-1", filled_on=ON)
    ).raises(PreconditionFailed)


def test_team_members_join_and_leave_once() -> None:
    joined = ev.TeamMemberAppointed(cadre_id="c-3", post="deputy_secretary", appointed_on=ON)
    given = scenario(org_unit_decider).given(village_established(), joined)
    given.when(
        cmd.AppointTeamMember(cadre_id="c-3", post="deputy_secretary", appointed_on=ON)
    ).then()
    given.when(
        cmd.RemoveTeamMember(cadre_id="c-3", post="deputy_secretary", left_on=ON, reason="term_end")
    ).then(
        ev.TeamMemberLeft(cadre_id="c-3", post="deputy_secretary", left_on=ON, reason="term_end")
    )
    scenario(org_unit_decider).given(village_established()).when(
        cmd.RemoveTeamMember(cadre_id="c-3", post="deputy_secretary", left_on=ON, reason="x")
    ).then()


def test_the_secretary_is_not_a_plain_team_post() -> None:
    scenario(org_unit_decider).given(village_established()).when(
        cmd.AppointTeamMember(cadre_id="c-3", post="secretary", appointed_on=ON)
    ).raises(InvalidArgument)
