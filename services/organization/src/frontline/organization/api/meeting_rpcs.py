"""Meeting RPCs: record a meeting held, list meetings in a period."""

from __future__ import annotations

from typing import Any

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.kernel import convert as cv
from frontline.organization.api import messages
from frontline.organization.domain.meeting import MeetingType
from frontline.organization.use_cases import meetings
from frontline.organization.use_cases.ports import Ports

Ctx = Any  # grpc.aio.ServicerContext; unused by the mappers
_PEOPLE = 1_000_000


class MeetingRpcs:
    ports: Ports

    async def RecordMeeting(
        self, request: pb.RecordMeetingRequest, context: Ctx
    ) -> pb.RecordMeetingResponse:
        meeting = meetings.Meeting(
            unit_id=cv.identifier(request.org_unit_id, "org_unit_id"),
            meeting_type=cv.enum_in(
                pb.MeetingType, request.meeting_type, MeetingType, "meeting_type"
            ),
            held_on=cv.day(request.held_on, "held_on", self.ports.today()),
            members_due=cv.whole(request.members_due, "members_due", 0, _PEOPLE),
            members_present=cv.whole(request.members_present, "members_present", 0, _PEOPLE),
            topic=cv.text(request.topic, "topic", cv.TITLE),
        )
        held = await meetings.record_meeting(self.ports, meeting)
        return pb.RecordMeetingResponse(meeting=messages.meeting(held))

    async def ListMeetings(
        self, request: pb.ListMeetingsRequest, context: Ctx
    ) -> pb.ListMeetingsResponse:
        page = cv.page(request.page_size, request.page_token)
        found = await meetings.list_meetings(
            self.ports,
            cv.optional_identifier(request.org_unit_id, "org_unit_id"),
            request.division_code_prefix,
            (
                cv.optional_day(request.held_from, "held_from"),
                cv.optional_day(request.held_to, "held_to"),
            ),
            cv.optional_enum(pb.MeetingType, request.meeting_type, MeetingType, "meeting_type"),
            page,
        )
        return pb.ListMeetingsResponse(
            meetings=[messages.meeting(m) for m in found], next_page_token=page.next_token(found)
        )
