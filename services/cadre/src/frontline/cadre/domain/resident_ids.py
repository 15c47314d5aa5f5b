"""Resident ID numbers (公民身份号码, GB 11643-1999): what makes one well-formed.

Eighteen characters: a six-digit region code, the birth date YYYYMMDD, a three-digit
serial and a check character computed from the seventeen before it (ISO 7064
MOD 11-2), a digit or X. A number whose check character does not match was mistyped.
"""

from __future__ import annotations

import re
from datetime import date

from frontline.kernel.errors import InvalidArgument

_SHAPE = re.compile(r"\d{17}[\dX]")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def check_character(first_seventeen: str) -> str:
    total = sum(
        int(digit) * weight for digit, weight in zip(first_seventeen, _WEIGHTS, strict=True)
    )
    return _CHECK[total % 11]


def id_number_refusal(number: str) -> InvalidArgument | None:
    """Why ``number`` (trimmed, upper case) is not a resident ID number; None if it is."""
    if not _SHAPE.fullmatch(number):
        return InvalidArgument.field(
            "id_number",
            "a resident ID number has 18 characters: 17 digits and a digit or X",
            "NOT_AN_ID_NUMBER",
        )
    try:
        date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return InvalidArgument.field(
            "id_number",
            "the birth date in the ID number is not a calendar date",
            "ID_NUMBER_BIRTH_DATE",
        )
    if check_character(number[:17]) != number[17]:
        return InvalidArgument.field(
            "id_number",
            "the check character does not match: the number was mistyped",
            "ID_NUMBER_CHECK_CHARACTER",
        )
    return None
