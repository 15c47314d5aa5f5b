"""Requests with every text field at its limit, the limits read from the service itself.

A text past its limit is refused with "at most N characters" naming the field
(``frontline.kernel.convert.text``): one refused call tells each field's limit, and the
request is sent again with every named field exactly that long, in a script of 4-byte
UTF-8 (the largest a character can make an event).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import grpc
from google.protobuf.message import Message
from google.rpc import error_details_pb2
from grpc_status import rpc_status

M = TypeVar("M", bound=Message)
# 𠀀 (U+20000, CJK Extension B): a letter, four bytes in UTF-8.
WIDE = "\U00020000"
_AT_MOST = re.compile(r"at most (\d+) characters")
_TOO_LONG = 100_000


def _limits(error: grpc.aio.AioRpcError) -> dict[str, int]:
    status = rpc_status.from_call(error)  # type: ignore[arg-type]
    found: dict[str, int] = {}
    for detail in status.details if status else []:
        bad = error_details_pb2.BadRequest()
        if detail.Unpack(bad):
            for violation in bad.field_violations:
                match = _AT_MOST.search(violation.description)
                if match:
                    found[violation.field] = int(match.group(1))
    return found


async def at_their_limits(
    call: Callable[[M], Awaitable[Any]], request: M, fields: Sequence[str]
) -> tuple[Any, dict[str, int]]:
    """``call``'s answer to ``request`` with each of ``fields`` at its limit, and the
    limits found (a service may name one field per refusal). Fails if the service
    takes a field past every limit, or refuses one without stating its limit."""
    limits: dict[str, int] = {}
    while True:
        for name in fields:
            setattr(request, name, WIDE * limits.get(name, _TOO_LONG))
        try:
            answer = await call(request)
        except grpc.aio.AioRpcError as refused:
            learned = {k: v for k, v in _limits(refused).items() if k not in limits}
            assert learned, f"refused without a new limit: {refused.details()}"
            limits.update(learned)
            continue
        missing = set(fields) - set(limits)
        assert not missing, f"{_TOO_LONG} characters taken in {sorted(missing)}"
        return answer, limits
