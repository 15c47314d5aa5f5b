# mypy: disable-error-code="arg-type"
"""Test support: discipline.events.v1 of the small county (county_events.SmallCounty):
clues and cases through their steps, disputes, sweeps and ledger entries — several
events per aggregate, as a rebuild reads them."""

from __future__ import annotations

import datetime as dt

from frontline.contracts import discipline as d
from frontline.contracts import discipline_registers as r
from frontline.testkit.county_events import Published

TOWNSHIP, VILLAGE = "440781101", "440781101001"
D = dt.timedelta


def _case(n: int, filed: dt.date) -> list[Published]:
    clue = {"clue_id": f"clue-{n}", "township_code": TOWNSHIP, "category": "discipline_violation"}
    case = {**clue, "case_id": f"case-{n}"}
    decided = filed + D(days=60)
    events = [
        d.ClueReceived(
            **clue, source="report", received_on=filed - D(days=30), reply_due_on=filed - D(days=9)
        ),
        d.ClueReplySent(
            **clue,
            replied_on=filed - D(days=20),
            reply_due_on=filed - D(days=9),
            on_time=True,
            accepted=True,
        ),
        d.ClueDisposed(**clue, disposal="preliminary_verification", disposed_on=filed - D(days=25)),
        d.CaseFiled(**case, filed_on=filed, investigation_due_on=filed + D(days=90)),
        d.CaseSubmittedForReview(**case, submitted_on=filed + D(days=40)),
        d.CaseDecided(
            **case,
            division_code=VILLAGE,
            decided_on=decided,
            four_forms_level=2,
            measures=[d.Measure(measure_type="party_sanction", kind="party_warning")],
        ),
        d.CaseExecuted(**case, division_code=VILLAGE, executed_on=decided + D(days=5)),
        d.CaseArchived(**case, division_code=VILLAGE, archived_on=decided + D(days=30)),
    ]
    return [Published(e, f"clue-{n}") for e in events]


def _dispute(n: int, on: dt.date) -> list[Published]:
    key = {"division_code": VILLAGE, "dispute_id": f"dispute-{n}", "dispute_type": "reserved_land"}
    events = [
        r.DisputeRegistered(
            **key,
            township_code=TOWNSHIP,
            risk_level="medium",
            amount_yuan=50_000,
            parties=2,
            level="village",
            registered_on=on,
        ),
        r.DisputeEscalated(**key, level="township", escalated_on=on + D(days=10)),
        r.DisputeResolved(**key, level="township", resolved_on=on + D(days=30)),
        r.DisputeFollowedUp(**key, followed_up_on=on + D(days=50)),
        r.DisputeClosed(**key, closed_on=on + D(days=60)),
    ]
    return [Published(e, f"dispute-{n}") for e in events]


def _registers(today: dt.date) -> list[Published]:
    period = {
        "division_code": VILLAGE,
        "level": "village",
        "period": "H1",
        "period_starts_on": today.replace(day=1) - D(days=60),
        "period_ends_on": today.replace(day=1) - D(days=46),
    }
    totals = {"total_owed_yuan": 300_000, "total_paid_yuan": 0, "total_recovered_yuan": 0}
    events = [
        r.SweepMissed(**period),
        r.SweepReported(
            **period,
            swept_on=today.replace(day=1) - D(days=40),
            disputes_found=0,
            nil_report=True,
            on_time=False,
        ),
        r.CompensationArrearsRecorded(
            division_code=VILLAGE,
            recorded_on=today - D(days=200),
            owed_yuan=300_000,
            paid_yuan=0,
            recovered_yuan=0,
            **totals,
        ),
        r.CompensationArrearsRecorded(
            division_code=VILLAGE,
            recorded_on=today - D(days=100),
            owed_yuan=0,
            paid_yuan=120_000,
            recovered_yuan=10_000,
            **{**totals, "total_paid_yuan": 120_000, "total_recovered_yuan": 10_000},
        ),
    ]
    return [Published(e, f"ledger:{VILLAGE}") for e in events]


def law_events(today: dt.date) -> list[Published]:
    """Two cases, three disputes, a late sweep report after its missed flag, arrears."""
    events = [*_case(1, today - D(days=300)), *_case(2, today - D(days=150))]
    for n in range(3):
        events += _dispute(n, today - D(days=200 + 40 * n))
    return events + _registers(today)
