"""What a headquarters query takes from its caller, checked the same way for gRPC and
the dashboard (DESIGN.md §7): a refusal is INVALID_ARGUMENT (HTTP 400) naming the
field, never a query that overflows on a date no record can have."""

from __future__ import annotations

import datetime as dt

from frontline.kernel import convert
from frontline.kernel.errors import InvalidArgument

_CODE_LENGTHS = (6, 9, 12)


def parse_as_of(text: str, today: dt.date) -> dt.date:
    """The day a view is computed for: today when empty, else a date YYYY-MM-DD within
    the range every stored date keeps (``convert.EARLIEST`` … ``convert.LATEST``)."""
    return convert.day(text, "as_of", today)


def check_code(code: str, field: str = "division_code") -> str:
    """A county's, township's or village's division code: 6, 9 or 12 ASCII digits."""
    if not (code.isascii() and code.isdigit() and len(code) in _CODE_LENGTHS):
        raise InvalidArgument.field(
            field, "must be a 6, 9 or 12 digit division code", "NOT_A_DIVISION_CODE"
        )
    return code
