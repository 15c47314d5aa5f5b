"""`frontline org meeting …`: record meetings held and list them by unit and period."""

from __future__ import annotations

from typing import Annotated

import typer

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.cli.client import call
from frontline.cli.enums import label, parse
from frontline.cli.language import say
from frontline.cli.options import MAX_COUNT, Day, Division, Json, day_option, sub_app
from frontline.cli.org_format import stub
from frontline.cli.output import as_dict, emit_json, table

app = sub_app("Meetings: 三会一课, theme party day, ...")
Due = Annotated[int, typer.Option("--due", min=0, max=MAX_COUNT, help="Members due to attend")]
Present = Annotated[int, typer.Option("--present", min=0, max=MAX_COUNT, help="Members present")]
TYPES = (
    "branch_member_meeting, branch_committee_meeting, party_group_meeting, party_lesson, "
    "theme_party_day, leading_bodies_joint_meeting, party_masses_joint_meeting"
)


@app.command("record")
def record(
    unit: Annotated[str, typer.Option(help="Unit id")],
    meeting_type: Annotated[str, typer.Option("--type", help=TYPES)],
    due: Due,
    present: Present,
    topic: Annotated[str, typer.Option()] = "",
    held_on: Day = "",
    as_json: Json = False,
) -> None:
    """Record a meeting held, with its attendance."""
    request = pb.RecordMeetingRequest(
        org_unit_id=unit, meeting_type=parse(pb.MeetingType, meeting_type, "--type"),
        held_on=held_on, members_due=due, members_present=present, topic=topic,
    )  # fmt: skip
    meeting = call(stub().RecordMeeting, request).meeting
    if as_json:
        emit_json(meeting)
        return
    print(say("recorded meeting {id} on {day}", id=meeting.meeting_id, day=meeting.held_on))


@app.command("list")
def list_meetings(
    unit: Annotated[str, typer.Option(help="Unit id")] = "",
    division: Division = "",
    held_from: Annotated[str, day_option("--from", help="First day")] = "",
    held_to: Annotated[str, day_option("--to", help="Last day")] = "",
    meeting_type: Annotated[str, typer.Option("--type", help=TYPES)] = "",
    as_json: Json = False,
) -> None:
    """Meetings of a unit (or under a division code) in a period."""
    response = call(stub().ListMeetings, pb.ListMeetingsRequest(
        org_unit_id=unit, division_code_prefix=division, held_from=held_from, held_to=held_to,
        meeting_type=parse(pb.MeetingType, meeting_type, "--type"), page_size=500,
    ))  # fmt: skip
    if as_json:
        emit_json([as_dict(m) for m in response.meetings])
        return
    table(say("meetings"), ["date", "type", "code", "present/due", "topic", "id"], [
        (m.held_on, label(pb.MeetingType, m.meeting_type), m.division_code,
         f"{m.members_present}/{m.members_due}", m.topic, m.meeting_id)
        for m in response.meetings
    ])  # fmt: skip
