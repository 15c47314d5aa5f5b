"""Cadres and units made through the use cases themselves, for the use-case tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from frontline.cadre.domain.resident_ids import check_character
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
    id_number="440781198503170023",
    division_code=VILLAGE,
    registered_on=date(2025, 3, 1),
)


def person(n: int = 1, **changes: Any) -> registry.Registration:
    """A person with an ID number of their own (``n``)."""
    body = f"440781{date(1985, 3, 17) + timedelta(days=n // 1000):%Y%m%d}{n % 1000:03d}"
    return replace(PERSON, **{"id_number": body + check_character(body), **changes})


async def register(world: World, n: int = 1, **changes: Any) -> str:
    return await registry.register(world.ports, person(n, **changes))
