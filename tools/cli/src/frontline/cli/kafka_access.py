"""How Kafka commands meet the broker: its errors as one line naming it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any, TypeVar

from frontline.cli.failures import Failure
from frontline.cli.language import say

T = TypeVar("T")


def on_kafka(address: str, work: Coroutine[Any, Any, T]) -> T:
    """Run ``work`` against the broker at ``address``; a broker that cannot be reached
    or refuses is a Failure naming it."""
    from aiokafka.errors import KafkaConnectionError, KafkaError  # Kafka commands only

    # aiokafka logs each refused connection; the Failure below says it once, readably.
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
    try:
        return asyncio.run(work)
    except KafkaConnectionError:
        unreachable = say(
            "cannot reach Kafka at {address}: is the stack running? The address comes "
            "from .frontline/stack.env (make up) or FRONTLINE_KAFKA_BOOTSTRAP",
            address=address,
        )
        raise Failure(unreachable) from None
    except KafkaError as exc:
        refused = f"{type(exc).__name__}: {exc}"
        raise Failure(say("Kafka at {address}: {why}", address=address, why=refused)) from None
