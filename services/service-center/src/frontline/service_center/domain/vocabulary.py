"""The words of the service-center domain (DOMAIN.md "Service-center service")."""

from __future__ import annotations

from enum import StrEnum


class CentreLevel(StrEnum):
    """The org unit a centre sits on."""

    TOWNSHIP = "township"
    VILLAGE = "village"
    COMMUNITY = "community"


class CentreKind(StrEnum):
    PARTY_MASSES_CENTRE = "party_masses_centre"  # 党群服务中心, township
    ONE_STOP = "one_stop"  # 一站式服务, village or community


def kind_of(level: CentreLevel) -> CentreKind:
    if level is CentreLevel.TOWNSHIP:
        return CentreKind.PARTY_MASSES_CENTRE
    return CentreKind.ONE_STOP


class RequestKind(StrEnum):
    """The kind sets the time limit (DOMAIN.md: consultation 1, help or suggestion 5,
    complaint 10 working days, configurable)."""

    CONSULTATION = "consultation"  # 咨询
    HELP = "help"  # 求助
    SUGGESTION = "suggestion"  # 建议
    COMPLAINT = "complaint"  # 投诉


class Channel(StrEnum):
    WALK_IN = "walk_in"
    PHONE = "phone"
    ONLINE = "online"
    DOOR_TO_DOOR = "door_to_door"  # 代办


class RequestStatus(StrEnum):
    SUBMITTED = "submitted"  # 受理, waiting to be assigned
    ASSIGNED = "assigned"  # 派单, waiting to be signed for
    IN_PROGRESS = "in_progress"  # signed for (签收)
    RESOLVED = "resolved"  # 办结, waiting for the return visit
    CLOSED = "closed"
    TRANSFERRED = "transferred"  # a complaint about a cadre, gone to discipline


# Where a request still waits for its handler: its due date and escalations apply.
OPEN = frozenset({RequestStatus.SUBMITTED, RequestStatus.ASSIGNED, RequestStatus.IN_PROGRESS})


class AssigneeKind(StrEnum):
    STAFF = "staff"
    DEPARTMENT = "department"


class VisitOutcome(StrEnum):
    SATISFIED = "satisfied"
    BASICALLY_SATISFIED = "basically_satisfied"
    UNSATISFIED = "unsatisfied"
    # Nobody answered: never counted as satisfied, nor as an answered visit.
    NO_ANSWER = "no_answer"

    @property
    def answered(self) -> bool:
        return self is not VisitOutcome.NO_ANSWER

    @property
    def satisfied(self) -> bool:
        return self in (VisitOutcome.SATISFIED, VisitOutcome.BASICALLY_SATISFIED)


class Escalation(StrEnum):
    """How far an overdue request has gone: overdue (超期) → reminder (催办) → yellow card
    to the township → red card to the county (督办), DOMAIN.md."""

    NONE = "none"
    OVERDUE = "overdue"
    REMINDED = "reminded"
    YELLOW_CARD = "yellow_card"
    RED_CARD = "red_card"


ESCALATION_ORDER = (
    Escalation.OVERDUE,
    Escalation.REMINDED,
    Escalation.YELLOW_CARD,
    Escalation.RED_CARD,
)
