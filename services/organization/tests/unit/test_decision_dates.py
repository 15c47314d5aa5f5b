"""Decision dates have limits (DOMAIN.md "Meetings": every step date is refused in the
future or before the step it follows), and a backdated notice is never shortened."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from frontline.kernel.errors import InvalidArgument
from frontline.kernel.testing import scenario
from frontline.organization.domain import decision_commands as cmd
from frontline.organization.domain import decision_events as ev
from frontline.organization.domain.decision import decision_decider
from frontline.organization.domain.decision_records import (
    DecisionMatter,
    DecisionSource,
    DecisionStep,
)
from frontline.organization.domain.unit_facts import UnitFacts

from .decision_fixtures import (
    DRAFTED,
    NOTICE_DONE,
    PROPOSED,
    RESOLVED,
    REVIEWED,
    STARTED,
    WALK,
    record,
    upto,
)

pytestmark = pytest.mark.unit
DAY = date(2024, 5, 31)
EVE = date(2024, 5, 30)  # the county's today: the day before DAY

# (history, a command dated the day after its today, the field named in the refusal)
FUTURE_STEPS = [
    pytest.param(
        upto(DRAFTED),
        cmd.ProposeDecision(record=record(31, 5, 5, 4), today=EVE),
        "record.held_on",
        id="propose",
    ),
    pytest.param(
        upto(PROPOSED),
        cmd.DeliberateDecision(record=record(31, 9, 8, 7), today=EVE),
        "record.held_on",
        id="deliberate",
    ),
    pytest.param(
        upto(REVIEWED),
        cmd.ResolveDecision(record=record(31, 45, 40, 30), body=RESOLVED.body, today=EVE),
        "record.held_on",
        id="resolve",
    ),
    pytest.param(
        upto(RESOLVED),
        cmd.PublishResolution(published_on=DAY, today=EVE),
        "published_on",
        id="publish",
    ),
    pytest.param(
        upto(NOTICE_DONE),
        cmd.StartImplementation(started_on=DAY, today=EVE),
        "started_on",
        id="implement",
    ),
    pytest.param(
        upto(STARTED),
        cmd.PublishResult(published_on=DAY, summary="x", today=EVE),
        "published_on",
        id="result",
    ),
    pytest.param(
        WALK,
        cmd.CloseDecision(closed_on=date(2024, 9, 2), today=date(2024, 9, 1)),
        "closed_on",
        id="close",
    ),
]


@pytest.mark.parametrize(("history", "command", "field"), FUTURE_STEPS)
def test_a_step_dated_after_the_countys_today_is_invalid(
    history: list[ev.DecisionDrafted], command: cmd.DecisionCommand, field: str
) -> None:
    error = scenario(decision_decider).given(*history).when(command).raises(InvalidArgument)
    assert error.violations[0].field == field  # type: ignore[attr-defined]
    # The same step recorded on the day it is dated is accepted.
    on_the_day = command.model_copy(update={"today": command.today + timedelta(days=1)})
    assert scenario(decision_decider).given(*history).when(on_the_day).outcome()


def test_a_draft_dated_after_today_is_invalid() -> None:
    draft = cmd.DraftDecision(
        decision_id="d-1",
        unit=UnitFacts(unit_id="u", level=DRAFTED.unit_level, division_code=DRAFTED.division_code),
        title="Lease",
        matter=DecisionMatter.PROJECT,
        source=DecisionSource.CADRE_PROPOSAL,
        drafted_on=DAY,
        today=EVE,
    )
    scenario(decision_decider).when(draft).raises(InvalidArgument)


def test_a_redraft_dated_before_the_rejection_is_invalid() -> None:
    rejected = ev.DecisionRejected(step=DecisionStep.PROPOSAL, record=record(20, 5, 5, 1, 4))
    scenario(decision_decider).given(DRAFTED, rejected).when(
        cmd.RedraftDecision(drafted_on=date(2024, 5, 19), today=DAY)
    ).raises(InvalidArgument)


def test_implementation_is_never_dated_inside_the_notice() -> None:
    # The notice ran 9–16 May; the timer completed it; a start dated 12 May is refused.
    error = (
        scenario(decision_decider)
        .given(*upto(NOTICE_DONE))
        .when(cmd.StartImplementation(started_on=date(2024, 5, 12), today=DAY))
        .raises(InvalidArgument)
    )
    assert error.violations[0].field == "started_on"  # type: ignore[attr-defined]


def test_a_backdated_notice_runs_its_full_period_from_the_day_it_is_recorded() -> None:
    # Recorded on 31 May, said to be posted on 9 May: 7 days from 31 May, not over at once.
    scenario(decision_decider).given(*upto(RESOLVED)).when(
        cmd.PublishResolution(published_on=date(2024, 5, 9), today=DAY)
    ).then(
        ev.ResolutionPublished(
            published_on=date(2024, 5, 9),
            notice_days=7,
            notice_starts_on=DAY,
            notice_ends_on=date(2024, 6, 7),
        )
    )


def test_the_county_backfills_a_notice_that_ran_before_it_was_recorded() -> None:
    backfilled = ev.ResolutionPublished(
        published_on=date(2024, 5, 9),
        notice_days=7,
        notice_starts_on=date(2024, 5, 9),
        notice_ends_on=date(2024, 5, 16),
        backfilled=True,
    )
    scenario(decision_decider).given(*upto(RESOLVED)).when(
        cmd.PublishResolution(published_on=date(2024, 5, 9), today=DAY, backfill=True)
    ).then(backfilled, ev.PublicNoticeCompleted(completed_on=date(2024, 5, 16)))


def test_a_notice_still_running_is_not_backfilled() -> None:
    error = (
        scenario(decision_decider)
        .given(*upto(RESOLVED))
        .when(
            cmd.PublishResolution(
                published_on=date(2024, 5, 9), today=date(2024, 5, 15), backfill=True
            )
        )
        .raises(InvalidArgument)
    )
    assert error.violations[0].field == "backfill"  # type: ignore[attr-defined]
