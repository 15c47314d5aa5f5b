"""Division codes as the discipline service uses them (DOMAIN.md "Places and units").

County codes have 6 digits, township/street 9, village/community 12. Clues and
cases are published at township level before a decision (DOMAIN.md "Case"), so
every clue names a township or a village, and its township is the first 9 digits.
"""

from __future__ import annotations

from enum import StrEnum

from frontline.kernel.errors import InvalidArgument


class DivisionLevel(StrEnum):
    COUNTY = "county"
    TOWNSHIP = "township"
    VILLAGE = "village"


_LEVEL_OF_LENGTH = {6: DivisionLevel.COUNTY, 9: DivisionLevel.TOWNSHIP, 12: DivisionLevel.VILLAGE}
TOWNSHIP_DIGITS = 9


def is_code(code: str) -> bool:
    return code.isascii() and code.isdigit() and len(code) in _LEVEL_OF_LENGTH


def level_of(code: str) -> DivisionLevel:
    """The level a division code names (its length); the code must be valid."""
    return _LEVEL_OF_LENGTH[len(code)]


def require_code(code: str) -> DivisionLevel:
    """The level of a request's division code; a malformed code is the caller's mistake."""
    if not is_code(code):
        raise InvalidArgument.field(
            "division_code", "must be a division code of 6, 9 or 12 digits", "NOT_A_DIVISION_CODE"
        )
    return level_of(code)


def require_grassroots(code: str) -> DivisionLevel:
    """A clue's division: a township or a village, never the county (its township is
    what is published before a decision)."""
    if not is_code(code) or level_of(code) is DivisionLevel.COUNTY:
        raise InvalidArgument.field(
            "division_code",
            "a township (9 digits) or village (12 digits) division code",
            "NOT_TOWNSHIP_OR_VILLAGE",
        )
    return level_of(code)


def township_of(code: str) -> str:
    """The township a township or village code lies in."""
    return code[:TOWNSHIP_DIGITS]


def above(level: DivisionLevel) -> DivisionLevel | None:
    """The next level up: village → township → county (None above the county)."""
    return {
        DivisionLevel.VILLAGE: DivisionLevel.TOWNSHIP,
        DivisionLevel.TOWNSHIP: DivisionLevel.COUNTY,
    }.get(level)
