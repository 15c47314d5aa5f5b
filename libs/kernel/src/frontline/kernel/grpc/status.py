"""Exceptions → gRPC status with google.rpc error details (DESIGN.md §4).

A client's mistake never yields INTERNAL: validation is INVALID_ARGUMENT with
BadRequest field violations; a broken rule is FAILED_PRECONDITION with
PreconditionFailure; only an unexpected error is INTERNAL, without its text.
"""

from __future__ import annotations

from collections.abc import Mapping

import asyncpg
import grpc
from aiokafka.errors import KafkaConnectionError, KafkaTimeoutError
from google.protobuf import any_pb2, duration_pb2, message_factory
from google.protobuf.message import Message
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
# A server this service depends on is away, refusing or too slow to answer (a
# statement past its time limit): retry after a while.
_SERVER_AWAY = (
    ConnectionError,
    TimeoutError,
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
    return bad_value_status(exc)


# A value of the request that slipped past the conversion layer and that the code or
# the database could not take — a NUL in a text, a number past its type, a date past
# the calendar's end: still the client's mistake (DESIGN.md §7), never INTERNAL.
_BAD_VALUE = (ValueError, OverflowError, asyncpg.DataError)
_UNSTORABLE = (asyncpg.UntranslatableCharacterError, asyncpg.CharacterNotInRepertoireError)
_OUT_OF_RANGE = (
    OverflowError,
    asyncpg.NumericValueOutOfRangeError,
    asyncpg.DatetimeFieldOverflowError,
    asyncpg.IntervalFieldOverflowError,
)


def is_bad_value(exc: BaseException) -> bool:
    """A refusal the conversion layer should have made (worth a line in the log)."""
    return isinstance(exc, _BAD_VALUE) and not isinstance(exc, ValidationError)


def bad_value_status(exc: BaseException) -> grpc.Status | None:
    """INVALID_ARGUMENT for a value nothing refused earlier; None for anything else.
    The error's own text stays in the log: it may describe the code, not the request."""
    if not isinstance(exc, _BAD_VALUE):
        return None
    if isinstance(exc, _UNSTORABLE):
        description = "contains a character that cannot be stored"
    elif isinstance(exc, _OUT_OF_RANGE):
        description = "holds a number or a date out of range"
    else:
        description = "holds a value that cannot be taken"
    return bad_request([("request", description)], f"invalid request: it {description}")


# gRPC refuses trailers over 16 KiB outright ("Stream removed"); a refusal that echoes a
# client's huge value is cut well below that, keeping its code and the fields it names.
_TRAILER_BUDGET = 4096
_TEXT_KEPT = 200
_ITEMS_KEPT = 10
_DETAILS_KEY = "grpc-status-details-bin"


def fitted(status: grpc.Status) -> grpc.Status:
    """``status`` with its message and detail texts shortened when they are too long."""
    packed = dict(status.trailing_metadata or ()).get(_DETAILS_KEY)
    if not isinstance(packed, bytes) or len(packed) <= _TRAILER_BUDGET:
        return status
    proto = status_pb2.Status.FromString(packed)
    proto.message = _short(proto.message)
    for item in proto.details:
        name = item.TypeName().rpartition(".")[2]
        kind = error_details_pb2.DESCRIPTOR.message_types_by_name.get(name)
        if kind is None:
            continue
        detail = message_factory.GetMessageClass(kind)()
        item.Unpack(detail)
        _shorten_texts(detail)
        item.Pack(detail)
    return rpc_status.to_status(proto)


def _short(text: str) -> str:
    return text if len(text) <= _TEXT_KEPT else text[: _TEXT_KEPT - 1] + "…"


def _shorten_texts(message: Message) -> None:
    """Every text of ``message`` shortened, and lists (field violations) cut to a few."""
    for field, value in message.ListFields():
        if field.type == field.TYPE_STRING and not field.is_repeated:
            setattr(message, field.name, _short(value))
        elif field.type == field.TYPE_MESSAGE and field.is_repeated:
            if not isinstance(value, Mapping):
                del value[_ITEMS_KEPT:]
            for item in value if not isinstance(value, Mapping) else value.values():
                if isinstance(item, Message):
                    _shorten_texts(item)
        elif field.type == field.TYPE_MESSAGE:
            _shorten_texts(value)
