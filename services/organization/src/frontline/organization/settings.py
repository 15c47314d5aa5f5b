"""County settings of the organization service (DOMAIN.md: values marked configurable)."""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict


class OrganizationSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FRONTLINE_ORG_", extra="ignore")

    # Election (换届) reminders this many months before the due date.
    election_reminder_months: int = 6
    # The resolution's public notice lasts at least this many days (决议公开).
    public_notice_days: int = 7
