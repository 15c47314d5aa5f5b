"""The organization service's 四议两公开 decision events, version 1 (superseded).

Still published beside their v2 successors (``organization_decisions_v2``) for
consumers that read them; each names its successor in ``superseded_by``. Import
them from ``frontline.contracts.organization``.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from frontline.contracts.organization_decisions_v2 import (
    DecisionClosedV2,
    DecisionDeliberatedV2,
    DecisionDraftedV2,
    DecisionImplementationStartedV2,
    DecisionImplementedV2,
    DecisionNoticeCompletedV2,
    DecisionProposedV2,
    DecisionPublishedV2,
    DecisionRedraftedV2,
    DecisionRejectedV2,
    DecisionResolvedV2,
    DecisionReviewedV2,
)
from frontline.contracts.organization_vocabulary import (
    DecisionMatter,
    DecisionState,
    DecisionStep,
    OrgEvent,
    ResolvingBody,
)


class _DecisionEvent(OrgEvent):
    decision_id: str
    # The v1 matters only: a land matter v2 added is reported as its broader v1
    # matter (outsiders' contracts and adjustments as land_contracting, compensation
    # and reserved land as collective_assets); v2 events carry the exact one.
    matter: DecisionMatter
    # The decision's state after this event, and which drafting round it is in.
    state: DecisionState
    round: int


class DecisionDrafted(_DecisionEvent):
    """A major village matter entered "four discussions, two openness" (四议两公开) as a draft."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionDrafted.v1"
    superseded_by: ClassVar[str | None] = DecisionDraftedV2.ce_type
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
    superseded_by: ClassVar[str | None] = DecisionProposedV2.ce_type


class DecisionDeliberated(_DecisionVote):
    """The joint meeting of the two committees deliberated the decision (两委会商议)."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionDeliberated.v1"
    superseded_by: ClassVar[str | None] = DecisionDeliberatedV2.ce_type
    merged_with_proposal: bool = False


class DecisionReviewed(_DecisionVote):
    """The party member meeting reviewed and passed the decision (党员大会审议)."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionReviewed.v1"
    superseded_by: ClassVar[str | None] = DecisionReviewedV2.ce_type


class DecisionResolved(_DecisionVote):
    """The villagers' (representatives') meeting resolved the decision (村民(代表)会议决议)."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionResolved.v1"
    superseded_by: ClassVar[str | None] = DecisionResolvedV2.ce_type
    body: ResolvingBody


class DecisionRejected(_DecisionVote):
    """A step's vote failed and the decision was rejected; it may be redrafted."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionRejected.v1"
    superseded_by: ClassVar[str | None] = DecisionRejectedV2.ce_type
    body: ResolvingBody | None = None


class DecisionPublished(_DecisionEvent):
    """The resolution is made public (决议公开) for its notice period."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionPublished.v1"
    superseded_by: ClassVar[str | None] = DecisionPublishedV2.ce_type
    published_on: dt.date
    notice_days: int
    notice_ends_on: dt.date


class DecisionNoticeCompleted(_DecisionEvent):
    """The resolution's public notice period (决议公开) ended; implementation may start."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionNoticeCompleted.v1"
    superseded_by: ClassVar[str | None] = DecisionNoticeCompletedV2.ce_type
    completed_on: dt.date


class DecisionImplementationStarted(_DecisionEvent):
    """Implementation of the publicly noticed resolution started."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionImplementationStarted.v1"
    superseded_by: ClassVar[str | None] = DecisionImplementationStartedV2.ce_type
    started_on: dt.date


class DecisionImplemented(_DecisionEvent):
    """The result of the implementation is made public (实施结果公开)."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionImplemented.v1"
    superseded_by: ClassVar[str | None] = DecisionImplementedV2.ce_type
    result_published_on: dt.date


class DecisionClosed(_DecisionEvent):
    """The decision was closed after its implementation result was made public (实施结果公开)."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionClosed.v1"
    superseded_by: ClassVar[str | None] = DecisionClosedV2.ce_type
    closed_on: dt.date


class DecisionRedrafted(_DecisionEvent):
    """A rejected decision was redrafted and starts again as a draft in a new round."""

    ce_type: ClassVar[str] = "cn.frontline.organization.DecisionRedrafted.v1"
    superseded_by: ClassVar[str | None] = DecisionRedraftedV2.ce_type
    drafted_on: dt.date
