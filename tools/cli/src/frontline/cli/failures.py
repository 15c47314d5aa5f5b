"""Failures an operator meets and can fix end in one readable line on stderr and a
non-zero exit, never a traceback: a file that is missing or unreadable, a service or
Kafka that does not answer. Bad arguments are refused earlier, with usage (exit 2)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


class Failure(Exception):
    """An expected failure; its message is the line the operator reads."""


def _os_error(exc: OSError) -> str:
    if exc.filename is not None:
        return f"{exc.strerror or exc}: {exc.filename}"
    return str(exc)


def run(command: Callable[[], Any]) -> None:
    try:
        command()
    except Failure as exc:
        sys.exit(f"error: {exc}")
    except OSError as exc:  # click already handled a closed pipe (EPIPE)
        sys.exit(f"error: {_os_error(exc)}")
