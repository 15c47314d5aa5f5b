"""The demo county for the headquarters rows: organization, cadre, service-center,
discipline and headquarters as their own processes, seeded through their gRPC APIs by
`frontline demo seed`'s own code (the same plan `make up` seeds), then waited on until
headquarters applied it all.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import sys
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import asyncpg
from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import TopicPartition

from bench.load import quick
from bench.processes import Service, service_process
from bench.servers import Servers
from frontline.cli.demo import _seed
from frontline.cli.demo_plan import CountyPlan, plan_county
from frontline.kernel.topics import topic_partitions
from frontline.testkit.runtime import SigningKeys

HQ_CONSUMER = "headquarters.projection"  # its group id, after the topic prefix
SEED = 1


@dataclass(frozen=True)
class County:
    organization: Service
    cadre: Service
    service_center: Service
    headquarters: Service
    discipline: Service
    plan: CountyPlan
    prefix: str

    @property
    def dashboard_url(self) -> str:
        return f"http://127.0.0.1:{self.headquarters.ports.dashboard}"


def villages() -> int:
    """The demo county's 200 villages; a quick run seeds 48 (and says so in its rows)."""
    return 48 if quick() else 200


@contextlib.contextmanager
def _cli_pointed_at(
    org: Service, cadre: Service, desk: Service, law: Service, keys: SigningKeys, token: str
) -> Iterator[None]:
    """`frontline demo seed` reads its endpoints and token from FRONTLINE_* variables (and
    the county key, to sign its discipline staff's and each unit's tokens)."""
    values = {
        "FRONTLINE_ORGANIZATION_GRPC": org.grpc_target,
        "FRONTLINE_CADRE_GRPC": cadre.grpc_target,
        "FRONTLINE_SERVICE_CENTER_GRPC": desk.grpc_target,
        "FRONTLINE_DISCIPLINE_GRPC": law.grpc_target,
        "FRONTLINE_TOKEN": token,
        "FRONTLINE_JWT_PRIVATE_KEY_PATH": str(keys.private),
    }
    before = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in before.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@contextlib.asynccontextmanager
async def demo_county(servers: Servers, keys: SigningKeys, prefix: str) -> AsyncIterator[County]:
    async with contextlib.AsyncExitStack() as stack:
        org, cadre, desk, law, hq = [
            await stack.enter_async_context(service_process(p, servers, keys, prefix))
            for p in ("organization", "cadre", "service_center", "discipline", "headquarters")
        ]
        plan = plan_county(SEED, dt.date.today(), villages=villages())
        token = keys.token(["county_admin"], ttl=3600)
        # The seed's progress bar goes to stderr: stdout is for the table.
        pointed = _cli_pointed_at(org, cadre, desk, law, keys, token)
        with pointed, contextlib.redirect_stdout(sys.stderr):
            failures = await _seed(plan, SEED, concurrency=48)
        if failures:
            raise RuntimeError(f"demo seed: {failures} call(s) failed")
        await settled(servers.kafka_bootstrap, [org, cadre, desk, law], prefix)
        yield County(org, cadre, desk, hq, law, plan, prefix)


async def settled(bootstrap: str, sources: list[Service], prefix: str, within: float = 300) -> None:
    """Every outbox empty and headquarters' committed offsets at the end of its topics
    (offsets commit only after the effects did), twice in a row."""
    names = ("organization", "cadre", "service-center", "discipline")
    topics = [f"{prefix}{name}.events.v1" for name in names]
    tps = [TopicPartition(t, p) for t in topics for p in await topic_partitions(bootstrap, t)]
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    ends = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await admin.start()
    await ends.start()
    try:
        deadline, quiet = time.monotonic() + within, 0
        while quiet < 2:
            if time.monotonic() > deadline:
                raise TimeoutError("headquarters did not apply the demo county in time")
            left = await _outboxes(sources) + await _behind(admin, ends, prefix + HQ_CONSUMER, tps)
            quiet = quiet + 1 if left == 0 else 0
            await asyncio.sleep(0.5)
    finally:
        await ends.stop()
        await admin.close()


async def _outboxes(sources: list[Service]) -> int:
    left = 0
    for service in sources:
        conn = await asyncpg.connect(service.database_url)
        try:
            left += int(await conn.fetchval("SELECT count(*) FROM outbox"))
        finally:
            await conn.close()
    return left


async def _behind(
    admin: AIOKafkaAdminClient, ends: AIOKafkaConsumer, group: str, tps: list[TopicPartition]
) -> int:
    committed = await admin.list_consumer_group_offsets(group, partitions=tps)
    left = 0
    for tp, end in (await ends.end_offsets(tps)).items():
        done = committed.get(tp)
        left += max(0, end - (done.offset if done is not None and done.offset >= 0 else 0))
    return left
