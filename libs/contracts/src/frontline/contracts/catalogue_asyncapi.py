"""The AsyncAPI 3.0 document of Frontline's public topics, generated with FastStream.

FastStream builds the document from a KafkaBroker that declares one publisher per
public event (payload schemas straight from the pydantic models) and one per
dead-letter topic. FastStream 0.7 does not describe message headers or Kafka keys
(its message model leaves ``headers`` as a TODO), and it makes one channel per
publisher; so the document is then reshaped into one channel per topic whose
messages carry the CloudEvents binary-mode headers and the key binding.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Union

from faststream.kafka import KafkaBroker
from faststream.specification import AsyncAPI

from frontline.contracts.base import PublicEvent
from frontline.contracts.catalogue_events import by_topic, meaning, service_of

SERVER = "county"
KAFKA_BINDING = "0.5.0"
TITLE = "Frontline public events"
VERSION = "1.0.0"
DESCRIPTION = (
    "Events a county's Frontline services publish for other county systems. "
    "Value: the event as JSON. Key: the aggregate id (per-aggregate order). "
    "Headers: CloudEvents 1.0 binary mode. Delivery is at least once: "
    "deduplicate by ce_id. Consumers must ignore fields they do not know."
)
# Added by a consumer that gave up on a message (frontline.kernel.subscriber).
DEAD_LETTER_HEADERS = {
    "x-error": "The error, truncated to 2,000 characters.",
    "x-error-type": "The error's class name.",
    "x-original-topic": "The topic the message was read from.",
    "x-original-partition": "Its partition there.",
    "x-original-offset": "Its offset there.",
    "x-consumer": "The consumer group that failed, e.g. cadre.org-directory.",
    "x-failed-at": "When it was dead-lettered (ISO 8601, UTC).",
}


def asyncapi_document(events: Sequence[type[PublicEvent]]) -> dict[str, Any]:
    raw = AsyncAPI(
        _declared_broker(events),
        title=TITLE,
        version=VERSION,
        description=DESCRIPTION,
        schema_version="3.0.0",
    ).to_specification()
    return _per_topic(raw.to_jsonable(), events)


def _declared_broker(events: Sequence[type[PublicEvent]]) -> KafkaBroker:
    broker = KafkaBroker(
        "kafka:9092",
        description="The county's Kafka cluster; its address comes from the county's operators.",
    )
    for event in events:
        broker.publisher(event.topic, title=event.ce_type, description=meaning(event), schema=event)
    for topic, members in by_topic(events).items():
        broker.publisher(
            f"{topic}.dlq",
            title=f"{topic}.dlq",
            description=f"Messages of {topic} that a Frontline consumer could not process.",
            schema=Union[tuple(members)],  # noqa: UP007 - built from a runtime tuple
        )
    return broker


def _per_topic(raw: dict[str, Any], events: Sequence[type[PublicEvent]]) -> dict[str, Any]:
    schemas: dict[str, Any] = raw["components"]["schemas"]
    messages: dict[str, Any] = {}
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    for topic, members in by_topic(events).items():
        for event in members:
            messages[event.ce_type] = _message(event, _payload_ref(raw, event.ce_type))
        channels[topic] = _channel(topic, {e.__name__: e.ce_type for e in members})
        operations[f"{topic}.publish"] = _operation(topic, [e.__name__ for e in members])
        dlq = f"{topic}.dlq"
        payload = _renamed_schema(schemas, _payload_ref(raw, dlq), f"{dlq}.Payload")
        messages[dlq] = _dead_letter_message(topic, payload)
        channels[dlq] = _channel(dlq, {"DeadLetter": dlq}, raw["channels"][dlq]["description"])
        operations[f"{dlq}.publish"] = _operation(dlq, ["DeadLetter"])
    server = next(iter(raw["servers"].values()))
    return {
        "asyncapi": raw["asyncapi"],
        "info": raw["info"],
        "defaultContentType": raw["defaultContentType"],
        "servers": {SERVER: server},
        "channels": channels,
        "operations": operations,
        # FastStream collects payload schemas through a set: sort them for a stable file.
        "components": {"messages": messages, "schemas": dict(sorted(schemas.items()))},
    }


def _payload_ref(raw: dict[str, Any], channel: str) -> dict[str, Any]:
    """The payload reference FastStream made for the publisher titled ``channel``."""
    message_ref = raw["channels"][channel]["messages"]["Message"]["$ref"]
    message_key = message_ref.removeprefix("#/components/messages/")
    payload: dict[str, Any] = raw["components"]["messages"][message_key]["payload"]
    return payload


def _renamed_schema(schemas: dict[str, Any], ref: dict[str, Any], name: str) -> dict[str, Any]:
    """Give a FastStream-named schema (``topic:Message:Payload``) a key AsyncAPI allows."""
    old = ref["$ref"].removeprefix("#/components/schemas/")
    schemas[name] = schemas.pop(old)
    schemas[name]["title"] = name
    return {"$ref": f"#/components/schemas/{name}"}


def _channel(address: str, messages: dict[str, str], description: str = "") -> dict[str, Any]:
    service = service_of(address)
    return {
        "address": address,
        "description": description
        or f"Public events of the {service} service. Retention is unlimited.",
        "servers": [{"$ref": f"#/servers/{SERVER}"}],
        "messages": {
            name: {"$ref": f"#/components/messages/{key}"} for name, key in messages.items()
        },
        "bindings": {
            "kafka": {
                "topic": address,
                "topicConfiguration": {"retention.ms": -1, "retention.bytes": -1},
                "bindingVersion": KAFKA_BINDING,
            }
        },
    }


def _operation(channel: str, message_names: list[str]) -> dict[str, Any]:
    return {
        "action": "send",
        "channel": {"$ref": f"#/channels/{channel}"},
        "messages": [{"$ref": f"#/channels/{channel}/messages/{name}"} for name in message_names],
    }


def _message(event: type[PublicEvent], payload: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": event.__name__,
        "title": event.ce_type,
        "summary": meaning(event),
        "contentType": "application/json",
        "correlationId": {"location": "$message.header#/ce_correlationid"},
        "headers": cloudevent_headers_schema(event.topic, event.ce_type),
        "payload": payload,
        "bindings": {"kafka": _key_binding()},
    }


def _dead_letter_message(topic: str, payload: dict[str, Any]) -> dict[str, Any]:
    headers = cloudevent_headers_schema(topic, None)
    for name, description in DEAD_LETTER_HEADERS.items():
        headers["properties"][name] = {"type": "string", "description": description}
    headers["required"] = [*headers["required"], "x-error", "x-original-topic", "x-consumer"]
    return {
        "name": "DeadLetter",
        "title": f"{topic}.dlq",
        "summary": "The original key, value and headers, plus why it failed.",
        "contentType": "application/json",
        "headers": headers,
        "payload": payload,
        "bindings": {"kafka": _key_binding()},
    }


def _key_binding() -> dict[str, Any]:
    return {
        "key": {
            "type": "string",
            "description": "The aggregate id (= ce_subject): one aggregate's events stay in order.",
        },
        "bindingVersion": KAFKA_BINDING,
    }


def cloudevent_headers_schema(topic: str, ce_type: str | None) -> dict[str, Any]:
    """Kafka headers in CloudEvents 1.0 binary mode, as frontline.kernel.outbox writes them."""
    service = service_of(topic)
    type_schema: dict[str, Any] = {"type": "string", "description": "The event type."}
    if ce_type is not None:
        type_schema["const"] = ce_type
    return {
        "type": "object",
        "description": "Header values are UTF-8 strings.",
        "required": [
            "ce_specversion",
            "ce_id",
            "ce_source",
            "ce_type",
            "ce_time",
            "ce_subject",
            "content-type",
        ],
        "properties": {
            "ce_specversion": {"type": "string", "const": "1.0"},
            "ce_id": {
                "type": "string",
                "format": "uuid",
                "description": "The event id. A redelivered or republished event keeps it: "
                "deduplicate by it.",
            },
            "ce_source": {
                "type": "string",
                "pattern": f"^/counties/[0-9]{{6}}/{service}$",
                "description": f"/counties/<county division code>/{service}",
            },
            "ce_type": type_schema,
            "ce_time": {
                "type": "string",
                "format": "date-time",
                "description": "When the producing service recorded the event.",
            },
            "ce_subject": {
                "type": "string",
                "description": "The aggregate id; the same as the message key.",
            },
            "content-type": {"type": "string", "const": "application/json"},
            "ce_correlationid": {
                "type": "string",
                "description": "Shared by everything one operator request caused, across services.",
            },
            "ce_causationid": {
                "type": "string",
                "description": "The id of the event that caused this one, when a service "
                "reacted to another's event.",
            },
            "traceparent": {
                "type": "string",
                "pattern": "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$",
                "description": "W3C Trace Context of the call that made the event, while "
                "the producing service traces (OpenTelemetry): continue its trace.",
            },
            "tracestate": {
                "type": "string",
                "description": "W3C Trace Context vendor state, with traceparent.",
            },
            "ce_traceparent": {
                "type": "string",
                "description": "The CloudEvents distributed-tracing extension: the same "
                "value as traceparent.",
            },
            "ce_tracestate": {
                "type": "string",
                "description": "The CloudEvents distributed-tracing extension: the same "
                "value as tracestate.",
            },
        },
    }
