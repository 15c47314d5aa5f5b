"""Run a service as its own process, as the supervisor does, for process-level tests."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def is_ready(http_port: int) -> bool:
    try:
        async with (
            aiohttp.ClientSession() as session,
            session.get(f"http://127.0.0.1:{http_port}/health/ready") as response,
        ):
            return response.status == 200
    except aiohttp.ClientError:
        return False


@contextlib.asynccontextmanager
async def service_process(
    module: str, env: dict[str, str], timeout: float = 60.0, output: Path | None = None
) -> AsyncIterator[asyncio.subprocess.Process]:
    """Start `python -m <module>` with FRONTLINE_* ``env`` and wait until it is ready.

    The HTTP side port is chosen here unless ``env`` sets it. Its output (its JSON log
    lines) goes to ``output`` when given. Yields the process; the caller may stop it
    itself, otherwise it is killed on exit.
    """
    full_env = {
        **os.environ,
        "FRONTLINE_HTTP_PORT": str(free_port()),
        "FRONTLINE_GRPC_PORT": str(free_port()),
        **env,
    }
    http_port = int(full_env["FRONTLINE_HTTP_PORT"])
    sink = output.open("ab") if output is not None else None
    target = sink if sink is not None else asyncio.subprocess.DEVNULL
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", module, env=full_env, stdout=target, stderr=target,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + timeout
        while not await is_ready(http_port):
            assert process.returncode is None, f"{module} exited early"
            assert time.monotonic() < deadline, f"{module} did not become ready"
            await asyncio.sleep(0.2)
        yield process
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        if sink is not None:
            sink.close()


async def stop_gracefully(process: asyncio.subprocess.Process, timeout: float = 30.0) -> int:
    process.send_signal(signal.SIGTERM)
    return await asyncio.wait_for(process.wait(), timeout)
