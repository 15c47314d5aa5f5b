"""A refused dashboard request as JSON: the server's Chinese message, its reason code
and the English text, from the same catalogues as a gRPC status (issue 19).

    {"error": "截至日期：须为 YYYY-MM-DD 格式的日期", "reason": "NOT_A_DATE",
     "message": "as_of: must be a date YYYY-MM-DD", "locale": "zh-CN",
     "fields": [{"field": "as_of", "reason": "NOT_A_DATE", "error": "须为 …"}]}

The page shows ``error`` for any refused request or action (``app.js``). Any other
error is answered as the gRPC runtime answers it (kernel ``http_errors``): a value no
rule refused is 400, a conflict 409, a server away or a request past the time limit
503 with Retry-After; only the unexpected is a bare 500, without its text.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web
from aiohttp.typedefs import Middleware

from frontline.kernel.deadline import within
from frontline.kernel.errors import (
    DomainError,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    Unauthenticated,
)
from frontline.kernel.http_errors import http_refusal
from frontline.kernel.wording import LOCALE, Wording

log = logging.getLogger(__name__)

Refusal = DomainError | PermissionDenied | Unauthenticated
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

_GENERAL = {400: "INVALID_ARGUMENT", 403: "PERMISSION_DENIED", 401: "UNAUTHENTICATED"}


def refusal_body(exc: Refusal, wording: Wording, status: int) -> dict[str, object]:
    reason = exc.reason or _GENERAL.get(status, "FAILED_PRECONDITION")
    body: dict[str, object] = {
        "error": wording.message(reason, exc.params) or str(exc),
        "reason": reason,
        "message": str(exc),
        "locale": LOCALE,
    }
    if isinstance(exc, InvalidArgument):
        fields = [
            {
                "field": v.field,
                "reason": v.reason,
                "error": wording.message(v.reason, v.params) or v.description,
            }
            for v in exc.violations
        ]
        body["fields"] = fields
        body["error"] = "；".join(f"{f['field']}：{f['error']}" for f in fields)
    return body


def refusal_response(exc: Refusal, wording: Wording, status: int) -> web.Response:
    return _json_response(refusal_body(exc, wording, status), status)


# Streams and downloads stay open for as long as they take: no time limit on them.
_UNLIMITED = frozenset({"/api/events", "/api/briefing"})


def refusals(wording: Wording, deadline: float) -> Middleware:
    """Middleware: a refusal raised by a handler answers its status with the JSON above;
    a request still unanswered after ``deadline`` seconds is 503."""

    @web.middleware
    async def answer(request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            if request.path in _UNLIMITED:
                return await handler(request)
            return await within(handler(request), deadline)
        except web.HTTPException:
            raise  # the session guard's redirects and refusals, aiohttp's own 404
        except InvalidArgument as exc:
            return refusal_response(exc, wording, 400)
        except NotFound as exc:
            return refusal_response(exc, wording, 404)
        except PermissionDenied as exc:
            return refusal_response(exc, wording, 403)
        except Exception as exc:
            return _answered_as_grpc(exc, wording)

    return answer


def _answered_as_grpc(exc: Exception, wording: Wording) -> web.Response:
    refusal = http_refusal(exc, wording)
    if refusal is None:
        log.exception("unexpected error in a dashboard request")
        return _json_response({"error": "internal error"}, 500)
    answer = _json_response(refusal.body, refusal.status)
    answer.headers.update(refusal.headers)
    return answer


def _json_response(body: dict[str, object], status: int) -> web.Response:
    return web.Response(
        text=json.dumps(body, ensure_ascii=False),
        status=status,
        content_type="application/json",
        charset="utf-8",
    )
