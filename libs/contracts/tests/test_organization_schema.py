"""What the organization service's public events promise beyond their schemas.

Each schema itself is checked against the committed catalogue in docs/events
(test_catalogue.py; `make contracts` regenerates it). A change that is not an added
optional field needs a new ``.v2`` event type (DESIGN.md §5).
"""

from __future__ import annotations

import re

import pytest

from frontline.contracts.base import PublicEvent
from frontline.contracts.organization import PUBLIC_EVENTS, TOPIC


def _version(event: type[PublicEvent]) -> tuple[str, int]:
    """``DecisionPublishedV2`` → ("DecisionPublished", 2); an unsuffixed class is v1."""
    found = re.fullmatch(r"(\w+?)(?:V(\d+))?", event.__name__)
    assert found is not None
    return found.group(1), int(found.group(2) or 1)


@pytest.mark.unit
@pytest.mark.parametrize("event", PUBLIC_EVENTS, ids=lambda e: e.__name__)
def test_event_is_on_the_organization_topic_with_a_versioned_type(
    event: type[PublicEvent],
) -> None:
    name, version = _version(event)
    assert event.topic == TOPIC
    assert event.ce_type == f"cn.frontline.organization.{name}.v{version}"


@pytest.mark.unit
@pytest.mark.parametrize(
    "event", [e for e in PUBLIC_EVENTS if e.superseded_by], ids=lambda e: e.__name__
)
def test_a_superseded_version_names_its_published_successor(event: type[PublicEvent]) -> None:
    successors = [e for e in PUBLIC_EVENTS if e.ce_type == event.superseded_by]
    assert len(successors) == 1
    assert _version(successors[0])[0] == _version(event)[0]
    assert _version(successors[0])[1] == _version(event)[1] + 1
    assert successors[0].superseded_by is None


@pytest.mark.unit
@pytest.mark.parametrize("event", PUBLIC_EVENTS, ids=lambda e: e.__name__)
def test_every_event_places_itself_by_unit_and_division_code(event: type[PublicEvent]) -> None:
    required = set(event.model_json_schema().get("required", []))
    assert {"org_unit_id", "division_code"} <= required
