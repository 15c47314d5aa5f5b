"""Public events of the organization service, published on ``organization.events.v1``.

Each event carries the unit's id and division code so that a consumer (the
headquarters projection, other county systems) can place it without asking
anyone. Ids, codes, dates, counts and outcomes only: no names of people, no
free-text plans, opinions or reasons.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Literal

from frontline.contracts.base import PublicEvent

TOPIC = "organization.events.v1"

OrgLevel = Literal["county", "township", "village", "community", "branch"]
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
DecisionMatter = Literal[
    "village_rules_and_plans",
    "land_contracting",
    "collective_assets",
    "project",
    "public_works_fundraising",
    "other",
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


class _OrgEvent(PublicEvent):
    topic: ClassVar[str] = TOPIC
    org_unit_id: str
    division_code: str


class _UnitEvent(_OrgEvent):
    level: OrgLevel


class OrgUnitEstablished(_UnitEvent):
    """A party organization was set up on its division, with its first term and election due."""

    ce_type: ClassVar[str] = "cn.frontline.organization.OrgUnitEstablished.v1"
    name: str
    parent_unit_id: str | None = None
    parent_division_code: str | None = None
    established_on: dt.date
    term_years: int
    term_started_on: dt.date
    # The term ends when the next election is due (换届).
    term_ends_on: dt.date
    election_due_on: dt.date


class ElectionReminderIssued(_UnitEvent):
    """The unit's election (换届) is due soon: the reminder ahead of the due date was issued."""

    ce_type: ClassVar[str] = "cn.frontline.organization.ElectionReminderIssued.v1"
    election_due_on: dt.date
    reminded_on: dt.date


class ElectionOverdue(_UnitEvent):
    """The election (换届) due date passed with no election held; the unit is flagged overdue."""

    ce_type: ClassVar[str] = "cn.frontline.organization.ElectionOverdue.v1"
    election_due_on: dt.date
    flagged_on: dt.date


class ElectionHeld(_UnitEvent):
    """The unit held its election (换届); a new term started and the next election is due."""

    ce_type: ClassVar[str] = "cn.frontline.organization.ElectionHeld.v1"
    held_on: dt.date
    term_years: int
    term_ends_on: dt.date
    election_due_on: dt.date


class ElectionPostponed(_UnitEvent):
    """The level above approved moving the election due date later (at most one year)."""

    ce_type: ClassVar[str] = "cn.frontline.organization.ElectionPostponed.v1"
    previous_due_on: dt.date
    election_due_on: dt.date
    approved_by_unit_id: str
    approved_on: dt.date


class OrgUnitDissolved(_UnitEvent):
    """The organization was dissolved, possibly merged into another unit of its level."""

    ce_type: ClassVar[str] = "cn.frontline.organization.OrgUnitDissolved.v1"
    dissolved_on: dt.date
    # Set when the unit merged into another unit of its level.
    merged_into_unit_id: str | None = None


class SecretaryPostFilled(_UnitEvent):
    """A cadre took the secretary post (书记), the unit's first responsible person (第一责任人)."""

    ce_type: ClassVar[str] = "cn.frontline.organization.SecretaryPostFilled.v1"
    cadre_id: str
    filled_on: dt.date
    # 一肩挑: the secretary is also the village committee head.
    one_shoulder: bool


class SecretaryPostVacated(_UnitEvent):
    """The secretary left the post and it is now vacant."""

    ce_type: ClassVar[str] = "cn.frontline.organization.SecretaryPostVacated.v1"
    cadre_id: str
    vacated_on: dt.date


class OneShoulderChanged(_UnitEvent):
    """The secretary became, or stopped being, also the village committee head (一肩挑)."""

    ce_type: ClassVar[str] = "cn.frontline.organization.OneShoulderChanged.v1"
    one_shoulder: bool
    changed_on: dt.date


class WeakLaxConfirmed(_UnitEvent):
    """A county operator confirmed (认定) the unit as weak and lax (软弱涣散) for the cited criteria."""

    ce_type: ClassVar[str] = "cn.frontline.organization.WeakLaxConfirmed.v1"
    criteria: list[WeakLaxCriterion]
    confirmed_on: dt.date
    target_on: dt.date | None = None


class RectificationProgressRecorded(_UnitEvent):
    """Progress of a weak-and-lax unit's rectification was recorded as percent complete."""

    ce_type: ClassVar[str] = "cn.frontline.organization.RectificationProgressRecorded.v1"
    percent_complete: int
    recorded_on: dt.date


