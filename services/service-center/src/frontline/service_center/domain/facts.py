"""What one aggregate's command needs to know of things outside it.

Deciders stay pure: the use case looks these up (the read model, the directories
built from other services' events) and passes them inside the command; the
decider checks the rules on them.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class UnitFacts(BaseModel):
    """An org unit as the organization service announced it (the org directory)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    org_unit_id: str
    division_code: str
    level: str
    active: bool = True


class CentreFacts(BaseModel):
    """A centre as a request needs it: where it is, whether it takes requests, its lines."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    centre_id: str
    division_code: str
    active: bool
    lines_offered: frozenset[str]


def township_of(division_code: str) -> str:
    """The township (9-digit) code a village or township code belongs to."""
    return division_code[:9]
