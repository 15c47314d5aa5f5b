"""The discipline service's settings: the kernel's, the county's rules, the secret that
seals reporters' identities.

Values DOMAIN.md marks *(configurable)*, read from ``FRONTLINE_RULES__*``.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from frontline.discipline.domain.case_commands import INVESTIGATION_DAYS
from frontline.discipline.domain.clue_commands import REPLY_WORKING_DAYS
from frontline.discipline.domain.dispute_commands import CONFIRMATION_DAYS
from frontline.discipline.domain.sanctions import DEFAULT_INFLUENCE_MONTHS
from frontline.kernel.settings import ServiceSettings


class DisciplineRules(BaseModel):
    # A real-name reporter is told within this many working days (信访举报 practice: 15).
    reply_working_days: int = REPLY_WORKING_DAYS
    # Investigation period in days, and how many extensions of how many days.
    investigation_days: int = INVESTIGATION_DAYS
    extension_days: int = INVESTIGATION_DAYS
    max_extensions: int = 1
    # Judicial confirmation of a mediated agreement is applied for within these days.
    confirmation_days: int = CONFIRMATION_DAYS
    # Days after a sweep period's end before it counts as missed.
    sweep_grace_days: int = 0
    # Influence period (影响期) in months per measure kind; expulsions never end.
    influence_months: dict[str, int] = Field(default_factory=lambda: dict(DEFAULT_INFLUENCE_MONTHS))


class DisciplineSettings(ServiceSettings):
    service_name: str = "discipline"
    rules: DisciplineRules = DisciplineRules()
    # The county secret that wraps each reporter's key (kernel personal_data); made on
    # first start, kept with the other keys, backed up with them.
    personal_data_secret_path: Path = Path(".frontline/keys/discipline-personal-data.secret")
