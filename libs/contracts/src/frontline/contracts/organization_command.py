"""The county committee's command tools, published on ``organization.events.v1``.

DOMAIN.md "Responsibility lists and supervision orders (责任清单, 督办)":
- a responsibility list (责任清单) per unit and year, set by the level above, items
  by pillar with a due date, progress reports, completion checked by the level above;
- a supervision order (督办单) from the county or a township to a unit directly below,
  with a deadline in working days; the receiving unit acknowledges, reports and may
  ask for an extension, the issuer accepts or returns; overdue is an alert one level up.

Every event names the responsible (receiving) unit as ``org_unit_id`` and
``division_code``, and the level above that set the list or issued the order. Titles,
targets, reports and reasons are free text and stay in the service: ids, codes,
categories, dates, counts and outcomes only.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict

from frontline.contracts.base import DivisionCode
from frontline.contracts.organization_vocabulary import OrgEvent

_NS = "cn.frontline.organization."

# The pillar an item of a responsibility list serves (DOMAIN.md "Headquarters").
DutyCategory = Literal["organization_building", "service", "rule_of_law"]
DutyOutcome = Literal["completed", "not_completed"]
# Issued from an alert on the dashboard, or freely.
OrderSource = Literal["alert", "free"]


class _ListEvent(OrgEvent):
    list_id: str
    year: int
    # The level above that sets the list and checks its items.
    set_by_unit_id: str
    set_by_division_code: DivisionCode


class DutyItem(BaseModel):
    """One item of a responsibility list: which pillar it serves and when it is due."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    item_id: str
    category: DutyCategory
    due_on: dt.date


class ResponsibilityListSet(_ListEvent):
    """The level above set a unit's responsibility list for a year (责任清单)."""

    ce_type: ClassVar[str] = _NS + "ResponsibilityListSet.v1"
    # The secretary, first responsible person (第一责任人), when the list was set.
    responsible_cadre_id: str | None = None
    items: list[DutyItem]
    set_on: dt.date


class DutyItemAdded(_ListEvent):
    """The level above added an item to a unit's responsibility list."""

    ce_type: ClassVar[str] = _NS + "DutyItemAdded.v1"
    item: DutyItem
    added_on: dt.date


class DutyProgressReported(_ListEvent):
    """The unit reported progress on an item of its responsibility list."""

    ce_type: ClassVar[str] = _NS + "DutyProgressReported.v1"
    item_id: str
    percent_complete: int
    reported_on: dt.date


class DutyItemChecked(_ListEvent):
    """The level above checked an item: completed, or not (it stays open)."""

    ce_type: ClassVar[str] = _NS + "DutyItemChecked.v1"
    item_id: str
    outcome: DutyOutcome
    checked_on: dt.date
    due_on: dt.date
    on_time: bool


class _OrderEvent(OrgEvent):
    order_id: str
    # The unit that issued the order: the level directly above the receiving unit.
    issuer_unit_id: str
    issuer_division_code: DivisionCode


class SupervisionOrderIssued(_OrderEvent):
    """A supervision order (督办单) was issued to the unit, due in working days."""

    ce_type: ClassVar[str] = _NS + "SupervisionOrderIssued.v1"
    source: OrderSource
    # The dashboard alert it was issued from (e.g. ``secretary_vacant_90d``).
    alert_kind: str | None = None
    # The place the order concerns, under the receiving unit (e.g. one of its villages).
    concerning_division_code: DivisionCode | None = None
    issued_on: dt.date
    working_days: int
    due_on: dt.date
    # Counted Monday–Friday: the statutory calendar of its year is not published yet.
    due_provisional: bool = False


class SupervisionOrderAcknowledged(_OrderEvent):
    """The receiving unit acknowledged (签收) the order."""

    ce_type: ClassVar[str] = _NS + "SupervisionOrderAcknowledged.v1"
    acknowledged_on: dt.date


class SupervisionOrderReported(_OrderEvent):
    """The receiving unit reported what it did; the issuer now accepts or returns it."""

    ce_type: ClassVar[str] = _NS + "SupervisionOrderReported.v1"
    reported_on: dt.date
    due_on: dt.date
    on_time: bool
    # 1 for the first report, 2 after one return, …
    round: int


class SupervisionOrderExtensionRequested(_OrderEvent):
    """The receiving unit asked for more working days before the deadline."""

    ce_type: ClassVar[str] = _NS + "SupervisionOrderExtensionRequested.v1"
    requested_on: dt.date
    working_days: int


class SupervisionOrderExtensionGranted(_OrderEvent):
    """The issuer granted the extension: the deadline moved."""

    ce_type: ClassVar[str] = _NS + "SupervisionOrderExtensionGranted.v1"
    granted_on: dt.date
    previous_due_on: dt.date
    due_on: dt.date
    due_provisional: bool = False


class SupervisionOrderExtensionDeclined(_OrderEvent):
    """The issuer declined the extension: the deadline stands."""

    ce_type: ClassVar[str] = _NS + "SupervisionOrderExtensionDeclined.v1"
    declined_on: dt.date


class SupervisionOrderReturned(_OrderEvent):
    """The issuer returned the report (退回): the unit works on and reports again."""

    ce_type: ClassVar[str] = _NS + "SupervisionOrderReturned.v1"
    returned_on: dt.date
    # The round of the report returned.
    round: int
    due_on: dt.date


class SupervisionOrderAccepted(_OrderEvent):
    """The issuer accepted the report (办结): the order is closed."""

    ce_type: ClassVar[str] = _NS + "SupervisionOrderAccepted.v1"
    accepted_on: dt.date
    reported_on: dt.date
    due_on: dt.date
    # The accepted report was made on or before the deadline.
    on_time: bool


class SupervisionOrderOverdue(_OrderEvent):
    """The deadline passed with no report: an alert for the level above (the issuer)."""

    ce_type: ClassVar[str] = _NS + "SupervisionOrderOverdue.v1"
    due_on: dt.date
    flagged_on: dt.date


class SupervisionOrderDueDateRecounted(_OrderEvent):
    """A provisional deadline was counted again once its year's calendar was loaded."""

    ce_type: ClassVar[str] = _NS + "SupervisionOrderDueDateRecounted.v1"
    previous_due_on: dt.date
    due_on: dt.date
    due_provisional: bool
    recounted_on: dt.date


COMMAND_EVENTS = (
    ResponsibilityListSet,
    DutyItemAdded,
    DutyProgressReported,
    DutyItemChecked,
    SupervisionOrderIssued,
    SupervisionOrderAcknowledged,
    SupervisionOrderReported,
    SupervisionOrderExtensionRequested,
    SupervisionOrderExtensionGranted,
    SupervisionOrderExtensionDeclined,
    SupervisionOrderReturned,
    SupervisionOrderAccepted,
    SupervisionOrderOverdue,
    SupervisionOrderDueDateRecounted,
)
