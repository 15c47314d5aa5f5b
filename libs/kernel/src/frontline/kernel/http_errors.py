"""Exceptions → HTTP answers, the way the gRPC runtime maps them (DESIGN.md §4).

A web front (the headquarters dashboard) answers a client's mistake with 400, 403,
404 or 409 and a message saying what was wrong, a server away with 503 and when to
retry, and only an unexpected error with 500, without its text. The body says what a
gRPC client reads from the status details, in Chinese first:

    {"error": "截至日期：须为 YYYY-MM-DD 格式的日期", "reason": "NOT_A_DATE",
     "message": "as_of: must be a date YYYY-MM-DD", "locale": "zh-CN",
     "fields": [{"field": "as_of", "reason": "NOT_A_DATE", "error": "须为 …"}]}
"""

from __future__ import annotations

from dataclasses import dataclass, field

import grpc
from google.rpc import code_pb2, error_details_pb2, status_pb2

from frontline.kernel.grpc.status import fitted, status_for
from frontline.kernel.refusals_zh import KERNEL_ZH
from frontline.kernel.wording import LOCALE, Wording

_HTTP = {
    code_pb2.INVALID_ARGUMENT: 400,
    code_pb2.UNAUTHENTICATED: 401,
    code_pb2.PERMISSION_DENIED: 403,
    code_pb2.NOT_FOUND: 404,
    code_pb2.ALREADY_EXISTS: 409,
    code_pb2.FAILED_PRECONDITION: 409,
    code_pb2.ABORTED: 409,
    code_pb2.UNAVAILABLE: 503,
}


@dataclass(frozen=True)
class HttpRefusal:
    status: int
    body: dict[str, object]
    headers: dict[str, str] = field(default_factory=dict)


def http_refusal(exc: BaseException, wording: Wording = KERNEL_ZH) -> HttpRefusal | None:
    """The answer for a known error (the JSON body names the fields at fault); None for
    an unexpected one, which the caller logs and answers with a bare 500."""
    status = status_for(exc, wording)
    if status is None:
        return None
    proto = _proto(fitted(status))
    body: dict[str, object] = {"error": proto.message, "message": proto.message}
    headers: dict[str, str] = {}
    for detail in proto.details:
        bad, retry = error_details_pb2.BadRequest(), error_details_pb2.RetryInfo()
        info, localized = error_details_pb2.ErrorInfo(), error_details_pb2.LocalizedMessage()
        if detail.Unpack(bad):
            body["fields"] = [
                {
                    "field": v.field,
                    "reason": v.reason,
                    "error": v.localized_message.message or v.description,
                }
                for v in bad.field_violations
            ]
        elif detail.Unpack(retry):
            headers["Retry-After"] = str(max(1, retry.retry_delay.seconds))
        elif detail.Unpack(info):
            body["reason"] = info.reason
        elif detail.Unpack(localized) and localized.message:
            body["error"], body["locale"] = localized.message, LOCALE
    return HttpRefusal(_HTTP.get(proto.code, 500), body, headers)


def _proto(status: grpc.Status) -> status_pb2.Status:
    packed = dict(status.trailing_metadata or ()).get("grpc-status-details-bin")
    if isinstance(packed, bytes):
        return status_pb2.Status.FromString(packed)
    return status_pb2.Status(code=status.code.value[0], message=status.details)
