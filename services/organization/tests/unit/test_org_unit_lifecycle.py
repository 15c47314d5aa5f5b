"""Dissolution and merger of org units."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.kernel.errors import InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario
from frontline.organization.domain import org_unit_commands as cmd
from frontline.organization.domain import org_unit_events as ev
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.org_unit import org_unit_decider
from frontline.organization.domain.unit_facts import UnitFacts

from .org_unit_fixtures import DISSOLVED, TOWNSHIP, village_established

pytestmark = pytest.mark.unit
ON = date(2024, 1, 1)
NEIGHBOUR = UnitFacts(unit_id="u-east", level=OrgLevel.VILLAGE, division_code="440781100202")


def test_a_unit_without_active_children_is_dissolved() -> None:
    scenario(org_unit_decider).given(village_established()).when(
        cmd.DissolveOrgUnit(dissolved_on=ON, reason="merged villages")
    ).then(DISSOLVED)


def test_a_unit_with_active_children_is_not_dissolved() -> None:
    scenario(org_unit_decider).given(village_established()).when(
        cmd.DissolveOrgUnit(dissolved_on=ON, reason="x", active_children=2)
    ).raises(PreconditionFailed)


def test_a_unit_merges_into_another_of_its_level() -> None:
    scenario(org_unit_decider).given(village_established()).when(
        cmd.DissolveOrgUnit(dissolved_on=ON, reason="merger", merged_into=NEIGHBOUR)
    ).then(ev.OrgUnitDissolved(dissolved_on=ON, reason="merger", merged_into_unit_id="u-east"))


@pytest.mark.parametrize(
    "target",
    [
        TOWNSHIP,
        UnitFacts(unit_id="u-village", level=OrgLevel.VILLAGE, division_code="440781100201"),
    ],
)
def test_a_merge_into_another_level_or_itself_is_invalid(target: UnitFacts) -> None:
    scenario(org_unit_decider).given(village_established()).when(
        cmd.DissolveOrgUnit(dissolved_on=ON, reason="merger", merged_into=target)
    ).raises(InvalidArgument)


def test_a_merge_into_a_dissolved_unit_is_refused() -> None:
    gone = NEIGHBOUR.model_copy(update={"active": False})
    scenario(org_unit_decider).given(village_established()).when(
        cmd.DissolveOrgUnit(dissolved_on=ON, reason="merger", merged_into=gone)
    ).raises(PreconditionFailed)


def test_dissolving_twice_is_refused() -> None:
    scenario(org_unit_decider).given(village_established(), DISSOLVED).when(
        cmd.DissolveOrgUnit(dissolved_on=ON, reason="again")
    ).raises(PreconditionFailed)


def test_dissolving_before_establishment_is_invalid() -> None:
    scenario(org_unit_decider).given(village_established()).when(
        cmd.DissolveOrgUnit(dissolved_on=date(2020, 1, 1), reason="x")
    ).raises(InvalidArgument)
