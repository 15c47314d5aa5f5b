"""End to end with the organization service over Kafka: a unit established there is
known here; appointing a secretary here fills the post there; leaving vacates it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc
import pytest_asyncio

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.api.organization.v1 import organization_pb2 as org_pb
from frontline.api.organization.v1.organization_pb2_grpc import OrganizationServiceStub
from frontline.kernel.runtime import ServiceRuntime
from frontline.organization.service import SERVICE as ORGANIZATION
from frontline.testkit.runtime import service_settings
from frontline.testkit.waiting import eventually

from .conftest import COUNTY, CadreStack  # type: ignore[import-not-found]

TOWNSHIP = "440781107"
VILLAGE = f"{TOWNSHIP}201"

Call = Callable[[str, Any], Awaitable[Any]]


@pytest_asyncio.fixture(loop_scope="session")
async def organization(stack: CadreStack, pg: Any) -> AsyncIterator[Call]:
    """The organization service on the same topics (same prefix) as the cadre stack."""
    database = await pg.create_database("org_for_cadre")
    settings = service_settings(ORGANIZATION, database, stack.kafka, stack.prefix, stack.keys)
    runtime = ServiceRuntime.of(ORGANIZATION, settings)
    async with runtime.started(), grpc.aio.insecure_channel(runtime_address(runtime)) as channel:
        stub = OrganizationServiceStub(channel)  # type: ignore[no-untyped-call]

        async def call(method: str, request: Any) -> Any:
            return await getattr(stub, method)(request, metadata=stack.md("county_admin"))

        yield call


def runtime_address(runtime: Any) -> str:
    return f"127.0.0.1:{runtime.grpc_port}"


async def _establish(call: Call, level: int, code: str, parent: str = "") -> str:
    request = org_pb.EstablishOrgUnitRequest(
        level=level, division_code=code, name=f"unit {code}", parent_unit_id=parent
    )
    return str((await call("EstablishOrgUnit", request)).org_unit.org_unit_id)


async def _secretary(call: Call, unit_id: str) -> str:
    reply = await call("GetOrgUnit", org_pb.GetOrgUnitRequest(org_unit_id=unit_id))
    return str(reply.org_unit.secretary.cadre_id)


async def test_a_secretary_appointed_here_fills_the_post_there(
    stack: CadreStack, organization: Call
) -> None:
    county = await _establish(organization, org_pb.ORG_LEVEL_COUNTY, COUNTY)
    town = await _establish(organization, org_pb.ORG_LEVEL_TOWNSHIP, TOWNSHIP, county)
    village = await _establish(organization, org_pb.ORG_LEVEL_VILLAGE, VILLAGE, town)
    await stack.wait_db("SELECT 1 FROM org_units WHERE org_unit_id = $1", village)

    cadre_id = await stack.register(VILLAGE)
    await stack.stub.AppointFromElection(
        pb.AppointFromElectionRequest(
            cadre_id=cadre_id,
            org_unit_id=village,
            post=pb.POST_SECRETARY,
            election_ref="e-7",
            also_village_head=True,
            appointed_on="2026-01-04",
        ),
        metadata=stack.admin,
    )
    await eventually(lambda: _is(_secretary(organization, village), cadre_id))

    await stack.stub.LeavePost(
        pb.LeavePostRequest(
            cadre_id=cadre_id,
            org_unit_id=village,
            post=pb.POST_SECRETARY,
            reason=pb.LEAVE_REASON_RESIGNATION,
            left_on="2026-06-01",
        ),
        metadata=stack.admin,
    )
    await eventually(lambda: _is(_secretary(organization, village), ""))


async def _is(value: Awaitable[str], expected: str) -> bool:
    return await value == expected
