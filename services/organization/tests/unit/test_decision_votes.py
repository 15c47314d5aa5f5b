"""四议两公开 voting steps: order, quorum and vote rules, rejection and redraft."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.kernel.errors import InvalidArgument, NotFound, PreconditionFailed
from frontline.kernel.testing import scenario
from frontline.organization.domain import decision_commands as cmd
from frontline.organization.domain import decision_events as ev
from frontline.organization.domain.decision import decision_decider
from frontline.organization.domain.decision_records import (
    DecisionStatus,
    DecisionStep,
    ResolvingBody,
)

from .decision_fixtures import DELIBERATED, DRAFTED, PROPOSED, REVIEWED, TODAY, record, upto

pytestmark = pytest.mark.unit
REPS = ResolvingBody.REPRESENTATIVES_MEETING
VILLAGERS = ResolvingBody.VILLAGERS_MEETING


def test_the_committee_proposes_by_a_majority_of_those_present() -> None:
    scenario(decision_decider).given(DRAFTED).when(
        cmd.ProposeDecision(today=TODAY, record=PROPOSED.record)
    ).then(PROPOSED)


def test_the_joint_meeting_deliberates_by_majority() -> None:
    scenario(decision_decider).given(*upto(PROPOSED)).when(
        cmd.DeliberateDecision(today=TODAY, record=DELIBERATED.record)
    ).then(DELIBERATED)


def test_a_tied_joint_meeting_rejects_the_decision() -> None:
    tied = record(3, 9, 8, 4, 4)
    scenario(decision_decider).given(*upto(PROPOSED)).when(
        cmd.DeliberateDecision(today=TODAY, record=tied)
    ).then(ev.DecisionRejected(step=DecisionStep.DELIBERATION, record=tied))


@pytest.mark.parametrize(("present", "sits"), [(3, True), (2, False)])
def test_the_committee_proposes_only_with_more_than_half_of_its_members(
    present: int, sits: bool
) -> None:
    # 党支部工作条例: a committee of five sits with three; with two it cannot vote.
    command = cmd.ProposeDecision(today=TODAY, record=record(2, 5, present, present))
    given = scenario(decision_decider).given(DRAFTED)
    if sits:
        given.when(command).then(ev.DecisionProposed(record=command.record))
    else:
        error = given.when(command).raises(PreconditionFailed)
        assert error.violations[0].type == "QUORUM_NOT_MET"  # type: ignore[attr-defined]


@pytest.mark.parametrize(("present", "sits"), [(5, True), (4, False)])
def test_the_two_committees_deliberate_only_with_more_than_half_of_their_members(
    present: int, sits: bool
) -> None:
    # The joint meeting of the two committees, nine members: five sit, four do not.
    command = cmd.DeliberateDecision(today=TODAY, record=record(3, 9, present, present))
    given = scenario(decision_decider).given(*upto(PROPOSED))
    if sits:
        given.when(command).then(ev.DecisionDeliberated(record=command.record))
    else:
        error = given.when(command).raises(PreconditionFailed)
        assert error.violations[0].type == "QUORUM_NOT_MET"  # type: ignore[attr-defined]


# DOMAIN.md step 3, issue 11 item 5: the joint meeting of the two committees sits
# with the committee under 一肩挑, but it is its own meeting with its own counts.
JOINT = record(2, 9, 8, 7, 1)


def merged(joint: object = JOINT, one_shoulder: bool = True) -> cmd.ProposeDecision:
    return cmd.ProposeDecision(
        today=TODAY,
        record=PROPOSED.record,
        merge_deliberation=True,
        deliberation_record=joint,  # type: ignore[arg-type]
        unit_one_shoulder=one_shoulder,
    )


def test_a_merged_sitting_records_the_joint_meetings_own_counts() -> None:
    scenario(decision_decider).given(DRAFTED).when(merged()).then(
        PROPOSED, ev.DecisionDeliberated(record=JOINT, merged_with_proposal=True)
    )
    deliberated = ev.DecisionDeliberated(record=JOINT, merged_with_proposal=True)
    state = decision_decider.fold([DRAFTED, PROPOSED, deliberated])
    assert [(s.record.members_due, s.merged_with_proposal) for s in state.steps] == [
        (5, False),
        (9, True),
    ]


def test_a_merged_sitting_without_the_joint_meetings_counts_is_invalid() -> None:
    error = scenario(decision_decider).given(DRAFTED).when(merged(None)).raises(InvalidArgument)
    assert error.violations[0].field == "deliberation_record"  # type: ignore[attr-defined]


def test_the_joint_meeting_of_a_merged_sitting_is_held_the_same_day() -> None:
    other_day = record(3, 9, 8, 7, 1)
    scenario(decision_decider).given(DRAFTED).when(merged(other_day)).raises(InvalidArgument)


def test_an_inquorate_joint_meeting_at_a_merged_sitting_is_refused() -> None:
    error = (
        scenario(decision_decider)
        .given(DRAFTED)
        .when(merged(record(2, 9, 4, 4)))
        .raises(PreconditionFailed)
    )
    assert error.violations[0].type == "QUORUM_NOT_MET"  # type: ignore[attr-defined]


def test_a_joint_meeting_voting_no_at_a_merged_sitting_rejects_at_deliberation() -> None:
    tied = record(2, 9, 8, 4, 4)
    scenario(decision_decider).given(DRAFTED).when(merged(tied)).then(
        PROPOSED, ev.DecisionRejected(step=DecisionStep.DELIBERATION, record=tied)
    )


def test_joint_counts_without_a_merged_sitting_are_invalid() -> None:
    scenario(decision_decider).given(DRAFTED).when(
        cmd.ProposeDecision(today=TODAY, record=PROPOSED.record, deliberation_record=JOINT)
    ).raises(InvalidArgument)


def test_merging_without_one_shoulder_is_refused() -> None:
    scenario(decision_decider).given(DRAFTED).when(merged(one_shoulder=False)).raises(
        PreconditionFailed
    )


def review(present: int, votes_for: int, due: int = 30) -> cmd.ReviewDecision:
    return cmd.ReviewDecision(today=TODAY, record=record(6, due, present, votes_for))


def test_exactly_two_thirds_present_at_the_member_meeting_passes() -> None:
    scenario(decision_decider).given(*upto(DELIBERATED)).when(review(20, 16)).then(
        ev.DecisionReviewed(record=review(20, 16).record)
    )


def test_one_fewer_than_two_thirds_present_is_refused_as_inquorate() -> None:
    error = (
        scenario(decision_decider)
        .given(*upto(DELIBERATED))
        .when(review(19, 19))
        .raises(PreconditionFailed)
    )
    assert error.violations[0].type == "QUORUM_NOT_MET"  # type: ignore[attr-defined]


def test_exactly_half_of_members_due_agreeing_rejects_the_decision() -> None:
    scenario(decision_decider).given(*upto(DELIBERATED)).when(review(24, 15)).then(
        ev.DecisionRejected(step=DecisionStep.REVIEW, record=review(24, 15).record)
    )


def test_a_majority_of_those_present_is_not_enough_at_the_member_meeting() -> None:
    # 14 of 20 present agree, but more than half of the 30 members due must agree.
    scenario(decision_decider).given(*upto(DELIBERATED)).when(review(20, 14)).then(
        ev.DecisionRejected(step=DecisionStep.REVIEW, record=review(20, 14).record)
    )


def test_one_more_than_half_of_members_due_agreeing_passes() -> None:
    scenario(decision_decider).given(*upto(DELIBERATED)).when(review(24, 16)).then(
        ev.DecisionReviewed(record=review(24, 16).record)
    )


def resolve(
    present: int, votes_for: int, body: ResolvingBody = REPS, due: int = 45
) -> cmd.ResolveDecision:
    return cmd.ResolveDecision(today=TODAY, record=record(8, due, present, votes_for), body=body)


def test_more_than_half_of_those_present_at_the_villagers_meeting_resolves() -> None:
    scenario(decision_decider).given(*upto(REVIEWED)).when(resolve(40, 21)).then(
        ev.DecisionResolved(record=resolve(40, 21).record, body=REPS)
    )


def test_exactly_half_of_those_present_agreeing_rejects_the_resolution() -> None:
    scenario(decision_decider).given(*upto(REVIEWED)).when(resolve(40, 20)).then(
        ev.DecisionRejected(step=DecisionStep.RESOLUTION, record=resolve(40, 20).record, body=REPS)
    )


@pytest.mark.parametrize(
    ("body", "present", "sits"),
    [(REPS, 30, True), (REPS, 29, False), (VILLAGERS, 23, True), (VILLAGERS, 22, False)],
)
def test_the_resolving_meeting_needs_its_quorum(
    body: ResolvingBody, present: int, sits: bool
) -> None:
    given = scenario(decision_decider).given(*upto(REVIEWED))
    command = resolve(present, present, body)
    if sits:
        given.when(command).then(ev.DecisionResolved(record=command.record, body=body))
    else:
        error = given.when(command).raises(PreconditionFailed)
        assert error.violations[0].type == "QUORUM_NOT_MET"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("history", "command"),
    [
        (upto(DRAFTED), cmd.DeliberateDecision(today=TODAY, record=DELIBERATED.record)),
        (upto(DRAFTED), cmd.ReviewDecision(today=TODAY, record=REVIEWED.record)),
        (upto(PROPOSED), cmd.ReviewDecision(today=TODAY, record=REVIEWED.record)),
        (upto(DELIBERATED), cmd.ResolveDecision(today=TODAY, record=REVIEWED.record, body=REPS)),
        (upto(REVIEWED), cmd.PublishResolution(today=TODAY, published_on=date(2024, 5, 9))),
        (upto(DELIBERATED), cmd.ProposeDecision(today=TODAY, record=PROPOSED.record)),
        (upto(DRAFTED), cmd.StartImplementation(today=TODAY, started_on=date(2024, 6, 1))),
        (upto(DRAFTED), cmd.CloseDecision(today=TODAY, closed_on=date(2024, 6, 1))),
    ],
)
def test_skipping_or_repeating_a_step_is_a_failed_precondition(
    history: list[ev.DecisionDrafted], command: cmd.DecisionCommand
) -> None:
    error = scenario(decision_decider).given(*history).when(command).raises(PreconditionFailed)
    assert error.violations[0].type == "STEP_OUT_OF_ORDER"  # type: ignore[attr-defined]


def test_a_step_on_an_unknown_decision_is_not_found() -> None:
    scenario(decision_decider).when(
        cmd.ProposeDecision(today=TODAY, record=PROPOSED.record)
    ).raises(NotFound)


@pytest.mark.parametrize(
    "bad",
    [
        record(2, 5, 6, 4),  # more present than due
        record(2, 5, 5, 4, 1, 1),  # more votes than present
        record(2, 0, 0, 0),  # nobody due
        record(2, 5, 5, 4, attendee="liaison"),  # attendee recorded at steps 4-5 only
        record(2, 5, 5, 4).model_copy(update={"held_on": date(2024, 4, 1)}),  # before drafting
    ],
)
def test_an_inconsistent_step_record_is_invalid(bad: object) -> None:
    scenario(decision_decider).given(DRAFTED).when(
        cmd.ProposeDecision(today=TODAY, record=bad)  # type: ignore[arg-type]
    ).raises(InvalidArgument)


def test_a_rejected_decision_is_redrafted_and_goes_round_again() -> None:
    rejected = ev.DecisionRejected(step=DecisionStep.REVIEW, record=review(24, 15).record)
    redrafted = ev.DecisionRedrafted(drafted_on=date(2024, 6, 1), title="Lease, revised", round=2)
    history = [*upto(DELIBERATED), rejected]
    scenario(decision_decider).given(*history).when(
        cmd.RedraftDecision(today=TODAY, drafted_on=date(2024, 6, 1), title="Lease, revised")
    ).then(redrafted)
    state = decision_decider.fold([*history, redrafted])
    assert state.status is DecisionStatus.DRAFT and state.steps == ()
    scenario(decision_decider).given(*history).when(review(24, 20)).raises(PreconditionFailed)


def test_only_a_rejected_decision_is_redrafted() -> None:
    scenario(decision_decider).given(*upto(PROPOSED)).when(
        cmd.RedraftDecision(today=TODAY, drafted_on=date(2024, 6, 1))
    ).raises(PreconditionFailed)
