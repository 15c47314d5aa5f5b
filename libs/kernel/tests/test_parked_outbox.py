"""No poisoned outbox (DESIGN.md §7): a row the broker refuses for good is parked with
its error, an alert metric and a log line; the relay goes on with the other rows, and
the later rows of the same aggregate wait behind the parked one (and are reported).

Before, one 1.2 MB event (MessageSizeTooLargeError) was retried forever in front of
every later event of the service, across restarts.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import grpc
import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from prometheus_client import REGISTRY

from frontline.api.admin.v1 import admin_pb2, admin_pb2_grpc
from frontline.contracts.base import PublicEvent
from frontline.kernel.context import CallContext, Principal
from frontline.kernel.decider import Command, Decider, DomainEvent
from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.ids import new_id
from frontline.kernel.kafka_client import kafka_options
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.topics import UNLIMITED
from frontline.testkit.kafka import read_topic
from frontline.testkit.metrics import scrape
from frontline.testkit.runtime import SigningKeys, make_runtime
from frontline.testkit.waiting import eventually

HUGE = 1_200_000  # over the producer's 1 MB request size: refused before it is sent


@dataclass(frozen=True)
class Page:
    lines: int = 0


class Write(Command):
    text: str


class Written(DomainEvent):
    event_type: ClassVar[str] = "Written"
    text: str


class PageWritten(PublicEvent):
    ce_type: ClassVar[str] = "cn.frontline.test.PageWritten.v1"
    topic: ClassVar[str] = "test.events.v1"
    page_id: str
    text: str


def write(command: Write, state: Page) -> Sequence[DomainEvent]:
    return [Written(text=command.text)]


def publish(stored: StoredEvent, state: Page) -> list[PublicEvent]:
    assert isinstance(stored.event, Written)
    return [PageWritten(page_id=stored.stream_id, text=stored.event.text)]


pages: Decider[Write, Page] = Decider(
    stream_type="page",
    initial_state=Page,
    evolve=lambda state, event: Page(state.lines + 1),
    rules={Write: write},
    events=[Written],
)


@pytest.fixture
async def runtime(
    pg: Any, kafka_bootstrap: str, unique: str, keys: SigningKeys
) -> AsyncIterator[ServiceRuntime[Any]]:
    database = await pg.create_database(f"parked_{unique}")
    started = make_runtime("test", database, kafka_bootstrap, f"{unique}.", keys)
    started.register(pages, publish=publish)
    async with started.started():
        yield started


async def written(runtime: ServiceRuntime[Any], page: str, text: str) -> None:
    ctx = CallContext(Principal("writer"), request_id=new_id())
    await runtime.commands.execute(pages, page, Write(text=text), ctx)


async def limit_message_size(kafka: str, topic: str, most: int) -> None:
    """The topic's own limit lowered under one event's size: the broker refuses it."""
    admin = AIOKafkaAdminClient(**kafka_options(kafka))
    await admin.start()
    try:
        configs = {**UNLIMITED, "max.message.bytes": str(most)}
        await admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topic, configs)])
    finally:
        await admin.close()


def counted(name: str) -> float:
    return REGISTRY.get_sample_value(name) or 0.0


async def test_a_refused_row_is_parked_and_the_others_go_on_in_order(
    runtime: ServiceRuntime[Any], kafka_bootstrap: str, caplog: pytest.LogCaptureFixture
) -> None:
    poisoned, other = new_id(), new_id()
    parked_before = counted("frontline_outbox_parked_total")
    with caplog.at_level(logging.ERROR, logger="frontline.kernel.parked"):
        await written(runtime, poisoned, "first")
        await written(runtime, poisoned, "x" * HUGE)
        await written(runtime, poisoned, "after the huge one")
        await written(runtime, other, "another page")
        records = await read_topic(kafka_bootstrap, runtime.topic, at_least=2, timeout=30)
        parked = await eventually(lambda: runtime.pool.fetch("SELECT * FROM outbox_parked"))
    published = {(r.key.decode(), json.loads(r.value)["text"]) for r in records}
    assert published == {(poisoned, "first"), (other, "another page")}
    assert len(parked) == 1 and parked[0]["key"] == poisoned
    assert parked[0]["error"].startswith("MessageSizeTooLargeError")
    held = await runtime.pool.fetch("SELECT key, value FROM outbox")
    assert [(r["key"], json.loads(r["value"])["text"]) for r in held] == [
        (poisoned, "after the huge one")
    ]
    assert counted("frontline_outbox_parked_total") == parked_before + 1
    shown = await eventually(
        lambda: scrape(runtime), lambda s: s.has("frontline_outbox_parked_rows"), timeout=30
    )
    assert shown.total("frontline_outbox_parked_rows") == 1
    assert shown.total("frontline_outbox_held_rows") == 1
    assert any("parked" in r.getMessage() and r.levelno == logging.ERROR for r in caplog.records)

    # Later commands still publish: nothing waits but the poisoned page's own events.
    await written(runtime, other, "and more")
    more = await read_topic(kafka_bootstrap, runtime.topic, at_least=3, timeout=30)
    assert "and more" in {json.loads(r.value)["text"] for r in more}


async def test_the_admin_api_lists_parked_rows_and_a_retry_refused_again_stays_parked(
    runtime: ServiceRuntime[Any], kafka_bootstrap: str, keys: SigningKeys
) -> None:
    poisoned = new_id()
    await written(runtime, poisoned, "x" * HUGE)
    await written(runtime, poisoned, "behind it")
    await eventually(lambda: runtime.pool.fetchval("SELECT count(*) FROM outbox_parked"))
    md = [("authorization", f"Bearer {keys.token(['county_admin'])}")]
    async with grpc.aio.insecure_channel(f"127.0.0.1:{runtime.grpc_port}") as channel:
        admin = admin_pb2_grpc.AdminServiceStub(channel)  # type: ignore[no-untyped-call]
        listed = await admin.ListParkedOutboxRows(
            admin_pb2.ListParkedOutboxRowsRequest(), metadata=md
        )
        [row] = listed.rows
        assert (row.key, row.type, row.held_behind) == (
            poisoned,
            "cn.frontline.test.PageWritten.v1",
            1,
        )
        assert row.size_bytes > HUGE and "MessageSizeTooLargeError" in row.error
        retried = await admin.RetryParkedOutboxRows(
            admin_pb2.RetryParkedOutboxRowsRequest(ids=[row.id]), metadata=md
        )
        assert list(retried.ids) == [row.id]
        # Still too large: the relay parks it again, in the same place.
        again = await eventually(
            lambda: runtime.pool.fetchrow(
                "SELECT id, parked_at FROM outbox_parked WHERE id = $1", row.id
            ),
            lambda found: found is not None and found["parked_at"].isoformat() > row.parked_at,
        )
        assert again["id"] == row.id
        with pytest.raises(grpc.aio.AioRpcError) as unknown:
            await admin.RetryParkedOutboxRows(
                admin_pb2.RetryParkedOutboxRowsRequest(ids=[row.id + 1000]), metadata=md
            )
        assert unknown.value.code() == grpc.StatusCode.NOT_FOUND
    assert await runtime.pool.fetchval("SELECT count(*) FROM outbox") == 1  # still behind


async def test_after_the_broker_refuses_a_record_every_later_event_is_published(
    runtime: ServiceRuntime[Any], kafka_bootstrap: str
) -> None:
    """A refusal by the broker itself (not the producer's own size check) left the
    idempotent producer's sequence numbers ahead of the broker's: every later send to
    that partition was answered OutOfOrderSequenceNumber and the relay retried forever.
    The relay now replaces its producer after such a refusal."""
    await limit_message_size(kafka_bootstrap, runtime.topic, 20_000)
    # Each batch holds the refused record and others sent beside it, several in flight.
    later: list[str] = []
    for round_ in range(4):
        pages = [new_id() for _ in range(12)]
        later += pages
        await asyncio.gather(
            written(runtime, new_id(), "y" * 50_000),  # under 1 MB: the broker refuses it
            *(written(runtime, page, f"later {round_}") for page in pages),
        )

    async def published() -> set[str]:
        # By key, not by count: a batch sent again after a failure may repeat events
        # (consumers skip them), and a count would be reached before the last arrive.
        records = await read_topic(kafka_bootstrap, runtime.topic, timeout=5)
        return {r.key.decode() for r in records}

    assert await eventually(published, lambda keys: set(later) <= keys, timeout=90) == set(later)
