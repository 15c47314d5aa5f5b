"""The event catalogue in ``docs/events`` is what other county systems build against.

If ``test_committed_catalogue_matches_the_models`` fails, a public event changed:
run ``make contracts`` and commit ``docs/events`` with the change (and if the change
is not an added optional field, make it a new ``.vN`` event type instead).
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

import pytest

import frontline.contracts
from frontline.contracts.base import PublicEvent
from frontline.contracts.catalogue import differences, render_catalogue
from frontline.contracts.catalogue_asyncapi import asyncapi_document
from frontline.contracts.catalogue_events import discover_events
from frontline.kernel.decider import DomainEvent
from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.outbox import cloudevent_headers

REPO = Path(__file__).resolve().parents[3]
CATALOGUE = REPO / "docs" / "events"
EVENTS = discover_events()
VERSIONED_TYPE = re.compile(r"^cn\.frontline\.[a-z][a-z-]*\.[A-Z][A-Za-z0-9]*\.v[1-9][0-9]*$")

# DESIGN.md §5: never citizens' or cadres' names, ID numbers, phones, addresses,
# birth dates, whistleblower identity or case narrative. Matched per word of a field.
PERSONAL_FIELD = re.compile(
    r"(^|_)(name|surname|phone|mobile|telephone|email|wechat|address|birth|birthday"
    r"|birthdate|id_number|id_card|idcard|id_hash|passport|whistleblower|reporter"
    r"|narrative)(_|$)"
)
NOT_PERSONAL = {
    # The organization's own name, e.g. "X village party branch": public, names no person.
    ("cn.frontline.organization.OrgUnitEstablished.v1", "name"),
    # A service centre's own name, e.g. "X town party–masses service centre".
    ("cn.frontline.service-center.CentreEstablished.v1", "name"),
}


@functools.cache
def _document() -> dict[str, Any]:
    return asyncapi_document(EVENTS)


@functools.cache
def _files() -> dict[str, str]:
    return render_catalogue(EVENTS)


def _event_id(event: type[PublicEvent]) -> str:
    return event.ce_type


def _field_names(schema: dict[str, Any]) -> set[str]:
    names = set(schema.get("properties", {}))
    for nested in schema.get("$defs", {}).values():
        names |= set(nested.get("properties", {}))
    return names


@pytest.mark.unit
def test_committed_catalogue_matches_the_models() -> None:
    drift = differences(CATALOGUE, _files())
    assert drift == [], "docs/events is out of date; run `make contracts`: " + ", ".join(drift)


@pytest.mark.unit
def test_catalogue_covers_every_live_topic_and_its_dead_letters() -> None:
    channels = _document()["channels"]
    for topic in ("organization.events.v1", "cadre.events.v1", "service-center.events.v1"):
        assert channels[topic]["address"] == topic
        assert channels[f"{topic}.dlq"]["address"] == f"{topic}.dlq"


@pytest.mark.unit
def test_every_event_listed_by_a_contracts_module_is_discovered() -> None:
    prefix = frontline.contracts.__name__ + "."
    for info in pkgutil.iter_modules(frontline.contracts.__path__, prefix):
        listed = getattr(importlib.import_module(info.name), "PUBLIC_EVENTS", ())
        assert set(listed) <= set(EVENTS), info.name


@pytest.mark.unit
def test_every_public_event_has_a_unique_versioned_type() -> None:
    types = [event.ce_type for event in EVENTS]
    assert len(types) == len(set(types)), "two public events share a ce_type"
    assert [t for t in types if not VERSIONED_TYPE.match(t)] == []


@pytest.mark.unit
@pytest.mark.parametrize("event", EVENTS, ids=_event_id)
def test_event_is_on_a_versioned_events_topic(event: type[PublicEvent]) -> None:
    assert event.topic.endswith(".events.v1")
    assert f".{event.topic.removesuffix('.events.v1')}." in event.ce_type


@pytest.mark.unit
@pytest.mark.parametrize("event", EVENTS, ids=_event_id)
def test_no_public_event_carries_personal_data(event: type[PublicEvent]) -> None:
    fields = _field_names(event.model_json_schema())
    personal = {f for f in fields if PERSONAL_FIELD.search(f)} - {
        field for ce_type, field in NOT_PERSONAL if ce_type == event.ce_type
    }
    assert personal == set()


@pytest.mark.unit
@pytest.mark.parametrize("event", EVENTS, ids=_event_id)
def test_every_event_has_its_own_schema_file(event: type[PublicEvent]) -> None:
    files = _files()
    assert f"schemas/{event.topic}/{event.ce_type}.json" in files
    assert f"`{event.ce_type}`" in files["README.md"]


class _Stored(DomainEvent):
    event_type: ClassVar[str] = "Stored"


@pytest.mark.unit
@pytest.mark.parametrize("event", EVENTS, ids=_event_id)
def test_documented_headers_are_the_ones_the_kernel_writes(event: type[PublicEvent]) -> None:
    """A consumer relying on the AsyncAPI headers finds exactly those on the wire."""
    message = _document()["components"]["messages"][event.ce_type]
    documented = message["headers"]
    stored = StoredEvent(
        stream_id=str(uuid.uuid4()),
        stream_type="any",
        version=1,
        event_id=str(uuid.uuid4()),
        event=_Stored(),
        recorded_at=datetime.now(UTC),
        metadata={"correlation_id": "c-1", "causation_id": str(uuid.uuid4())},
    )
    service = event.topic.removesuffix(".events.v1")
    written = dict(
        cloudevent_headers(f"/counties/440781/{service}", stored, _instance(event), "id-1")
    )
    assert set(written) <= set(documented["properties"])
    assert set(documented["required"]) <= set(written)
    assert written["ce_type"] == documented["properties"]["ce_type"]["const"]
    assert re.match(documented["properties"]["ce_source"]["pattern"], written["ce_source"])
    assert written["ce_subject"] == stored.stream_id  # the documented key is the same id


def _instance(event: type[PublicEvent]) -> PublicEvent:
    # cloudevent_headers reads only the class attributes; skip validation of the fields.
    return event.model_construct()
