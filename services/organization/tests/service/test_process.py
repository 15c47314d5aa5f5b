"""`python -m frontline.organization` starts, becomes ready and stops cleanly on SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import time
from typing import Any

import aiohttp

from frontline.kernel.testkit.runtime import SigningKeys


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def ready(port: int) -> bool:
    try:
        async with (
            aiohttp.ClientSession() as session,
            session.get(f"http://127.0.0.1:{port}/health/ready") as response,
        ):
            return response.status == 200
    except aiohttp.ClientError:
        return False


async def test_the_service_process_serves_until_sigterm(
    pg: Any, kafka_bootstrap: str, org_keys: SigningKeys, unique: str
) -> None:
    http_port = free_port()
    env = {
        **os.environ,
        "FRONTLINE_SERVICE_NAME": "organization",
        "FRONTLINE_DATABASE_URL": await pg.create_database(f"orgproc_{unique}"),
        "FRONTLINE_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "FRONTLINE_TOPIC_PREFIX": f"{unique}.",
        "FRONTLINE_JWT_PUBLIC_KEY_PATH": str(org_keys.public),
        "FRONTLINE_GRPC_PORT": str(free_port()),
        "FRONTLINE_HTTP_PORT": str(http_port),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "frontline.organization", env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not await ready(http_port):
            assert process.returncode is None, "the service exited early"
            assert time.monotonic() < deadline, "the service did not become ready"
            await asyncio.sleep(0.2)
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 30) == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
