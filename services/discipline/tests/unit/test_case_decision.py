"""Cases from decision to archive: measures, four forms, influence periods, appeals."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.discipline.domain import case_commands as cmd
from frontline.discipline.domain import case_events as ev
from frontline.discipline.domain.clue_vocabulary import AppealOutcome
from frontline.discipline.domain.sanctions import (
    ImposedMeasure,
    Measure,
    MeasureKind,
    MeasureType,
)
from frontline.kernel.errors import InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario

from .clue_fixtures import DECIDED, DECIDER, EVIDENCE, EXECUTED, REMOVAL, SUBMITTED, upto

pytestmark = pytest.mark.unit

PARTY, GOVERNMENT = MeasureType.PARTY_SANCTION, MeasureType.GOVERNMENT_SANCTION


def decide(level: int, *measures: Measure) -> cmd.DecideCase:
    return cmd.DecideCase(
        decided_on=date(2026, 5, 20), four_forms_level=level, measures=measures, summary="Abuse."
    )


def test_a_decision_fixes_what_each_measure_means_for_the_cadre() -> None:
    removal = Measure(type=PARTY, kind=MeasureKind.REMOVAL_FROM_PARTY_POST)
    scenario(DECIDER).given(*upto(SUBMITTED)).when(decide(3, removal)).then(DECIDED)
    expelled = Measure(type=GOVERNMENT, kind=MeasureKind.GOVERNMENT_EXPULSION)
    warning = Measure(type=GOVERNMENT, kind=MeasureKind.GOVERNMENT_WARNING)
    (made,) = scenario(DECIDER).given(*upto(SUBMITTED)).when(decide(4, expelled, warning)).outcome()
    assert isinstance(made, ev.CaseDecided)
    assert made.measures == (
        ImposedMeasure(type=GOVERNMENT, kind=expelled.kind, removes_from_post=True, permanent=True),
        ImposedMeasure(
            type=GOVERNMENT,
            kind=warning.kind,
            removes_from_post=False,
            influence_ends_on=date(2026, 11, 20),
        ),
    )


def test_the_county_sets_the_influence_periods() -> None:
    warning = Measure(type=PARTY, kind=MeasureKind.PARTY_WARNING)
    command = decide(2, warning).model_copy(update={"influence_months": {"party_warning": 12}})
    (made,) = scenario(DECIDER).given(*upto(SUBMITTED)).when(command).outcome()
    assert isinstance(made, ev.CaseDecided)
    assert made.measures[0].influence_ends_on == date(2027, 5, 20)


def test_a_decision_is_checked_measure_by_measure() -> None:
    wrong_kind = Measure(type=PARTY, kind=MeasureKind.DEMERIT)
    error = (
        scenario(DECIDER)
        .given(*upto(SUBMITTED))
        .when(decide(2, wrong_kind))
        .raises(InvalidArgument)
    )
    assert error.violations[0].field == "measures[0].kind"  # type: ignore[attr-defined]
    for level, field in ((5, "four_forms_level"), (2, "measures")):
        error = (
            scenario(DECIDER).given(*upto(SUBMITTED)).when(decide(level)).raises(InvalidArgument)
        )
        assert [v.field for v in error.violations] == [field]  # type: ignore[attr-defined]
    scenario(DECIDER).given(*upto(SUBMITTED)).when(decide(1)).then(
        ev.CaseDecided(
            decided_on=date(2026, 5, 20), four_forms_level=1, measures=(), summary="Abuse."
        )
    )


def test_only_a_case_in_review_is_decided() -> None:
    removal = Measure(type=PARTY, kind=MeasureKind.REMOVAL_FROM_PARTY_POST)
    scenario(DECIDER).given(*upto(EVIDENCE)).when(decide(3, removal)).raises(PreconditionFailed)
    scenario(DECIDER).given(*upto(DECIDED)).when(decide(3, removal)).raises(PreconditionFailed)


def test_executed_then_archived() -> None:
    execute = cmd.RecordExecution(executed_on=date(2026, 5, 25))
    archive = cmd.ArchiveCase(archived_on=date(2026, 6, 1))
    scenario(DECIDER).given(*upto(DECIDED)).when(archive).raises(PreconditionFailed)
    scenario(DECIDER).given(*upto(DECIDED)).when(execute).then(EXECUTED)
    scenario(DECIDER).given(*upto(EXECUTED)).when(archive).then(
        ev.CaseArchived(archived_on=date(2026, 6, 1))
    )
    early = cmd.RecordExecution(executed_on=date(2026, 5, 19))
    scenario(DECIDER).given(*upto(DECIDED)).when(early).raises(InvalidArgument)


def test_an_appeal_does_not_suspend_the_sanction() -> None:
    appeal = cmd.RecordAppeal(appealed_on=date(2026, 5, 22), grounds="Too harsh.")
    appealed = ev.AppealRecorded(appealed_on=date(2026, 5, 22), grounds="Too harsh.")
    scenario(DECIDER).given(*upto(SUBMITTED)).when(appeal).raises(PreconditionFailed)
    scenario(DECIDER).given(*upto(DECIDED)).when(appeal).then(appealed)
    # Execution goes on while the appeal is pending; archiving waits for its outcome.
    scenario(DECIDER).given(*upto(DECIDED), appealed).when(
        cmd.RecordExecution(executed_on=date(2026, 5, 25))
    ).then(EXECUTED)
    state = DECIDER.fold([*upto(DECIDED), appealed])
    assert state.case is not None and state.case.measures == (REMOVAL,)
    assert REMOVAL.in_force_on(date(2026, 5, 23)) and not state.case.revoked
    pending = scenario(DECIDER).given(*upto(EXECUTED), appealed)
    pending.when(cmd.ArchiveCase(archived_on=date(2026, 6, 1))).raises(PreconditionFailed)
    pending.when(appeal).raises(PreconditionFailed)


def test_an_appeal_that_revokes_ends_the_sanction() -> None:
    appealed = ev.AppealRecorded(appealed_on=date(2026, 5, 22), grounds="")
    conclude = cmd.ConcludeAppeal(concluded_on=date(2026, 6, 10), outcome=AppealOutcome.REVOKED)
    revoked = ev.AppealConcluded(concluded_on=date(2026, 6, 10), outcome=AppealOutcome.REVOKED)
    scenario(DECIDER).given(*upto(DECIDED)).when(conclude).raises(PreconditionFailed)
    scenario(DECIDER).given(*upto(DECIDED), appealed).when(conclude).then(revoked)
    state = DECIDER.fold([*upto(DECIDED), appealed, revoked])
    assert state.case is not None and state.case.revoked
    again = cmd.RecordAppeal(appealed_on=date(2026, 6, 11), grounds="")
    scenario(DECIDER).given(*upto(DECIDED), appealed, revoked).when(again).raises(
        PreconditionFailed
    )
