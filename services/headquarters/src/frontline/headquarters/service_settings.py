"""The county's rules for the service pillar's centre figures (``FRONTLINE_SERVICE_CENTRES__*``).

DOMAIN.md marks them *(configurable)*: how many answered return visits make a
satisfaction rate worth showing, the satisfaction below which a village organization
is suggested as weak and lax, and the titles of the service lines the service-center
catalogue uses (its codes travel in the public events).
"""

from __future__ import annotations

from pydantic import BaseModel


class ServiceCentreRules(BaseModel):
    # A satisfaction rate is shown (and scored) from this many answered return visits on.
    min_return_visits: int = 5
    # Below this satisfaction, with enough visits, a weak-and-lax suggestion fires.
    satisfaction_floor: float = 0.6
    # The service-center catalogue's lines (its FRONTLINE_RULES__SERVICE_LINES): code → title.
    line_titles: dict[str, str] = {
        "social_security": "社会保障",
        "medical_health": "医疗卫生",
        "disability_assistance": "助残服务",
        "agricultural_technology": "农业技术",
        "landless_farmers_pension": "失地农民养老保险参保",
    }

    def title(self, line: str) -> str:
        return self.line_titles.get(line, line)
