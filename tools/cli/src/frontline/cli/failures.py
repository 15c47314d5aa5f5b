"""Failures an operator meets and can fix end in one readable line on stderr and a
non-zero exit, never a traceback: a file that is missing or unreadable, a service or
Kafka that does not answer. Bad arguments are refused earlier, with usage (exit 2).
Every line is in the operator's language (``language.py``)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import typer
from typer import _click

from frontline.cli.language import chinese, say


class Failure(Exception):
    """An expected failure; its message is the line the operator reads."""


def _os_error(exc: OSError) -> str:
    if exc.filename is not None:
        return f"{exc.strerror or exc}: {exc.filename}"
    return str(exc)


def run(command: Callable[[], Any]) -> None:
    """Run the command line (click's ``main`` without its own error printing): its
    exit code, or the failure as one line."""
    try:
        code = command()
    except Failure as exc:
        sys.exit(say("error: {message}", message=exc))
    except _click.ClickException as exc:
        _show(exc)
        sys.exit(exc.exit_code)
    except typer.Abort:
        sys.exit(say("Aborted!"))
    except OSError as exc:  # click already handled a closed pipe (EPIPE)
        sys.exit(say("error: {message}", message=_os_error(exc)))
    sys.exit(code if isinstance(code, int) else 0)


def _show(exc: _click.ClickException) -> None:
    if chinese():
        from frontline.cli.chinese_help import show_usage_error

        show_usage_error(exc)
    else:
        exc.show()
