"""Exceptions → gRPC status with google.rpc error details (DESIGN.md §4).

A client's mistake never yields INTERNAL: validation is INVALID_ARGUMENT with
BadRequest field violations; a broken rule is FAILED_PRECONDITION with
PreconditionFailure; only an unexpected error is INTERNAL, without its text.
"""

from __future__ import annotations

import asyncpg
import grpc
from aiokafka.errors import KafkaConnectionError, KafkaTimeoutError
from google.protobuf import any_pb2, duration_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status
from pydantic import ValidationError

from frontline.kernel import errors


def _status(code: int, message: str, *details: object) -> grpc.Status:
    packed = []
    for detail in details:
        item = any_pb2.Any()
        item.Pack(detail)  # type: ignore[arg-type]
        packed.append(item)
    return rpc_status.to_status(status_pb2.Status(code=code, message=message, details=packed))


def bad_request(violations: list[tuple[str, str]], message: str) -> grpc.Status:
    detail = error_details_pb2.BadRequest(
        field_violations=[
            error_details_pb2.BadRequest.FieldViolation(field=f, description=d)
            for f, d in violations
        ]
    )
    return _status(code_pb2.INVALID_ARGUMENT, message, detail)


def _pydantic_violations(exc: ValidationError) -> list[tuple[str, str]]:
    return [(".".join(str(p) for p in e["loc"]) or "request", e["msg"]) for e in exc.errors()]


# The database rolled the request back for concurrent work, or could not lock in
# time: nothing happened, and the same request (same request id) may simply retry.
_RETRY_NOW = (asyncpg.TransactionRollbackError, asyncpg.LockNotAvailableError)
# A server this service depends on is away or refusing: retry after a while.
_SERVER_AWAY = (
    ConnectionError,
    asyncpg.PostgresConnectionError,
    asyncpg.OperatorInterventionError,
    asyncpg.TooManyConnectionsError,
    KafkaConnectionError,
    KafkaTimeoutError,
)


def is_transient(exc: BaseException) -> bool:
    """An error of the servers, not of the request: worth a warning in the log."""
    return isinstance(exc, (*_RETRY_NOW, *_SERVER_AWAY))


def _retry(code: int, message: str, seconds: int) -> grpc.Status:
    delay = error_details_pb2.RetryInfo(retry_delay=duration_pb2.Duration(seconds=seconds))
    return _status(code, message, delay)


def status_for(exc: BaseException) -> grpc.Status | None:
    """The status for a known error; None for an unexpected one (INTERNAL)."""
    if isinstance(exc, ValidationError):
        return bad_request(_pydantic_violations(exc), "invalid request")
    if isinstance(exc, errors.InvalidArgument):
        return bad_request([(v.field, v.description) for v in exc.violations], str(exc))
    if isinstance(exc, errors.NotFound):
        return _status(
            code_pb2.NOT_FOUND,
            str(exc),
            error_details_pb2.ResourceInfo(resource_type=exc.kind, resource_name=exc.ident),
        )
    if isinstance(exc, errors.PreconditionFailed):
        detail = error_details_pb2.PreconditionFailure(
            violations=[
                error_details_pb2.PreconditionFailure.Violation(
                    type=v.type, subject=v.subject, description=v.description
                )
                for v in exc.violations
            ]
        )
        return _status(code_pb2.FAILED_PRECONDITION, str(exc), detail)
    if isinstance(exc, errors.AlreadyExists):
        return _status(code_pb2.ALREADY_EXISTS, str(exc))
    if isinstance(exc, errors.ConcurrencyConflict):
        return _status(code_pb2.ABORTED, str(exc))
    if isinstance(exc, errors.Unauthenticated):
        return _status(code_pb2.UNAUTHENTICATED, exc.reason)
    if isinstance(exc, errors.PermissionDenied):
        detail = error_details_pb2.ErrorInfo(
            reason="PERMISSION_DENIED", domain="frontline", metadata=exc.details
        )
        return _status(code_pb2.PERMISSION_DENIED, exc.reason, detail)
    if isinstance(exc, _RETRY_NOW):
        return _retry(code_pb2.ABORTED, "interrupted by concurrent work; retry", 0)
    if isinstance(exc, _SERVER_AWAY):
        return _retry(code_pb2.UNAVAILABLE, "a server this service needs is unavailable", 1)
    return None
