"""Matter-specific majorities and the villagers' meeting that sits by households.

DOMAIN.md "Decision" step 5: contracting collective land to outsiders and adjusting
contracts need two thirds of the meeting's members or of the representatives
(农村土地承包法); a villagers' meeting sits with more than half of the adult
villagers or two thirds of the households (村民委员会组织法).
"""

from __future__ import annotations

import pytest

from frontline.kernel.errors import InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario
from frontline.organization.domain import decision_commands as cmd
from frontline.organization.domain import decision_events as ev
from frontline.organization.domain.decision import decision_decider
from frontline.organization.domain.decision_records import (
    DecisionMatter,
    DecisionStep,
    ResolvingBody,
    StepRecord,
)

from .decision_fixtures import DRAFTED, REVIEWED, TODAY, record, upto

pytestmark = pytest.mark.unit
REPS = ResolvingBody.REPRESENTATIVES_MEETING
VILLAGERS = ResolvingBody.VILLAGERS_MEETING
OUTSIDERS = DecisionMatter.LAND_CONTRACTING_TO_OUTSIDERS


def reviewed(matter: DecisionMatter) -> list[object]:
    return [DRAFTED.model_copy(update={"matter": matter}), *upto(REVIEWED)[1:]]


def resolve(rec: StepRecord, body: ResolvingBody = REPS) -> cmd.ResolveDecision:
    return cmd.ResolveDecision(record=rec, body=body, today=TODAY)


@pytest.mark.parametrize(
    "matter", [OUTSIDERS, DecisionMatter.LAND_CONTRACT_ADJUSTMENT], ids=lambda m: m.value
)
def test_a_land_matter_needs_two_thirds_of_all_representatives(matter: DecisionMatter) -> None:
    # 29 of 40 present is a majority of those present, but not two thirds of the 45.
    short = record(8, 45, 40, 29, 11)
    given = scenario(decision_decider).given(*reviewed(matter))  # type: ignore[arg-type]
    given.when(resolve(short)).then(
        ev.DecisionRejected(step=DecisionStep.RESOLUTION, record=short, body=REPS)
    )
    enough = record(8, 45, 40, 30, 10)
    given.when(resolve(enough)).then(ev.DecisionResolved(record=enough, body=REPS))


def test_other_matters_still_pass_by_a_majority_of_those_present() -> None:
    majority = record(8, 45, 40, 21, 19)
    scenario(decision_decider).given(*upto(REVIEWED)).when(resolve(majority)).then(
        ev.DecisionResolved(record=majority, body=REPS)
    )


def test_a_land_matter_at_a_villagers_meeting_counts_two_thirds_of_its_members() -> None:
    # 60 of 100 adult villagers present all agree: a majority, not two thirds of members.
    short = record(8, 100, 60, 60)
    [event] = (
        scenario(decision_decider)
        .given(*reviewed(OUTSIDERS))  # type: ignore[arg-type]
        .when(resolve(short, VILLAGERS))
        .outcome()
    )
    assert isinstance(event, ev.DecisionRejected)


def by_households(present: int, households_present: int) -> StepRecord:
    return record(8, 400, present, present).model_copy(
        update={"households_due": 120, "households_present": households_present}
    )


def test_a_villagers_meeting_sits_with_two_thirds_of_the_households() -> None:
    # 150 of 400 adult villagers is no majority, but 80 of 120 households is two thirds.
    sitting = by_households(150, 80)
    scenario(decision_decider).given(*upto(REVIEWED)).when(resolve(sitting, VILLAGERS)).then(
        ev.DecisionResolved(record=sitting, body=VILLAGERS)
    )
    scenario(decision_decider).given(*upto(REVIEWED)).when(
        resolve(by_households(150, 79), VILLAGERS)
    ).raises(PreconditionFailed)


@pytest.mark.parametrize(
    ("body", "households"),
    [(REPS, (120, 80)), (VILLAGERS, (0, 0)), (VILLAGERS, (120, 121)), (VILLAGERS, (120, None))],
)
def test_household_counts_belong_to_a_villagers_meeting_and_add_up(
    body: ResolvingBody, households: tuple[int, int | None]
) -> None:
    due, present = households
    rec = record(8, 400, 150, 150).model_copy(
        update={"households_due": due, "households_present": present}
    )
    scenario(decision_decider).given(*upto(REVIEWED)).when(resolve(rec, body)).raises(
        InvalidArgument
    )


def test_households_are_not_recorded_before_the_resolution() -> None:
    rec = record(2, 5, 5, 4).model_copy(update={"households_due": 10, "households_present": 9})
    scenario(decision_decider).given(DRAFTED).when(
        cmd.ProposeDecision(record=rec, today=TODAY)
    ).raises(InvalidArgument)
