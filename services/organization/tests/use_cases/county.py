"""A small county made through the use cases themselves, for the use-case tests."""

from __future__ import annotations

from datetime import date

from frontline.contracts.cadre import CadreRegistered
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.use_cases import team_posts, units
from frontline.organization.views import UnitView

from .memory import World


async def establish(
    world: World, level: OrgLevel, code: str, parent: str | None = None
) -> UnitView:
    return await units.establish_unit(
        world.ports,
        units.Establishment(
            level=level,
            division_code=code,
            name=f"unit {code}",
            parent_unit_id=parent,
            established_on=date(2021, 3, 1),
            term_started_on=None,
            term_years=None,
        ),
    )


async def county_tree(world: World) -> tuple[UnitView, UnitView, UnitView]:
    county = await establish(world, OrgLevel.COUNTY, "440781")
    town = await establish(world, OrgLevel.TOWNSHIP, "440781100", county.unit_id)
    village = await establish(world, OrgLevel.VILLAGE, "440781100201", town.unit_id)
    return county, town, village


async def registered(world: World, cadre_id: str, division_code: str) -> None:
    """The cadre service announced this cadre (CadreRegistered), as the reaction sees it."""
    await team_posts.cadre_registered(
        world.ports,
        CadreRegistered(
            cadre_id=cadre_id, gender="female", age_band="30_39", education_level="college",
            party_member=True, division_code=division_code,
        ),
    )  # fmt: skip
