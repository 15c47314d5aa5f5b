"""The event loop a service process runs on.

uvloop: the command path is many small awaits (gRPC, asyncpg, aiokafka), and its
loop costs less CPU per await than asyncio's; measured with `make bench`, the
organization process answered about a fifth more RecordMeeting calls per second.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any, TypeVar

import uvloop

T = TypeVar("T")


def run(main: Coroutine[Any, Any, T]) -> T:
    return uvloop.run(main)
