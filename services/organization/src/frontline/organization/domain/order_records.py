"""What a supervision order (督办单) is made of: its states, who issues to whom.

DOMAIN.md "Responsibility lists and supervision orders": an order goes from the county
or a township to a unit directly below — the county to its townships, a township to
its villages and communities.
"""

from __future__ import annotations

from enum import StrEnum

from frontline.organization.domain.divisions import OrgLevel


class OrderStatus(StrEnum):
    ISSUED = "issued"  # 已下发
    ACKNOWLEDGED = "acknowledged"  # 已签收
    REPORTED = "reported"  # 已报告, waiting for the issuer
    RETURNED = "returned"  # 已退回, the unit works on and reports again
    ACCEPTED = "accepted"  # 已办结


# The receiving unit owes a report in these states: the deadline runs.
AWAITING_REPORT = frozenset({OrderStatus.ISSUED, OrderStatus.ACKNOWLEDGED, OrderStatus.RETURNED})
# Acknowledged (or returned): the unit works on it, may report or ask for more time.
IN_HAND = frozenset({OrderStatus.ACKNOWLEDGED, OrderStatus.RETURNED})

# Which levels a unit of each level issues orders (and sets responsibility lists) to.
LEVEL_BELOW: dict[OrgLevel, frozenset[OrgLevel]] = {
    OrgLevel.COUNTY: frozenset({OrgLevel.TOWNSHIP}),
    OrgLevel.TOWNSHIP: frozenset({OrgLevel.VILLAGE, OrgLevel.COMMUNITY}),
}
