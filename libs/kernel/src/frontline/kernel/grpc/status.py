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

from collections.abc import Sequence

import asyncpg
import grpc
from aiokafka.errors import KafkaConnectionError, KafkaTimeoutError
from google.protobuf import any_pb2, duration_pb2
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
    return None
