"""Responsibility lists (责任清单): set by the level above, reported on, checked."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.kernel.errors import AlreadyExists, InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario
from frontline.organization.domain import duty_list_records as rec
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.duty_list import duty_list_decider
from frontline.organization.domain.unit_facts import UnitFacts

pytestmark = pytest.mark.unit
TOWN = UnitFacts(unit_id="u-t", level=OrgLevel.TOWNSHIP, division_code="440781100")
VILLAGE = UnitFacts(unit_id="u-v", level=OrgLevel.VILLAGE, division_code="440781100201")
ITEM = rec.DutyItemDraft(
    item_id="i-1",
    category=rec.DutyCategory.ORGANIZATION_BUILDING,
    target=" 按期换届 ",
    due_on=date(2026, 6, 30),
)


def set_list(**changes: object) -> rec.SetResponsibilityList:
    base = rec.SetResponsibilityList(
        list_id="l-1",
        unit=VILLAGE,
        unit_parent_id="u-t",
        setter=TOWN,
        year=2026,
        responsible_cadre_id="k-1",
        items=[ITEM],
        set_on=date(2026, 1, 5),
        today=date(2026, 1, 5),
    )
    return base.model_copy(update=changes)


SET = rec.ResponsibilityListSet(
    list_id="l-1",
    unit_id="u-v",
    division_code="440781100201",
    setter_unit_id="u-t",
    setter_division_code="440781100",
    year=2026,
    responsible_cadre_id="k-1",
    items=[ITEM.model_copy(update={"target": "按期换届"})],
    set_on=date(2026, 1, 5),
)


def report(percent: int, on: date) -> rec.ReportDutyProgress:
    return rec.ReportDutyProgress(
        item_id="i-1", percent_complete=percent, note="", reported_on=on, today=on
    )


def test_the_township_sets_its_villages_list_with_targets_trimmed() -> None:
    scenario(duty_list_decider).when(set_list()).then(SET)
    scenario(duty_list_decider).given(SET).when(set_list()).raises(AlreadyExists)


def test_an_item_falls_due_in_the_lists_year() -> None:
    late = ITEM.model_copy(update={"due_on": date(2027, 1, 10)})
    refused = scenario(duty_list_decider).when(set_list(items=[late])).raises(InvalidArgument)
    assert refused.violations[0].field == "items[0].due_on"  # type: ignore[attr-defined]


def test_an_item_finished_before_its_due_date_is_on_time_even_if_checked_later() -> None:
    done = rec.DutyProgressReported(
        item_id="i-1", percent_complete=100, note="", reported_on=date(2026, 6, 20)
    )
    scenario(duty_list_decider).given(SET).when(report(100, date(2026, 6, 20))).then(done)
    check = rec.CheckDutyItem(
        item_id="i-1", completed=True, checked_on=date(2026, 7, 3), today=date(2026, 7, 3)
    )
    scenario(duty_list_decider).given(SET, done).when(check).then(
        rec.DutyItemChecked(
            item_id="i-1", completed=True, note="", checked_on=date(2026, 7, 3), on_time=True
        )
    )


def test_a_completed_item_takes_no_more_reports() -> None:
    checked = rec.DutyItemChecked(
        item_id="i-1", completed=True, note="", checked_on=date(2026, 7, 3), on_time=False
    )
    refused = (
        scenario(duty_list_decider)
        .given(SET, checked)
        .when(report(50, date(2026, 7, 4)))
        .raises(PreconditionFailed)
    )
    assert refused.violations[0].type == "ITEM_COMPLETED"  # type: ignore[attr-defined]
