"""What the organization service's public events promise beyond their schemas.

Each schema itself is checked against the committed catalogue in docs/events
(test_catalogue.py; `make contracts` regenerates it). A change that is not an added
optional field needs a new ``.v2`` event type (DESIGN.md §5).
"""

from __future__ import annotations

import pytest

from frontline.contracts.base import PublicEvent
from frontline.contracts.organization import PUBLIC_EVENTS, TOPIC


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
