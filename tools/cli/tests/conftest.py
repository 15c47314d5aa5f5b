"""Running `frontline` as an operator does: a process of its own, with a clean environment."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import pytest

# A port nothing listens on: calls to it fail at once with "connection refused".
UNREACHABLE = "127.0.0.1:1"


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str


# The CLI speaks the locale's language: English unless a test sets a Chinese LANG.
LOCALE = ("LANG", "LC_ALL", "LC_MESSAGES")


def environment(extra: dict[str, str]) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_") and k not in LOCALE
    }
    return {
        **env,
        "FRONTLINE_STACK_ENV": "/nonexistent",
        "COLUMNS": "80",
        "LANG": "C.UTF-8",
        **extra,
    }


def run_frontline(*args: str, env: dict[str, str] | None = None, stdin: str = "") -> Ran:
    done = subprocess.run(
        [sys.executable, "-m", "frontline.cli", *args],
        env=environment(env or {}),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return Ran(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def frontline() -> Callable[..., Ran]:
    return run_frontline


@pytest.fixture
def frontline_async() -> Callable[..., Awaitable[Ran]]:
    """For a test whose server runs on this event loop: the CLI runs off the loop."""

    async def run(*args: str, env: dict[str, str] | None = None) -> Ran:
        return await asyncio.to_thread(run_frontline, *args, env=env)

    return run
