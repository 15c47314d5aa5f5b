"""The organization service's settings: the kernel's plus the county's rules.

Values DOMAIN.md marks *(configurable)*, read from ``FRONTLINE_RULES__*``.
"""

from __future__ import annotations

from pydantic import BaseModel, Field, field_validator

from frontline.kernel.settings import ServiceSettings
from frontline.organization.domain.meeting import MeetingType
from frontline.organization.domain.meeting_duties import DEFAULT_EVERY_MONTHS


class OrganizationRules(BaseModel):
    # Election (换届) reminders this many months before the due date.
    election_reminder_months: int = 6
    # The resolution's public notice lasts at least this many days (决议公开).
    public_notice_days: int = 7
    # Months between two meetings of each type a unit owes (DOMAIN.md "Meetings");
    # joint meetings quarterly. A type left out keeps its default, e.g.
    # FRONTLINE_RULES__MEETING_EVERY_MONTHS='{"party_masses_joint_meeting": 6}'.
    meeting_every_months: dict[MeetingType, int] = Field(
        default_factory=lambda: dict(DEFAULT_EVERY_MONTHS)
    )

    # A supervision order (督办单) is due in at most this many working days, and an
    # extension adds at most this many (DOMAIN.md "Responsibility lists and supervision
    # orders").
    order_max_working_days: int = Field(default=60, ge=1, le=250)
    order_extension_max_working_days: int = Field(default=20, ge=1, le=250)

    @field_validator("meeting_every_months")
    @classmethod
    def _every_type_within_a_year(cls, given: dict[MeetingType, int]) -> dict[MeetingType, int]:
        merged = {**DEFAULT_EVERY_MONTHS, **given}
        wrong = sorted(kind.value for kind, months in merged.items() if not 1 <= months <= 12)
        if wrong:
            raise ValueError(f"between 1 and 12 months: {', '.join(wrong)}")
        return merged


class OrganizationSettings(ServiceSettings):
    service_name: str = "organization"
    rules: OrganizationRules = OrganizationRules()
