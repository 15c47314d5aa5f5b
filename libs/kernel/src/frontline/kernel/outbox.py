"""Public events into the outbox, in the command's own transaction, with CloudEvents headers."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from frontline.contracts.base import PublicEvent
from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.message_tracing import mark_created
from frontline.kernel.statements import Statement


@dataclass(frozen=True)
class OutboxRecord:
    topic: str
    key: str
    value: bytes
    headers: list[tuple[str, str]]


def cloudevent_headers(
    source: str, stored: StoredEvent, public: PublicEvent, ce_id: str
) -> list[tuple[str, str]]:
    """CloudEvents 1.0 binary mode (DESIGN.md §5): attributes as ce_* headers."""
    headers = [
        ("ce_specversion", "1.0"),
        ("ce_id", ce_id),
        ("ce_source", source),
        ("ce_type", public.ce_type),
        ("ce_time", stored.recorded_at.isoformat()),
        ("ce_subject", stored.stream_id),
        ("content-type", "application/json"),
    ]
    correlation = stored.metadata.get("correlation_id")
    causation = stored.metadata.get("causation_id")
    if correlation:
        headers.append(("ce_correlationid", str(correlation)))
    if causation:
        headers.append(("ce_causationid", str(causation)))
    return headers


def public_event_id(stored_event_id: str, index: int) -> str:
    """The ce_id of a stored event's ``index``-th public event.

    The first reuses the stored event's id; further ones get ids derived from it, so
    republishing from the store (or re-deriving, see public_ids.py) yields the same ce_id.
    """
    if index == 0:
        return stored_event_id
    return str(uuid.uuid5(uuid.UUID(stored_event_id), str(index)))


def outbox_records(
    source: str, stored: StoredEvent, publics: Sequence[PublicEvent], topic_prefix: str = ""
) -> list[OutboxRecord]:
    records = [
        OutboxRecord(
            topic=topic_prefix + public.topic,
            key=stored.stream_id,
            value=public.model_dump_json().encode(),
            headers=cloudevent_headers(
                source, stored, public, public_event_id(stored.event_id, index)
            ),
        )
        for index, public in enumerate(publics)
    ]
    mark_created(records)  # the trace each message continues (while tracing is on)
    return records


def _flat(headers: list[tuple[str, str]]) -> str:
    # unnest() cannot take an array of arrays of different lengths, so each row's
    # headers travel as one string split on the ASCII unit separator.
    # A value may come from a client (the correlation id): it must not split a row.
    return "\x1f".join(item.replace("\x1f", "") for pair in headers for item in pair)


_INSERT_OUTBOX = (
    "INSERT INTO outbox (topic, key, value, headers)"
    " SELECT t, k, v, string_to_array(h, E'\\x1f')"
    " FROM unnest($1::text[], $2::text[], $3::bytea[], $4::text[]) AS x(t, k, v, h)"
)
_INSERT_ANSWER = "INSERT INTO idempotency (request_id, response) VALUES ($1, $2::jsonb)"


def outbox_statements(
    records: Sequence[OutboxRecord], answer: tuple[str, str] | None = None
) -> list[Statement]:
    """The writes of outbox rows and of the request's answer (request id, JSON).

    No NOTIFY among them: NOTIFY takes a server-wide lock at commit and serialises
    every notifying transaction; the runtime wakes the relay after commit instead.
    """
    statements: list[Statement] = []
    if records:
        statements.append(
            (
                _INSERT_OUTBOX,
                (
                    [r.topic for r in records],
                    [r.key for r in records],
                    [r.value for r in records],
                    [_flat(r.headers) for r in records],
                ),
            )
        )
    if answer is not None:
        statements.append((_INSERT_ANSWER, answer))
    return statements
