"""Proto ⇄ domain at the edge of every service: enums, dates, text, numbers, pages.

Every value a client sends passes one of these before it reaches a command, and
every refusal is INVALID_ARGUMENT naming the field, with one set of texts for all
services (DESIGN.md §7: every input is bounded): each names a reason code, worded in
Chinese once in ``refusals_zh.py``. Proto enums map to domain enums
by name: ``ORG_LEVEL_VILLAGE`` ⇄ ``OrgLevel("village")``.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Protocol, TypeVar

from frontline.kernel.errors import InvalidArgument

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")

# Text limits by kind of field, in characters.
NAME = 100  # a person's, unit's or institution's name
TITLE = 200  # a title or topic
TEXT = 2000  # a reason, summary, plan or opinion
IDENTIFIER = 64  # an id the service gave out

# Dates outside this range are typing mistakes (a year 0001 or 9999), not records.
EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_IDENTIFIER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]*")
_MAX_OFFSET = 10_000_000
_INT32_MAX = 2**31 - 1


class ProtoEnum(Protocol):
    """What the generated ``EnumTypeWrapper`` of a proto enum offers."""

    def Name(self, number: int) -> str: ...
    def Value(self, name: str) -> int: ...
    def values(self) -> list[int]: ...


def _prefix(enum: ProtoEnum) -> str:
    return enum.Name(0).removesuffix("UNSPECIFIED")


def enum_in(enum: ProtoEnum, value: int, kind: type[E], field: str) -> E:
    """A proto enum value as the domain enum; UNSPECIFIED or unknown is refused."""
    if value == 0 or value not in enum.values():
        choices = ", ".join(member.value for member in kind)
        raise InvalidArgument.field(
            field, "must be one of: {choices}", "NOT_ONE_OF", choices=choices
        )
    name = enum.Name(value).removeprefix(_prefix(enum)).lower()
    try:
        return kind(name)
    except ValueError:
        raise InvalidArgument.field(
            field, "{value} is not accepted here", "VALUE_NOT_ACCEPTED", value=name
        ) from None


def optional_enum(enum: ProtoEnum, value: int, kind: type[E], field: str) -> E | None:
    return None if value == 0 else enum_in(enum, value, kind, field)


def enum_out(enum: ProtoEnum, value: str | None) -> Any:
    """A domain value (or its string) as the proto enum number; 0 for none.

    ``Any``: each generated enum has its own value type, which a message field expects.
    """
    if not value:
        return 0
    return enum.Value(_prefix(enum) + str(value).upper())


def enum_value(enum: ProtoEnum, number: int) -> str:
    """The domain spelling of a proto enum number (``GENDER_FEMALE`` → ``female``)."""
    return enum.Name(number).removeprefix(_prefix(enum)).lower()


def text(
    value: str, field: str, limit: int = NAME, *, required: bool = False, lines: bool = False
) -> str:
    """Trimmed text of at most ``limit`` characters, without control characters
    (line breaks only where ``lines``: a summary may have paragraphs, a name not)."""
    cleaned = value.strip()
    if required and not cleaned:
        raise InvalidArgument.field(field, "required", "REQUIRED")
    if len(cleaned) > limit:
        raise InvalidArgument.field(field, "at most {limit} characters", "TOO_LONG", limit=limit)
    allowed = "\n\t" if lines else ""
    for char in cleaned:
        if char not in allowed and unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn"):
            raise InvalidArgument.field(
                field, "must not contain control characters", "CONTROL_CHARACTERS"
            )
    return cleaned


def optional_text(value: str, field: str, limit: int = NAME, *, lines: bool = False) -> str | None:
    return text(value, field, limit, lines=lines) or None


def identifier(value: str, field: str) -> str:
    """An id this county's services gave out (uuid), required."""
    if not value:
        raise InvalidArgument.field(field, "required", "REQUIRED")
    if len(value) > IDENTIFIER or not _IDENTIFIER.fullmatch(value):
        raise InvalidArgument.field(field, "not an id", "NOT_AN_ID")
    return value


def optional_identifier(value: str, field: str) -> str | None:
    return identifier(value, field) if value else None


def day(
    value: str,
    field: str,
    default: date | None = None,
    *,
    earliest: date = EARLIEST,
    latest: date = LATEST,
) -> date:
    """A calendar date written YYYY-MM-DD within a plausible range; ``default`` when empty."""
    if not value:
        if default is None:
            raise InvalidArgument.field(field, "required, a date YYYY-MM-DD", "DATE_REQUIRED")
        return default
    if not _ISO_DATE.fullmatch(value):
        raise InvalidArgument.field(field, "must be a date YYYY-MM-DD", "NOT_A_DATE")
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise InvalidArgument.field(
            field, "is not a calendar date", "NOT_A_CALENDAR_DATE"
        ) from None
    if not earliest <= parsed <= latest:
        raise InvalidArgument.field(
            field,
            "must be between {earliest} and {latest}",
            "DATE_OUT_OF_RANGE",
            earliest=earliest,
            latest=latest,
        )
    return parsed


def optional_day(
    value: str, field: str, *, earliest: date = EARLIEST, latest: date = LATEST
) -> date | None:
    return day(value, field, earliest=earliest, latest=latest) if value else None


def iso(value: date | str | None) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else value.isoformat()


def whole(value: int, field: str, low: int = 0, high: int = _INT32_MAX) -> int:
    """An integer in [low, high]."""
    if not low <= value <= high:
        raise InvalidArgument.field(
            field, "must be between {low} and {high}", "OUT_OF_RANGE", low=low, high=high
        )
    return value


def optional_whole(value: int, field: str, low: int = 1, high: int = _INT32_MAX) -> int | None:
    """0 (proto's "not given") as None, else an integer in [low, high]."""
    return None if value == 0 else whole(value, field, low, high)


def repeated(values: Sequence[T], field: str, most: int) -> list[T]:
    if len(values) > most:
        raise InvalidArgument.field(field, "at most {most} items", "TOO_MANY_ITEMS", most=most)
    return list(values)


@dataclass(frozen=True)
class Page:
    """A window of a list: ``limit`` rows from ``offset``; tokens are opaque to clients."""

    limit: int
    offset: int

    def next_token(self, rows: Sequence[Any]) -> str:
        """The token of the next page, or "" when this one was the last."""
        if len(rows) < self.limit:
            return ""
        return base64.urlsafe_b64encode(f"o{self.offset + self.limit}".encode()).decode()


def _not_a_page_token() -> InvalidArgument:
    return InvalidArgument.field("page_token", "not a token this service gave", "BAD_PAGE_TOKEN")


def page(size: int, token: str, default: int = 100, most: int = 500) -> Page:
    if size < 0:
        raise InvalidArgument.field("page_size", "must not be negative", "NEGATIVE")
    limit = default if size == 0 else min(size, most)
    if not token:
        return Page(limit, 0)
    try:
        decoded = base64.urlsafe_b64decode(token.encode("ascii")).decode("ascii")
    except (UnicodeError, binascii.Error, ValueError):
        raise _not_a_page_token() from None
    digits = decoded[1:]
    if not decoded.startswith("o") or not digits.isdigit() or len(digits) > 8:
        raise _not_a_page_token()
    offset = int(digits)
    if offset > _MAX_OFFSET:
        raise _not_a_page_token()
    return Page(limit, offset)
