"""What a service reports on /metrics, scraped as Prometheus does, against real PostgreSQL
and Kafka: gRPC calls by service, method and code; consumer lag and projection lag while
a consumer is held and after; dead letters; due timers; one reporter per service."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

import asyncpg
import grpc
import pytest

from frontline.api.admin.v1 import admin_pb2
from frontline.api.admin.v1.admin_pb2_grpc import AdminServiceStub
from frontline.kernel.clock import ManualClock
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.timers import Timer
from frontline.testkit.counter import Increment, counter, publish
from frontline.testkit.metrics import Scrape, scrape
from frontline.testkit.runtime import SigningKeys, make_runtime
from frontline.testkit.waiting import eventually

from .test_subscriber import SOURCE_TOPIC, cloudevent, produce, record_effect

ADMIN = "frontline.api.admin.v1.AdminService"
REPOSITORY = Path(__file__).resolve().parents[3]
METRIC_NAME = re.compile(r"\b(?:grpc_server_\w+|frontline_\w+)\b(?=\s*[{\[)])")


async def scraped_until(runtime: ServiceRuntime[Any], check: Any, timeout: float = 30.0) -> Scrape:
    return await eventually(lambda: scrape(runtime), check, timeout=timeout, interval=0.2)


async def test_grpc_calls_are_counted_by_service_method_and_code(
    counter_runtime: ServiceRuntime[Any], keys: SigningKeys
) -> None:
    method = {"grpc_service": ADMIN, "grpc_method": "ListCalendarYears"}
    before = await scrape(counter_runtime)
    target = f"127.0.0.1:{counter_runtime.grpc_port}"
    async with grpc.aio.insecure_channel(target) as channel:
        stub = AdminServiceStub(channel)  # type: ignore[no-untyped-call]
        request = admin_pb2.ListCalendarYearsRequest()
        await stub.ListCalendarYears(request, metadata=keys.metadata(["county_admin"]))
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await stub.ListCalendarYears(request, metadata=keys.metadata(["hq_viewer"]))
    assert refused.value.code() == grpc.StatusCode.PERMISSION_DENIED

    after = await scrape(counter_runtime)
    for code in ("OK", "PERMISSION_DENIED"):
        labels = {**method, "grpc_code": code}
        counted = after.total("grpc_server_handled_total", **labels)
        assert counted == before.total("grpc_server_handled_total", **labels) + 1, code
        timed = after.total("grpc_server_handling_seconds_count", **labels)
        assert timed == before.total("grpc_server_handling_seconds_count", **labels) + 1, code
        buckets = [
            found
            for found in after.labels("grpc_server_handling_seconds_bucket")
            if labels.items() <= found.items()
        ]
        assert {"+Inf", "0.005", "1.0"} <= {found["le"] for found in buckets}
    # The names of the old histogram are gone: dashboards read the stock ones.
    assert not after.has("frontline_rpc_seconds_count")


@pytest.fixture
async def held_consumer(
    pg: Any, kafka_bootstrap: str, unique: str, keys: SigningKeys
) -> AsyncIterator[ServiceRuntime[Any]]:
    """A service whose consumer writes ``effects``; a projection, as headquarters' is."""
    dsn = await pg.create_database(f"lag_{unique}")
    conn = await asyncpg.connect(dsn)
    await conn.execute("CREATE TABLE effects (event_id text, total int)")
    await conn.close()
    runtime = make_runtime("consumer", dsn, kafka_bootstrap, f"{unique}.", keys)
    runtime.subscribe(SOURCE_TOPIC, "consumer.effects", record_effect, projection=True)
    async with runtime.started():
        yield runtime


def _lag(scraped: Scrape, runtime: ServiceRuntime[Any]) -> float:
    return scraped.total("frontline_consumer_lag", group=runtime.topic_name("consumer.effects"))


async def test_consumer_lag_rises_while_a_consumer_is_held_and_falls_to_zero(
    held_consumer: ServiceRuntime[Any], kafka_bootstrap: str
) -> None:
    runtime, topic = held_consumer, held_consumer.topic_name(SOURCE_TOPIC)
    await produce(kafka_bootstrap, topic, [cloudevent("first", {"total": 1})])
    await eventually(lambda: runtime.pool.fetchval("SELECT count(*) FROM effects"))
    caught_up = await scraped_until(
        runtime, lambda s: s.has("frontline_consumer_lag") and _lag(s, runtime) == 0
    )
    assert caught_up.total("frontline_projection_lag_seconds") == 0
    assert {found["topic"] for found in caught_up.labels("frontline_consumer_lag")} == {topic}
    assert {found["partition"] for found in caught_up.labels("frontline_consumer_lag")} == {
        "0",
        "1",
        "2",
    }

    # The consumer's next effect waits for a lock the test holds: the consumer is held.
    holder = await asyncpg.connect(runtime.settings.database_url)
    hold = holder.transaction()
    await hold.start()
    await holder.execute("LOCK TABLE effects IN ACCESS EXCLUSIVE MODE")
    try:
        await produce(kafka_bootstrap, topic, [cloudevent(f"e{n}", {"total": n}) for n in range(5)])
        held = await scraped_until(runtime, lambda s: _lag(s, runtime) == 5)
        waited = held.total("frontline_projection_lag_seconds")
        later = await scraped_until(
            runtime, lambda s: s.total("frontline_projection_lag_seconds") > waited
        )
        assert _lag(later, runtime) == 5
    finally:
        await hold.rollback()
        await holder.close()

    released = await scraped_until(runtime, lambda s: _lag(s, runtime) == 0)
    assert released.total("frontline_projection_lag_seconds") == 0
    assert await runtime.pool.fetchval("SELECT count(*) FROM effects") == 6


