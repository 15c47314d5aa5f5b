"""Row 2: commands through gRPC — RecordMeeting on the organization service process.

16 client tasks on grpc.aio (one channel, as a gateway would hold) call
RecordMeeting with a bearer token and their own x-request-id, each a new meeting
of one village: authentication, authorization, a read of the unit, the command
transaction (event, outbox, idempotency, meetings read model) and the reply read.
The service runs as its own process, relaying to Kafka as it always does.
"""

from __future__ import annotations

import datetime as dt
import uuid

import grpc

from bench.cpu import CpuMeter
from bench.load import closed_loop, seconds
from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.api.organization.v1 import organization_pb2_grpc as pb_grpc
from frontline.testkit.runtime import SigningKeys

CLIENTS = 16


class CountyAdmin:
    """The county admin's bearer token and a new x-request-id on every call, as any
    client sends them: the bench's callers of every service."""

    def __init__(self, keys: SigningKeys) -> None:
        self.keys = keys
        self.token = keys.token(["county_admin"], scope="440781", ttl=3600)

    def metadata(self) -> tuple[tuple[str, str], ...]:
        return (("authorization", f"Bearer {self.token}"), ("x-request-id", uuid.uuid4().hex))


class OrganizationClient(CountyAdmin):
    def __init__(self, channel: grpc.aio.Channel, keys: SigningKeys) -> None:
        super().__init__(keys)
        self.stub = pb_grpc.OrganizationServiceStub(channel)  # type: ignore[no-untyped-call]

    async def establish_village(self) -> str:
        """County → township → village; the village's org unit id."""
        parent = ""
        for level, code in (
            (pb.ORG_LEVEL_COUNTY, "440781"),
            (pb.ORG_LEVEL_TOWNSHIP, "440781101"),
            (pb.ORG_LEVEL_VILLAGE, "440781101001"),
        ):
            request = pb.EstablishOrgUnitRequest(
                level=level, division_code=code, name=f"单位{code}", parent_unit_id=parent,
                established_on="2024-01-01", term_years=5,
            )  # fmt: skip
            reply = await self.stub.EstablishOrgUnit(request, metadata=self.metadata())
            parent = reply.org_unit.org_unit_id
        return parent

    async def record_meeting(self, unit_id: str, n: int) -> str:
        """The new meeting's id."""
        request = pb.RecordMeetingRequest(
            org_unit_id=unit_id, meeting_type=pb.MEETING_TYPE_THEME_PARTY_DAY,
            held_on=dt.date.today().isoformat(), members_due=20, members_present=18,
            topic=f"bench {n}",
        )  # fmt: skip
        reply = await self.stub.RecordMeeting(request, metadata=self.metadata())
        return str(reply.meeting.meeting_id)


async def grpc_command_rate(
    client: OrganizationClient, unit_id: str, meter: CpuMeter | None
) -> float:
    async def command(c: int, n: int) -> None:
        await client.record_meeting(unit_id, n)

    return await closed_loop(CLIENTS, seconds(8), command, meter=meter)
