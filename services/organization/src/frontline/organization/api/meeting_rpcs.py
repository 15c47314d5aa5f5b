"""Meeting RPCs: record a meeting held, list meetings in a period."""

from __future__ import annotations

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.kernel.ids import new_id
from frontline.organization import queries
from frontline.organization.api import convert as cv
from frontline.organization.api.base import Ctx, RpcBase
from frontline.organization.domain.meeting import (
    MeetingHeld,
    MeetingType,
    RecordMeeting,
    meeting_decider,
)


class MeetingRpcs(RpcBase):
    async def RecordMeeting(
        self, request: pb.RecordMeetingRequest, context: Ctx
    ) -> pb.RecordMeetingResponse:
        unit = await self.unit_facts_in_scope(request.org_unit_id)
        today = self.today()
        command = RecordMeeting(
            meeting_id=new_id(), unit=unit,
            meeting_type=cv.to_domain(pb.MeetingType, request.meeting_type, MeetingType, "meeting_type"),
            held_on=cv.parse_date(request.held_on, "held_on", today),
            members_due=request.members_due, members_present=request.members_present,
            topic=request.topic, today=today,
        )  # fmt: skip
        result = await self.execute(meeting_decider, command.meeting_id, command)
        # The reply is the recorded event itself (a retried request id replays the first
        # call's event): the meetings row holds exactly its fields, so no read is needed.
        held = next((e.event for e in result.events if isinstance(e.event, MeetingHeld)), None)
        if held is None:
            row = await self.reload(queries.meeting, result.stream_id)
            return pb.RecordMeetingResponse(meeting=cv.meeting(row))
        return pb.RecordMeetingResponse(meeting=cv.meeting_held(held))

    async def ListMeetings(
        self, request: pb.ListMeetingsRequest, context: Ctx
    ) -> pb.ListMeetingsResponse:
        if request.org_unit_id:
            prefix = (await self.unit_in_scope(request.org_unit_id))["division_code"]
        else:
            prefix = self.scoped_prefix(request.division_code_prefix)
        kind = cv.optional_domain(pb.MeetingType, request.meeting_type, MeetingType, "meeting_type")
        period = (
            cv.optional_date(request.held_from, "held_from"),
            cv.optional_date(request.held_to, "held_to"),
        )
        page = queries.page_of(request.page_size, request.page_token)
        rows = await queries.meetings(
            self.runtime.pool, request.org_unit_id or None, prefix, period,
            kind.value if kind else None, page,
        )  # fmt: skip
        return pb.ListMeetingsResponse(
            meetings=[cv.meeting(r) for r in rows], next_page_token=queries.next_token(rows, page)
        )
