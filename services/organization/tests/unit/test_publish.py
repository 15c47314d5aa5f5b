"""The public mapping: what leaves the service, and that free text does not."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from frontline.contracts import organization as pub
from frontline.kernel.decider import DomainEvent
from frontline.kernel.eventstore import StoredEvent
from frontline.organization.domain import org_unit_events as ev
from frontline.organization.domain.decision import decision_decider
from frontline.organization.domain.org_unit import org_unit_decider
from frontline.organization.publish import DECISION as publish_decision
from frontline.organization.publish import ORG_UNIT as publish_org_unit

from .decision_fixtures import WALK
from .org_unit_fixtures import village_established

pytestmark = pytest.mark.unit


def stored(event: DomainEvent, stream: str = "s-1") -> StoredEvent:
    return StoredEvent(stream, "x", 1, "e-1", event, datetime(2026, 1, 5, tzinfo=UTC), {})


def test_every_unit_event_except_plain_team_seats_is_published_with_its_division_code() -> None:
    history: list[DomainEvent] = [
        village_established(),
        ev.SecretaryPostFilled(cadre_id="c-1", filled_on=date(2024, 1, 1), also_village_head=True),
        ev.OneShoulderChanged(one_shoulder=True, changed_on=date(2024, 1, 1)),
        ev.WeakLaxConfirmed(
            confirmed_on=date(2024, 2, 1), criteria=(ev.WeakLaxCriterion.OTHER,),
            rectification_plan="secret plan text",
        ),
        ev.RectificationProgressRecorded(recorded_on=date(2024, 3, 1), percent_complete=50,
                                         note="secret note"),
        ev.RectificationSignedOff(signed_off_on=date(2024, 4, 1), summary="secret summary"),
        ev.TeamMemberAppointed(cadre_id="c-2", post="committee_member", appointed_on=date(2024, 1, 1)),
    ]  # fmt: skip
    state = org_unit_decider.fold(history)
    published = [p for e in history for p in publish_org_unit(stored(e), state)]
    assert [type(p).__name__ for p in published] == [
        "OrgUnitEstablished", "SecretaryPostFilled", "OneShoulderChanged", "WeakLaxConfirmed",
        "RectificationProgressRecorded", "RectificationSignedOff",
    ]  # fmt: skip
    assert all(p.division_code == "440781100201" for p in published)
    text = "".join(p.model_dump_json() for p in published)
    assert "secret" not in text


def test_a_decision_walk_is_published_step_by_step_without_names_or_opinions() -> None:
    state = decision_decider.fold(WALK)
    published = [p for e in WALK for p in publish_decision(stored(e), state)]
    assert [p.state for p in published] == [  # type: ignore[attr-defined]
        "draft", "proposed", "deliberated", "reviewed", "resolved", "resolution_public",
        "resolution_public", "implementing", "result_public",
    ]  # fmt: skip
    reviewed = published[3]
    assert isinstance(reviewed, pub.DecisionReviewed)
    assert (reviewed.members_due, reviewed.members_present, reviewed.votes_for) == (30, 24, 20)
    assert reviewed.township_attended
    text = "".join(p.model_dump_json() for p in published)
    assert "liaison" not in text and "no objection" not in text and "leased" not in text