async def test_a_dead_letter_is_counted_for_its_consumer(
    held_consumer: ServiceRuntime[Any], kafka_bootstrap: str
) -> None:
    runtime = held_consumer
    consumer = runtime.topic_name("consumer.effects")
    poison = cloudevent("poison", {"total": 0, "poison": True})
    await produce(kafka_bootstrap, runtime.topic_name(SOURCE_TOPIC), [poison])
    counted = await scraped_until(
        runtime, lambda s: s.total("frontline_dead_letters_total", consumer=consumer) >= 1
    )
    assert counted.total("frontline_dead_letters_total", consumer=consumer) == 1


async def test_due_timers_count_until_they_fire_and_a_failing_one_keeps_counting(
    pg: Any, kafka_bootstrap: str, unique: str, keys: SigningKeys
) -> None:
    clock = ManualClock()
    dsn = await pg.create_database(f"timers_{unique}")
    runtime = make_runtime("timers", dsn, kafka_bootstrap, f"{unique}.", keys, clock=clock)
    failing = True

    async def remind(conn: asyncpg.Connection, timer: Timer) -> None:
        if failing:
            raise RuntimeError("the reminder's command failed")

    runtime.on_timer("reminder", remind)
    async with runtime.started():
        async with runtime.pool.acquire() as conn:
            due = clock.now() + timedelta(hours=1)
            await runtime.timers.schedule(
                cast(asyncpg.Connection, conn), "reminder-1", due, "reminder", "s-1"
            )
        await scraped_until(runtime, lambda s: s.has("frontline_timer_backlog"))
        assert (await scrape(runtime)).total("frontline_timer_backlog") == 0  # not due yet

        clock.advance(timedelta(hours=2))
        assert (await scrape(runtime)).total("frontline_timer_backlog") == 1
        assert await runtime.timers.fire_due() == 0  # failed: retried in 30 seconds
        assert (await scrape(runtime)).total("frontline_timer_backlog") == 1

        failing = False
        clock.advance(timedelta(minutes=1))
        assert await runtime.timers.fire_due() == 1
        assert (await scrape(runtime)).total("frontline_timer_backlog") == 0


async def test_only_the_relay_leader_reports_the_service_in_flight(
    counter_runtime: ServiceRuntime[Any],
    counter_db: str,
    kafka_bootstrap: str,
    unique: str,
    keys: SigningKeys,
) -> None:
    """Two replicas of one service: a sum over them counts each outbox row once."""
    relay = counter_runtime.relay
    await eventually(lambda: _true(relay is not None and relay.is_leader))
    second = make_runtime("test", counter_db, kafka_bootstrap, f"{unique}.", keys)
    second.register(counter, publish=publish)
    async with second.started():
        await second.commands.execute(counter, "c-1", Increment(by=1))
        leader = await scraped_until(
            counter_runtime,
            lambda s: s.has("frontline_outbox_depth") and s.total("frontline_outbox_depth") == 0,
        )
        assert leader.has("frontline_timer_backlog")
        assert leader.total("frontline_outbox_parked_rows") == 0
        standby = await scrape(second)
        assert not standby.has("frontline_outbox_depth")
        assert not standby.has("frontline_outbox_parked_rows")
        assert not standby.has("frontline_timer_backlog")
        assert standby.total("frontline_commands_total", command="Increment") >= 1


async def _true(value: bool) -> bool:
    return value


async def test_every_metric_the_alerts_and_dashboard_read_is_exposed(
    held_consumer: ServiceRuntime[Any], kafka_bootstrap: str, keys: SigningKeys
) -> None:
    """deploy/observability reads these names; a service with a projection, after a
    call and a dead letter, shows every one of them."""
    dashboard = json.loads((REPOSITORY / "deploy/observability/dashboard.json").read_text())
    exprs = [t["expr"] for panel in dashboard["panels"] for t in panel.get("targets", [])]
    read = {name for expr in exprs for name in METRIC_NAME.findall(expr)}
    runtime = held_consumer
    poison = cloudevent("poison", {"total": 0, "poison": True})
    await produce(kafka_bootstrap, runtime.topic_name(SOURCE_TOPIC), [poison])
    async with grpc.aio.insecure_channel(f"127.0.0.1:{runtime.grpc_port}") as channel:
        stub = AdminServiceStub(channel)  # type: ignore[no-untyped-call]
        request = admin_pb2.ListCalendarYearsRequest()
        await stub.ListCalendarYears(request, metadata=keys.metadata(["county_admin"]))
    shown = await scraped_until(
        runtime,
        lambda s: {name for name, _, _ in s.samples} >= read,
        timeout=30,
    )
    assert read - {name for name, _, _ in shown.samples} == set()
