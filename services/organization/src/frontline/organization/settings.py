"""The organization service's settings: the kernel's plus the county's rules.

Values DOMAIN.md marks *(configurable)*, read from ``FRONTLINE_RULES__*``.
"""

from __future__ import annotations

from pydantic import BaseModel

from frontline.kernel.settings import ServiceSettings


class OrganizationRules(BaseModel):
    # Election (换届) reminders this many months before the due date.
    election_reminder_months: int = 6
    # The resolution's public notice lasts at least this many days (决议公开).
    public_notice_days: int = 7


class OrganizationSettings(ServiceSettings):
    service_name: str = "organization"
    rules: OrganizationRules = OrganizationRules()
