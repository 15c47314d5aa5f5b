"""Centre use cases over in-memory ports: establish, lines, staff on duty, close, reach."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.kernel.convert import Page
from frontline.kernel.errors import (
    AlreadyExists,
    InvalidArgument,
    PermissionDenied,
    PreconditionFailed,
)
from frontline.service_center.domain import centre_commands as cmd
from frontline.service_center.domain.vocabulary import CentreKind
from frontline.service_center.use_cases import centres

from .county import OTHER_VILLAGE, TOWNSHIP, VILLAGE, known_county, open_centre
from .memory import World

PAGE = Page(100, 0)


def establishment(unit_id: str) -> centres.Establishment:
    return centres.Establishment(unit_id, "党群服务中心", date(2025, 9, 26), ("social_security",))


async def test_a_centre_opens_on_a_known_unit_with_the_county_s_time_limits(world: World) -> None:
    known_county(world)
    centre = await centres.establish_centre(world.ports, establishment("u-town"))
    assert (centre.kind, centre.division_code) == (CentreKind.PARTY_MASSES_CENTRE, TOWNSHIP)
    assert [o.line for o in centre.lines if o.offered] == ["social_security"]
    limits = world.commands.published[1].time_limits
    assert limits == {"consultation": 1, "help": 5, "suggestion": 5, "complaint": 10}


async def test_an_unknown_unit_is_a_precondition_and_a_second_centre_is_refused(
    world: World,
) -> None:
    known_county(world)
    with pytest.raises(PreconditionFailed) as unknown:
        await centres.establish_centre(world.ports, establishment("u-nowhere"))
    assert unknown.value.violations[0].type == "UNKNOWN_ORG_UNIT"
    await centres.establish_centre(world.ports, establishment("u-v1"))
    with pytest.raises(AlreadyExists):
        await centres.establish_centre(world.ports, establishment("u-v1"))
    with pytest.raises(InvalidArgument):
        await centres.establish_centre(world.ports, establishment("u-branch"))


async def test_a_retried_establishment_answers_with_the_first_centre(world: World) -> None:
    known_county(world)
    world.acting_as("county_admin", request_id="req-1")
    first = await centres.establish_centre(world.ports, establishment("u-v1"))
    again = await centres.establish_centre(world.ports, establishment("u-v1"))
    assert again.centre_id == first.centre_id and len(world.commands.streams) == 1


async def test_a_township_operator_opens_centres_in_its_township_only(world: World) -> None:
    known_county(world)
    world.acting_as("township_operator", scope="440781200")
    with pytest.raises(PermissionDenied):
        await centres.establish_centre(world.ports, establishment("u-v1"))


async def test_staff_on_duty_serve_in_the_township(world: World) -> None:
    centre = await open_centre(world)
    assert centre.staff == ("c-1",)
    # c-2 serves in another village of the same township: fine; c-9 elsewhere: refused.
    both = await centres.put_staff_on_duty(world.ports, centre.centre_id, "c-2", date(2025, 9, 26))
    assert both.staff == ("c-1", "c-2")
    with pytest.raises(PreconditionFailed):
        await centres.put_staff_on_duty(world.ports, centre.centre_id, "c-9", date(2025, 9, 26))
    off = cmd.TakeStaffOffDuty(cadre_id="c-2", off_duty_from=date(2025, 9, 26))
    assert (await centres.act_on_centre(world.ports, centre.centre_id, off)).staff == ("c-1",)


async def test_lines_are_offered_and_withdrawn(world: World) -> None:
    centre = await open_centre(world)
    day = date(2025, 9, 26)
    withdrawn = await centres.set_service_line(
        world.ports, centre.centre_id, "medical_health", False, day
    )
    assert withdrawn.facts.lines_offered == frozenset({"social_security"})


async def test_a_closed_centre_is_listed_only_when_asked(world: World) -> None:
    centre = await open_centre(world)
    close = cmd.CloseCentre(closed_on=date(2025, 9, 26), reason="moved into the township")
    await centres.act_on_centre(world.ports, centre.centre_id, close)
    assert await centres.list_centres(world.ports, "", False, PAGE) == []
    assert len(await centres.list_centres(world.ports, "", True, PAGE)) == 1


async def test_centre_staff_reach_their_own_centre_only(world: World) -> None:
    mine = await open_centre(world)
    other = await centres.establish_centre(world.ports, establishment("u-v2"))
    town = await centres.establish_centre(world.ports, establishment("u-town"))
    world.acting_as("service_operator", scope=VILLAGE)
    assert (await centres.get_centre(world.ports, mine.centre_id)).centre_id == mine.centre_id
    with pytest.raises(PermissionDenied):
        await centres.get_centre(world.ports, other.centre_id)
    assert [c.centre_id for c in await centres.list_centres(world.ports, "", False, PAGE)] == [
        mine.centre_id
    ]
    # A township centre's staff do not reach the village centres under their township.
    world.acting_as("service_operator", scope=TOWNSHIP)
    with pytest.raises(PermissionDenied):
        await centres.get_centre(world.ports, mine.centre_id)
    with pytest.raises(PermissionDenied):
        await centres.list_centres(world.ports, OTHER_VILLAGE, False, PAGE)
    listed = await centres.list_centres(world.ports, "", False, PAGE)
    assert [c.centre_id for c in listed] == [town.centre_id]
