"""What the cadre service's public events promise beyond their schemas.

Each schema itself is checked against the committed catalogue in docs/events
(test_catalogue.py; `make contracts` regenerates it). A change that is not an added
optional field needs a new ``.v2`` event type (DESIGN.md §5).
"""

from __future__ import annotations

import pytest

from frontline.contracts.base import PublicEvent
from frontline.contracts.cadre import PUBLIC_EVENTS, TOPIC


@pytest.mark.unit
@pytest.mark.parametrize("event", PUBLIC_EVENTS, ids=lambda e: e.__name__)
def test_event_is_on_the_cadre_topic_with_a_versioned_type(event: type[PublicEvent]) -> None:
    assert event.topic == TOPIC
    assert event.ce_type == f"cn.frontline.cadre.{event.__name__}.v1"


# DESIGN.md §5: public events never carry names, ID numbers, phones or addresses.
FORBIDDEN_FIELDS = {"name", "full_name", "id_number", "id_hash", "phone", "birth_date", "address"}
FORBIDDEN_FIELDS |= {"amount", "amount_yuan", "remuneration", "pay"}


@pytest.mark.unit
@pytest.mark.parametrize("event", PUBLIC_EVENTS, ids=lambda e: e.__name__)
def test_no_personal_field_in_a_public_event(event: type[PublicEvent]) -> None:
    assert not FORBIDDEN_FIELDS & set(event.model_fields)
