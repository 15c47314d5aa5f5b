"""The organization service's 四议两公开 decision events, version 2.

What changed from v1 (each v1 event is still published beside its v2 for now):
- ``matter`` has the land matters: contracting collective land to outsiders and
  adjusting contracts (passed only by two thirds of the meeting's members or of
  the representatives, 农村土地承包法), land-compensation distribution and
  reserved-land (留用地) use;
- a villagers' meeting that sat with two thirds of the households carries
  ``households_due`` and ``households_present`` (村民委员会组织法);
- a deliberation merged with the proposal (一肩挑) carries the joint meeting's own
  counts; ``counts_copied_from_proposal`` marks the merged steps recorded before
  this correction, whose counts are the committee's;
- ``DecisionPublishedV2`` says the day the notice counts from (``notice_starts_on``:
  the later of the posting day and the day it was recorded) and whether the county
  backfilled a notice that had already run (``backfilled``).
Import them from ``frontline.contracts.organization``.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from frontline.contracts.organization_vocabulary import (
    DecisionMatterV2,
    DecisionState,
    DecisionStep,
    OrgEvent,
    ResolvingBody,
)

_NS = "cn.frontline.organization."


class _DecisionEvent(OrgEvent):
    decision_id: str
    matter: DecisionMatterV2
    # The decision's state after this event, and which drafting round it is in.
    state: DecisionState
    round: int


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
    # Set when a villagers' meeting sat with two thirds of the households.
    households_due: int | None = None
    households_present: int | None = None


class DecisionDraftedV2(_DecisionEvent):
    """A major village matter entered "four discussions, two openness" (四议两公开) as a draft."""

    ce_type: ClassVar[str] = _NS + "DecisionDrafted.v2"
    drafted_on: dt.date


class DecisionProposedV2(_DecisionVote):
    """The village party organization committee proposed the decision (支委会提议)."""

    ce_type: ClassVar[str] = _NS + "DecisionProposed.v2"


class DecisionDeliberatedV2(_DecisionVote):
    """The joint meeting of the two committees deliberated the decision (两委会商议).

    With ``merged_with_proposal`` it sat together with the committee (一肩挑), and the
    counts are still its own, unless ``counts_copied_from_proposal``: then they are
    the committee's, copied by a merged step recorded before v2 existed.
    """

    ce_type: ClassVar[str] = _NS + "DecisionDeliberated.v2"
    merged_with_proposal: bool
    counts_copied_from_proposal: bool


class DecisionReviewedV2(_DecisionVote):
    """The party member meeting reviewed and passed the decision (党员大会审议)."""

    ce_type: ClassVar[str] = _NS + "DecisionReviewed.v2"


class DecisionResolvedV2(_DecisionVote):
    """The villagers' (representatives') meeting resolved the decision (村民(代表)会议决议)."""

    ce_type: ClassVar[str] = _NS + "DecisionResolved.v2"
    body: ResolvingBody


class DecisionRejectedV2(_DecisionVote):
    """A step's vote failed and the decision was rejected; it may be redrafted."""

    ce_type: ClassVar[str] = _NS + "DecisionRejected.v2"
    body: ResolvingBody | None = None


class DecisionPublishedV2(_DecisionEvent):
    """The resolution is made public (决议公开) for its notice period.

    The notice counts from ``notice_starts_on``: the later of the stated posting day
    (``published_on``) and the day it was recorded, so a posting day written in the
    past never shortens it. ``backfilled``: the county recorded a notice that had
    already run its full period (补录); it counts from ``published_on``.
    """

    ce_type: ClassVar[str] = _NS + "DecisionPublished.v2"
    published_on: dt.date
    notice_days: int
    notice_starts_on: dt.date
    notice_ends_on: dt.date
    backfilled: bool


class DecisionNoticeCompletedV2(_DecisionEvent):
    """The resolution's public notice period (决议公开) ended; implementation may start."""

    ce_type: ClassVar[str] = _NS + "DecisionNoticeCompleted.v2"
    completed_on: dt.date


class DecisionImplementationStartedV2(_DecisionEvent):
    """Implementation of the publicly noticed resolution started."""

    ce_type: ClassVar[str] = _NS + "DecisionImplementationStarted.v2"
    started_on: dt.date


class DecisionImplementedV2(_DecisionEvent):
    """The result of the implementation is made public (实施结果公开)."""

    ce_type: ClassVar[str] = _NS + "DecisionImplemented.v2"
    result_published_on: dt.date


class DecisionClosedV2(_DecisionEvent):
    """The decision was closed after its implementation result was made public (实施结果公开)."""

    ce_type: ClassVar[str] = _NS + "DecisionClosed.v2"
    closed_on: dt.date


class DecisionRedraftedV2(_DecisionEvent):
    """A rejected decision was redrafted and starts again as a draft in a new round."""

    ce_type: ClassVar[str] = _NS + "DecisionRedrafted.v2"
    drafted_on: dt.date
