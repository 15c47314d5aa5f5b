"""Supervision orders (督办单): issued one level down, due in working days, followed up."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.errors import InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario
from frontline.organization.domain import order_commands as cmd
from frontline.organization.domain import order_events as ev
from frontline.organization.domain.divisions import OrgLevel
from frontline.organization.domain.order import order_decider
from frontline.organization.domain.unit_facts import UnitFacts

pytestmark = pytest.mark.unit
COUNTY = UnitFacts(unit_id="u-c", level=OrgLevel.COUNTY, division_code="440781")
TOWN = UnitFacts(unit_id="u-t", level=OrgLevel.TOWNSHIP, division_code="440781100")
VILLAGE = UnitFacts(unit_id="u-v", level=OrgLevel.VILLAGE, division_code="440781100201")
DECIDER = order_decider(WorkingCalendar())


def issue(**changes: object) -> cmd.IssueOrder:
    base = cmd.IssueOrder(
        order_id="o-1",
        issuer=COUNTY,
        receiver=TOWN,
        receiver_parent_id="u-c",
        title=" 配齐书记 ",
        content="三十天内配齐",
        alert_kind="secretary_vacant_90d",
        concerning_division_code="440781100201",
        issued_on=date(2026, 2, 12),
        working_days=3,
        max_working_days=60,
        today=date(2026, 2, 12),
    )
    return base.model_copy(update=changes)


ISSUED = ev.OrderIssued(
    order_id="o-1",
    issuer_unit_id="u-c",
    issuer_division_code="440781",
    receiver_unit_id="u-t",
    receiver_division_code="440781100",
    receiver_level=OrgLevel.TOWNSHIP,
    title="配齐书记",
    content="三十天内配齐",
    alert_kind="secretary_vacant_90d",
    concerning_division_code="440781100201",
    issued_on=date(2026, 2, 12),
    working_days=3,
    # Feb 13 (Fri), the adjusted working Saturday Feb 14, then the Spring Festival
    # holiday until Feb 23: the third working day is Tuesday Feb 24.
    due_on=date(2026, 2, 24),
    due_provisional=False,
)
ACKNOWLEDGED = ev.OrderAcknowledged(acknowledged_on=date(2026, 2, 13))


def test_the_deadline_counts_working_days_on_the_statutory_calendar() -> None:
    scenario(DECIDER).when(issue()).then(ISSUED)


@pytest.mark.parametrize(
    ("issuer", "receiver", "parent"),
    [(COUNTY, VILLAGE, "u-t"), (TOWN, TOWN, "u-c"), (TOWN, VILLAGE, "u-other")],
    ids=["county to a village", "township to a township", "village of another township"],
)
def test_an_order_goes_only_to_a_unit_directly_below(
    issuer: UnitFacts, receiver: UnitFacts, parent: str
) -> None:
    command = issue(issuer=issuer, receiver=receiver, receiver_parent_id=parent)
    refused = scenario(DECIDER).when(command).raises(InvalidArgument)
    assert refused.violations[0].field == "org_unit_id"  # type: ignore[attr-defined]


def test_a_report_needs_the_order_acknowledged_first() -> None:
    report = cmd.ReportOrder(reported_on=date(2026, 2, 13), summary="done", today=date(2026, 2, 13))
    refused = scenario(DECIDER).given(ISSUED).when(report).raises(PreconditionFailed)
    assert refused.violations[0].type == "ORDER_NOT_ACKNOWLEDGED"  # type: ignore[attr-defined]


def test_a_late_report_is_not_on_time_and_a_returned_one_is_reported_again() -> None:
    late = cmd.ReportOrder(reported_on=date(2026, 2, 25), summary="配齐", today=date(2026, 2, 25))
    first = ev.OrderReported(reported_on=date(2026, 2, 25), summary="配齐", on_time=False, round=1)
    scenario(DECIDER).given(ISSUED, ACKNOWLEDGED).when(late).then(first)
    back = cmd.ReturnOrder(reason="未公示", returned_on=date(2026, 2, 26), today=date(2026, 2, 26))
    returned = ev.OrderReturned(reason="未公示", returned_on=date(2026, 2, 26), round=1)
    scenario(DECIDER).given(ISSUED, ACKNOWLEDGED, first).when(back).then(returned)
    again = late.model_copy(update={"reported_on": date(2026, 2, 27), "today": date(2026, 2, 27)})
    second = ev.OrderReported(reported_on=date(2026, 2, 27), summary="配齐", on_time=False, round=2)
    scenario(DECIDER).given(ISSUED, ACKNOWLEDGED, first, returned).when(again).then(second)


def test_overdue_is_raised_once_the_deadline_has_ended_and_only_once() -> None:
    on_due_day = cmd.CheckOrderDeadline(today=date(2026, 2, 24))
    scenario(DECIDER).given(ISSUED, ACKNOWLEDGED).when(on_due_day).then()
    after = cmd.CheckOrderDeadline(today=date(2026, 2, 25))
    overdue = ev.OrderOverdue(due_on=date(2026, 2, 24), flagged_on=date(2026, 2, 25))
    scenario(DECIDER).given(ISSUED, ACKNOWLEDGED).when(after).then(overdue)
    scenario(DECIDER).given(ISSUED, ACKNOWLEDGED, overdue).when(after).then()


def test_an_extension_moves_the_deadline_by_working_days() -> None:
    ask = cmd.RequestOrderExtension(
        working_days=2,
        max_working_days=20,
        reason="需公示",
        requested_on=date(2026, 2, 13),
        today=date(2026, 2, 13),
    )
    asked = ev.OrderExtensionRequested(
        working_days=2, reason="需公示", requested_on=date(2026, 2, 13)
    )
    scenario(DECIDER).given(ISSUED, ACKNOWLEDGED).when(ask).then(asked)
    grant = cmd.GrantOrderExtension(granted_on=date(2026, 2, 13), today=date(2026, 2, 13))
    scenario(DECIDER).given(ISSUED, ACKNOWLEDGED, asked).when(grant).then(
        ev.OrderExtensionGranted(
            granted_on=date(2026, 2, 13),
            previous_due_on=date(2026, 2, 24),
            due_on=date(2026, 2, 26),
            due_provisional=False,
        )
    )


def test_no_extension_is_asked_for_once_the_deadline_has_passed() -> None:
    ask = cmd.RequestOrderExtension(
        working_days=2,
        max_working_days=20,
        reason="x",
        requested_on=date(2026, 2, 25),
        today=date(2026, 2, 25),
    )
    refused = scenario(DECIDER).given(ISSUED, ACKNOWLEDGED).when(ask).raises(PreconditionFailed)
    assert refused.violations[0].type == "ALREADY_OVERDUE"  # type: ignore[attr-defined]


def test_a_deadline_in_an_unpublished_year_is_provisional_and_never_passes() -> None:
    late_year = issue(issued_on=date(2026, 12, 28), today=date(2026, 12, 28), working_days=5)
    issued = scenario(DECIDER).when(late_year).outcome()[0]
    assert isinstance(issued, ev.OrderIssued) and issued.due_provisional
    check = cmd.CheckOrderDeadline(today=date(2027, 3, 1))
    scenario(DECIDER).given(issued).when(check).then()


def test_a_step_dated_before_the_previous_one_is_refused() -> None:
    early = cmd.AcknowledgeOrder(acknowledged_on=date(2026, 2, 11), today=date(2026, 2, 13))
    refused = scenario(DECIDER).given(ISSUED).when(early).raises(InvalidArgument)
    assert refused.violations[0].field == "acknowledged_on"  # type: ignore[attr-defined]
