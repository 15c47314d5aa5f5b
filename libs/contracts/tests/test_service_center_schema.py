"""What the service-center service's public events promise beyond their schemas.

Each schema itself is checked against the committed catalogue in docs/events
(test_catalogue.py; `make contracts` regenerates it).
"""

from __future__ import annotations

import pytest

from frontline.contracts.base import PublicEvent
from frontline.contracts.service_center import PUBLIC_EVENTS, TOPIC

REQUEST_EVENTS = [e for e in PUBLIC_EVENTS if "request_id" in e.model_fields]


@pytest.mark.unit
@pytest.mark.parametrize("event", PUBLIC_EVENTS, ids=lambda e: e.__name__)
def test_event_is_on_the_service_center_topic_with_a_versioned_type(
    event: type[PublicEvent],
) -> None:
    assert event.topic == TOPIC
    assert event.ce_type == f"cn.frontline.service-center.{event.__name__}.v1"


@pytest.mark.unit
@pytest.mark.parametrize("event", PUBLIC_EVENTS, ids=lambda e: e.__name__)
def test_every_event_places_itself_by_centre_and_division_code(event: type[PublicEvent]) -> None:
    required = set(event.model_json_schema().get("required", []))
    assert {"centre_id", "division_code"} <= required


@pytest.mark.unit
@pytest.mark.parametrize("event", REQUEST_EVENTS, ids=lambda e: e.__name__)
def test_every_request_event_can_be_counted_per_line_and_township(
    event: type[PublicEvent],
) -> None:
    required = set(event.model_json_schema().get("required", []))
    assert {"request_id", "township_code", "line"} <= required


@pytest.mark.unit
def test_the_issue_s_events_are_all_public() -> None:
    names = {e.__name__ for e in PUBLIC_EVENTS}
    assert {
        "CentreEstablished",
        "CentreClosed",
        "ServiceLineSet",
        "RequestSubmitted",
        "RequestAssigned",
        "RequestSignedFor",
        "RequestRefused",
        "RequestExtended",
        "RequestReminded",
        "RequestOverdue",
        "RequestResolved",
        "ReturnVisitRecorded",
        "ServiceRequestClosed",
        "RequestReopened",
        "ComplaintTransferred",
    } <= names
