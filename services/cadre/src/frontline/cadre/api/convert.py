"""Conversions between protobuf messages and domain values.

Proto enums are named ``<ENUM>_<VALUE>`` (buf STANDARD); the domain uses the
lower-case value, so one rule converts every enum both ways.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from frontline.kernel.errors import InvalidArgument


class ProtoEnum(Protocol):
    def Name(self, number: int) -> str: ...

    def Value(self, name: str) -> int: ...


def _prefix(enum: ProtoEnum) -> str:
    return enum.Name(0).removesuffix("UNSPECIFIED")


def enum_value(enum: ProtoEnum, number: int, field: str) -> Any:
    """The domain value of a proto enum number; INVALID_ARGUMENT when unset or unknown."""
    try:
        name = enum.Name(number)
    except ValueError:
        name = ""
    if number == 0 or not name:
        raise InvalidArgument.field(field, "required")
    return name.removeprefix(_prefix(enum)).lower()


def enum_number(enum: ProtoEnum, value: str | None) -> str:
    """The proto enum name of a domain value (message constructors accept names)."""
    return enum.Name(enum.Value(_prefix(enum) + (value or "unspecified").upper()))


def parse_date(text: str, field: str, default: date | None = None) -> date:
    if not text:
        if default is None:
            raise InvalidArgument.field(field, "required (YYYY-MM-DD)")
        return default
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidArgument.field(field, "not a date (YYYY-MM-DD)") from None


def optional_date(text: str, field: str) -> date | None:
    return parse_date(text, field) if text else None


def date_text(value: date | None) -> str:
    return value.isoformat() if value else ""


def required(text: str, field: str) -> str:
    if not text.strip():
        raise InvalidArgument.field(field, "required")
    return text.strip()


def fen(amount_yuan: Decimal) -> int:
    return int((amount_yuan * 100).to_integral_value())
