"""The service pillar's centre figures (DOMAIN.md "Service-center service"): sums that
add up place by place, like every figure (``places.py``).

A place's requests are counted in total and per service line; its rates (the 三率 and
the on-time rate) are shares of those sums, so a township's rate weighs each of its
villages by its requests, and a rate without requests behind it has no data.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from frontline.headquarters.query.scoring import share

# Centres on these levels serve a village or community (一站式服务站); a township's
# centre is its 党群服务中心.
VILLAGE_LEVELS = ("village", "community")
CHANNELS = ("walk_in", "phone", "online", "door_to_door")


@dataclass
class RequestFigures:
    """Requests (办件) as of the day: counts of requests, resolutions and visits."""

    submitted: int = 0
    open: int = 0
    overdue: int = 0
    reminded: int = 0
    yellow_cards: int = 0
    red_cards: int = 0
    sign_for_late: int = 0
    visit_late: int = 0
    responded: int = 0
    responded_on_time: int = 0
    resolved: int = 0
    resolved_counted: int = 0
    resolutions: int = 0
    resolutions_on_time: int = 0
    visits_answered: int = 0
    visits_satisfied: int = 0
    visits_no_answer: int = 0
    reopened: int = 0
    transferred: int = 0
    extended: int = 0
    walk_in: int = 0
    phone: int = 0
    online: int = 0
    door_to_door: int = 0

    def add(self, row: Mapping[str, Any]) -> None:
        for name in COUNTS:
            setattr(self, name, getattr(self, name) + row[name])

    @property
    def response_rate(self) -> float | None:
        """响应率: first assignments signed for within the limit, of those decided."""
        return share(self.responded_on_time, self.responded)

    @property
    def resolution_rate(self) -> float | None:
        """解决率: counted resolved (never reopened, no "unsatisfied"), of those resolved."""
        return share(self.resolved_counted, self.resolved)

    def satisfaction_rate(self, min_visits: int) -> float | None:
        """满意率: satisfied and basically satisfied, of the answered visits; shown only
        from ``min_visits`` answered visits on. "No answer" is in neither count."""
        if self.visits_answered < max(min_visits, 1):
            return None
        return share(self.visits_satisfied, self.visits_answered)

    @property
    def on_time_rate(self) -> float | None:
        """按时办结率: resolutions on or before their due date, of all resolutions."""
        return share(self.resolutions_on_time, self.resolutions)


COUNTS = tuple(f.name for f in fields(RequestFigures))


@dataclass
class CentreFigures:
    # Whether the county had established any centre by the day: until then the centre
    # figures have no data (a county without the service is not scored on it).
    known: bool = False
    villages: int = 0
    covered: int = 0
    township_centres: int = 0
    village_centres: int = 0
    requests: RequestFigures = field(default_factory=RequestFigures)
    lines: defaultdict[str, RequestFigures] = field(
        default_factory=lambda: defaultdict(RequestFigures)
    )

    @property
    def coverage(self) -> float | None:
        """服务中心覆盖率: villages and communities with an active one-stop centre."""
        return share(self.covered, self.villages) if self.known else None

    def add_requests(self, row: Mapping[str, Any]) -> None:
        self.requests.add(row)
        self.lines[row["line"]].add(row)
