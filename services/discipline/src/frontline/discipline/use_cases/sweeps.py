"""Sweep use cases: a division's duty follows its organization; reports; periods closed."""

from __future__ import annotations

from datetime import date

from frontline.discipline.domain import sweep as sw
from frontline.discipline.domain.sweep_events import SweepReported
from frontline.discipline.use_cases.ports import Ports
from frontline.discipline.views import SweepDuty, SweepRecord
from frontline.kernel.authz import require_scope, scoped_prefix
from frontline.kernel.convert import Page
from frontline.kernel.errors import NotFound


async def start_sweep_duty(p: Ports, division_code: str) -> None:
    """An organized division owes sweeps from the current period on (organization's
    events: a unit established on it), never for periods before the service knew."""
    command = sw.StartSweepDuty(division_code=division_code, since=p.today())
    await p.commands.execute(sw.sweep_decider, sw.sweep_stream(division_code), command)


async def end_sweep_duty(p: Ports, division_code: str, ended_on: date) -> None:
    command = sw.EndSweepDuty(ended_on=ended_on)
    await p.commands.execute(sw.sweep_decider, sw.sweep_stream(division_code), command)


async def file_sweep_report(
    p: Ports, division_code: str, period_day: date, swept_on: date, found: int, note: str
) -> SweepRecord:
    require_scope(division_code)
    command = sw.FileSweepReport(
        division_code=division_code,
        period_day=period_day,
        swept_on=swept_on,
        disputes_found=found,
        note=note,
        today=p.today(),
        grace_days=p.rules.sweep_grace_days,
    )
    result = await p.commands.execute(sw.sweep_decider, sw.sweep_stream(division_code), command)
    # A replayed request answers with the events of its first call, so this holds too.
    e = next(s.event for s in result.events if isinstance(s.event, SweepReported))
    missed = isinstance(result.state, sw.SweepState) and e.period in result.state.missed
    return SweepRecord(
        division_code=e.division_code,
        level=e.level,
        period=e.period,
        period_starts_on=e.period_starts_on,
        period_ends_on=e.period_ends_on,
        reported=True,
        swept_on=e.swept_on,
        disputes_found=e.disputes_found,
        on_time=e.on_time,
        missed=missed,
    )


async def close_sweep_period(p: Ports, division_code: str, period: str) -> None:
    """Fired by the sweep timer at the end of ``period`` (and the grace days)."""
    command = sw.CloseSweepPeriod(
        period=period, today=p.today(), grace_days=p.rules.sweep_grace_days
    )
    await p.commands.execute(sw.sweep_decider, sw.sweep_stream(division_code), command)


async def get_sweep_duty(p: Ports, division_code: str) -> SweepDuty:
    require_scope(division_code)
    duty = await p.read.sweep_duty(division_code)
    if duty is None:
        raise NotFound("sweep duty", division_code)
    return duty


async def list_sweeps(
    p: Ports, prefix: str, period: tuple[date | None, date | None], page: Page
) -> list[SweepRecord]:
    return await p.read.sweeps(scoped_prefix(prefix), period, page)
