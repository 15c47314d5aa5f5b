"""Commands under load against a service with several instances, as a careful client
sends them: a request id each, retried with the same id while the service is
unavailable (an instance killed: the next call goes to the other)."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import grpc

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.api.organization.v1 import organization_pb2_grpc as pb_grpc
from frontline.kernel.ids import new_id

# Worth retrying with the same request id: nothing happened, or it happened once.
_RETRY = {
    grpc.StatusCode.UNAVAILABLE,
    grpc.StatusCode.ABORTED,
    grpc.StatusCode.DEADLINE_EXCEEDED,
    grpc.StatusCode.CANCELLED,
    grpc.StatusCode.UNKNOWN,  # a connection reset mid-call
}
TOWNSHIP = "440781100"


class Load:
    def __init__(self, target: str, token_path: Path, retry_seconds: float = 120.0) -> None:
        self.target = target
        self.token_path = token_path
        self.retry_seconds = retry_seconds
        self.acknowledged = 0
        self.retried = 0
        self._progress = asyncio.Event()

    async def call(self, stub: Any, method: str, request: Any) -> Any:
        request_id = new_id()
        deadline = time.monotonic() + self.retry_seconds
        while True:
            metadata = [
                ("authorization", f"Bearer {self.token_path.read_text().strip()}"),
                ("x-request-id", request_id),
            ]
            try:
                reply = await getattr(stub, method)(request, metadata=metadata, timeout=15)
            except grpc.aio.AioRpcError as error:
                if error.code() not in _RETRY or time.monotonic() > deadline:
                    raise
                self.retried += 1
                await asyncio.sleep(0.2)
                continue
            self.acknowledged += 1
            self._progress.set()
            return reply

    async def acknowledged_at_least(self, count: int) -> None:
        while self.acknowledged < count:
            self._progress.clear()
            await self._progress.wait()

    @staticmethod
    def served_by_both(home: Path, service: str = "organization") -> bool:
        """Both instances answered EstablishOrgUnit (their audit logs say so)."""
        served = []
        for log in (home / "logs").glob(f"{service}*.audit.jsonl"):
            lines = (json.loads(line) for line in log.read_text().splitlines() if line)
            served.append(
                any(
                    line.get("method", "").endswith("EstablishOrgUnit")
                    and line.get("outcome") == "OK"
                    for line in lines
                )
            )
        return len(served) >= 2 and all(served)


async def establish_villages(load: Load, count: int, workers: int = 8) -> list[str]:
    """A county, a township and ``count`` villages, ``workers`` commands at a time,
    spread over every instance (round robin); the village codes."""
    options = [("grpc.lb_policy_name", "round_robin")]
    async with grpc.aio.insecure_channel(load.target, options=options) as channel:
        stub = pb_grpc.OrganizationServiceStub(channel)  # type: ignore[no-untyped-call]
        county = await load.call(stub, "EstablishOrgUnit", _unit(pb.ORG_LEVEL_COUNTY, "440781"))
        town = await load.call(
            stub,
            "EstablishOrgUnit",
            _unit(pb.ORG_LEVEL_TOWNSHIP, TOWNSHIP, county.org_unit.org_unit_id),
        )
        codes = [f"{TOWNSHIP}{n:03d}" for n in range(1, count + 1)]
        queue: asyncio.Queue[str] = asyncio.Queue()
        for code in codes:
            queue.put_nowait(code)

        async def worker() -> None:
            while not queue.empty():
                code = queue.get_nowait()
                request = _unit(pb.ORG_LEVEL_VILLAGE, code, town.org_unit.org_unit_id)
                await load.call(stub, "EstablishOrgUnit", request)

        await asyncio.gather(*(worker() for _ in range(workers)))
    return codes


def _unit(level: Any, code: str, parent: str = "") -> pb.EstablishOrgUnitRequest:
    return pb.EstablishOrgUnitRequest(
        level=level, division_code=code, name=f"单位{code}", parent_unit_id=parent
    )
