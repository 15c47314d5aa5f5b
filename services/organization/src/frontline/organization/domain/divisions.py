"""Org levels and the division-code rules that tie a unit to its parent.

DOMAIN.md "Places and units": county codes have 6 digits, township/street 9,
village/community 12; a branch sits under a village/community organization and
shares its code. A child's code must start with its parent's code.
"""

from __future__ import annotations

from enum import StrEnum

from frontline.kernel.errors import FieldViolation


class OrgLevel(StrEnum):
    COUNTY = "county"
    TOWNSHIP = "township"
    VILLAGE = "village"
    COMMUNITY = "community"
    BRANCH = "branch"


CODE_LENGTH: dict[OrgLevel, int] = {
    OrgLevel.COUNTY: 6,
    OrgLevel.TOWNSHIP: 9,
    OrgLevel.VILLAGE: 12,
    OrgLevel.COMMUNITY: 12,
    OrgLevel.BRANCH: 12,
}

# Which level a unit of each level must be established under (None: top of the county).
PARENT_LEVELS: dict[OrgLevel, frozenset[OrgLevel]] = {
    OrgLevel.COUNTY: frozenset(),
    OrgLevel.TOWNSHIP: frozenset({OrgLevel.COUNTY}),
    OrgLevel.VILLAGE: frozenset({OrgLevel.TOWNSHIP}),
    OrgLevel.COMMUNITY: frozenset({OrgLevel.TOWNSHIP}),
    OrgLevel.BRANCH: frozenset({OrgLevel.VILLAGE, OrgLevel.COMMUNITY}),
}

# Units where villagers' matters are decided by "four discussions and two openness".
GRASSROOTS_LEVELS = frozenset({OrgLevel.VILLAGE, OrgLevel.COMMUNITY})


def code_problem(level: OrgLevel, code: str) -> FieldViolation | None:
    """Why ``code`` cannot be the division code of a unit at ``level`` (None when it can)."""
    if not code.isdigit():
        return FieldViolation("division_code", "a division code has digits only", "CODE_NOT_DIGITS")
    expected = CODE_LENGTH[level]
    if len(code) != expected:
        return FieldViolation(
            "division_code",
            "a {level} unit has a {digits}-digit division code",
            "CODE_LENGTH_FOR_LEVEL",
            level=level,
            digits=expected,
        )
    return None


def child_code_problem(level: OrgLevel, code: str, parent_code: str) -> FieldViolation | None:
    """Why ``code`` does not fit under a parent with ``parent_code`` (None when it does)."""
    if level is OrgLevel.BRANCH:
        if code != parent_code:
            return FieldViolation(
                "division_code",
                "a branch shares its village/community code {parent_code}",
                "BRANCH_CODE_NOT_PARENTS",
                parent_code=parent_code,
            )
        return None
    if not code.startswith(parent_code):
        return FieldViolation(
            "division_code",
            "must start with the parent's division code {parent_code}",
            "CODE_NOT_UNDER_PARENT",
            parent_code=parent_code,
        )
    return None


def in_scope(code: str, scope_prefix: str) -> bool:
    return code.startswith(scope_prefix)
