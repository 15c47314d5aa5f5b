"""Calling the services for the demo seed: deterministic request ids, retries, progress."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import grpc
from rich.progress import Progress

from frontline.cli.client import describe_error
from frontline.cli.stack_env import address_of, token

# Waiting is expected: the cadre service learns new units from Kafka, and notice
# periods end by timers. Anything else fails at once.
RETRYABLE = {
    grpc.StatusCode.FAILED_PRECONDITION,
    grpc.StatusCode.UNAVAILABLE,
    grpc.StatusCode.NOT_FOUND,
    grpc.StatusCode.ABORTED,
    grpc.StatusCode.DEADLINE_EXCEEDED,
}
NAMESPACE = uuid.UUID("9b0f6a52-4d0e-4c55-8d3a-6b1f3e9d5a10")


class Caller:
    def __init__(
        self, seed: int, concurrency: int, progress: Progress, task: Any, patience: float = 45.0
    ) -> None:
        self.seed = seed
        self.limit = asyncio.Semaphore(concurrency)
        self.progress = progress
        self.task = task
        self.patience = patience
        self.auth = f"Bearer {token()}"
        self.failures: list[str] = []
        self.calls = 0

    @staticmethod
    def channel(service: str) -> grpc.aio.Channel:
        return grpc.aio.insecure_channel(address_of(service))

    async def __call__(
        self,
        method: Callable[..., Awaitable[Any]],
        request: Any,
        key: str,
        token: str | None = None,
    ) -> Any | None:
        """Call once per key: a re-run with the same seed repeats the same request ids.
        ``token``: act as another operator than the CLI's own (e.g. a township's)."""
        request_id = str(uuid.uuid5(NAMESPACE, f"{self.seed}:{key}"))
        auth = f"Bearer {token}" if token else self.auth
        metadata = (("authorization", auth), ("x-request-id", request_id))
        delay, waited = 0.2, 0.0
        while True:
            try:
                async with self.limit:  # not held while waiting to retry
                    reply = await method(request, metadata=metadata, timeout=30)
                self.calls += 1
                self.progress.advance(self.task)
                return reply
            except grpc.aio.AioRpcError as exc:
                if exc.code() not in RETRYABLE or waited >= self.patience:
                    self._failed(key, exc)
                    return None
            await asyncio.sleep(delay)
            waited += delay
            delay = min(delay * 2, 1.0)

    def _failed(self, key: str, exc: grpc.aio.AioRpcError) -> None:
        self.failures.append(f"{key}: {describe_error(exc)}")
        self.progress.advance(self.task)
        if len(self.failures) <= 5:
            self.progress.console.print(f"[yellow]{key}: {describe_error(exc)}")
