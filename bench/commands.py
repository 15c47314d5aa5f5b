"""Row 1: command append rate through the kernel's CommandHandler, 16 clients.

The kernel path is the whole command: idempotency lookup by request id, load the
stream, decide, append, outbox row, idempotency row, NOTIFY, commit — with the
service's relay running in the same process and publishing to Kafka, as in a real
service. Each command goes to a new counter stream (a village records its own
things; contention on one stream is a different question) with its own request id.

Baseline: a bare asyncpg transaction inserting the same three rows (event, outbox,
idempotency) with the same sizes, on the same server, 16 clients, pool of 16.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import asyncpg

from bench.cpu import CpuMeter, own_process
from bench.load import closed_loop, seconds
from bench.servers import Servers
from frontline.kernel.context import CallContext, Principal
from frontline.kernel.migrate import apply_migrations
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.settings import ServiceSettings
from frontline.testkit.counter import Increment, counter, publish
from frontline.testkit.runtime import SigningKeys

CLIENTS = 16


def kernel_runtime(
    servers: Servers, dsn: str, prefix: str, keys: SigningKeys
) -> ServiceRuntime[ServiceSettings]:
    settings = ServiceSettings(
        service_name="test",  # the counter's public events go to <prefix>test.events.v1
        database_url=dsn,
        kafka_bootstrap=servers.kafka_bootstrap,
        topic_prefix=prefix,
        jwt_public_key_path=keys.public,
        db_pool_size=CLIENTS,
        log_level="WARNING",
    )
    runtime = ServiceRuntime(settings)
    runtime.register(counter, publish=publish)
    return runtime


async def kernel_rate(servers: Servers, keys: SigningKeys) -> float:
    dsn = await servers.database("bench_commands")
    prefix = f"b{uuid.uuid4().hex[:6]}."
    async with kernel_runtime(servers, dsn, prefix, keys).started() as runtime:
        principal = Principal("bench", frozenset({"county_admin"}))

        async def command(client: int, n: int) -> None:
            ctx = CallContext(principal, request_id=f"req-{client}-{n}")
            await runtime.commands.execute(counter, f"counter-{client}-{n}", Increment(by=1), ctx)

        meter = CpuMeter("kernel commands", servers.cpu_groups(bench=own_process()))
        return await closed_loop(CLIENTS, seconds(8), command, meter=meter)


async def bare_asyncpg_rate(servers: Servers) -> float:
    dsn = await servers.database("bench_bare")
    pool = await asyncpg.create_pool(dsn, min_size=CLIENTS, max_size=CLIENTS)
    try:
        await apply_migrations(pool, ["frontline.kernel.migrations"])
        data = json.dumps({"by": 1, "total": 1, "unit": "piece"})
        meta = json.dumps({"actor": "bench", "request_id": "x" * 20, "correlation_id": "y" * 36})
        value = json.dumps({"counter_id": "counter-00-00000", "total": 1}).encode()
        headers = [item for i in range(8) for item in (f"ce_{i}", "v" * 30)]
        response = json.dumps({"stream_id": "counter-00-00000", "version": 1, "events": [data]})

        async def insert(client: int, n: int) -> None:
            stream = f"counter-{client}-{n}"
            async with pool.acquire() as conn, conn.transaction():
                await conn.execute(
                    "INSERT INTO events (stream_id, stream_type, version, event_id, event_type,"
                    " schema_version, data, metadata)"
                    " VALUES ($1, 'counter', 1, $2, 'Incremented', 2, $3::jsonb, $4::jsonb)",
                    stream, uuid.uuid4(), data, meta,
                )  # fmt: skip
                await conn.execute(
                    "INSERT INTO outbox (topic, key, value, headers)"
                    " VALUES ('test.events.v1', $1, $2, $3::text[])",
                    stream, value, headers,
                )  # fmt: skip
                await conn.execute(
                    "INSERT INTO idempotency (request_id, response) VALUES ($1, $2::jsonb)",
                    f"req-{client}-{n}", response,
                )  # fmt: skip

        meter = CpuMeter("bare asyncpg", servers.cpu_groups(bench=own_process()))
        return await closed_loop(CLIENTS, seconds(8), insert, meter=meter)
    finally:
        await pool.close()


def signing_keys(folder: Path) -> SigningKeys:
    (folder / "keys").mkdir(exist_ok=True)
    return SigningKeys.create(folder / "keys")
