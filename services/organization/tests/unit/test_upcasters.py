"""Stored events of schema 1 load as schema 2 (upcasters.py), the way the store loads them."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from frontline.kernel.eventstore import EventStore
from frontline.organization.domain import decision_events as ev
from frontline.organization.domain.decision import decision_decider
from frontline.organization.service import SERVICE

from .decision_fixtures import DRAFTED, PROPOSED, record

pytestmark = pytest.mark.unit


def load(event_type: str, data: dict[str, Any]) -> Any:
    assert SERVICE.upcasters is not None
    row = {"event_type": event_type, "schema_version": 1, "data": json.dumps(data)}
    return EventStore(SERVICE.upcasters).decode(decision_decider, row)  # type: ignore[arg-type]


def test_a_merged_deliberation_of_schema_1_is_marked_as_the_committees_counts() -> None:
    copied = PROPOSED.record.model_dump(
        mode="json", exclude={"households_due", "households_present"}
    )
    event = load("DecisionDeliberated", {"record": copied, "merged_with_proposal": True})
    assert event == ev.DecisionDeliberated(
        record=PROPOSED.record, merged_with_proposal=True, record_copied_from_proposal=True
    )
    state = decision_decider.fold([DRAFTED, PROPOSED, event])
    assert state.steps[1].record_copied_from_proposal


def test_a_plain_deliberation_of_schema_1_keeps_its_own_counts() -> None:
    own = record(3, 9, 8, 7).model_dump(
        mode="json", exclude={"households_due", "households_present"}
    )
    event = load("DecisionDeliberated", {"record": own, "merged_with_proposal": False})
    assert not event.record_copied_from_proposal


def test_a_notice_of_schema_1_counted_from_its_posting_day() -> None:
    data = {"published_on": "2024-05-09", "notice_days": 7, "notice_ends_on": "2024-05-16"}
    assert load("ResolutionPublished", data) == ev.ResolutionPublished(
        published_on=date(2024, 5, 9),
        notice_days=7,
        notice_starts_on=date(2024, 5, 9),
        notice_ends_on=date(2024, 5, 16),
        backfilled=False,
    )
