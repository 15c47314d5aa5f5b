"""Checks every request rule starts with: the request exists and is in a fitting status."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from frontline.kernel.errors import InvalidArgument, NotFound, PreconditionFailed
from frontline.service_center.domain.request_state import RequestState
from frontline.service_center.domain.vocabulary import RequestStatus


def require_status(s: RequestState, allowed: Collection[RequestStatus], action: str) -> None:
    if not s.exists:
        raise NotFound("service request", s.request_id or "(not submitted)")
    if s.status not in allowed:
        raise PreconditionFailed(
            f"REQUEST_{s.status.value.upper()}",
            s.request_id,
            f"a {s.status.value.replace('_', ' ')} request cannot be {action}",
        )


def require_text(value: str, field: str, what: str) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise InvalidArgument.field(field, what)
    return cleaned


def day_between(day: date, field: str, earliest: date | None, today: date, after: str) -> None:
    """A day that has happened, and not before the step it follows (DOMAIN.md: dates are
    refused in the future or before the step they follow)."""
    if day > today:
        raise InvalidArgument.field(field, "is in the future")
    if earliest is not None and day < earliest:
        raise InvalidArgument.field(field, f"is before {after} ({earliest.isoformat()})")
