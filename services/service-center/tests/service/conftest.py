"""A service-center service started for real: PostgreSQL, Kafka, gRPC, a ManualClock.

The org units and cadres it needs are announced the way the organization and cadre
services announce them: public events on their Kafka topics, which the service's
directories consume.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import grpc
import pytest
import pytest_asyncio

from frontline.api.service_center.v1 import service_center_pb2 as pb
from frontline.api.service_center.v1 import service_center_pb2_grpc as pb_grpc
from frontline.contracts.cadre import CadreAppointed
from frontline.contracts.organization import OrgUnitEstablished
from frontline.kernel.clock import ManualClock
from frontline.kernel.county_time import CHINA
from frontline.kernel.ids import new_id
from frontline.kernel.runtime import ServiceRuntime
from frontline.service_center.service import SERVICE
from frontline.service_center.settings import ServiceCenterSettings
from frontline.testkit.cloudevents import message, send
from frontline.testkit.kafka import header, read_topic
from frontline.testkit.runtime import SigningKeys, service_settings
from frontline.testkit.waiting import eventually

COUNTY = "440781"
TOWNSHIP = "440781100"
VILLAGE = "440781100201"
# Friday 26 September 2025, 09:00 in China: National Day's holidays are ahead.
START = datetime(2025, 9, 26, 1, 0, tzinfo=UTC)
LINES = ["social_security", "medical_health"]


def china(day: date, hour: int = 9, minute: int = 0) -> datetime:
    """``hour``:``minute`` on ``day`` in China."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=CHINA)


@dataclass
class Desk:
    runtime: ServiceRuntime[ServiceCenterSettings]
    stub: pb_grpc.ServiceCenterServiceStub
    keys: SigningKeys
    clock: ManualClock
    prefix: str
    kafka: str

    @property
    def topic(self) -> str:
        return f"{self.prefix}service-center.events.v1"

    def md(
        self, roles: list[str] | None = None, scope: str = COUNTY, request_id: str | None = None
    ) -> list[tuple[str, str]]:
        chosen = ["county_admin"] if roles is None else roles
        return self.keys.metadata(chosen, scope, request_id=request_id or new_id())

    async def call(
        self,
        method: str,
        request: Any,
        roles: list[str] | None = None,
        scope: str = COUNTY,
        request_id: str | None = None,
    ) -> Any:
        return await getattr(self.stub, method)(request, metadata=self.md(roles, scope, request_id))

    async def known_unit(self, code: str, level: str = "village") -> str:
        return (await self.known_units([code], level))[0]

    async def known_units(self, codes: list[str], level: str = "village") -> list[str]:
        """Org units announced on organization.events.v1, once the directory has them."""
        events = [
            OrgUnitEstablished.model_validate(
                {
                    "org_unit_id": new_id(),
                    "division_code": code,
                    "level": level,
                    "name": f"unit {code}",
                    "established_on": "2021-03-01",
                    "term_years": 5,
                    "term_started_on": "2021-03-01",
                    "term_ends_on": "2026-03-01",
                    "election_due_on": "2026-03-01",
                }
            )
            for code in codes
        ]
        topic = f"{self.prefix}{OrgUnitEstablished.topic}"
        await send(self.kafka, topic, [message(e, e.org_unit_id) for e in events])
        ids = [e.org_unit_id for e in events]
        await eventually(
            lambda: self.runtime.pool.fetchval(
                "SELECT count(*) FROM org_directory WHERE org_unit_id = ANY($1)", ids
            ),
            lambda found: found == len(ids),
            timeout=60,
        )
        return ids

    async def known_cadre(self, cadre_id: str, code: str, unit_id: str = "u-any") -> None:
        event = CadreAppointed(
            cadre_id=cadre_id,
            org_unit_id=unit_id,
            division_code=code,
            post="committee_member",
            age_band="30_39",
            education_level="college",
            gender="female",
            appointed_on=date(2024, 1, 1),
            via="election",
        )
        await send(self.kafka, f"{self.prefix}{event.topic}", [message(event, cadre_id)])
        await eventually(lambda: self._count("cadre_directory", "cadre_id", cadre_id), timeout=60)

    async def _count(self, table: str, column: str, value: str) -> int:
        return int(
            await self.runtime.pool.fetchval(
                f"SELECT count(*) FROM {table} WHERE {column} = $1", value
            )
        )

    async def centre(
        self, code: str = VILLAGE, staff: tuple[str, ...] = ("c-1",), level: str = "village"
    ) -> pb.Centre:
        unit_id = await self.known_unit(code, level)
        centre = (
            await self.call(
                "EstablishCentre",
                pb.EstablishCentreRequest(org_unit_id=unit_id, name=f"centre {code}", lines=LINES),
            )
        ).centre
        for cadre_id in staff:
            await self.known_cadre(cadre_id, code)
            put = pb.PutStaffOnDutyRequest(centre_id=centre.centre_id, cadre_id=cadre_id)
            centre = (await self.call("PutStaffOnDuty", put)).centre
        return centre

    async def submit(self, centre: str, **fields: Any) -> pb.ServiceRequest:
        values: dict[str, Any] = {
            "centre_id": centre,
            "line": "social_security",
            "kind": pb.REQUEST_KIND_COMPLAINT,
            "channel": pb.CHANNEL_PHONE,
            "requester_name": "欧阳明月",
            "requester_phone": "13712345678",
            "description": "养老保险两个月没到账",
        }
        request = pb.SubmitRequestRequest(**{**values, **fields})
        return (await self.call("SubmitRequest", request)).request

    async def in_progress(self, centre_id: str, **fields: Any) -> pb.ServiceRequest:
        request = await self.submit(centre_id, **fields)
        rid = request.request_id
        await self.call("AssignRequest", pb.AssignRequestRequest(request_id=rid, cadre_id="c-1"))
        sign = pb.SignForRequestRequest(request_id=rid, cadre_id="c-1")
        return (await self.call("SignForRequest", sign)).request

    async def published(self, request_id: str, at_least: int) -> list[tuple[str, dict[str, Any]]]:
        """(ce_type without its prefix and version, data) of one request, in topic order."""

        async def mine() -> list[Any]:
            records = await read_topic(self.kafka, self.topic, at_least=0, timeout=5)
            return [r for r in records if r.key == request_id.encode()]

        records = await eventually(mine, lambda found: len(found) >= at_least, timeout=60)
        return [
            (
                str(header(r, "ce_type")).removeprefix("cn.frontline.service-center.")[:-3],
                json.loads(r.value),
            )
            for r in records
        ]


