"""Meeting use cases: record a meeting held, list meetings in a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from frontline.kernel.authz import found_in_scope, scoped_prefix
from frontline.kernel.convert import Page
from frontline.organization.domain.meeting import (
    MeetingHeld,
    MeetingType,
    RecordMeeting,
    meeting_decider,
)
from frontline.organization.domain.unit_facts import UnitFacts
from frontline.organization.use_cases.ports import Ports
from frontline.organization.use_cases.units import unit_in_scope
from frontline.organization.views import MeetingView


@dataclass(frozen=True)
class Meeting:
    unit_id: str
    meeting_type: MeetingType
    held_on: date
    members_due: int
    members_present: int
    topic: str


async def record_meeting(p: Ports, m: Meeting) -> MeetingView:
    meeting_id, today = p.new_id(), p.today()

    def command(unit: UnitFacts | None) -> RecordMeeting:
        return RecordMeeting(
            meeting_id=meeting_id,
            unit=found_in_scope(unit, "org unit", m.unit_id),
            meeting_type=m.meeting_type,
            held_on=m.held_on,
            members_due=m.members_due,
            members_present=m.members_present,
            topic=m.topic,
            today=today,
        )

    # The unit's facts (not its children) come with the command's load: one round trip.
    lookup = p.read.unit_facts_lookup(m.unit_id)
    result = await p.commands.execute_after(meeting_decider, meeting_id, lookup, command)
    # The answer is the recorded event itself (a retried request id replays the first
    # call's event): the meetings row holds exactly its fields.
    held = next(e.event for e in result.events if isinstance(e.event, MeetingHeld))
    return held


async def list_meetings(
    p: Ports,
    unit_id: str | None,
    prefix: str,
    period: tuple[date | None, date | None],
    meeting_type: MeetingType | None,
    page: Page,
) -> list[MeetingView]:
    # A unit's own records, or everything under a prefix of the caller's scope.
    scope = (await unit_in_scope(p, unit_id)).division_code if unit_id else scoped_prefix(prefix)
    return await p.read.meetings(unit_id, scope, period, meeting_type, page)
