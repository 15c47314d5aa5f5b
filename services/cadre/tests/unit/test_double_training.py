"""Double Training (双培工程): academic upgrade and professional training."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_decider import CadreDecider
from frontline.kernel.errors import AlreadyExists, NotFound, PreconditionFailed
from frontline.kernel.testing import scenario

pytestmark = pytest.mark.unit

ENROL = cmd.EnrolAcademicUpgrade(
    upgrade_id="u-1",
    target_level="college",
    institution="Open University",
    enrolled_on=date(2025, 9, 1),
)
ENROLLED = ev.AcademicUpgradeEnrolled(**ENROL.model_dump())
GRADUATE = cmd.GraduateAcademicUpgrade(upgrade_id="u-1", graduated_on=date(2028, 7, 1))
START = cmd.StartTraining(
    training_id="t-1",
    topic_category="rural_governance",
    title="Village affairs openness",
    planned_hours=24,
    started_on=date(2025, 10, 9),
)
STARTED = ev.TrainingStarted(**START.model_dump())
COMPLETE = cmd.CompleteTraining(training_id="t-1", hours=22.5, completed_on=date(2025, 10, 20))


def test_enrolling_in_an_academic_upgrade(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    scenario(decider).given(registered).when(ENROL).then(ENROLLED)


def test_an_upgrade_must_raise_the_education_level(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    same = ENROL.model_copy(update={"target_level": "senior_secondary"})
    scenario(decider).given(registered).when(same).raises(PreconditionFailed)


def test_one_academic_upgrade_at_a_time(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    second = ENROL.model_copy(update={"upgrade_id": "u-2", "target_level": "bachelor"})
    scenario(decider).given(registered, ENROLLED).when(second).raises(PreconditionFailed)
    scenario(decider).given(registered, ENROLLED).when(ENROL).raises(AlreadyExists)


def test_graduating_raises_the_education_level(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    graduated = (
        scenario(decider)
        .given(registered, ENROLLED)
        .when(GRADUATE)
        .then(
            ev.AcademicUpgradeGraduated(
                upgrade_id="u-1",
                from_level="senior_secondary",
                to_level="college",
                graduated_on=date(2028, 7, 1),
            )
        )
    )
    assert decider.fold([registered, ENROLLED, *graduated]).education_level == "college"


def test_graduation_needs_an_enrolment_and_happens_once(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    scenario(decider).given(registered).when(GRADUATE).raises(NotFound)
    graduated = ev.AcademicUpgradeGraduated(
        upgrade_id="u-1",
        from_level="senior_secondary",
        to_level="college",
        graduated_on=date(2028, 7, 1),
    )
    given = scenario(decider).given(registered, ENROLLED, graduated)
    given.when(GRADUATE).raises(PreconditionFailed)
    # After graduating the cadre may enrol again, higher.
    bachelor = ENROL.model_copy(update={"upgrade_id": "u-2", "target_level": "bachelor"})
    assert [type(e) for e in given.when(bachelor).outcome()] == [ev.AcademicUpgradeEnrolled]


def test_professional_training_starts_and_completes_with_hours(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    scenario(decider).given(registered).when(START).then(STARTED)
    scenario(decider).given(registered, STARTED).when(COMPLETE).then(
        ev.TrainingCompleted(**COMPLETE.model_dump())
    )


def test_training_refusals(decider: CadreDecider, registered: ev.CadreRegistered) -> None:
    scenario(decider).when(START).raises(NotFound)
    scenario(decider).given(registered, STARTED).when(START).raises(AlreadyExists)
    scenario(decider).given(registered).when(COMPLETE).raises(NotFound)
    completed = ev.TrainingCompleted(**COMPLETE.model_dump())
    given = scenario(decider).given(registered, STARTED, completed)
    given.when(COMPLETE).raises(PreconditionFailed)


def test_training_hours_must_be_positive() -> None:
    with pytest.raises(ValueError):
        cmd.CompleteTraining(training_id="t-1", hours=0, completed_on=date(2025, 10, 20))
