"""What another aggregate needs to know about an org unit.

Deciders stay pure: the application looks the unit up in the read model and
passes these facts inside the command; the decider checks the rules on them.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from frontline.organization.domain.divisions import OrgLevel


class UnitFacts(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    unit_id: str
    level: OrgLevel
    division_code: str
    active: bool = True
    one_shoulder: bool = False
