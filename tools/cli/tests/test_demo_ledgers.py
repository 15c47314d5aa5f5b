"""The demo seed's ledger entries are ones the discipline service accepts, whatever the
day it runs on: an entry recording nothing (every quantity zero) is refused there, and a
refused call makes `make up` report a failed seed."""

from __future__ import annotations

import datetime as dt

import pytest

from frontline.cli.demo_discipline_plan import plan_discipline
from frontline.cli.demo_plan import plan_county

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("seed", [1, 2, 3, 2026])
def test_every_planned_ledger_entry_records_something(seed: int) -> None:
    for days in range(0, 120, 20):
        county = plan_county(seed, dt.date(2026, 12, 2) + dt.timedelta(days=days), villages=200)
        ledgers = plan_discipline(seed, county).registers.ledgers
        assert ledgers
        assert [e.key for e in ledgers if not any(e.amounts.values())] == []
