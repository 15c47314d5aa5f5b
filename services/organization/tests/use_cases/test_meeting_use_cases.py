"""Meeting use cases against in-memory ports."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.kernel.convert import Page
from frontline.kernel.errors import InvalidArgument, PermissionDenied
from frontline.organization.domain.meeting import MeetingType
from frontline.organization.use_cases import meetings

from .county import county_tree
from .memory import World

pytestmark = pytest.mark.unit


def meeting(unit_id: str, held_on: date = date(2026, 1, 3), present: int = 8) -> meetings.Meeting:
    return meetings.Meeting(
        unit_id=unit_id, meeting_type=MeetingType.THEME_PARTY_DAY, held_on=held_on,
        members_due=10, members_present=present, topic="study session",
    )  # fmt: skip


async def test_a_meeting_is_recorded_once_and_listed_for_its_unit(world: World) -> None:
    _, _, village = await county_tree(world)
    held = await meetings.record_meeting(world.ports, meeting(village.unit_id))
    assert (held.unit_id, held.division_code) == (village.unit_id, village.division_code)
    found = await meetings.list_meetings(
        world.ports, village.unit_id, "", (date(2026, 1, 1), None), None, Page(10, 0)
    )
    assert [m.meeting_id for m in found] == [held.meeting_id]
    assert world.commands.published[-1].ce_type.endswith("MeetingHeld.v1")


async def test_a_meeting_in_the_future_is_refused(world: World) -> None:
    _, _, village = await county_tree(world)
    with pytest.raises(InvalidArgument) as refused:
        await meetings.record_meeting(world.ports, meeting(village.unit_id, date(2026, 2, 1)))
    assert refused.value.violations[0].field == "held_on"


async def test_a_meeting_of_another_township_is_refused(world: World) -> None:
    _, _, village = await county_tree(world)
    world.acting_as("township_operator", scope="440781101")
    with pytest.raises(PermissionDenied):
        await meetings.record_meeting(world.ports, meeting(village.unit_id))
