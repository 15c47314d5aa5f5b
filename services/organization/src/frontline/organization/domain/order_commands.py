"""Commands to a supervision order; ``CheckOrderDeadline`` is fired by its timer.

Every dated command carries the county's ``today``: a step is dated neither after it
nor before the step it follows.
"""

from __future__ import annotations

from datetime import date

from pydantic import Field

from frontline.kernel.decider import Command
from frontline.organization.domain.unit_facts import UnitFacts


class IssueOrder(Command):
    order_id: str
    issuer: UnitFacts
    receiver: UnitFacts
    # The receiving unit's parent: an order goes only to a unit directly below.
    receiver_parent_id: str | None
    title: str
    content: str
    # The dashboard alert the order was issued from (None: issued freely).
    alert_kind: str | None = None
    concerning_division_code: str | None = None
    issued_on: date
    working_days: int = Field(ge=1)
    max_working_days: int
    today: date


class AcknowledgeOrder(Command):
    acknowledged_on: date
    today: date


class ReportOrder(Command):
    reported_on: date
    summary: str
    today: date


class RequestOrderExtension(Command):
    working_days: int = Field(ge=1)
    max_working_days: int
    reason: str
    requested_on: date
    today: date


class GrantOrderExtension(Command):
    granted_on: date
    today: date


class DeclineOrderExtension(Command):
    reason: str
    declined_on: date
    today: date


class AcceptOrder(Command):
    accepted_on: date
    note: str = ""
    today: date


class ReturnOrder(Command):
    reason: str
    returned_on: date
    today: date


class CheckOrderDeadline(Command):
    today: date


OrderCommand = (
    IssueOrder
    | AcknowledgeOrder
    | ReportOrder
    | RequestOrderExtension
    | GrantOrderExtension
    | DeclineOrderExtension
    | AcceptOrder
    | ReturnOrder
    | CheckOrderDeadline
)
