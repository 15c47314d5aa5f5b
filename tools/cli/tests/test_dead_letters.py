"""`frontline admin dlq list|replay` against a real broker, run as the operator runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from aiokafka import AIOKafkaProducer

from frontline.kernel.kafka_client import kafka_options
from frontline.kernel.topics import ensure_topics
from frontline.testkit.kafka import header, read_topic


def frontline(bootstrap: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
    # The operator's Kafka credentials (the test session's own), then the broker.
    env.update({k: v for k, v in os.environ.items() if k.startswith("FRONTLINE_KAFKA_")})
    env.update(FRONTLINE_STACK_ENV="/nonexistent", FRONTLINE_KAFKA_BOOTSTRAP=bootstrap)
    return subprocess.run(
        [sys.executable, "-m", "frontline.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


async def test_dead_letters_are_listed_with_their_error_and_replayed_once(
    kafka_bootstrap: str,
    unique: str,
) -> None:
    topic = f"{unique}.cadre.events.v1"
    await ensure_topics(kafka_bootstrap, [topic, f"{topic}.dlq"], 1)
    producer = AIOKafkaProducer(**kafka_options(kafka_bootstrap))
    await producer.start()
    try:
        await producer.send_and_wait(
            f"{topic}.dlq",
            value=b'{"cadre_id": "c-1"}',
            key=b"c-1",
            headers=[
                ("ce_id", b"e-1"),
                ("ce_type", b"t.v1"),
                ("x-error", b"unknown org unit u-9"),
                ("x-error-type", b"PreconditionFailed"),
                ("x-consumer", b"organization.secretary-posts"),
            ],
        )
    finally:
        await producer.stop()

    listed = frontline(kafka_bootstrap, "admin", "dlq", "list", topic, "--json")
    assert listed.returncode == 0, listed.stderr
    letters = json.loads(listed.stdout)
    assert [(x["ce_id"], x["x-error"]) for x in letters] == [("e-1", "unknown org unit u-9")]

    first = frontline(kafka_bootstrap, "admin", "dlq", "replay", topic)
    assert first.returncode == 0, first.stderr
    assert "replayed 1 message" in first.stdout
    again = frontline(kafka_bootstrap, "admin", "dlq", "replay", topic)
    assert "replayed 0 message" in again.stdout

    back = await read_topic(kafka_bootstrap, topic, at_least=1)
    assert len(back) == 1
    assert header(back[0], "ce_id") == "e-1"
    assert header(back[0], "x-error") is None  # replayed as the original event
