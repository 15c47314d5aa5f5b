"""The public mapping: what leaves the service, and that free text does not."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from frontline.contracts import organization as pub
from frontline.contracts.base import PublicEvent
from frontline.kernel.decider import DomainEvent
from frontline.kernel.eventstore import StoredEvent
from frontline.organization.domain import decision_events as dev
from frontline.organization.domain import org_unit_events as ev
from frontline.organization.domain.decision import decision_decider
from frontline.organization.domain.decision_records import DecisionMatter
from frontline.organization.domain.meeting import MeetingType
from frontline.organization.domain.meeting_duties import MeetingDuty
from frontline.organization.domain.org_form import OrgForm
from frontline.organization.domain.org_unit import org_unit_decider
from frontline.organization.publish import DECISION as publish_decision
from frontline.organization.publish import ORG_UNIT as publish_org_unit

from .decision_fixtures import DRAFTED, PROPOSED, PUBLISHED, RESOLVED, WALK, record, upto
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
    v1 = published[0::2]
    assert [p.state for p in v1] == [  # type: ignore[attr-defined]
        "draft", "proposed", "deliberated", "reviewed", "resolved", "resolution_public",
        "resolution_public", "implementing", "result_public",
    ]  # fmt: skip
    reviewed = v1[3]
    assert isinstance(reviewed, pub.DecisionReviewed)
    assert (reviewed.members_due, reviewed.members_present, reviewed.votes_for) == (30, 24, 20)
    assert reviewed.township_attended
    text = "".join(p.model_dump_json() for p in published)
    assert "liaison" not in text and "no objection" not in text and "leased" not in text


def test_every_decision_event_is_published_as_v1_then_its_v2_successor() -> None:
    state = decision_decider.fold(WALK)
    for event in WALK:
        first, second = publish_decision(stored(event), state)
        assert first.ce_type.endswith(".v1") and first.superseded_by == second.ce_type
        assert second.model_dump(include=set(type(first).model_fields)) == first.model_dump()


def drafted_as(matter: DecisionMatter) -> tuple[PublicEvent, PublicEvent]:
    draft = DRAFTED.model_copy(update={"matter": matter})
    first, second = publish_decision(stored(draft), decision_decider.fold([draft]))
    return first, second


@pytest.mark.parametrize(
    ("matter", "in_v1"),
    [
        (DecisionMatter.LAND_CONTRACTING_TO_OUTSIDERS, "land_contracting"),
        (DecisionMatter.LAND_CONTRACT_ADJUSTMENT, "land_contracting"),
        (DecisionMatter.LAND_COMPENSATION_DISTRIBUTION, "collective_assets"),
        (DecisionMatter.RESERVED_LAND_USE, "collective_assets"),
        (DecisionMatter.PROJECT, "project"),
    ],
)
def test_a_matter_v1_does_not_know_is_published_there_as_its_broader_matter(
    matter: DecisionMatter, in_v1: str
) -> None:
    first, second = drafted_as(matter)
    assert (first.matter, second.matter) == (in_v1, matter.value)  # type: ignore[attr-defined]


def test_v2_says_whose_counts_a_merged_deliberation_carries() -> None:
    joint = record(2, 9, 8, 7, 1)
    own = dev.DecisionDeliberated(record=joint, merged_with_proposal=True)
    copied = own.model_copy(update={"record_copied_from_proposal": True})
    for event, was_copied in ((own, False), (copied, True)):
        state = decision_decider.fold([DRAFTED, PROPOSED, event])
        v1, v2 = publish_decision(stored(event), state)
        assert isinstance(v2, pub.DecisionDeliberatedV2)
        assert (v2.members_due, v2.merged_with_proposal) == (9, True)
        assert v2.counts_copied_from_proposal is was_copied
        assert v1.members_due == 9  # type: ignore[attr-defined]


def test_v2_says_when_the_notice_counts_from_and_whether_it_was_backfilled() -> None:
    late = PUBLISHED.model_copy(
        update={"notice_starts_on": date(2024, 6, 1), "notice_ends_on": date(2024, 6, 8)}
    )
    state = decision_decider.fold([*upto(RESOLVED), late])
    v1, v2 = publish_decision(stored(late), state)
    assert isinstance(v1, pub.DecisionPublished) and isinstance(v2, pub.DecisionPublishedV2)
    assert (v1.published_on, v1.notice_ends_on) == (date(2024, 5, 9), date(2024, 6, 8))
    assert (v2.notice_starts_on, v2.notice_ends_on, v2.backfilled) == (
        date(2024, 6, 1),
        date(2024, 6, 8),
        False,
    )


def test_the_form_is_published_with_the_meetings_it_makes_due() -> None:
    duties = (
        MeetingDuty(meeting_type=MeetingType.BRANCH_COMMITTEE_MEETING, every_months=1),
        MeetingDuty(meeting_type=MeetingType.LEADING_BODIES_JOINT_MEETING, every_months=3),
    )
    recorded = ev.OrgFormRecorded(
        form=OrgForm.GENERAL_BRANCH,
        member_count=64,
        has_party_groups=False,
        recorded_on=date(2024, 3, 1),
        meetings_due=duties,
    )
    state = org_unit_decider.fold([village_established(), recorded])
    [event] = publish_org_unit(stored(recorded), state)
    assert event == pub.OrgFormRecorded(
        org_unit_id="u-village",
        division_code="440781100201",
        level="village",
        form="general_branch",
        member_count=64,
        has_party_groups=False,
        recorded_on=date(2024, 3, 1),
        meetings_due=[
            pub.MeetingDuty(meeting_type="branch_committee_meeting", every_months=1),
            pub.MeetingDuty(meeting_type="leading_bodies_joint_meeting", every_months=3),
        ],
    )
