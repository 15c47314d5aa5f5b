"""What the cadre service's public events promise beyond their schemas.

Each schema itself is checked against the committed catalogue in docs/events
(test_catalogue.py; `make contracts` regenerates it). A change that is not an added
optional field needs a new ``.v2`` event type (DESIGN.md §5).
"""

from __future__ import annotations

import re

import pytest

from frontline.contracts.base import PublicEvent
from frontline.contracts.cadre import PUBLIC_EVENTS, TOPIC


def _version(event: type[PublicEvent]) -> tuple[str, int]:
    """``RemunerationSummaryPublishedV2`` → ("RemunerationSummaryPublished", 2)."""
    found = re.fullmatch(r"(\w+?)(?:V(\d+))?", event.__name__)
    assert found is not None
    return found.group(1), int(found.group(2) or 1)


@pytest.mark.unit
@pytest.mark.parametrize("event", PUBLIC_EVENTS, ids=lambda e: e.__name__)
def test_event_is_on_the_cadre_topic_with_a_versioned_type(event: type[PublicEvent]) -> None:
    name, version = _version(event)
    assert event.topic == TOPIC
    assert event.ce_type == f"cn.frontline.cadre.{name}.v{version}"


# DESIGN.md §5: public events never carry names, ID numbers, phones or addresses.
FORBIDDEN_FIELDS = {"name", "full_name", "id_number", "id_hash", "phone", "birth_date", "address"}
FORBIDDEN_FIELDS |= {"amount", "amount_yuan", "remuneration", "pay"}
# DOMAIN.md "Income growth plan": the median of an odd count is one person's pay.
FORBIDDEN_FIELDS |= {"median_yuan"}
# DOMAIN.md "Annual evaluation": individual grades stay in the service.
FORBIDDEN_FIELDS |= {"grade"}
PUBLISHED = [e for e in PUBLIC_EVENTS if e.still_published]


@pytest.mark.unit
@pytest.mark.parametrize("event", PUBLISHED, ids=lambda e: e.__name__)
def test_no_personal_field_in_a_published_event(event: type[PublicEvent]) -> None:
    assert not FORBIDDEN_FIELDS & set(event.model_fields)


@pytest.mark.unit
@pytest.mark.parametrize(
    "event", [e for e in PUBLIC_EVENTS if not e.still_published], ids=lambda e: e.__name__
)
def test_a_withdrawn_version_names_a_published_successor(event: type[PublicEvent]) -> None:
    successors = [e for e in PUBLISHED if e.ce_type == event.superseded_by]
    assert len(successors) == 1
    assert successors[0].superseded_by is None


@pytest.mark.unit
def test_pay_and_grades_go_out_only_as_township_summaries() -> None:
    published = {e.__name__ for e in PUBLISHED}
    assert {"RemunerationSummaryPublishedV2", "EvaluationSummaryPublished"} <= published
    assert not {"RemunerationSummaryPublished", "CadreEvaluated"} & published
