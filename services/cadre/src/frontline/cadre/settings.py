"""The cadre service's settings: the kernel's, the county secret for personal data and
the county's rules (DOMAIN.md *(configurable)*, read from ``FRONTLINE_RULES__*``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from frontline.cadre.domain.small_groups import MIN_PEOPLE
from frontline.kernel.settings import ServiceSettings


class CadreRules(BaseModel):
    # The fewest cadres a published pay or grade summary of a township-year counts, and
    # the fewest changed records that allow a correction; never below five
    # (FRONTLINE_RULES__MIN_PEOPLE_PER_SUMMARY).
    min_people_per_summary: int = Field(default=MIN_PEOPLE, ge=MIN_PEOPLE)


class CadreSettings(ServiceSettings):
    service_name: str = "cadre"
    # Key material for wrapping per-person keys and hashing ID numbers
    # (FRONTLINE_PERSONAL_DATA_SECRET_PATH). Created on first start when missing.
    personal_data_secret_path: Path = Path(".frontline/keys/cadre-personal-data.secret")
    rules: CadreRules = CadreRules()