@pytest.fixture(scope="session")
def desk_keys(tmp_path_factory: pytest.TempPathFactory) -> SigningKeys:
    return SigningKeys.create(Path(tmp_path_factory.mktemp("service-center-keys")))


def desk_settings(
    dsn: str, kafka: str, keys: SigningKeys, prefix: str, folder: Path
) -> ServiceCenterSettings:
    return service_settings(
        SERVICE, dsn, kafka, prefix, keys, personal_data_secret_path=folder / "pd.secret"
    )


@contextlib.asynccontextmanager
async def started_desk(
    settings: ServiceCenterSettings, keys: SigningKeys, kafka: str, start: datetime = START
) -> AsyncIterator[Desk]:
    clock = ManualClock(start)
    runtime = ServiceRuntime.of(SERVICE, settings, clock)
    async with (
        runtime.started(),
        grpc.aio.insecure_channel(f"127.0.0.1:{runtime.grpc_port}") as channel,
    ):
        stub = pb_grpc.ServiceCenterServiceStub(channel)
        yield Desk(runtime, stub, keys, clock, settings.topic_prefix, kafka)


@pytest.fixture
async def desk(
    pg: Any, kafka_bootstrap: str, desk_keys: SigningKeys, unique: str, tmp_path: Path
) -> AsyncIterator[Desk]:
    dsn = await pg.create_database(f"sc_{unique}")
    settings = desk_settings(dsn, kafka_bootstrap, desk_keys, f"{unique}.", tmp_path)
    async with started_desk(settings, desk_keys, kafka_bootstrap) as started:
        yield started


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def shared_desk(
    pg: Any,
    kafka_bootstrap: str,
    desk_keys: SigningKeys,
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[Desk]:
    """One service for a whole module (the authorization matrix makes many calls)."""
    name = f"m{uuid.uuid4().hex[:10]}"
    dsn = await pg.create_database(f"sc_{name}")
    folder = Path(tmp_path_factory.mktemp("shared-desk"))
    settings = desk_settings(dsn, kafka_bootstrap, desk_keys, f"{name}.", folder)
    async with started_desk(settings, desk_keys, kafka_bootstrap) as started:
        yield started