class RectificationSignedOff(_UnitEvent):
    """The weak-and-lax unit's rectification was signed off (整顿销号); its plan is closed."""

    ce_type: ClassVar[str] = "cn.frontline.organization.RectificationSignedOff.v1"
    confirmed_on: dt.date
    signed_off_on: dt.date


class SecretaryRated(_UnitEvent):
    """The secretary's annual party-building report was rated (书记抓党建述职评议)."""

    ce_type: ClassVar[str] = "cn.frontline.organization.SecretaryRated.v1"
    year: int
    cadre_id: str
    rating: SecretaryRating


class MeetingHeld(_OrgEvent):
    """A party meeting (三会一课, theme party day, joint meeting) was held, with attendance counts."""

    ce_type: ClassVar[str] = "cn.frontline.organization.MeetingHeld.v1"
    meeting_id: str
    meeting_type: MeetingType
    held_on: dt.date
    members_due: int
    members_present: int


class _DecisionEvent(_OrgEvent):
    decision_id: str
    matter: DecisionMatter
    # The decision's state after this event, and which drafting round it is in.
    state: DecisionState
    round: int


class DecisionDrafted(_DecisionEvent):
    """A major village matter entered "four discussions, two openness" (四议两公开) as a draft."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionDrafted.v1"
    drafted_on: dt.date


class _DecisionVote(_DecisionEvent):
    """The counts a step's meeting recorded, and whether the township attended."""

    step: DecisionStep
    held_on: dt.date
    members_due: int
    members_present: int
    votes_for: int
    votes_against: int
    votes_abstain: int
    township_attended: bool
    supervision_opinion_recorded: bool


class DecisionProposed(_DecisionVote):
    """The village party organization committee proposed the decision (支委会提议)."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionProposed.v1"


class DecisionDeliberated(_DecisionVote):
    """The joint meeting of the two committees deliberated the decision (两委会商议)."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionDeliberated.v1"
    merged_with_proposal: bool = False


class DecisionReviewed(_DecisionVote):
    """The party member meeting reviewed and passed the decision (党员大会审议)."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionReviewed.v1"


class DecisionResolved(_DecisionVote):
    """The villagers' (representatives') meeting resolved the decision (村民(代表)会议决议)."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionResolved.v1"
    body: ResolvingBody


class DecisionRejected(_DecisionVote):
    """A step's vote failed and the decision was rejected; it may be redrafted."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionRejected.v1"
    body: ResolvingBody | None = None


class DecisionPublished(_DecisionEvent):
    """The resolution is made public (决议公开) for its notice period."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionPublished.v1"
    published_on: dt.date
    notice_days: int
    notice_ends_on: dt.date


class DecisionNoticeCompleted(_DecisionEvent):
    """The resolution's public notice period (决议公开) ended; implementation may start."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionNoticeCompleted.v1"
    completed_on: dt.date


class DecisionImplementationStarted(_DecisionEvent):
    """Implementation of the publicly noticed resolution started."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionImplementationStarted.v1"
    started_on: dt.date


class DecisionImplemented(_DecisionEvent):
    """The result of the implementation is made public (实施结果公开)."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionImplemented.v1"
    result_published_on: dt.date


class DecisionClosed(_DecisionEvent):
    """The decision was closed after its implementation result was made public (实施结果公开)."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionClosed.v1"
    closed_on: dt.date


class DecisionRedrafted(_DecisionEvent):
    """A rejected decision was redrafted and starts again as a draft in a new round."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionRedrafted.v1"
    drafted_on: dt.date


PUBLIC_EVENTS: tuple[type[PublicEvent], ...] = (
    OrgUnitEstablished,
    ElectionReminderIssued,
    ElectionOverdue,
    ElectionHeld,
    ElectionPostponed,
    OrgUnitDissolved,
    SecretaryPostFilled,
    SecretaryPostVacated,
    OneShoulderChanged,
    WeakLaxConfirmed,
    RectificationProgressRecorded,
    RectificationSignedOff,
    SecretaryRated,
    MeetingHeld,
    DecisionDrafted,
    DecisionProposed,
    DecisionDeliberated,
    DecisionReviewed,
    DecisionResolved,
    DecisionRejected,
    DecisionPublished,
    DecisionNoticeCompleted,
    DecisionImplementationStarted,
    DecisionImplemented,
    DecisionClosed,
    DecisionRedrafted,
)
