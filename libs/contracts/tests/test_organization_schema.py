"""The organization service's public events must match their committed JSON Schemas.

A failing test means a contract change: adding an optional field is compatible
(regenerate with FRONTLINE_UPDATE_SCHEMAS=1); anything else needs a new ``.v2``
event type (DESIGN.md §5).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from frontline.contracts.base import PublicEvent
from frontline.contracts.organization import PUBLIC_EVENTS, TOPIC

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schemas" / "organization"


def _schema_text(event: type[PublicEvent]) -> str:
    schema = event.model_json_schema()
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


@pytest.mark.unit
@pytest.mark.parametrize("event", PUBLIC_EVENTS, ids=lambda e: e.__name__)
def test_schema_matches_snapshot(event: type[PublicEvent]) -> None:
    path = SCHEMA_DIR / f"{event.ce_type}.json"
    if os.environ.get("FRONTLINE_UPDATE_SCHEMAS") == "1":
        path.write_text(_schema_text(event), encoding="utf-8")
    assert path.exists(), f"no committed schema for {event.ce_type}"
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(_schema_text(event))


@pytest.mark.unit
def test_every_snapshot_belongs_to_a_current_event() -> None:
    current = {f"{event.ce_type}.json" for event in PUBLIC_EVENTS}
    assert {p.name for p in SCHEMA_DIR.glob("*.json")} <= current


@pytest.mark.unit
@pytest.mark.parametrize("event", PUBLIC_EVENTS, ids=lambda e: e.__name__)
def test_event_is_on_the_organization_topic_with_a_versioned_type(
    event: type[PublicEvent],
) -> None:
    assert event.topic == TOPIC
    assert event.ce_type == f"cn.frontline.organization.{event.__name__}.v1"


@pytest.mark.unit
@pytest.mark.parametrize("event", PUBLIC_EVENTS, ids=lambda e: e.__name__)
def test_every_event_places_itself_by_unit_and_division_code(event: type[PublicEvent]) -> None:
    required = set(event.model_json_schema().get("required", []))
    assert {"org_unit_id", "division_code"} <= required
