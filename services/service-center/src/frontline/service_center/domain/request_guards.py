"""Checks every request rule starts with: the request exists and is in a fitting status."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from frontline.kernel.errors import InvalidArgument, NotFound, PreconditionFailed
from frontline.service_center.domain.request_state import RequestState
from frontline.service_center.domain.vocabulary import RequestStatus

# The code a request's status refuses an action with (REQUEST_ASSIGNED: it waits to be
# signed for); clients have read these since the service's first release.
_REFUSED_IN: dict[RequestStatus, str] = {
    RequestStatus.SUBMITTED: "REQUEST_SUBMITTED",
    RequestStatus.ASSIGNED: "REQUEST_ASSIGNED",
    RequestStatus.IN_PROGRESS: "REQUEST_IN_PROGRESS",
    RequestStatus.RESOLVED: "REQUEST_RESOLVED",
    RequestStatus.CLOSED: "REQUEST_CLOSED",
    RequestStatus.TRANSFERRED: "REQUEST_TRANSFERRED",
}


def require_status(s: RequestState, allowed: Collection[RequestStatus], action: str) -> None:
    if not s.exists:
        raise NotFound("service request", s.request_id or "(not submitted)")
    if s.status not in allowed:
        raise PreconditionFailed(
            _REFUSED_IN[s.status],
            s.request_id,
            "a {status} request cannot be {action}",
            status=s.status.value.replace("_", " "),
            action=action,
        )


def require_text(value: str, field: str, what: str, reason: str) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise InvalidArgument.field(field, what, reason)
    return cleaned


def day_between(day: date, field: str, earliest: date | None, today: date, after: str) -> None:
    """A day that has happened, and not before the step it follows (DOMAIN.md: dates are
    refused in the future or before the step they follow)."""
    if day > today:
        raise _in_the_future(field, today)
    if earliest is not None and day < earliest:
        raise InvalidArgument.field(
            field,
            "is before {after} ({earliest})",
            "BEFORE_PREVIOUS_STEP",
            after=after,
            earliest=earliest,
        )


def _in_the_future(field: str, today: date) -> InvalidArgument:
    return InvalidArgument.field(field, "is in the future", "IN_THE_FUTURE", today=today)


def refuse_future(day: date, field: str, today: date) -> None:
    if day > today:
        raise _in_the_future(field, today)


def refuse_past(day: date, field: str, today: date) -> None:
    if day < today:
        raise InvalidArgument.field(field, "is in the past", "IN_THE_PAST", today=today)
