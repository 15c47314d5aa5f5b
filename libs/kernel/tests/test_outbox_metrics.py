"""The outbox's depth and age on /metrics while Kafka does not answer, and after.

The broker is one of the test's own (the session's is shared by every test): paused
with SIGSTOP, it takes connections and answers nothing, like a hung broker. Commands go
on meanwhile (their events wait in the outbox, DESIGN.md §7); the relay publishes them
once it answers again.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

from frontline.kernel.ids import new_id
from frontline.kernel.runtime import ServiceRuntime
from frontline.stack.kafka import KafkaBroker, ensure_kafka_libs
from frontline.stack.kafka_principals import ADMIN
from frontline.stack.kafka_secrets import prepare_kafka_secrets
from frontline.stack.paths import kafka_libs_dir
from frontline.stack.ports import free_port
from frontline.stack.testing import TestKafka
from frontline.testkit.counter import Increment, counter, publish
from frontline.testkit.metrics import Scrape, scrape
from frontline.testkit.runtime import SigningKeys, make_settings
from frontline.testkit.waiting import eventually

DEPTH, AGE = "frontline_outbox_depth", "frontline_outbox_oldest_age_seconds"


@contextlib.asynccontextmanager
async def kafka_of_our_own(folder: Path) -> AsyncIterator[tuple[TestKafka, KafkaBroker]]:
    libs = await asyncio.to_thread(ensure_kafka_libs, kafka_libs_dir())
    secrets = prepare_kafka_secrets(folder / "secrets", [ADMIN])
    broker = KafkaBroker(folder / "kafka", libs, free_port(), free_port(), secrets=secrets)
    broker.start()
    try:
        await broker.wait_ready(within=180)
        yield TestKafka(broker.bootstrap, secrets), broker
    finally:
        broker.stop()


@contextlib.contextmanager
def paused(pid: int) -> Iterator[None]:
    """The process group of ``pid`` stopped (SIGSTOP) until the block ends."""
    os.killpg(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.killpg(pid, signal.SIGCONT)


async def scraped_until(runtime: ServiceRuntime[Any], check: Any, timeout: float) -> Scrape:
    return await eventually(lambda: scrape(runtime), check, timeout=timeout, interval=0.3)


async def test_outbox_depth_and_age_rise_while_kafka_is_paused_and_fall_after(
    pg: Any, unique: str, keys: SigningKeys, tmp_path: Path
) -> None:
    dsn = await pg.create_database(f"outbox_{unique}")
    async with kafka_of_our_own(tmp_path) as (kafka, broker):
        settings = make_settings("test", dsn, kafka.bootstrap, f"{unique}.", keys)
        runtime = ServiceRuntime(kafka.as_principal(settings, ADMIN))
        runtime.register(counter, publish=publish)
        async with runtime.started():
            await runtime.commands.execute(counter, new_id(), Increment(by=1))
            empty = await scraped_until(
                runtime, lambda s: s.has(DEPTH) and s.total(DEPTH) == 0, timeout=60
            )
            assert empty.total(AGE) == 0

            assert broker.process is not None
            with paused(broker.process.pid):
                for _ in range(3):
                    await runtime.commands.execute(counter, new_id(), Increment(by=1))
                waiting = await scraped_until(runtime, lambda s: s.total(DEPTH) == 3, timeout=30)
                first_age = waiting.total(AGE)
                older = await scraped_until(runtime, lambda s: s.total(AGE) > first_age, timeout=30)
                assert older.total(DEPTH) == 3

            drained = await scraped_until(runtime, lambda s: s.total(DEPTH) == 0, timeout=90)
            assert drained.total(AGE) == 0
