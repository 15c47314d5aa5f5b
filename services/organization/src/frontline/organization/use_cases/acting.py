"""Who a caller acts for, in the county's chain of command.

DOMAIN.md "Responsibility lists and supervision orders": the county sets lists for its
townships and issues them orders, a township for its villages and communities; the
receiving unit acknowledges and reports, the issuer accepts or returns. So a caller
acts for exactly one unit: the one on its own scope, of the level its role works at
(county_admin the county, township_operator its township, village_operator its
village or community). A township operator covers its villages' codes too, but it
does not acknowledge its own orders on their behalf.
"""

from __future__ import annotations

from frontline.kernel.authz import current_principal
from frontline.kernel.errors import PermissionDenied
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.use_cases.ports import Ports
from frontline.organization.views import UnitView

ROLE_LEVELS: dict[str, frozenset[OrgLevel]] = {
    "county_admin": frozenset({OrgLevel.COUNTY}),
    "township_operator": frozenset({OrgLevel.TOWNSHIP}),
    "village_operator": frozenset({OrgLevel.VILLAGE, OrgLevel.COMMUNITY}),
}


async def own_unit(p: Ports) -> UnitView:
    """The unit the caller acts for; PermissionDenied when its scope is not one."""
    principal = current_principal()
    unit = await p.read.unit_on(principal.scope)
    levels = frozenset().union(*(ROLE_LEVELS.get(r, frozenset()) for r in principal.roles))
    if unit is None or unit.level not in levels:
        raise PermissionDenied(
            "acts only for the unit of its own scope {scope} at its role's level",
            reason="NOT_ACTING_UNIT",
            scope=principal.scope,
        )
    return unit


async def require_acting_for(p: Ports, unit_id: str, party: str) -> UnitView:
    """The caller's own unit, which must be ``unit_id`` (the order's ``party``)."""
    unit = await own_unit(p)
    if unit.unit_id != unit_id:
        raise PermissionDenied("only the {party} may do this", reason="NOT_THE_PARTY", party=party)
    return unit
