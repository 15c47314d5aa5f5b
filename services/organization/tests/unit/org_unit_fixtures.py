"""Events and facts shared by the org unit decider tests."""

from __future__ import annotations

from datetime import date

from frontline.organization.domain import org_unit_events as ev
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.unit_facts import UnitFacts

COUNTY = UnitFacts(unit_id="u-county", level=OrgLevel.COUNTY, division_code="440781")
TOWNSHIP = UnitFacts(unit_id="u-town", level=OrgLevel.TOWNSHIP, division_code="440781100")
VILLAGE = UnitFacts(unit_id="u-village", level=OrgLevel.VILLAGE, division_code="440781100201")


def village_established(
    started: date = date(2021, 3, 1), due: date = date(2026, 3, 1)
) -> ev.OrgUnitEstablished:
    return ev.OrgUnitEstablished(
        unit_id=VILLAGE.unit_id,
        level=OrgLevel.VILLAGE,
        division_code=VILLAGE.division_code,
        name="Shatou village party branch",
        parent_id=TOWNSHIP.unit_id,
        parent_division_code=TOWNSHIP.division_code,
        established_on=date(2021, 3, 1),
        term_years=5,
        term_started_on=started,
        election_due_on=due,
    )


DISSOLVED = ev.OrgUnitDissolved(dissolved_on=date(2024, 1, 1), reason="merged villages")
