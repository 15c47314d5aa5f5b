"""What every command group shares: how a group is made, and the options many commands
take, checked here before anything is sent (a wrong date or count never reaches a
service)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

import typer

from frontline.cli.language import say

# Older spellings still accepted (hidden from help): before one name for the
# division-code option, `org` said --prefix and the other groups --code. Click applies
# this to every option name, so no command may take an option of these names.
OLD_SPELLINGS = {"code": "division", "prefix": "division"}


def _new_spelling(token: str) -> str:
    return OLD_SPELLINGS.get(token, token)


def sub_app(help: str | None = None, **settings: Any) -> typer.Typer:
    """A command group: plain help (rich's help renderer alone costs more to import
    than all of `frontline --help`), usage when called without a command, the old
    option spellings."""
    defaults: dict[str, Any] = {
        "no_args_is_help": True,
        "rich_markup_mode": None,
        "add_completion": False,
        "pretty_exceptions_enable": False,
        "context_settings": {"token_normalize_func": _new_spelling},
    }
    return typer.Typer(help=help, **(defaults | settings))


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_day(value: str) -> str:
    """A calendar date written YYYY-MM-DD, or "" where the service's today applies."""
    if value == "":
        return value
    if not _ISO_DAY.fullmatch(value):
        raise typer.BadParameter(say("{value} is not a date written YYYY-MM-DD", value=repr(value)))
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(say("{value} is not a day of the calendar", value=value)) from None
    return value


def day_option(*names: str, help: str = "YYYY-MM-DD (default: today)") -> Any:
    """An option holding a date; ``names`` when not derived from the parameter."""
    return typer.Option(*names, parser=iso_day, metavar="YYYY-MM-DD", help=help)


def division_code(value: str) -> str:
    """Digits of a division code (a prefix of one in lists), or "" for the caller's scope."""
    if value and not (value.isascii() and value.isdigit() and len(value) <= 12):
        raise typer.BadParameter(
            say("{value} is not a division code (up to 12 digits)", value=repr(value))
        )
    return value


# Bounds a client can check without the service: people counted, calendar years.
MAX_COUNT = 100_000
FIRST_YEAR, LAST_YEAR = 1900, 2100

Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table")]
Day = Annotated[str, day_option()]
Year = Annotated[int, typer.Option(min=FIRST_YEAR, max=LAST_YEAR, help="Calendar year")]
# Every command that takes a division code names it --division (OLD_SPELLINGS above).
Division = Annotated[
    str,
    typer.Option(
        "--division",
        parser=division_code,
        metavar="CODE",
        help="Division code (6, 9 or 12 digits); lists show everything under it",
    ),
]
