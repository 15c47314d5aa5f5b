"""Start-up waits for dependencies that are not up yet, and only for those."""

from __future__ import annotations

import asyncpg
import pytest

from frontline.kernel.backoff import with_backoff

pytestmark = pytest.mark.unit


async def test_a_refused_connection_is_retried_until_the_server_answers() -> None:
    attempts: list[int] = []

    async def connect() -> str:
        attempts.append(1)
        if len(attempts) < 3:
            raise ConnectionRefusedError("not listening yet")
        return "connected"

    assert await with_backoff("server", connect, tries=5) == "connected"
    assert len(attempts) == 3


@pytest.mark.parametrize(
    "mistake",
    [ValueError("bad DSN"), asyncpg.InvalidPasswordError("wrong password"), KeyError("bug")],
    ids=["value-error", "wrong-password", "programming-error"],
)
async def test_a_mistake_is_not_retried(mistake: Exception) -> None:
    attempts: list[int] = []

    async def connect() -> None:
        attempts.append(1)
        raise mistake

    with pytest.raises(type(mistake)):
        await with_backoff("server", connect, tries=30)
    assert len(attempts) == 1
