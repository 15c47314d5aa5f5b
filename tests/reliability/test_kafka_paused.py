"""Kafka stops answering (its process paused, SIGSTOP): commands go on (their events
wait in the outbox), readiness says 503 naming the producer and the consumer group;
once Kafka answers again (SIGCONT) readiness is 200 again and every event reaches the
topic, none lost (DESIGN.md §7).

Before, readiness was a flag set once at start: 200 whatever became of Kafka.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import aiohttp
import grpc

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.api.organization.v1 import organization_pb2_grpc as pb_grpc
from frontline.kernel.runtime import ServiceRuntime
from frontline.organization.service import SERVICE as ORGANIZATION
from frontline.stack.testing import own_kafka
from frontline.testkit.faults import paused
from frontline.testkit.kafka import read_topic
from frontline.testkit.runtime import SigningKeys, service_settings
from frontline.testkit.waiting import eventually

VILLAGES = 5


async def readiness(url: str) -> tuple[int, Any]:
    async with aiohttp.ClientSession() as http, http.get(url) as response:
        return response.status, await response.json()


async def test_a_hung_broker_makes_the_service_unready_and_loses_nothing(
    pg: Any, unique: str, tmp_path: Path
) -> None:
    keys = SigningKeys.create(tmp_path)
    async with own_kafka() as (kafka, broker):
        database = await pg.create_database(f"org_{unique}")
        settings = service_settings(ORGANIZATION, database, kafka.bootstrap, f"{unique}.", keys)
        runtime = ServiceRuntime.of(ORGANIZATION, settings)
        async with (
            runtime.started(),
            grpc.aio.insecure_channel(f"127.0.0.1:{runtime.grpc_port}") as channel,
        ):
            stub = pb_grpc.OrganizationServiceStub(channel)  # type: ignore[no-untyped-call]
            admin = [("authorization", f"Bearer {keys.token(['county_admin'])}")]

            async def establish(level: int, code: str, parent: str = "") -> str:
                request = pb.EstablishOrgUnitRequest(
                    level=level, division_code=code, name=f"单位{code}", parent_unit_id=parent
                )
                reply = await stub.EstablishOrgUnit(request, metadata=admin, timeout=30)
                return str(reply.org_unit.org_unit_id)

            county = await establish(pb.ORG_LEVEL_COUNTY, "440781")
            town = await establish(pb.ORG_LEVEL_TOWNSHIP, "440781100", county)
            ready = f"http://127.0.0.1:{runtime.http_port}/health/ready"
            await eventually(lambda: readiness(ready), lambda a: a[0] == 200, timeout=60)
            assert broker.process is not None
            with paused(broker.process.pid):
                started = time.monotonic()
                _, body = await eventually(
                    lambda: readiness(ready), lambda a: a[0] == 503, timeout=30
                )
                print(f"readiness 503 within {time.monotonic() - started:.1f} s: {body['checks']}")
                assert body["checks"]["kafka producer"] != "ok"
                assert body["checks"]["database"] == "ok"
                for n in range(VILLAGES):  # commands go on meanwhile
                    await establish(pb.ORG_LEVEL_VILLAGE, f"440781100{201 + n}", town)
            started = time.monotonic()
            await eventually(lambda: readiness(ready), lambda a: a[0] == 200, timeout=120)
            print(f"readiness 200 again {time.monotonic() - started:.1f} s after Kafka went on")
            topic = f"{unique}.organization.events.v1"
            records = await read_topic(kafka.bootstrap, topic, at_least=2 + VILLAGES, timeout=120)
            print(f"every event on the topic {time.monotonic() - started:.1f} s after")
            keys_seen = {r.key.decode() for r in records}
            assert len(keys_seen) == 2 + VILLAGES  # one OrgUnitEstablished per unit, none lost
            outbox = await eventually(
                lambda: runtime.pool.fetchval("SELECT count(*) FROM outbox"), lambda n: n == 0
            )
            assert outbox == 0
