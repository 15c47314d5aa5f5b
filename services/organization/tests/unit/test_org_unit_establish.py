"""Establishing org units: levels, parents, division codes and terms."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.kernel.errors import AlreadyExists, InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario
from frontline.organization.domain import org_unit_events as ev
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.org_unit import org_unit_decider
from frontline.organization.domain.org_unit_commands import EstablishOrgUnit
from frontline.organization.domain.unit_facts import UnitFacts

from .org_unit_fixtures import COUNTY, TOWNSHIP, VILLAGE, village_established

pytestmark = pytest.mark.unit
ON = date(2021, 3, 1)


def establish(
    level: OrgLevel, code: str, parent: UnitFacts | None, **extra: object
) -> EstablishOrgUnit:
    return EstablishOrgUnit(
        unit_id="u-new",
        level=level,
        division_code=code,
        name="unit",
        parent=parent,
        established_on=ON,
        **extra,
    )


def test_a_village_under_its_township_gets_a_five_year_term() -> None:
    cmd = EstablishOrgUnit(
        unit_id=VILLAGE.unit_id,
        level=OrgLevel.VILLAGE,
        division_code=VILLAGE.division_code,
        name="Shatou village party branch",
        parent=TOWNSHIP,
        established_on=ON,
    )
    scenario(org_unit_decider).when(cmd).then(village_established())


def test_a_county_committee_has_no_parent() -> None:
    [event] = scenario(org_unit_decider).when(establish(OrgLevel.COUNTY, "440781", None)).outcome()
    assert isinstance(event, ev.OrgUnitEstablished)
    assert event.parent_id is None and event.election_due_on == date(2026, 3, 1)


def test_a_county_committee_under_a_parent_is_invalid() -> None:
    scenario(org_unit_decider).when(establish(OrgLevel.COUNTY, "440781", COUNTY)).raises(
        InvalidArgument
    )


@pytest.mark.parametrize(
    ("level", "code"),
    [
        (OrgLevel.COUNTY, "44078"),
        (OrgLevel.TOWNSHIP, "4407811000"),
        (OrgLevel.VILLAGE, "44078110020"),
        (OrgLevel.COMMUNITY, "4407811002011"),
        (OrgLevel.VILLAGE, "44078110020x"),
    ],
)
def test_a_code_of_the_wrong_length_is_invalid(level: OrgLevel, code: str) -> None:
    parent = {OrgLevel.COUNTY: None, OrgLevel.TOWNSHIP: COUNTY}.get(level, TOWNSHIP)
    error = scenario(org_unit_decider).when(establish(level, code, parent)).raises(InvalidArgument)
    assert error.violations[0].field == "division_code"  # type: ignore[attr-defined]


def test_a_village_code_outside_its_parents_prefix_is_invalid() -> None:
    error = (
        scenario(org_unit_decider)
        .when(establish(OrgLevel.VILLAGE, "440781200201", TOWNSHIP))
        .raises(InvalidArgument)
    )
    assert error.violations[0].field == "division_code"  # type: ignore[attr-defined]


def test_a_township_code_outside_the_county_is_invalid() -> None:
    scenario(org_unit_decider).when(establish(OrgLevel.TOWNSHIP, "440782100", COUNTY)).raises(
        InvalidArgument
    )


@pytest.mark.parametrize(
    ("level", "code", "parent"),
    [
        (OrgLevel.VILLAGE, "440781100201", COUNTY),
        (OrgLevel.TOWNSHIP, "440781100", TOWNSHIP),
        (OrgLevel.BRANCH, "440781100201", TOWNSHIP),
        (OrgLevel.COMMUNITY, "440781100201", VILLAGE),
        (OrgLevel.VILLAGE, "440781100201", None),
    ],
)
def test_a_unit_under_the_wrong_level_is_invalid(
    level: OrgLevel, code: str, parent: UnitFacts | None
) -> None:
    error = scenario(org_unit_decider).when(establish(level, code, parent)).raises(InvalidArgument)
    assert error.violations[0].field == "parent_unit_id"  # type: ignore[attr-defined]


def test_a_branch_shares_its_villages_code() -> None:
    [event] = (
        scenario(org_unit_decider)
        .when(establish(OrgLevel.BRANCH, VILLAGE.division_code, VILLAGE, term_years=3))
        .outcome()
    )
    assert isinstance(event, ev.OrgUnitEstablished)
    assert event.term_years == 3 and event.election_due_on == date(2024, 3, 1)


def test_a_branch_with_another_code_is_invalid() -> None:
    scenario(org_unit_decider).when(establish(OrgLevel.BRANCH, "440781100202", VILLAGE)).raises(
        InvalidArgument
    )


@pytest.mark.parametrize(
    ("level", "code", "parent", "years"),
    [
        (OrgLevel.VILLAGE, "440781100201", TOWNSHIP, 3),
        (OrgLevel.BRANCH, "440781100201", VILLAGE, 4),
    ],
)
def test_a_term_length_the_level_does_not_allow_is_invalid(
    level: OrgLevel, code: str, parent: UnitFacts, years: int
) -> None:
    error = (
        scenario(org_unit_decider)
        .when(establish(level, code, parent, term_years=years))
        .raises(InvalidArgument)
    )
    assert error.violations[0].field == "term_years"  # type: ignore[attr-defined]


def test_a_term_started_before_establishment_in_the_system_counts_from_its_start() -> None:
    [event] = (
        scenario(org_unit_decider)
        .when(
            establish(OrgLevel.VILLAGE, "440781100201", TOWNSHIP, term_started_on=date(2020, 2, 29))
        )
        .outcome()
    )
    assert isinstance(event, ev.OrgUnitEstablished)
    assert event.election_due_on == date(2025, 2, 28)


def test_a_unit_under_a_dissolved_parent_is_refused() -> None:
    closed = TOWNSHIP.model_copy(update={"active": False})
    scenario(org_unit_decider).when(establish(OrgLevel.VILLAGE, "440781100201", closed)).raises(
        PreconditionFailed
    )


def test_establishing_twice_is_refused() -> None:
    scenario(org_unit_decider).given(village_established()).when(
        establish(OrgLevel.VILLAGE, "440781100201", TOWNSHIP)
    ).raises(AlreadyExists)


def test_a_blank_name_is_invalid() -> None:
    cmd = establish(OrgLevel.VILLAGE, "440781100201", TOWNSHIP).model_copy(update={"name": " "})
    scenario(org_unit_decider).when(cmd).raises(InvalidArgument)
