"""Public events of the organization service, published on ``organization.events.v1``.

Each event carries the unit's id and division code so that a consumer (the
headquarters projection, other county systems) can place it without asking
anyone. Ids, codes, dates, counts and outcomes only: no names of people, no
free-text plans, opinions or reasons.

Decision events exist in two versions, both published for now: v2
(``organization_decisions_v2``) has the land matters, households at a villagers'
meeting, the joint meeting's own counts at a merged sitting and the day the
public notice counts from; v1 stays as it was for consumers that still read it.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from pydantic import BaseModel, ConfigDict

from frontline.contracts.base import DivisionCode, PublicEvent
from frontline.contracts.organization_command import COMMAND_EVENTS
from frontline.contracts.organization_decisions import DecisionClosed as DecisionClosed
from frontline.contracts.organization_decisions import DecisionDeliberated as DecisionDeliberated
from frontline.contracts.organization_decisions import DecisionDrafted as DecisionDrafted
from frontline.contracts.organization_decisions import (
    DecisionImplementationStarted as DecisionImplementationStarted,
)
from frontline.contracts.organization_decisions import DecisionImplemented as DecisionImplemented
from frontline.contracts.organization_decisions import (
    DecisionNoticeCompleted as DecisionNoticeCompleted,
)
from frontline.contracts.organization_decisions import DecisionProposed as DecisionProposed
from frontline.contracts.organization_decisions import DecisionPublished as DecisionPublished
from frontline.contracts.organization_decisions import DecisionRedrafted as DecisionRedrafted
from frontline.contracts.organization_decisions import DecisionRejected as DecisionRejected
from frontline.contracts.organization_decisions import DecisionResolved as DecisionResolved
from frontline.contracts.organization_decisions import DecisionReviewed as DecisionReviewed
from frontline.contracts.organization_decisions_v2 import DecisionClosedV2 as DecisionClosedV2
from frontline.contracts.organization_decisions_v2 import (
    DecisionDeliberatedV2 as DecisionDeliberatedV2,
)
from frontline.contracts.organization_decisions_v2 import DecisionDraftedV2 as DecisionDraftedV2
from frontline.contracts.organization_decisions_v2 import (
    DecisionImplementationStartedV2 as DecisionImplementationStartedV2,
)
from frontline.contracts.organization_decisions_v2 import (
    DecisionImplementedV2 as DecisionImplementedV2,
)
from frontline.contracts.organization_decisions_v2 import (
    DecisionNoticeCompletedV2 as DecisionNoticeCompletedV2,
)
from frontline.contracts.organization_decisions_v2 import DecisionProposedV2 as DecisionProposedV2
from frontline.contracts.organization_decisions_v2 import DecisionPublishedV2 as DecisionPublishedV2
from frontline.contracts.organization_decisions_v2 import DecisionRedraftedV2 as DecisionRedraftedV2
from frontline.contracts.organization_decisions_v2 import DecisionRejectedV2 as DecisionRejectedV2
from frontline.contracts.organization_decisions_v2 import DecisionResolvedV2 as DecisionResolvedV2
from frontline.contracts.organization_decisions_v2 import DecisionReviewedV2 as DecisionReviewedV2
from frontline.contracts.organization_vocabulary import TOPIC as TOPIC
from frontline.contracts.organization_vocabulary import DecisionMatter as DecisionMatter
from frontline.contracts.organization_vocabulary import DecisionMatterV2 as DecisionMatterV2
from frontline.contracts.organization_vocabulary import DecisionState as DecisionState
from frontline.contracts.organization_vocabulary import DecisionStep as DecisionStep
from frontline.contracts.organization_vocabulary import MeetingType as MeetingType
from frontline.contracts.organization_vocabulary import OrgEvent as _OrgEvent
from frontline.contracts.organization_vocabulary import OrgForm as OrgForm
from frontline.contracts.organization_vocabulary import OrgLevel as OrgLevel
from frontline.contracts.organization_vocabulary import ResolvingBody as ResolvingBody
from frontline.contracts.organization_vocabulary import SecretaryRating as SecretaryRating
from frontline.contracts.organization_vocabulary import UnitEvent as _UnitEvent
from frontline.contracts.organization_vocabulary import WeakLaxCriterion as WeakLaxCriterion


class OrgUnitEstablished(_UnitEvent):
    """A party organization was set up on its division, with its first term and election due."""

    ce_type: ClassVar[str] = "cn.frontline.organization.OrgUnitEstablished.v1"
    name: str
    parent_unit_id: str | None = None
    parent_division_code: DivisionCode | None = None
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


class MeetingDuty(BaseModel):
    """A meeting type the unit must hold at least once every ``every_months`` months."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    meeting_type: MeetingType
    every_months: int


class OrgFormRecorded(_UnitEvent):
    """The organization's form (委员会 / 总支 / 支部), size and party groups, and the meetings due.

    ``meetings_due`` is the whole list of meetings the unit owes from ``recorded_on``
    on (DOMAIN.md "Meetings"); a type not listed is not due. A general branch or
    committee lists its own meetings; its branches are counted as units of their own.
    """

    ce_type: ClassVar[str] = "cn.frontline.organization.OrgFormRecorded.v1"
    form: OrgForm
    member_count: int
    has_party_groups: bool
    recorded_on: dt.date
    meetings_due: list[MeetingDuty]


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
    OrgFormRecorded,
    DecisionDraftedV2,
    DecisionProposedV2,
    DecisionDeliberatedV2,
    DecisionReviewedV2,
    DecisionResolvedV2,
    DecisionRejectedV2,
    DecisionPublishedV2,
    DecisionNoticeCompletedV2,
    DecisionImplementationStartedV2,
    DecisionImplementedV2,
    DecisionClosedV2,
    DecisionRedraftedV2,
    # Responsibility lists and supervision orders (organization_command).
    *COMMAND_EVENTS,
)
