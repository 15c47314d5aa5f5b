"""What every step of a supervision order checks: it exists, its state, its date."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from frontline.kernel.errors import InvalidArgument, NotFound, PreconditionFailed
from frontline.organization.domain.dates import refuse_future
from frontline.organization.domain.order_records import OrderStatus
from frontline.organization.domain.order_state import OrderState


def require_status(s: OrderState, allowed: Collection[OrderStatus], action: str) -> None:
    if not s.exists:
        raise NotFound("supervision order", s.order_id or "(not issued)")
    if s.status not in allowed:
        raise PreconditionFailed(
            "ORDER_STEP_OUT_OF_ORDER",
            s.order_id,
            "cannot {action} an order that is {status}; it must be one of: {allowed}",
            action=action,
            status=s.status,
            allowed=sorted(allowed),
        )


def check_day(s: OrderState, day: date, today: date, field: str) -> None:
    """A step is dated neither after today nor before the step it follows."""
    refuse_future(day, today, field)
    if s.last_on and day < s.last_on:
        raise InvalidArgument.field(
            field,
            "before the order's previous step ({last_on})",
            "BEFORE_PREVIOUS_STEP",
            last_on=s.last_on,
        )


def require_text(value: str, field: str, why: str, reason: str) -> str:
    text = value.strip()
    if not text:
        raise InvalidArgument.field(field, why, reason)
    return text


def current_due(s: OrderState) -> date:
    assert s.due_on is not None
    return s.due_on
