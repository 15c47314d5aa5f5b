"""Errors become HTTP answers as they become gRPC statuses (a web front's mapping)."""

from __future__ import annotations

import asyncpg
import pytest

from frontline.kernel.errors import (
    AlreadyExists,
    ConcurrencyConflict,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    PreconditionFailed,
    Unauthenticated,
)
from frontline.kernel.http_errors import http_refusal

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (InvalidArgument.field("as_of", "must be a date YYYY-MM-DD"), 400),
        (OverflowError("date value out of range"), 400),
        (asyncpg.UntranslatableCharacterError("unsupported Unicode escape"), 400),
        (Unauthenticated(), 401),
        (PermissionDenied("outside your scope"), 403),
        (NotFound("division", "440781199"), 404),
        (AlreadyExists("centre exists"), 409),
        (PreconditionFailed("STEP_ORDER", "decision/1", "propose first"), 409),
        (ConcurrencyConflict("retry"), 409),
        (ConnectionRefusedError("database away"), 503),
        (TimeoutError(), 503),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, BaseException) else str(value),
)
def test_each_kind_of_error_has_its_http_status_and_a_message(
    error: BaseException, status: int
) -> None:
    refusal = http_refusal(error)
    assert refusal is not None and refusal.status == status
    assert refusal.body["error"]


def test_a_bad_field_is_named_and_a_server_away_says_when_to_retry() -> None:
    bad = http_refusal(InvalidArgument.field("as_of", "must be a date YYYY-MM-DD", "NOT_A_DATE"))
    assert bad is not None
    assert bad.body["fields"] == [
        {"field": "as_of", "reason": "NOT_A_DATE", "error": "须为 YYYY-MM-DD 格式的日期"}
    ]
    assert bad.body["message"] == "as_of: must be a date YYYY-MM-DD"
    away = http_refusal(ConnectionRefusedError())
    assert away is not None and away.headers == {"Retry-After": "1"}


def test_the_unexpected_is_left_to_the_caller_as_a_bare_500() -> None:
    assert http_refusal(RuntimeError("secret internals")) is None
