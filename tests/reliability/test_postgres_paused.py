"""PostgreSQL stops answering (every one of its processes paused, SIGSTOP): calls answer
UNAVAILABLE with a retry hint within the server's time limit instead of hanging until
the client's deadline, the dashboard answers 503 with Retry-After, readiness says 503
naming the database; once it answers again (SIGCONT) readiness is 200 again and the
retried command (same request id) is applied once (DESIGN.md §7).

Before, calls hung until the client's deadline (DEADLINE_EXCEEDED) and readiness, a
flag set once at start, stayed 200.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status
from prometheus_client import REGISTRY

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.api.organization.v1 import organization_pb2_grpc as pb_grpc
from frontline.kernel.ids import new_id
from frontline.kernel.runtime import ServiceRuntime
from frontline.organization.service import SERVICE as ORGANIZATION
from frontline.stack.testing import own_postgres
from frontline.testkit.county_events import hq_settings
from frontline.testkit.faults import paused
from frontline.testkit.headquarters import running
from frontline.testkit.runtime import SigningKeys, service_settings
from frontline.testkit.waiting import eventually

CLIENT_DEADLINE = 60.0  # far beyond the server's limit: a hang would show as DEADLINE_EXCEEDED
METHOD = "/frontline.api.organization.v1.OrganizationService/GetOrgUnit"


async def http_status(url: str, token: str | None = None) -> tuple[int, dict[str, str], Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with aiohttp.ClientSession() as http, http.get(url, headers=headers) as response:
        return response.status, dict(response.headers), await response.json()


async def timed(call: Callable[[], Awaitable[Any]]) -> tuple[float, Any]:
    started = time.monotonic()
    try:
        outcome = await call()
    except grpc.aio.AioRpcError as error:
        outcome = error
    return time.monotonic() - started, outcome


async def calls_given_up() -> float:
    """GetOrgUnit calls the server stopped: at the client's deadline, or its own."""
    return sum(
        REGISTRY.get_sample_value("frontline_rpc_seconds_count", {"method": METHOD, "code": code})
        or 0.0
        for code in ("CANCELLED", "UNAVAILABLE")
    )


async def test_a_hung_database_fails_fast_and_everything_recovers(
    kafka_bootstrap: str, unique: str, tmp_path: Path
) -> None:
    keys = SigningKeys.create(tmp_path)
    async with own_postgres() as (postgres, server):
        org_db = await postgres.create_database("org")
        settings = service_settings(ORGANIZATION, org_db, kafka_bootstrap, f"{unique}.", keys)
        runtime = ServiceRuntime.of(ORGANIZATION, settings)
        hq_conf = hq_settings(
            await postgres.create_database("hq"), kafka_bootstrap, f"{unique}.", keys.public
        )
        async with (
            runtime.started(),
            running(hq_conf) as hq,
            grpc.aio.insecure_channel(f"127.0.0.1:{runtime.grpc_port}") as channel,
        ):
            stub = pb_grpc.OrganizationServiceStub(channel)  # type: ignore[no-untyped-call]
            admin = [("authorization", f"Bearer {keys.token(['county_admin'])}")]
            county = await stub.EstablishOrgUnit(
                pb.EstablishOrgUnitRequest(
                    level=pb.ORG_LEVEL_COUNTY, division_code="440781", name="县委"
                ),
                metadata=admin,
            )
            ready = f"http://127.0.0.1:{runtime.http_port}/health/ready"
            # Ready once its consumer groups are joined too.
            answer = await eventually(lambda: http_status(ready), lambda a: a[0] == 200, 60)
            print("ready:", answer[2])
            overview = f"http://127.0.0.1:{hq.dashboard.port}/api/overview"
            viewer = keys.token(["hq_viewer"])
            assert (await http_status(overview, viewer))[0] == 200

            township = pb.EstablishOrgUnitRequest(
                level=pb.ORG_LEVEL_TOWNSHIP,
                division_code="440781100",
                name="沙头镇",
                parent_unit_id=county.org_unit.org_unit_id,
            )
            request_id = new_id()
            with_id = [*admin, ("x-request-id", request_id)]
            assert server.process is not None
            with paused(server.process.pid):
                seconds, refused = await timed(
                    lambda: stub.EstablishOrgUnit(
                        township, metadata=with_id, timeout=CLIENT_DEADLINE
                    )
                )
                print(f"UNAVAILABLE after {seconds:.1f} s with PostgreSQL paused")
                assert isinstance(refused, grpc.aio.AioRpcError)
                assert refused.code() == grpc.StatusCode.UNAVAILABLE, refused.details()
                status = rpc_status.from_call(refused)  # type: ignore[arg-type]
                assert status is not None
                retry = error_details_pb2.RetryInfo()
                assert any(d.Unpack(retry) for d in status.details)

                # Today's overview is answered from its cached rendering while nothing
                # changes (headquarters' query cache); a day nobody asked for yet needs
                # PostgreSQL.
                past = f"{overview}?as_of=2025-06-30"
                seconds, (code, headers, body) = await timed(lambda: http_status(past, viewer))
                print(f"dashboard {code} after {seconds:.1f} s")
                assert code == 503 and "Retry-After" in headers and body["error"]

                seconds, checks = await timed(
                    lambda: eventually(
                        lambda: http_status(ready), lambda answer: answer[0] == 503, timeout=30
                    )
                )
                print(f"readiness 503 within {seconds:.1f} s: {checks[2]['checks']}")
                assert checks[2]["checks"]["database"] != "ok"

                # The client's own deadline, shorter than the server's: the server stops
                # the call then (answering UNAVAILABLE just before, or cancelled by it).
                before = await calls_given_up()
                get = pb.GetOrgUnitRequest(org_unit_id=county.org_unit.org_unit_id)
                with pytest.raises(grpc.aio.AioRpcError) as late:
                    await stub.GetOrgUnit(get, metadata=admin, timeout=1.0)
                assert late.value.code() in (
                    grpc.StatusCode.DEADLINE_EXCEEDED,
                    grpc.StatusCode.UNAVAILABLE,
                )
                await eventually(calls_given_up, lambda n: n == before + 1, timeout=10)

            seconds, _ = await timed(
                lambda: eventually(lambda: http_status(ready), lambda a: a[0] == 200, timeout=60)
            )
            print(f"readiness 200 again {seconds:.1f} s after PostgreSQL went on")
            # The client retries with the same request id: applied once, whatever became
            # of the first attempt when the server came back.
            again = await stub.EstablishOrgUnit(township, metadata=with_id, timeout=30)
            assert again.org_unit.division_code == "440781100"
            units = await stub.ListOrgUnits(
                pb.ListOrgUnitsRequest(division_code_prefix="440781100"), metadata=admin
            )
            assert len(units.org_units) == 1
            assert (await http_status(overview, viewer))[0] == 200
