"""One cadre service for the service tests: real PostgreSQL and Kafka, a manual clock.

Every personal value a test registers is recorded in ``personal_values``: the privacy
test scans the public topic for the values it registered itself and for every one
recorded before it, whatever the order the tests run in.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import grpc
import pytest
import pytest_asyncio
from aiokafka import AIOKafkaProducer

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.api.cadre.v1.cadre_pb2_grpc import CadreServiceStub
from frontline.cadre.domain.resident_ids import check_character
from frontline.cadre.service import SERVICE
from frontline.cadre.settings import CadreSettings
from frontline.contracts.base import PublicEvent
from frontline.contracts.organization import OrgUnitDissolved, OrgUnitEstablished
from frontline.kernel.clock import ManualClock
from frontline.kernel.county_time import CHINA
from frontline.kernel.ids import new_id
from frontline.kernel.kafka_client import kafka_options
from frontline.kernel.runtime import ServiceRuntime
from frontline.testkit.cloudevents import ce_headers, owner_source
from frontline.testkit.kafka import header, read_topic
from frontline.testkit.runtime import SigningKeys, service_settings
from frontline.testkit.waiting import eventually

COUNTY = "440781"
TOWNSHIP = "440781101"
OTHER_TOWNSHIP = "440781102"


@dataclass
class CadreStack:
    runtime: ServiceRuntime[CadreSettings]
    stub: CadreServiceStub
    keys: SigningKeys
    clock: ManualClock
    kafka: str
    prefix: str
    database_url: str
    producer: AIOKafkaProducer
    # Personal values registered in this session (the privacy test scans for them).
    personal_values: list[str] = field(default_factory=list)

    @property
    def topic(self) -> str:
        return f"{self.prefix}cadre.events.v1"

    def md(self, *roles: str, scope: str = COUNTY) -> list[tuple[str, str]]:
        return self.keys.metadata(list(roles), scope, request_id=new_id())

    @property
    def admin(self) -> list[tuple[str, str]]:
        return self.md("cadre_manager")

    async def publish_org(self, event: PublicEvent, source: str | None = None) -> None:
        """``event`` on the organization topic, as the organization service's relay sends
        it (or as someone else would: ``source`` names another sender)."""
        subject = str(getattr(event, "org_unit_id", ""))
        await self.producer.send_and_wait(
            f"{self.prefix}{event.topic}",
            event.model_dump_json().encode(),
            key=subject.encode(),
            headers=ce_headers(
                event.ce_type, source=source or owner_source(event, COUNTY), subject=subject
            ),
        )

    async def establish_unit(self, division_code: str, level: str = "village") -> str:
        unit_id = new_id()
        established = OrgUnitEstablished(
            org_unit_id=unit_id,
            division_code=division_code,
            level=level,
            name="branch",
            established_on=date(2021, 1, 1),
            term_years=5,
            term_started_on=date(2021, 1, 1),
            term_ends_on=date(2026, 1, 1),
            election_due_on=date(2026, 1, 1),
        )
        await self.publish_org(established)
        await self.wait_db("SELECT 1 FROM org_units WHERE org_unit_id = $1", unit_id)
        return unit_id

    async def dissolve_unit(self, unit_id: str, division_code: str) -> None:
        dissolved = OrgUnitDissolved(
            org_unit_id=unit_id,
            division_code=division_code,
            level="village",
            dissolved_on=date(2025, 6, 30),
        )
        await self.publish_org(dissolved)
        await self.wait_db(
            "SELECT 1 FROM org_units WHERE org_unit_id = $1 AND dissolved_on IS NOT NULL", unit_id
        )

    async def wait_db(self, sql: str, *args: Any, timeout: float = 20.0) -> Any:
        return await eventually(lambda: self.runtime.pool.fetchval(sql, *args), timeout=timeout)

    def registration(self, division_code: str, **changes: Any) -> pb.RegisterCadreRequest:
        request = registration(division_code, **changes)
        self.personal_values.extend([request.name, request.phone, request.id_number])
        return request

    async def register(self, division_code: str, **changes: Any) -> str:
        request = self.registration(division_code, **changes)
        reply = await self.stub.RegisterCadre(request, metadata=self.admin)
        return str(reply.cadre_id)

    async def published(self, ce_type: str, subject: str, timeout: float = 20.0) -> dict[str, Any]:
        """The first record of ``ce_type`` about ``subject`` on the cadre topic (waits)."""

        async def find() -> dict[str, Any] | None:
            for record in await read_topic(self.kafka, self.topic, timeout=2.0):
                if header(record, "ce_type") == ce_type and header(record, "ce_subject") == subject:
                    return dict(json.loads(record.value or b"{}"))
            return None

        found = await eventually(find, timeout=timeout)
        assert found is not None
        return found


_ID_SEQUENCE = iter(range(1, 10_000))


def id_number() -> str:
    """A fresh resident ID number, check character included."""
    n = next(_ID_SEQUENCE)
    body = f"440781{date(1985, 1, 1) + timedelta(days=n // 1000):%Y%m%d}{n % 1000:03d}"
    return body + check_character(body)


def registration(division_code: str, **changes: Any) -> pb.RegisterCadreRequest:
    n = next(_ID_SEQUENCE)
    values: dict[str, Any] = {
        "name": f"张秀英{n}号",
        "gender": pb.GENDER_FEMALE,
        "birth_date": "1985-03-17",
        "education_level": pb.EDUCATION_LEVEL_SENIOR_SECONDARY,
        "party_member": True,
        "phone": f"1390000{n:04d}",
        "id_number": id_number(),
        "division_code": division_code,
        "registered_on": "2025-03-01",
    }
    values.update(changes)
    return pb.RegisterCadreRequest(**values)


def china_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=CHINA)


@pytest.fixture(scope="session")
def cadre_keys(tmp_path_factory: pytest.TempPathFactory) -> SigningKeys:
    return SigningKeys.create(Path(tmp_path_factory.mktemp("cadre-keys")))


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def stack(
    pg: Any, kafka_bootstrap: str, cadre_keys: SigningKeys, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[CadreStack]:
    prefix = f"cadre{new_id()[-8:]}."
    database_url = await pg.create_database("cadre")
    secret = Path(tmp_path_factory.mktemp("cadre-secret")) / "county.secret"
    settings = service_settings(
        SERVICE, database_url, kafka_bootstrap, prefix, cadre_keys, personal_data_secret_path=secret
    )
    clock = ManualClock(datetime(2025, 9, 1, 1, 0, tzinfo=UTC))
    runtime = ServiceRuntime.of(SERVICE, settings, clock)
    producer = AIOKafkaProducer(**kafka_options(kafka_bootstrap))
    await producer.start()
    try:
        async with runtime.started():
            target = f"127.0.0.1:{runtime.grpc_port}"
            async with grpc.aio.insecure_channel(target) as channel:
                stub = CadreServiceStub(channel)
                yield CadreStack(
                    runtime,
                    stub,
                    cadre_keys,
                    clock,
                    kafka_bootstrap,
                    prefix,
                    database_url,
                    producer,
                )
    finally:
        await producer.stop()


@pytest_asyncio.fixture(loop_scope="session")
async def db(stack: CadreStack) -> AsyncIterator[asyncpg.Connection]:
    conn = await asyncpg.connect(stack.database_url)
    try:
        yield conn
    finally:
        await conn.close()
