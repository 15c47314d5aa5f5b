"""The service-center service's settings: the kernel's plus the county's rules.

Values DOMAIN.md marks *(configurable)*, read from ``FRONTLINE_RULES__*`` (JSON for
the tables, e.g. ``FRONTLINE_RULES__TIME_LIMITS='{"complaint": 15, ...}'``).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, model_validator

from frontline.kernel.settings import ServiceSettings

KINDS = ("consultation", "help", "suggestion", "complaint")


class ServiceCenterRules(BaseModel):
    # Working days to handle a request, by kind (DOMAIN.md: consultation 1, help or
    # suggestion 5, complaint 10).
    time_limits: dict[str, int] = {"consultation": 1, "help": 5, "suggestion": 5, "complaint": 10}
    # The county's catalogue of service lines: code → title (DOMAIN.md "Service centre").
    service_lines: dict[str, str] = {
        "social_security": "社会保障",
        "medical_health": "医疗卫生",
        "disability_assistance": "助残服务",
        "agricultural_technology": "农业技术",
        "landless_farmers_pension": "失地农民养老保险参保",
    }
    # Limits of one line that differ from ``time_limits``, e.g. {"social_security":
    # {"help": 7}}.
    line_time_limits: dict[str, dict[str, int]] = {}
    # Township departments a request may be assigned to: code → title.
    departments: dict[str, str] = {
        "civil_affairs": "民政办",
        "social_security": "社保所",
        "health": "卫健办",
        "agriculture": "农业农村办",
        "disabled_persons": "残联",
        "natural_resources": "自然资源所",
        "petitions": "信访办",
    }
    # An assignment is signed for within this many hours, or it is flagged.
    sign_for_hours: int = 2
    # Working days after the due date: automatic reminder, yellow card, red card.
    reminder_after_working_days: int = 1
    yellow_card_after_working_days: int = 3
    red_card_after_working_days: int = 5
    # A return visit is due within this many working days of the resolution.
    return_visit_working_days: int = 3
    # An extension reaches at most this many working days past the due date.
    max_extension_working_days: int = 10
    # The satisfaction rate is shown from this many answered return visits on.
    min_return_visits: int = 5

    @model_validator(mode="after")
    def _consistent(self) -> ServiceCenterRules:
        for table in (self.time_limits, *self.line_time_limits.values()):
            unknown = set(table) - set(KINDS)
            if unknown or any(days < 1 for days in table.values()):
                raise ValueError(f"time limits need kinds of {KINDS} and at least 1 day")
        if set(KINDS) - set(self.time_limits):
            raise ValueError(f"time_limits needs every kind: {KINDS}")
        if set(self.line_time_limits) - set(self.service_lines):
            raise ValueError("line_time_limits names a line not in service_lines")
        offsets = (
            self.reminder_after_working_days,
            self.yellow_card_after_working_days,
            self.red_card_after_working_days,
        )
        if list(offsets) != sorted(offsets) or offsets[0] < 0:
            raise ValueError("reminder, yellow card and red card come in that order")
        return self

    def time_limits_of(self, line: str) -> dict[str, int]:
        return {**self.time_limits, **self.line_time_limits.get(line, {})}


class ServiceCenterSettings(ServiceSettings):
    service_name: str = "service-center"
    rules: ServiceCenterRules = ServiceCenterRules()
    # Key material wrapping each requester's key (FRONTLINE_PERSONAL_DATA_SECRET_PATH),
    # created on first start when missing. Back it up with the signing keys.
    personal_data_secret_path: Path = Path(".frontline/keys/service-center-personal-data.secret")
