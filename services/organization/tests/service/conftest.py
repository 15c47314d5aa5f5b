"""An organization service started for real: PostgreSQL, Kafka, gRPC, a ManualClock."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import grpc
import pytest
import pytest_asyncio

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.api.organization.v1 import organization_pb2_grpc as pb_grpc
from frontline.kernel.clock import ManualClock
from frontline.kernel.ids import new_id
from frontline.kernel.runtime import ServiceRuntime
from frontline.organization.service import SERVICE
from frontline.organization.settings import OrganizationSettings
from frontline.testkit.runtime import SigningKeys, service_settings

T = TypeVar("T")
COUNTY_CODE = "440781"
START = datetime(2026, 1, 5, 1, 0, tzinfo=UTC)  # 09:00 in China


@dataclass
class Org:
    runtime: ServiceRuntime[OrganizationSettings]
    stub: pb_grpc.OrganizationServiceStub
    keys: SigningKeys
    clock: ManualClock
    prefix: str
    kafka: str

    def md(self, roles: list[str] | None = None, scope: str = COUNTY_CODE) -> list[tuple[str, str]]:
        chosen = ["county_admin"] if roles is None else roles
        return self.keys.metadata(chosen, scope, request_id=new_id())

    async def call(
        self, method: str, request: Any, roles: list[str] | None = None, scope: str = COUNTY_CODE
    ) -> Any:
        return await getattr(self.stub, method)(request, metadata=self.md(roles, scope))

    async def establish(self, level: int, code: str, parent: str = "", **extra: Any) -> pb.OrgUnit:
        request = pb.EstablishOrgUnitRequest(
            level=level, division_code=code, name=f"unit {code}", parent_unit_id=parent, **extra
        )
        return (await self.call("EstablishOrgUnit", request)).org_unit

    async def county_tree(self) -> tuple[pb.OrgUnit, pb.OrgUnit, pb.OrgUnit]:
        county = await self.establish(pb.ORG_LEVEL_COUNTY, COUNTY_CODE)
        town = await self.establish(pb.ORG_LEVEL_TOWNSHIP, "440781100", county.org_unit_id)
        village = await self.establish(pb.ORG_LEVEL_VILLAGE, "440781100201", town.org_unit_id)
        return county, town, village


@pytest.fixture(scope="session")
def org_keys(tmp_path_factory: pytest.TempPathFactory) -> SigningKeys:
    return SigningKeys.create(Path(tmp_path_factory.mktemp("org-keys")))


@contextlib.asynccontextmanager
async def started_org(pg: Any, kafka: str, keys: SigningKeys, name: str) -> AsyncIterator[Org]:
    dsn = await pg.create_database(f"org_{name}")
    clock = ManualClock(START)
    prefix = f"{name}."
    settings = service_settings(SERVICE, dsn, kafka, prefix, keys)
    runtime = ServiceRuntime.of(SERVICE, settings, clock)
    async with runtime.started():
        address = f"127.0.0.1:{runtime.grpc_port}"
        async with grpc.aio.insecure_channel(address) as channel:
            stub = pb_grpc.OrganizationServiceStub(channel)
            yield Org(runtime, stub, keys, clock, prefix, kafka)


@pytest.fixture
async def org(
    pg: Any, kafka_bootstrap: str, org_keys: SigningKeys, unique: str
) -> AsyncIterator[Org]:
    async with started_org(pg, kafka_bootstrap, org_keys, unique) as started:
        yield started


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def shared_org(pg: Any, kafka_bootstrap: str, org_keys: SigningKeys) -> AsyncIterator[Org]:
    """One service for a whole module (the authorization matrix makes many calls)."""
    async with started_org(pg, kafka_bootstrap, org_keys, f"m{uuid.uuid4().hex[:10]}") as started:
        yield started
