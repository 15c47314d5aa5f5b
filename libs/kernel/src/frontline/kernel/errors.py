"""Typed domain errors; the gRPC runtime maps each to one status code."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FieldViolation:
    field: str
    description: str


@dataclass(frozen=True)
class PreconditionViolation:
    type: str
    subject: str
    description: str


class DomainError(Exception):
    """Base of every error a decider or handler raises on purpose."""


class InvalidArgument(DomainError):
    """The request itself is wrong: maps to INVALID_ARGUMENT with BadRequest details."""

    def __init__(self, *violations: FieldViolation) -> None:
        self.violations = list(violations)
        super().__init__("; ".join(f"{v.field}: {v.description}" for v in violations))

    @classmethod
    def field(cls, name: str, description: str) -> InvalidArgument:
        return cls(FieldViolation(name, description))


class NotFound(DomainError):
    """An id the caller named does not exist: maps to NOT_FOUND."""

    def __init__(self, kind: str, ident: str) -> None:
        self.kind = kind
        self.ident = ident
        super().__init__(f"{kind} {ident} not found")


class PreconditionFailed(DomainError):
    """A domain rule forbids the command in the current state: FAILED_PRECONDITION."""

    def __init__(self, type: str, subject: str, description: str) -> None:
        self.violations = [PreconditionViolation(type, subject, description)]
        super().__init__(description)


class AlreadyExists(DomainError):
    """The thing the caller wants to create is already there: ALREADY_EXISTS."""


class ConcurrencyConflict(DomainError):
    """Optimistic concurrency kept failing after retries: ABORTED."""


@dataclass
class Unauthenticated(Exception):
    reason: str = "missing or invalid token"


@dataclass
class PermissionDenied(Exception):
    reason: str = "not allowed"
    details: dict[str, str] = field(default_factory=dict)
