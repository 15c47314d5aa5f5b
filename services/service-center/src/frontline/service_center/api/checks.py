"""Request values only this service knows how to check: catalogue codes and phones.

Lines and departments are codes of the county's catalogue (settings); anything else
is INVALID_ARGUMENT naming the field and the choices. A refusal never repeats the
value itself (a phone number must not reach a log line or an error trail).
"""

from __future__ import annotations

import re

from frontline.kernel.errors import InvalidArgument
from frontline.service_center.settings import ServiceCenterRules

_PHONE = re.compile(r"\+?[0-9]{5,20}")


def line(value: str, rules: ServiceCenterRules, field: str = "line") -> str:
    if value not in rules.service_lines:
        choices = ", ".join(sorted(rules.service_lines))
        raise InvalidArgument.field(
            field,
            "not a service line of the county; one of: {choices}",
            "NOT_A_SERVICE_LINE",
            choices=choices,
        )
    return value


def optional_line(value: str, rules: ServiceCenterRules) -> str | None:
    return line(value, rules) if value else None


def department(value: str, rules: ServiceCenterRules) -> str:
    if value not in rules.departments:
        choices = ", ".join(sorted(rules.departments))
        raise InvalidArgument.field(
            "department",
            "not a township department; one of: {choices}",
            "NOT_A_DEPARTMENT",
            choices=choices,
        )
    return value


def phone(value: str, field: str = "requester_phone") -> str:
    """A phone number without spaces or dashes: digits, optionally after a +."""
    cleaned = re.sub(r"[\s-]", "", value)
    if not cleaned:
        raise InvalidArgument.field(field, "required", "REQUIRED")
    if not _PHONE.fullmatch(cleaned):
        raise InvalidArgument.field(
            field, "a phone number: 5 to 20 digits, optionally after +", "NOT_A_PHONE"
        )
    return cleaned
