"""Typed domain errors; the gRPC runtime maps each to one status code.

Every refusal names a stable reason code once, where its rule is (``ErrorInfo.reason``,
and the key of its Chinese wording in the service's ``refusals_zh`` catalogue), and
gives the values its message speaks of as keyword parameters. The English text is a
template over those parameters, written beside the rule; the Chinese template over the
same parameters lives in the catalogue (``frontline.kernel.wording``).

    raise PreconditionFailed(
        "QUORUM_NOT_MET", decision_id, "{present} of {due} present", present=3, due=9
    )
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType

Params = Mapping[str, object]
NO_PARAMS: Params = MappingProxyType({})


def fill(template: str, params: Params) -> str:
    """``template`` with its ``{name}`` placeholders filled (unchanged without params):
    an enum as its value, a date as YYYY-MM-DD, a collection as "a, b"."""
    if not params:
        return template
    return template.format_map({name: _english(value) for name, value in params.items()})


def _english(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return ", ".join(str(_english(v)) for v in value)
    if isinstance(value, (set, frozenset)):
        return ", ".join(sorted(str(_english(v)) for v in value))
    return value


class FieldViolation:
    """One wrong field of a request, with the reason code its Chinese wording is found by."""

    def __init__(self, field: str, description: str, reason: str = "", **params: object) -> None:
        self.field = field
        self.reason = reason
        self.params: Params = params
        self.description = fill(description, params)

    def __repr__(self) -> str:
        return f"FieldViolation({self.field!r}, {self.description!r}, {self.reason!r})"


class PreconditionViolation:
    def __init__(self, type: str, subject: str, description: str) -> None:
        self.type = type  # the reason code
        self.subject = subject
        self.description = description


class DomainError(Exception):
    """Base of every error a decider or handler raises on purpose."""

    reason: str = ""  # the stable code of the rule that refused
    params: Params = NO_PARAMS


class InvalidArgument(DomainError):
    """The request itself is wrong: maps to INVALID_ARGUMENT with BadRequest details."""

    def __init__(self, *violations: FieldViolation) -> None:
        self.violations = list(violations)
        self.reason = violations[0].reason if violations else ""
        self.params = violations[0].params if violations else {}
        super().__init__("; ".join(f"{v.field}: {v.description}" for v in violations))

    @classmethod
    def field(
        cls, name: str, description: str, reason: str = "", **params: object
    ) -> InvalidArgument:
        return cls(FieldViolation(name, description, reason, **params))


class NotFound(DomainError):
    """An id the caller named does not exist: maps to NOT_FOUND.

    ``kind`` is named in English ("org unit"); the service's catalogue names it in
    Chinese (``Wording.kinds``)."""

    reason = "NOT_FOUND"

    def __init__(self, kind: str, ident: str) -> None:
        self.kind = kind
        self.ident = ident
        self.params = {"kind": kind, "id": ident}
        super().__init__(f"{kind} {ident} not found")


class PreconditionFailed(DomainError):
    """A domain rule forbids the command in the current state: FAILED_PRECONDITION.

    ``reason`` is also the type of the PreconditionFailure violation."""

    def __init__(self, reason: str, subject: str, description: str, **params: object) -> None:
        self.reason = reason
        self.params = params
        text = fill(description, params)
        self.violations = [PreconditionViolation(reason, subject, text)]
        super().__init__(text)


class AlreadyExists(DomainError):
    """The thing the caller wants to create is already there: ALREADY_EXISTS."""

    def __init__(self, description: str, reason: str = "", **params: object) -> None:
        self.reason = reason
        self.params = params
        super().__init__(fill(description, params))


class ConcurrencyConflict(DomainError):
    """Optimistic concurrency kept failing after retries: ABORTED."""

    reason = "CONCURRENCY_CONFLICT"


class Unauthenticated(Exception):
    """No token, or one this service cannot accept: UNAUTHENTICATED."""

    def __init__(
        self,
        description: str = "missing or invalid token",
        reason: str = "UNAUTHENTICATED",
        **params: object,
    ) -> None:
        self.reason = reason
        self.params: Params = params
        super().__init__(fill(description, params))


class PermissionDenied(Exception):
    """The caller may not do this, or not here: PERMISSION_DENIED.

    ``details`` (division code, scope) go to the client in ``ErrorInfo.metadata``."""

    def __init__(
        self,
        description: str = "not allowed",
        details: Mapping[str, str] | None = None,
        reason: str = "PERMISSION_DENIED",
        **params: object,
    ) -> None:
        self.reason = reason
        self.details = dict(details or {})
        self.params: Params = {**self.details, **params}
        super().__init__(fill(description, self.params))
