"""Exceptions → gRPC status with google.rpc error details (DESIGN.md §4).

A client's mistake never yields INTERNAL: validation is INVALID_ARGUMENT with
BadRequest field violations; a broken rule is FAILED_PRECONDITION with
PreconditionFailure; only an unexpected error is INTERNAL, without its text.

Every status also carries the rule's stable code (``ErrorInfo.reason``, with the
refusal's values as metadata) and its Chinese text (``LocalizedMessage``, zh-CN) from
the service's catalogue in front of the kernel's (``frontline.kernel.wording``), so a
client shows the operator's language or words the code itself.
"""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence

import asyncpg
import grpc
from aiokafka.errors import KafkaConnectionError, KafkaTimeoutError
from google.protobuf import any_pb2, duration_pb2, message_factory
from google.protobuf.message import Message
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status
from pydantic import ValidationError

from frontline.kernel import errors
from frontline.kernel.errors import FieldViolation, Params
from frontline.kernel.refusals_zh import KERNEL_ZH
from frontline.kernel.wording import LOCALE, Wording

# A pydantic error type whose code would read as another kernel code.
_PYDANTIC_REASONS = {"too_long": "TOO_LONG_LIST"}


def _refusal(
    code: int,
    message: str,
    reason: str,
    params: Params,
    wording: Wording,
    *details: Message,
) -> grpc.Status:
    """A status with ``details``, then the reason and its Chinese text (what the status
    code says in general when no catalogue words the reason)."""
    general = code_pb2.Code.Name(code)
    worded = reason if wording.knows(reason) else general
    info = error_details_pb2.ErrorInfo(
        reason=reason or general,
        domain=wording.domain_of(worded),
        metadata={name: _metadata(value) for name, value in params.items()},
    )
    text = wording.message(worded, params) or message
    localized = error_details_pb2.LocalizedMessage(locale=LOCALE, message=text)
    return _status(code, message, *details, info, localized)


def _status(code: int, message: str, *details: Message) -> grpc.Status:
    packed = []
    for detail in details:
        item = any_pb2.Any()
        item.Pack(detail)
        packed.append(item)
    return rpc_status.to_status(status_pb2.Status(code=code, message=message, details=packed))


def _metadata(value: object) -> str:
    if isinstance(value, (list, tuple, set, frozenset)):
        return ",".join(sorted(str(v) for v in value))
    return str(getattr(value, "value", value))


def bad_request(violations: Sequence[FieldViolation], wording: Wording = KERNEL_ZH) -> grpc.Status:
    """INVALID_ARGUMENT naming each field, its code and its Chinese text."""
    chinese = [wording.message(v.reason, v.params) or "" for v in violations]
    detail = error_details_pb2.BadRequest(
        field_violations=[
            error_details_pb2.BadRequest.FieldViolation(
                field=v.field,
                description=v.description,
                reason=v.reason,
                localized_message=error_details_pb2.LocalizedMessage(locale=LOCALE, message=zh)
                if zh
                else None,
            )
            for v, zh in zip(violations, chinese, strict=True)
        ]
    )
    if not violations:
        violations = [FieldViolation("request", "invalid request", "INVALID_ARGUMENT")]
    first = violations[0]
    english = "; ".join(f"{v.field}: {v.description}" for v in violations) or "invalid request"
    fallback = wording.message("INVALID_ARGUMENT", {}) or ""
    text = "；".join(
        f"{v.field}：{zh or fallback}" for v, zh in zip(violations, chinese, strict=True)
    )
    info = error_details_pb2.ErrorInfo(
        reason=first.reason or "INVALID_ARGUMENT",
        domain=wording.domain_of(first.reason or "INVALID_ARGUMENT"),
        metadata={"field": first.field} | {k: _metadata(v) for k, v in first.params.items()},
    )
    localized = error_details_pb2.LocalizedMessage(locale=LOCALE, message=text or fallback)
    return _status(code_pb2.INVALID_ARGUMENT, english, detail, info, localized)


def _pydantic_violations(exc: ValidationError) -> list[FieldViolation]:
    found = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"]) or "request"
        kind = str(error["type"])
        reason = _PYDANTIC_REASONS.get(kind, kind.upper())
        context = {k: v for k, v in (error.get("ctx") or {}).items() if k != "error"}
        found.append(FieldViolation(where, error["msg"], reason, **context))
    return found


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


