"""Test support: organization, cadre and headquarters in one process on test servers.

For end-to-end tests (the demo seed, the browser test): commands go through the
services' real gRPC APIs, events through Kafka, figures out of the headquarters.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from frontline.cadre.service import SERVICE as CADRE
from frontline.kernel.runtime import ServiceRuntime
from frontline.organization.service import SERVICE as ORGANIZATION
from frontline.testkit.county_events import hq_settings
from frontline.testkit.headquarters import Headquarters, running
from frontline.testkit.runtime import SigningKeys, service_settings
from frontline.testkit.settle import settled


@dataclass
class CountyStack:
    organization: ServiceRuntime[Any]
    cadre: ServiceRuntime[Any]
    hq: Headquarters
    keys: SigningKeys
    bootstrap: str

    def point_cli_here(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The CLI (demo seed) reads its endpoints and token from FRONTLINE_* variables."""
        monkeypatch.setenv(
            "FRONTLINE_ORGANIZATION_GRPC", f"127.0.0.1:{self.organization.grpc_port}"
        )
        monkeypatch.setenv("FRONTLINE_CADRE_GRPC", f"127.0.0.1:{self.cadre.grpc_port}")
        monkeypatch.setenv("FRONTLINE_TOKEN", self.keys.token(["county_admin"]))
        # The seed acts as each township and village for their lists and orders.
        monkeypatch.setenv("FRONTLINE_JWT_PRIVATE_KEY_PATH", str(self.keys.private))

    async def settled(self, timeout: float = 120.0) -> None:
        """Wait until every event is published and applied by every consumer."""
        await settled(self.bootstrap, [self.organization, self.cadre, self.hq.runtime], timeout)


@contextlib.asynccontextmanager
async def county_stack(
    pg: Any, bootstrap: str, prefix: str, folder: Path
) -> AsyncIterator[CountyStack]:
    keys = SigningKeys.create(folder)
    org_settings = service_settings(
        ORGANIZATION, await pg.create_database("org"), bootstrap, prefix, keys
    )
    cadre_db = await pg.create_database("cadre")
    secret = folder / "cadre.secret"
    cadre_settings = service_settings(
        CADRE, cadre_db, bootstrap, prefix, keys, personal_data_secret_path=secret
    )
    hq_conf = hq_settings(await pg.create_database("hq"), bootstrap, prefix, keys.public)
    organization = ServiceRuntime.of(ORGANIZATION, org_settings)
    cadre = ServiceRuntime.of(CADRE, cadre_settings)
    async with organization.started(), cadre.started():
        # The dashboard forwards operators' order actions to this organization service.
        address = f"127.0.0.1:{organization.grpc_port}"
        async with running(hq_conf.model_copy(update={"organization_grpc": address})) as hq:
            yield CountyStack(organization, cadre, hq, keys, bootstrap)
