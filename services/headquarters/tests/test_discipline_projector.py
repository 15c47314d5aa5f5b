"""The discipline projector is pure: given an event, the writes it produces — and
nothing about a person or, before a decision, a village."""

from __future__ import annotations

import datetime as dt

import pytest

from frontline.contracts import discipline as d
from frontline.contracts import discipline_registers as dr
from frontline.contracts.base import PublicEvent
from frontline.headquarters.projection.registry import handles, project

from .test_projectors import inbound

pytestmark = pytest.mark.unit

TOWNSHIP, VILLAGE = "440781101", "440781101203"
CASE = {"clue_id": "clue-1", "township_code": TOWNSHIP, "category": "discipline_violation"}


def writes(event: PublicEvent) -> list[tuple[str, tuple[object, ...]]]:
    projection = project(inbound(event))
    assert projection is not None
    return [(op.sql, op.args) for op in projection.ops]


def test_an_undecided_case_is_kept_by_township_and_category_only() -> None:
    filed = d.CaseFiled(
        **CASE,
        case_id="case-1",
        filed_on=dt.date(2026, 3, 2),
        investigation_due_on=dt.date(2026, 5, 31),
    )
    projection = project(inbound(filed))
    assert projection is not None
    assert projection.divisions == [TOWNSHIP]
    assert projection.fact_date == dt.date(2026, 3, 2)
    row, line = projection.ops
    assert "discipline_cases" in row.sql
    assert row.args == (
        "case-1",
        TOWNSHIP,
        "discipline_violation",
        dt.date(2026, 3, 2),
        dt.date(2026, 5, 31),
    )
    assert line.args[2] == TOWNSHIP  # the activity line names the township, not a village


def test_a_decision_names_the_village_and_its_measures_never_the_cadre() -> None:
    decided = d.CaseDecided(
        **CASE,
        case_id="case-1",
        division_code=VILLAGE,
        decided_on=dt.date(2026, 6, 1),
        four_forms_level=3,
        measures=[d.Measure(measure_type="party_sanction", kind="removal_from_party_post")],
    )
    found = writes(decided)
    assert found[0][1][3:] == (VILLAGE, dt.date(2026, 6, 1), 3)
    assert found[1][1] == ("case-1", "party_sanction", "removal_from_party_post")
    sanction = d.SanctionImposed(
        case_id="case-1",
        cadre_id="cadre-7",
        division_code=VILLAGE,
        measure_type="party_sanction",
        kind="removal_from_party_post",
        removes_from_post=True,
        influence_ends_on=dt.date(2028, 6, 1),
        permanent=False,
        decided_on=dt.date(2026, 6, 1),
    )
    assert not handles(sanction.ce_type)
    assert project(inbound(sanction)) is None


def test_a_dispute_escalated_to_the_county_dates_its_level() -> None:
    escalated = dr.DisputeEscalated(
        division_code=VILLAGE,
        dispute_id="dis-1",
        dispute_type="reserved_land",
        level="county",
        escalated_on=dt.date(2026, 4, 9),
    )
    [(sql, args), _] = writes(escalated)
    assert "county_on" in sql and "township_on" not in sql
    assert args == ("dis-1", VILLAGE, "reserved_land", dt.date(2026, 4, 9))


def test_a_reserved_land_entry_is_filed_under_its_form() -> None:
    entry = dr.ReservedLandRecorded(
        division_code=VILLAGE,
        recorded_on=dt.date(2026, 2, 1),
        owed_mu=0.0,
        fulfilled_mu=3.5,
        form="property",
        total_owed_mu=10.0,
        total_fulfilled_land_mu=0.0,
        total_fulfilled_property_mu=3.5,
        total_fulfilled_cash_mu=0.0,
    )
    [(sql, args)] = writes(entry)
    assert "ledger_entries" in sql
    assert args[1:] == (VILLAGE, "reserved_land", dt.date(2026, 2, 1), 0.0, 0.0, 3.5, 0.0)


def test_a_late_sweep_report_keeps_the_missed_flag() -> None:
    period = {
        "division_code": VILLAGE,
        "level": "village",
        "period": "2026-03-H1",
        "period_starts_on": dt.date(2026, 3, 1),
        "period_ends_on": dt.date(2026, 3, 15),
    }
    [(missed, _), _] = writes(dr.SweepMissed(**period))
    [(reported, args)] = writes(
        dr.SweepReported(
            **period,
            swept_on=dt.date(2026, 3, 20),
            disputes_found=0,
            nil_report=True,
            on_time=False,
        )
    )
    assert "missed = EXCLUDED.missed" in missed and "missed" not in reported
    assert args[-3:] == (dt.date(2026, 3, 20), True, False)