def _retry(code: int, message: str, reason: str, seconds: int, wording: Wording) -> grpc.Status:
    delay = error_details_pb2.RetryInfo(retry_delay=duration_pb2.Duration(seconds=seconds))
    return _refusal(code, message, reason, {}, wording, delay)


def internal(wording: Wording = KERNEL_ZH) -> grpc.Status:
    """An unexpected error: INTERNAL, without its text."""
    return _refusal(code_pb2.INTERNAL, "internal error", "INTERNAL", {}, wording)


def status_for(exc: BaseException, wording: Wording = KERNEL_ZH) -> grpc.Status | None:
    """The status for a known error; None for an unexpected one (INTERNAL)."""
    if isinstance(exc, ValidationError):
        return bad_request(_pydantic_violations(exc), wording)
    if isinstance(exc, errors.InvalidArgument):
        return bad_request(exc.violations, wording)
    if isinstance(exc, errors.NotFound):
        resource = error_details_pb2.ResourceInfo(resource_type=exc.kind, resource_name=exc.ident)
        return _refusal(code_pb2.NOT_FOUND, str(exc), exc.reason, exc.params, wording, resource)
    if isinstance(exc, errors.PreconditionFailed):
        detail = error_details_pb2.PreconditionFailure(
            violations=[
                error_details_pb2.PreconditionFailure.Violation(
                    type=v.type, subject=v.subject, description=v.description
                )
                for v in exc.violations
            ]
        )
        return _refusal(
            code_pb2.FAILED_PRECONDITION, str(exc), exc.reason, exc.params, wording, detail
        )
    if isinstance(exc, errors.AlreadyExists):
        return _refusal(code_pb2.ALREADY_EXISTS, str(exc), exc.reason, exc.params, wording)
    if isinstance(exc, errors.ConcurrencyConflict):
        return _refusal(code_pb2.ABORTED, str(exc), exc.reason, exc.params, wording)
    if isinstance(exc, errors.Unauthenticated):
        return _refusal(code_pb2.UNAUTHENTICATED, str(exc), exc.reason, exc.params, wording)
    if isinstance(exc, errors.PermissionDenied):
        return _refusal(code_pb2.PERMISSION_DENIED, str(exc), exc.reason, exc.params, wording)
    if isinstance(exc, _RETRY_NOW):
        message = "interrupted by concurrent work; retry"
        return _retry(code_pb2.ABORTED, message, "RETRY_NOW", 0, wording)
    if isinstance(exc, _SERVER_AWAY):
        message = "a server this service needs is unavailable"
        return _retry(code_pb2.UNAVAILABLE, message, "SERVER_UNAVAILABLE", 1, wording)
    return bad_value_status(exc, wording)


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


def bad_value_status(exc: BaseException, wording: Wording = KERNEL_ZH) -> grpc.Status | None:
    """INVALID_ARGUMENT for a value nothing refused earlier; None for anything else.
    The error's own text stays in the log: it may describe the code, not the request."""
    if not isinstance(exc, _BAD_VALUE):
        return None
    if isinstance(exc, _UNSTORABLE):
        violation = FieldViolation(
            "request", "contains a character that cannot be stored", "UNSTORABLE_CHARACTER"
        )
    elif isinstance(exc, _OUT_OF_RANGE):
        violation = FieldViolation(
            "request", "holds a number or a date out of range", "VALUE_OUT_OF_RANGE"
        )
    else:
        violation = FieldViolation("request", "holds a value that cannot be taken", "BAD_VALUE")
    return bad_request([violation], wording)


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
        elif isinstance(value, MutableMapping):  # ErrorInfo.metadata: the refusal's values
            for key, item in list(value.items()):
                if isinstance(item, str):
                    value[key] = _short(item)
        elif field.type == field.TYPE_MESSAGE and field.is_repeated:
            del value[_ITEMS_KEPT:]
            for item in value:
                _shorten_texts(item)
        elif field.type == field.TYPE_MESSAGE:
            _shorten_texts(value)
