"""Cadres and units made through the use cases themselves, for the use-case tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from frontline.cadre.use_cases import registry

from .memory import World

TOWNSHIP = "440781101"
VILLAGE = "440781101203"
OTHER_TOWNSHIP = "440781102"

PERSON = registry.Registration(
    name="张秀英",
    gender="female",
    birth_date=date(1985, 3, 17),
    education_level="senior_secondary",
    party_member=True,
    phone="13900001111",
    id_number="440781198503170021",
    division_code=VILLAGE,
    registered_on=date(2025, 3, 1),
)


def person(n: int = 1, **changes: Any) -> registry.Registration:
    """A person with an ID number of their own (``n``)."""
    return replace(PERSON, **{"id_number": f"44078119850317{n:04d}", **changes})


async def register(world: World, n: int = 1, **changes: Any) -> str:
    return await registry.register(world.ports, person(n, **changes))
