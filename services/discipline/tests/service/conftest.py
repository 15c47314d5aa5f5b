"""A discipline service started for real: PostgreSQL, Kafka, gRPC, a ManualClock."""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import grpc
import pytest
import pytest_asyncio

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.api.discipline.v1 import discipline_pb2_grpc as pb_grpc
from frontline.discipline.service import SERVICE
from frontline.discipline.settings import DisciplineSettings
from frontline.kernel.clock import ManualClock
from frontline.kernel.ids import new_id
from frontline.kernel.runtime import ServiceRuntime
from frontline.testkit.kafka import header, read_topic
from frontline.testkit.runtime import SigningKeys, service_settings
from frontline.testkit.waiting import eventually

COUNTY = "440781"
TOWN = "440781100"
VILLAGE = "440781100201"
START = datetime(2026, 1, 5, 1, 0, tzinfo=UTC)  # 09:00 in China, a Monday

# Who does what in the tests: one account per role (the token's subject).
INTAKE = (["discipline_intake"], "intake-wang")
INVESTIGATOR = (["discipline_investigator"], "investigator-li")
REVIEWER = (["discipline_reviewer"], "reviewer-zhao")
MEDIATOR = (["dispute_mediator"], "mediator-chen")


@dataclass
class Discipline:
    runtime: ServiceRuntime[DisciplineSettings]
    stub: pb_grpc.DisciplineServiceStub
    keys: SigningKeys
    clock: ManualClock
    prefix: str
    kafka: str

    def md(
        self, roles: list[str], scope: str = COUNTY, sub: str = "tester", request_id: str = ""
    ) -> list[tuple[str, str]]:
        token = self.keys.token(roles, scope, sub=sub)
        return [("authorization", f"Bearer {token}"), ("x-request-id", request_id or new_id())]

    async def call(
        self,
        method: str,
        request: Any,
        who: tuple[list[str], str] = INTAKE,
        scope: str = COUNTY,
        request_id: str = "",
    ) -> Any:
        roles, sub = who
        metadata = self.md(roles, scope, sub, request_id)
        return await getattr(self.stub, method)(request, metadata=metadata)

    @property
    def topic(self) -> str:
        return f"{self.prefix}discipline.events.v1"

    async def published(self, kind: str, count: int = 1, key: str = "") -> list[dict[str, Any]]:
        """The values of ``kind`` events on the topic (of aggregate ``key`` if given), once
        at least ``count`` of them arrived (the relay publishes shortly after a commit)."""
        wanted = f"cn.frontline.discipline.{kind}.v1"

        async def found() -> list[dict[str, Any]]:
            records = await read_topic(self.kafka, self.topic, at_least=1)
            return [
                json.loads(r.value)
                for r in records
                if header(r, "ce_type") == wanted and (not key or r.key == key.encode())
            ]

        return await eventually(found, lambda values: len(values) >= count, timeout=30)

    async def clue(self, reporter: pb.Reporter | None = None, **extra: Any) -> pb.Clue:
        request = pb.ReceiveClueRequest(
            division_code=extra.pop("division_code", VILLAGE),
            source=pb.CLUE_SOURCE_LETTERS_VISITS,
            category=pb.CATEGORY_THREE_CAPITALS_MISUSE,
            summary="The village accountant sold the fish pond lease twice.",
            reporter=reporter,
            **extra,
        )
        return (await self.call("ReceiveClue", request)).clue

    async def verifying_clue(self, **extra: Any) -> pb.Clue:
        clue = await self.clue(**extra)
        dispose = pb.DisposeClueRequest(
            clue_id=clue.clue_id, disposal=pb.DISPOSAL_PRELIMINARY_VERIFICATION
        )
        return (await self.call("DisposeClue", dispose)).clue

    async def case(self, cadre_id: str = "cadre-7", **extra: Any) -> pb.Case:
        clue = await self.verifying_clue(**extra)
        request = pb.FileCaseRequest(clue_id=clue.clue_id, cadre_id=cadre_id)
        return (await self.call("FileCase", request, INVESTIGATOR)).case


@pytest.fixture(scope="session")
def discipline_keys(tmp_path_factory: pytest.TempPathFactory) -> SigningKeys:
    return SigningKeys.create(Path(tmp_path_factory.mktemp("discipline-keys")))


def settings_of(
    dsn: str, kafka: str, keys: SigningKeys, prefix: str, **extra: Any
) -> DisciplineSettings:
    secret = keys.public.parent / f"{prefix}personal-data.secret"
    return service_settings(
        SERVICE, dsn, kafka, prefix, keys, personal_data_secret_path=secret, **extra
    )


@contextlib.asynccontextmanager
async def started_discipline(
    pg: Any, kafka: str, keys: SigningKeys, name: str, **extra: Any
) -> AsyncIterator[Discipline]:
    dsn = await pg.create_database(f"disc_{name}")
    clock = ManualClock(extra.pop("start", START))
    prefix = f"{name}."
    runtime = ServiceRuntime.of(SERVICE, settings_of(dsn, kafka, keys, prefix, **extra), clock)
    async with runtime.started():
        address = f"127.0.0.1:{runtime.grpc_port}"
        async with grpc.aio.insecure_channel(address) as channel:
            stub = pb_grpc.DisciplineServiceStub(channel)
            yield Discipline(runtime, stub, keys, clock, prefix, kafka)


@pytest.fixture
async def discipline(
    pg: Any, kafka_bootstrap: str, discipline_keys: SigningKeys, unique: str
) -> AsyncIterator[Discipline]:
    async with started_discipline(pg, kafka_bootstrap, discipline_keys, unique) as started:
        yield started


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def shared_discipline(
    pg: Any, kafka_bootstrap: str, discipline_keys: SigningKeys
) -> AsyncIterator[Discipline]:
    """One service for a whole module (the authorization matrix makes many calls)."""
    name = f"m{uuid.uuid4().hex[:10]}"
    async with started_discipline(pg, kafka_bootstrap, discipline_keys, name) as started:
        yield started
