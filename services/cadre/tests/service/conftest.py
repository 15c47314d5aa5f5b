"""One cadre service for the service tests: real PostgreSQL and Kafka, a manual clock.

Every personal value a test registers is recorded in ``PERSONAL_VALUES`` so the
privacy test (run last) can scan the whole public topic for them.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
import grpc
import pytest
import pytest_asyncio
from aiokafka import AIOKafkaProducer

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.api.cadre.v1.cadre_pb2_grpc import CadreServiceStub
from frontline.cadre.app import CadreService
from frontline.cadre.settings import CadreSettings
from frontline.contracts.base import PublicEvent
from frontline.contracts.organization import OrgUnitDissolved, OrgUnitEstablished
from frontline.kernel.clock import ManualClock
from frontline.kernel.ids import new_id
from frontline.kernel.kafka_client import kafka_options
from frontline.kernel.testkit.kafka import header, read_topic
from frontline.kernel.testkit.runtime import SigningKeys, make_settings

T = TypeVar("T")
COUNTY = "440781"
TOWNSHIP = "440781101"
OTHER_TOWNSHIP = "440781102"


@dataclass
class CadreStack:
    service: CadreService
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

    async def publish_org(
        self, event: PublicEvent, source: str = f"/counties/{COUNTY}/organization"
    ) -> None:
        headers = [
            ("ce_specversion", "1.0"), ("ce_id", new_id()), ("ce_type", event.ce_type),
            ("ce_source", source),
            ("ce_subject", str(getattr(event, "org_unit_id", ""))),
            ("ce_time", datetime.now(UTC).isoformat()), ("content-type", "application/json"),
        ]  # fmt: skip
        await self.producer.send_and_wait(
            f"{self.prefix}{event.topic}",
            event.model_dump_json().encode(),
            key=str(getattr(event, "org_unit_id", "")).encode(),
            headers=[(k, v.encode()) for k, v in headers],
        )

    async def establish_unit(self, division_code: str, level: str = "village") -> str:
        unit_id = new_id()
        await self.publish_org(
            OrgUnitEstablished.model_validate(
                {
                    "org_unit_id": unit_id, "division_code": division_code, "level": level,
                    "name": "branch", "established_on": "2021-01-01", "term_years": 5,
                    "term_started_on": "2021-01-01", "term_ends_on": "2026-01-01",
                    "election_due_on": "2026-01-01",
                }
            )
        )  # fmt: skip
        await self.wait_db("SELECT 1 FROM org_units WHERE org_unit_id = $1", unit_id)
        return unit_id

    async def dissolve_unit(self, unit_id: str, division_code: str) -> None:
        await self.publish_org(
            OrgUnitDissolved(
                org_unit_id=unit_id, division_code=division_code, level="village",
                dissolved_on=date(2025, 6, 30),
            )
        )  # fmt: skip
        await self.wait_db(
            "SELECT 1 FROM org_units WHERE org_unit_id = $1 AND dissolved_on IS NOT NULL", unit_id
        )

    async def wait_db(self, sql: str, *args: Any, timeout: float = 20.0) -> Any:
        return await eventually(lambda: self.service.runtime.pool.fetchval(sql, *args), timeout)

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

        return await eventually(find, timeout)


async def eventually(probe: Callable[[], Awaitable[T | None]], timeout: float = 20.0) -> T:
    deadline = time.monotonic() + timeout
    while True:
        value = await probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.1)


_ID_SEQUENCE = iter(range(1, 10_000))


def id_number() -> str:
    """A fresh 18-character resident ID number (check character not validated)."""
    return f"44078119850101{next(_ID_SEQUENCE):04d}"


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
    from frontline.cadre.public_notice_timer import CHINA

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
    base = make_settings("cadre", database_url, kafka_bootstrap, prefix, cadre_keys)
    secret = Path(tmp_path_factory.mktemp("cadre-secret")) / "county.secret"
    settings = CadreSettings(**base.model_dump(), personal_data_secret_path=secret)
    clock = ManualClock(datetime(2025, 9, 1, 1, 0, tzinfo=UTC))
    service = CadreService(settings, clock)
    producer = AIOKafkaProducer(**kafka_options(kafka_bootstrap))
    await producer.start()
    try:
        async with service.runtime.started():
            target = f"127.0.0.1:{service.runtime.grpc_port}"
            async with grpc.aio.insecure_channel(target) as channel:
                yield CadreStack(
                    service, CadreServiceStub(channel), cadre_keys, clock, kafka_bootstrap,
                    prefix, database_url, producer,
                )  # fmt: skip
    finally:
        await producer.stop()


@pytest_asyncio.fixture(loop_scope="session")
async def db(stack: CadreStack) -> AsyncIterator[asyncpg.Connection]:
    conn = await asyncpg.connect(stack.database_url)
    try:
        yield conn
    finally:
        await conn.close()
