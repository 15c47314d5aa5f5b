"""Sweeps: half-monthly, monthly, quarterly periods; nil reports count; missed periods."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.discipline.domain import sweep as sw
from frontline.discipline.domain import sweep_events as ev
from frontline.discipline.domain.divisions import DivisionLevel
from frontline.discipline.domain.sweep_periods import Period, next_period, period_of
from frontline.kernel.errors import InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario

pytestmark = pytest.mark.unit

VILLAGE = "440781100201"


def test_each_level_has_its_cadence() -> None:
    v, t, c = DivisionLevel.VILLAGE, DivisionLevel.TOWNSHIP, DivisionLevel.COUNTY
    assert period_of(v, date(2026, 2, 15)) == Period(
        "2026-02-H1", date(2026, 2, 1), date(2026, 2, 15)
    )
    assert period_of(v, date(2026, 2, 16)) == Period(
        "2026-02-H2", date(2026, 2, 16), date(2026, 2, 28)
    )
    assert period_of(t, date(2026, 2, 16)) == Period("2026-02", date(2026, 2, 1), date(2026, 2, 28))
    assert period_of(c, date(2026, 5, 1)) == Period("2026-Q2", date(2026, 4, 1), date(2026, 6, 30))
    december = period_of(v, date(2026, 12, 20))
    assert next_period(v, december).key == "2027-01-H1"


STARTED = ev.SweepDutyStarted(
    division_code=VILLAGE,
    level=DivisionLevel.VILLAGE,
    first_period="2026-01-H1",
    first_period_starts_on=date(2026, 1, 1),
    first_period_ends_on=date(2026, 1, 15),
)


def report(found: int = 0, swept: int = 10, today: int = 10) -> sw.FileSweepReport:
    return sw.FileSweepReport(
        division_code=VILLAGE,
        period_day=date(2026, 1, swept),
        swept_on=date(2026, 1, swept),
        disputes_found=found,
        today=date(2026, 1, today),
    )


def test_a_division_owes_sweeps_from_the_period_it_started_in() -> None:
    start = sw.StartSweepDuty(division_code=VILLAGE, since=date(2026, 1, 5))
    scenario(sw.sweep_decider).when(start).then(STARTED)
    scenario(sw.sweep_decider).given(STARTED).when(start).then()


def test_a_nil_report_counts_and_a_period_is_reported_once() -> None:
    reported = ev.SweepReported(
        division_code=VILLAGE,
        level=DivisionLevel.VILLAGE,
        period="2026-01-H1",
        period_starts_on=date(2026, 1, 1),
        period_ends_on=date(2026, 1, 15),
        swept_on=date(2026, 1, 10),
        disputes_found=0,
        note="",
        on_time=True,
    )
    scenario(sw.sweep_decider).given(STARTED).when(report()).then(reported)
    scenario(sw.sweep_decider).given(STARTED, reported).when(report(2)).raises(PreconditionFailed)
    close = sw.CloseSweepPeriod(period="2026-01-H1", today=date(2026, 1, 16))
    scenario(sw.sweep_decider).given(STARTED, reported).when(close).then(
        ev.SweepPeriodClosed(
            period="2026-01-H1",
            period_starts_on=date(2026, 1, 1),
            period_ends_on=date(2026, 1, 15),
            missed=False,
        )
    )


def test_a_period_without_a_report_is_missed_and_the_next_one_is_awaited() -> None:
    close = sw.CloseSweepPeriod(period="2026-01-H1", today=date(2026, 1, 16))
    missed = ev.SweepPeriodClosed(
        period="2026-01-H1",
        period_starts_on=date(2026, 1, 1),
        period_ends_on=date(2026, 1, 15),
        missed=True,
    )
    scenario(sw.sweep_decider).given(STARTED).when(close).then(missed)
    state = sw.sweep_decider.fold([STARTED, missed])
    assert state.missed == ("2026-01-H1",) and state.next_check is not None
    assert state.next_check.key == "2026-01-H2"
    scenario(sw.sweep_decider).given(STARTED, missed).when(close).then()
    too_soon = sw.CloseSweepPeriod(period="2026-01-H1", today=date(2026, 1, 15))
    scenario(sw.sweep_decider).given(STARTED).when(too_soon).then()


def test_a_late_report_is_recorded_not_on_time() -> None:
    late = report(swept=14, today=20).model_copy(update={"swept_on": date(2026, 1, 18)})
    (made,) = scenario(sw.sweep_decider).given(STARTED).when(late).outcome()
    assert isinstance(made, ev.SweepReported) and not made.on_time
    graced = late.model_copy(update={"grace_days": 3})
    (made,) = scenario(sw.sweep_decider).given(STARTED).when(graced).outcome()
    assert isinstance(made, ev.SweepReported) and made.on_time


def test_a_report_for_a_period_not_begun_or_swept_before_it_is_refused() -> None:
    future = report(today=10).model_copy(update={"period_day": date(2026, 1, 20)})
    error = scenario(sw.sweep_decider).given(STARTED).when(future).raises(InvalidArgument)
    assert error.violations[0].field == "period_day"  # type: ignore[attr-defined]
    before = report(swept=20, today=20).model_copy(update={"swept_on": date(2026, 1, 2)})
    error = scenario(sw.sweep_decider).given(STARTED).when(before).raises(InvalidArgument)
    assert error.violations[0].field == "swept_on"  # type: ignore[attr-defined]


def test_an_ended_duty_closes_no_more_periods() -> None:
    ended = ev.SweepDutyEnded(ended_on=date(2026, 1, 10))
    close = sw.CloseSweepPeriod(period="2026-01-H1", today=date(2026, 1, 16))
    scenario(sw.sweep_decider).given(STARTED, ended).when(close).then()
