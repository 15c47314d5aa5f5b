"""四议两公开 drafting and the two openness steps: public notice timer, result, closing."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from frontline.kernel.errors import AlreadyExists, InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario
from frontline.organization.domain import decision_commands as cmd
from frontline.organization.domain import decision_events as ev
from frontline.organization.domain.decision import decision_decider
from frontline.organization.domain.decision_records import (
    DecisionMatter,
    DecisionSource,
    DecisionStatus,
)
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.unit_facts import UnitFacts

from .decision_fixtures import (
    DRAFTED,
    NOTICE_DONE,
    PUBLISHED,
    RESOLVED,
    RESULT,
    STARTED,
    TODAY,
    WALK,
    upto,
)

pytestmark = pytest.mark.unit
VILLAGE = UnitFacts(unit_id="u-village", level=OrgLevel.VILLAGE, division_code="440781100201")


def draft(
    unit: UnitFacts = VILLAGE, title: str = "Lease the old school building"
) -> cmd.DraftDecision:
    return cmd.DraftDecision(
        decision_id="d-1",
        unit=unit,
        title=title,
        matter=DecisionMatter.COLLECTIVE_ASSETS,
        source=DecisionSource.VILLAGERS_SUGGESTION,
        drafted_on=date(2024, 5, 1),
        today=TODAY,
    )


def test_a_village_organization_drafts_a_decision() -> None:
    scenario(decision_decider).when(draft()).then(DRAFTED)


def test_a_township_has_no_four_discussions_decisions() -> None:
    township = UnitFacts(unit_id="u-t", level=OrgLevel.TOWNSHIP, division_code="440781100")
    scenario(decision_decider).when(draft(township)).raises(InvalidArgument)


def test_a_dissolved_unit_drafts_nothing_and_a_blank_title_is_invalid() -> None:
    scenario(decision_decider).when(draft(VILLAGE.model_copy(update={"active": False}))).raises(
        PreconditionFailed
    )
    scenario(decision_decider).when(draft(title=" ")).raises(InvalidArgument)
    scenario(decision_decider).given(DRAFTED).when(draft()).raises(AlreadyExists)


def publish(day: date = date(2024, 5, 9), **extra: Any) -> cmd.PublishResolution:
    """The resolution published on ``day``, recorded the same day unless ``today`` says."""
    return cmd.PublishResolution(published_on=day, **{"today": day, **extra})


def test_the_resolution_is_published_for_at_least_the_county_minimum() -> None:
    given = scenario(decision_decider).given(*upto(RESOLVED))
    given.when(publish()).then(PUBLISHED)
    given.when(publish(notice_days=6)).raises(InvalidArgument)
    given.when(publish(notice_days=9, min_notice_days=10)).raises(InvalidArgument)
    [event] = given.when(publish(notice_days=10)).outcome()
    assert isinstance(event, ev.ResolutionPublished) and event.notice_ends_on == date(2024, 5, 19)


def test_implementation_cannot_start_while_the_notice_runs() -> None:
    error = (
        scenario(decision_decider)
        .given(*upto(PUBLISHED))
        .when(cmd.StartImplementation(today=TODAY, started_on=date(2024, 5, 20)))
        .raises(PreconditionFailed)
    )
    assert error.violations[0].type == "PUBLIC_NOTICE_RUNNING"  # type: ignore[attr-defined]


def test_the_notice_timer_completes_the_notice_at_its_end_only() -> None:
    given = scenario(decision_decider).given(*upto(PUBLISHED))
    given.when(cmd.CompletePublicNotice(today=date(2024, 5, 15))).then()
    given.when(cmd.CompletePublicNotice(today=date(2024, 5, 16))).then(NOTICE_DONE)
    scenario(decision_decider).given(*upto(NOTICE_DONE)).when(
        cmd.CompletePublicNotice(today=date(2024, 5, 17))
    ).then()


def test_after_the_notice_implementation_starts_and_the_result_is_made_public() -> None:
    scenario(decision_decider).given(*upto(NOTICE_DONE)).when(
        cmd.StartImplementation(today=TODAY, started_on=date(2024, 5, 20))
    ).then(STARTED)
    scenario(decision_decider).given(*upto(STARTED)).when(
        cmd.PublishResult(today=TODAY, published_on=date(2024, 9, 1), summary="leased for 5 years")
    ).then(RESULT)


def test_a_decision_with_its_result_public_is_closed() -> None:
    closed = ev.DecisionClosed(closed_on=date(2024, 9, 10))
    scenario(decision_decider).given(*WALK).when(
        cmd.CloseDecision(today=TODAY, closed_on=date(2024, 9, 10))
    ).then(closed)
    state = decision_decider.fold([*WALK, closed])
    assert state.status is DecisionStatus.CLOSED
    assert [s.step.value for s in state.steps] == [
        "proposal",
        "deliberation",
        "review",
        "resolution",
    ]


def test_a_date_before_the_previous_step_is_invalid() -> None:
    scenario(decision_decider).given(*upto(NOTICE_DONE)).when(
        cmd.StartImplementation(today=TODAY, started_on=date(2024, 5, 1))
    ).raises(InvalidArgument)


def test_a_timer_for_a_decision_not_in_public_notice_changes_nothing() -> None:
    scenario(decision_decider).given(DRAFTED).when(
        cmd.CompletePublicNotice(today=date(2024, 6, 1))
    ).then()
