"""Registry use cases against in-memory ports: one registration per person, personal
data sealed, corrected and erased, and shown only to those who may see it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.use_cases import registry
from frontline.contracts import cadre as public
from frontline.kernel.convert import Page
from frontline.kernel.errors import (
    AlreadyExists,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    PreconditionFailed,
)

from .county import OTHER_TOWNSHIP, TOWNSHIP, VILLAGE, person, register
from .memory import World

pytestmark = pytest.mark.unit
PAGE = Page(100, 0)


async def test_a_registered_cadre_is_sealed_and_published_without_personal_data(
    world: World,
) -> None:
    cadre_id = await register(world)
    record = await registry.get_cadre(world.ports, cadre_id)
    assert record.personal.status == "shown" and record.personal.fields is not None
    assert (record.personal.fields.name, record.cadre.age_band) == ("张秀英", "30_39")
    [registered] = world.commands.events(cadre_id)
    assert isinstance(registered, ev.CadreRegistered)
    assert "张秀英" not in registered.model_dump_json()
    assert world.commands.published == [
        public.CadreRegistered(
            cadre_id=cadre_id,
            gender="female",
            age_band="30_39",
            education_level="senior_secondary",
            party_member=True,
            division_code=VILLAGE,
        )
    ]


async def test_the_same_id_number_registers_once_whatever_its_case(world: World) -> None:
    first = await register(world, 7)
    again = person(7, id_number=person(7).id_number.lower() + " ")
    with pytest.raises(AlreadyExists) as refused:
        await registry.register(world.ports, again)
    assert first in str(refused.value)
    # The refused registration left no key and no cadre behind.
    assert list(world.vault.wrapped) == [first]
    assert list(world.commands.streams) == [first]


async def test_a_registration_that_lost_a_race_leaves_nothing(world: World) -> None:
    world.vault.raced = True
    with pytest.raises(AlreadyExists):
        await register(world)
    assert (world.commands.streams, world.vault.wrapped, world.commands.published) == ({}, {}, [])


async def test_a_retried_registration_answers_with_the_first_cadre(world: World) -> None:
    world.acting_as("cadre_manager", request_id="req-1")
    first = await register(world)
    again = await register(world)
    assert again == first
    assert list(world.commands.streams) == [first]
    assert list(world.vault.wrapped) == [first]  # the retry's new key was dropped


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"id_number": "4407811985"}, "id_number"),
        ({"phone": "call me"}, "phone"),
        ({"birth_date": date(2015, 1, 1)}, "birth_date"),
    ],
)
async def test_a_malformed_registration_is_refused_by_field(
    world: World, changes: dict[str, Any], field: str
) -> None:
    with pytest.raises(InvalidArgument) as refused:
        await registry.register(world.ports, person(**changes))
    assert refused.value.violations[0].field == field


async def test_a_correction_keeps_what_it_does_not_change(world: World) -> None:
    cadre_id = await register(world)
    correction = registry.Correction(phone="13700002222")
    await registry.update(world.ports, cadre_id, correction)
    fields = (await registry.get_cadre(world.ports, cadre_id)).personal.fields
    assert fields is not None
    assert (fields.name, fields.phone, fields.birth_date) == (
        "张秀英",
        "13700002222",
        date(1985, 3, 17),
    )
    assert isinstance(world.commands.events(cadre_id)[-1], ev.PersonalDataUpdated)


async def test_a_correction_outside_the_callers_township_is_refused(world: World) -> None:
    cadre_id = await register(world)
    world.acting_as("township_operator", scope=OTHER_TOWNSHIP)
    with pytest.raises(PermissionDenied):
        await registry.update(world.ports, cadre_id, registry.Correction(name="李四"))
    world.acting_as("cadre_manager")
    with pytest.raises(NotFound):
        await registry.update(world.ports, "no-such-cadre", registry.Correction(name="李四"))


async def test_erasure_destroys_the_key_and_keeps_the_statistics(world: World) -> None:
    cadre_id = await register(world)
    await registry.erase(world.ports, cadre_id)
    record = await registry.get_cadre(world.ports, cadre_id)
    assert (record.personal.status, record.personal.fields) == ("erased", None)
    assert (record.cadre.gender, record.cadre.erased_on) == ("female", date(2026, 1, 5))
    assert world.commands.published[-1] == public.CadrePersonalDataErased(cadre_id=cadre_id)
    with pytest.raises(PreconditionFailed):
        await registry.update(world.ports, cadre_id, registry.Correction(phone="13700002222"))
    # The person is no longer recognisable: registering again makes a new cadre.
    assert await register(world) != cadre_id


async def test_personal_fields_are_shown_to_managers_only(world: World) -> None:
    cadre_id = await register(world)
    world.acting_as("township_operator", scope=TOWNSHIP)
    withheld = await registry.get_cadre(world.ports, cadre_id)
    assert (withheld.personal.status, withheld.personal.fields) == ("withheld", None)
    [listed] = await registry.list_cadres(world.ports, "", PAGE)
    assert listed.personal.status == "withheld"


async def test_lists_stay_inside_the_callers_scope_and_pages(world: World) -> None:
    here = [await register(world, n) for n in range(1, 4)]
    await register(world, 9, division_code=f"{OTHER_TOWNSHIP}201")
    world.acting_as("township_operator", scope=TOWNSHIP)
    first, second = (
        await registry.list_cadres(world.ports, "", Page(2, 0)),
        await registry.list_cadres(world.ports, "", Page(2, 2)),
    )
    assert [r.cadre.cadre_id for r in first + second] == sorted(here)
    with pytest.raises(PermissionDenied):
        await registry.list_cadres(world.ports, OTHER_TOWNSHIP, PAGE)
