"""`frontline events tail TOPIC`: read public events off Kafka with their CloudEvents headers."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from frontline.cli.kafka_access import on_kafka
from frontline.cli.options import Json, sub_app
from frontline.cli.output import emit_json, table
from frontline.cli.stack_env import kafka_client

app = sub_app()


def as_event(record: Any) -> dict[str, Any]:
    headers = {k: v.decode(errors="replace") for k, v in record.headers}
    return {
        "partition": record.partition,
        "offset": record.offset,
        "key": record.key.decode(errors="replace") if record.key else None,
        "headers": headers,
        "data": json.loads(record.value) if record.value else None,
    }


@app.command("tail")
def tail(
    topic: Annotated[str, typer.Argument(help="e.g. organization.events.v1")],
    last: Annotated[
        int, typer.Option(min=0, help="How many of the newest events to show (0: all)")
    ] = 10,
    ce_type: Annotated[str | None, typer.Option("--type", help="Only this ce_type")] = None,
    as_json: Json = False,
) -> None:
    """Show the newest events of TOPIC (read from the beginning, no consumer group)."""
    from frontline.kernel.topics import read_topic  # aiokafka: only when reading

    kafka = kafka_client()
    records = on_kafka(kafka.kafka_bootstrap, read_topic(kafka, topic, timeout=5))
    events = [as_event(r) for r in sorted(records, key=lambda r: r.timestamp)]
    if ce_type:
        events = [e for e in events if e["headers"].get("ce_type") == ce_type]
    events = events[-last:] if last > 0 else events
    if as_json:
        emit_json(events)
        return
    table(
        topic,
        ["ce_time", "ce_type", "ce_subject", "ce_id", "data"],
        [
            (
                e["headers"].get("ce_time"),
                e["headers"].get("ce_type"),
                e["headers"].get("ce_subject"),
                e["headers"].get("ce_id"),
                json.dumps(e["data"], ensure_ascii=False)[:120],
            )
            for e in events
        ],
    )
