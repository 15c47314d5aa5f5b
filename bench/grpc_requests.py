"""Row 2b: SubmitRequest through gRPC on the service-center process, beside RecordMeeting.

16 client tasks on one grpc.aio channel take requests (受理) at one village centre, each
from a new requester: authentication, authorization, the centre's read, the requester
found or made by the keyed hash of their phone, name, phone and words sealed under the
requester's own key (a new key each time), the command transaction (event, outbox,
idempotency, read model, the deadline timer) and the reply.
"""

from __future__ import annotations

import asyncio
import time

import grpc

from bench.cpu import CpuMeter
from bench.grpc_commands import CountyAdmin
from bench.load import closed_loop, seconds
from frontline.api.service_center.v1 import service_center_pb2 as pb
from frontline.api.service_center.v1 import service_center_pb2_grpc as pb_grpc
from frontline.testkit.runtime import SigningKeys

CLIENTS = 16


class ServiceDeskClient(CountyAdmin):
    def __init__(self, channel: grpc.aio.Channel, keys: SigningKeys) -> None:
        super().__init__(keys)
        self.stub = pb_grpc.ServiceCenterServiceStub(channel)  # type: ignore[no-untyped-call]

    async def centre(self, unit_id: str, within: float = 60.0) -> str:
        """A one-stop centre on the village, once the service learnt the unit from Kafka."""
        request = pb.EstablishCentreRequest(
            org_unit_id=unit_id, name="基准村一站式服务站", lines=["social_security"]
        )
        deadline = time.monotonic() + within
        while True:
            try:
                reply = await self.stub.EstablishCentre(request, metadata=self.metadata())
                return str(reply.centre.centre_id)
            except grpc.aio.AioRpcError as exc:
                late = time.monotonic() > deadline
                if exc.code() != grpc.StatusCode.FAILED_PRECONDITION or late:
                    raise
            await asyncio.sleep(0.2)  # the org directory has not seen the unit yet

    async def submit(self, centre_id: str, n: int) -> None:
        request = pb.SubmitRequestRequest(
            centre_id=centre_id, line="social_security", kind=pb.REQUEST_KIND_HELP,
            channel=pb.CHANNEL_PHONE, requester_name="张三", requester_phone=f"139{n:08d}",
            description="咨询城乡居民养老保险缴费",
        )  # fmt: skip
        await self.stub.SubmitRequest(request, metadata=self.metadata())


async def submit_rate(client: ServiceDeskClient, centre_id: str, meter: CpuMeter) -> float:
    async def command(c: int, n: int) -> None:
        await client.submit(centre_id, c * 10_000_000 + n)

    return await closed_loop(CLIENTS, seconds(8), command, meter=meter)
