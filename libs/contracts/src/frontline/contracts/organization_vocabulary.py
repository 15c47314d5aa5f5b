"""What the organization service's public events share: the topic, the values of
their enum fields and the base every event places itself with.

Imported by ``organization`` (the events) and ``organization_decisions_v2``; a
consumer imports from ``frontline.contracts.organization``, which re-exports these.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from frontline.contracts.base import DivisionCode, PublicEvent

TOPIC = "organization.events.v1"

OrgLevel = Literal["county", "township", "village", "community", "branch"]
# 委员会 (党委), 总支 (党总支), 支部 (党支部).
OrgForm = Literal["committee", "general_branch", "branch"]
WeakLaxCriterion = Literal[
    "secretary_vacant",
    "election_overdue",
    "meetings_not_held",
    "decisions_not_public",
    "low_satisfaction",
    "disputes_concentrated",
    "last_in_assessment",
    "other",
]
SecretaryRating = Literal["good", "fairly_good", "average", "poor"]
MeetingType = Literal[
    "branch_member_meeting",
    "branch_committee_meeting",
    "party_group_meeting",
    "party_lesson",
    "theme_party_day",
    "leading_bodies_joint_meeting",
    "party_masses_joint_meeting",
]
# The matters of the v1 decision events; v2 adds the land matters below.
DecisionMatter = Literal[
    "village_rules_and_plans",
    "land_contracting",
    "collective_assets",
    "project",
    "public_works_fundraising",
    "other",
]
DecisionMatterV2 = Literal[
    "village_rules_and_plans",
    "land_contracting",
    "collective_assets",
    "project",
    "public_works_fundraising",
    "other",
    "land_contracting_to_outsiders",
    "land_contract_adjustment",
    "land_compensation_distribution",
    "reserved_land_use",
]
DecisionState = Literal[
    "draft",
    "proposed",
    "deliberated",
    "reviewed",
    "resolved",
    "resolution_public",
    "implementing",
    "result_public",
    "closed",
    "rejected",
]
DecisionStep = Literal["proposal", "deliberation", "review", "resolution"]
ResolvingBody = Literal["villagers_meeting", "representatives_meeting"]


class OrgEvent(PublicEvent):
    """Every organization event names its unit and division code (never published alone)."""

    topic: ClassVar[str] = TOPIC
    org_unit_id: str
    division_code: DivisionCode


class UnitEvent(OrgEvent):
    level: OrgLevel
