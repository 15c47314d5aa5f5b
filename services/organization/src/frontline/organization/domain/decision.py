"""The decision decider (四议两公开): one stream per decision (stream type ``decision``).

Drafting, the two openness steps and closing live here; the voting steps in
``decision_steps``. The resolution's public notice runs its full period, ended
by a timer, before implementation may start (DOMAIN.md step 6). The period counts
from the day the notice is recorded, or from the stated posting day if that is
later: a ``published_on`` written in the past never shortens it. Only the county
may record a notice that already ran its full period before (补录, ``backfill``);
the event says so, and the notice is completed at once on the day it ended.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from frontline.kernel.decider import Decider, DomainEvent
from frontline.kernel.errors import AlreadyExists, InvalidArgument, PreconditionFailed
from frontline.organization.domain import decision_commands as cmd
from frontline.organization.domain import decision_events as ev
from frontline.organization.domain import decision_steps as steps
from frontline.organization.domain.dates import refuse_future
from frontline.organization.domain.decision_records import DecisionStatus
from frontline.organization.domain.decision_state import DecisionState, evolve
from frontline.organization.domain.divisions import GRASSROOTS_LEVELS


def draft(c: cmd.DraftDecision, s: DecisionState) -> list[DomainEvent]:
    if s.exists:
        raise AlreadyExists(
            "decision {decision_id} already exists", "DECISION_EXISTS", decision_id=s.decision_id
        )
    if c.unit.level not in GRASSROOTS_LEVELS:
        raise InvalidArgument.field(
            "org_unit_id",
            "四议两公开 decisions belong to village and community organizations",
            "NOT_GRASSROOTS",
        )
    if not c.unit.active:
        raise PreconditionFailed("UNIT_DISSOLVED", c.unit.unit_id, "the org unit is dissolved")
    if not c.title.strip():
        raise InvalidArgument.field("title", "a decision needs a title", "TITLE_REQUIRED")
    refuse_future(c.drafted_on, c.today, "drafted_on")
    return [
        ev.DecisionDrafted(
            decision_id=c.decision_id,
            unit_id=c.unit.unit_id,
            unit_level=c.unit.level,
            division_code=c.unit.division_code,
            title=c.title.strip(),
            matter=c.matter,
            source=c.source,
            drafted_on=c.drafted_on,
        )
    ]


def redraft(c: cmd.RedraftDecision, s: DecisionState) -> list[DomainEvent]:
    # A failed vote rejects the decision; it may be redrafted and go round again.
    steps.require_status(s, DecisionStatus.REJECTED, "redraft")
    steps.check_day(s, c.drafted_on, c.today, "drafted_on")
    title = (c.title or s.title).strip()
    return [ev.DecisionRedrafted(drafted_on=c.drafted_on, title=title, round=s.round + 1)]


def publish_resolution(c: cmd.PublishResolution, s: DecisionState) -> list[DomainEvent]:
    steps.require_status(s, DecisionStatus.RESOLVED, "publish the resolution of")
    days = c.notice_days if c.notice_days is not None else c.min_notice_days
    if days < c.min_notice_days:
        raise InvalidArgument.field(
            "notice_days",
            "the public notice lasts at least {days} days",
            "NOTICE_TOO_SHORT",
            days=c.min_notice_days,
        )
    steps.check_day(s, c.published_on, c.today, "published_on")
    starts = c.published_on if c.backfill else max(c.published_on, c.today)
    published = ev.ResolutionPublished(
        published_on=c.published_on,
        notice_days=days,
        notice_starts_on=starts,
        notice_ends_on=starts + timedelta(days=days),
        backfilled=c.backfill,
    )
    if not c.backfill:
        return [published]
    if published.notice_ends_on > c.today:
        raise InvalidArgument.field(
            "backfill",
            "only a notice that has already run its full period is backfilled",
            "NOTICE_NOT_RUN",
        )
    return [published, ev.PublicNoticeCompleted(completed_on=published.notice_ends_on)]


def complete_notice(c: cmd.CompletePublicNotice, s: DecisionState) -> list[DomainEvent]:
    if s.status is not DecisionStatus.RESOLUTION_PUBLIC or s.notice_completed:
        return []
    assert s.notice_ends_on is not None
    if c.today < s.notice_ends_on:
        return []
    return [ev.PublicNoticeCompleted(completed_on=c.today)]


def start_implementation(c: cmd.StartImplementation, s: DecisionState) -> list[DomainEvent]:
    steps.require_status(s, DecisionStatus.RESOLUTION_PUBLIC, "start implementing")
    if not s.notice_completed:
        raise PreconditionFailed(
            "PUBLIC_NOTICE_RUNNING",
            s.decision_id,
            "the public notice runs until {ends_on}",
            ends_on=s.notice_ends_on or "?",
        )
    steps.check_day(s, c.started_on, c.today, "started_on")
    # Implementation follows the whole notice: never dated inside it.
    if s.notice_ends_on and c.started_on < s.notice_ends_on:
        raise InvalidArgument.field(
            "started_on",
            "before the public notice ended ({ends_on})",
            "BEFORE_NOTICE_ENDED",
            ends_on=s.notice_ends_on,
        )
    return [ev.ImplementationStarted(started_on=c.started_on)]


def publish_result(c: cmd.PublishResult, s: DecisionState) -> list[DomainEvent]:
    steps.require_status(s, DecisionStatus.IMPLEMENTING, "publish the result of")
    steps.check_day(s, c.published_on, c.today, "published_on")
    return [ev.ResultPublished(published_on=c.published_on, summary=c.summary.strip())]


def close(c: cmd.CloseDecision, s: DecisionState) -> list[DomainEvent]:
    steps.require_status(s, DecisionStatus.RESULT_PUBLIC, "close")
    steps.check_day(s, c.closed_on, c.today, "closed_on")
    return [ev.DecisionClosed(closed_on=c.closed_on)]


RULES: dict[type[Any], Callable[[Any, DecisionState], list[DomainEvent]]] = {
    cmd.DraftDecision: draft,
    cmd.ProposeDecision: steps.propose,
    cmd.DeliberateDecision: steps.deliberate,
    cmd.ReviewDecision: steps.review,
    cmd.ResolveDecision: steps.resolve,
    cmd.PublishResolution: publish_resolution,
    cmd.CompletePublicNotice: complete_notice,
    cmd.StartImplementation: start_implementation,
    cmd.PublishResult: publish_result,
    cmd.CloseDecision: close,
    cmd.RedraftDecision: redraft,
}


decision_decider: Decider[cmd.DecisionCommand, DecisionState] = Decider(
    stream_type="decision",
    initial_state=DecisionState,
    evolve=evolve,
    rules=RULES,
    events=ev.DECISION_EVENTS,
)
