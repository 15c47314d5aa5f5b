"""Words of the dispute register (DOMAIN.md "Dispute and problem register", 矛盾纠纷排查化解)."""

from __future__ import annotations

from enum import StrEnum


class DisputeType(StrEnum):
    LAND_COMPENSATION_ARREARS = "land_compensation_arrears"  # 征地补偿款拖欠
    RESERVED_LAND = "reserved_land"  # 历史留用地
    LAND_THREE_CHAOS = "land_three_chaos"  # 农村土地"三乱"
    LANDLESS_PENSION = "landless_pension"  # 失地农民养老保障
    THREE_CAPITALS = "three_capitals"  # 集体"三资"
    HOMESTEAD = "homestead"
    LAND_CONTRACTING = "land_contracting"
    FAMILY = "family"
    LABOUR = "labour"
    NEIGHBOUR = "neighbour"
    OTHER = "other"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class DisputeStatus(StrEnum):
    MEDIATING = "mediating"
    RESOLVED = "resolved"
    FOLLOWED_UP = "followed_up"
    CLOSED = "closed"  # 销号
    DIVERTED = "diverted"


class DiversionRoute(StrEnum):
    LITIGATION = "litigation"
    ARBITRATION = "arbitration"
    ADMINISTRATIVE_REVIEW = "administrative_review"
