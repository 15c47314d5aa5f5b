"""A refused dashboard request as JSON: the server's Chinese message, its reason code
and the English text, from the same catalogues as a gRPC status (issue 19).

    {"error": "截至日期：须为 YYYY-MM-DD 格式的日期", "reason": "NOT_A_DATE",
     "message": "as_of: must be a date YYYY-MM-DD", "locale": "zh-CN",
     "fields": [{"field": "as_of", "reason": "NOT_A_DATE", "error": "须为 …"}]}

The page shows ``error`` for any refused request or action (``app.js``).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable

from aiohttp import web
from aiohttp.typedefs import Middleware

from frontline.kernel.errors import (
    DomainError,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    Unauthenticated,
)
from frontline.kernel.wording import LOCALE, Wording

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
    return web.Response(
        text=json.dumps(refusal_body(exc, wording, status), ensure_ascii=False),
        status=status,
        content_type="application/json",
        charset="utf-8",
    )


def refusals(wording: Wording) -> Middleware:
    """Middleware: a refusal raised by a handler answers its status with the JSON above."""

    @web.middleware
    async def answer(request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            return await handler(request)
        except InvalidArgument as exc:
            return refusal_response(exc, wording, 400)
        except NotFound as exc:
            return refusal_response(exc, wording, 404)
        except PermissionDenied as exc:
            return refusal_response(exc, wording, 403)

    return answer
