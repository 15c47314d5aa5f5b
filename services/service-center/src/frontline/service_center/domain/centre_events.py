"""Stored events of the centre aggregate (stream type ``centre``)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from frontline.kernel.decider import DomainEvent
from frontline.service_center.domain.vocabulary import CentreKind, CentreLevel, RequestKind


class CentreEstablished(DomainEvent):
    event_type: ClassVar[str] = "CentreEstablished"
    centre_id: str
    org_unit_id: str
    division_code: str
    level: CentreLevel
    kind: CentreKind
    name: str
    established_on: date


class ServiceLineSet(DomainEvent):
    event_type: ClassVar[str] = "ServiceLineSet"
    line: str
    offered: bool
    # The county's limits when the line was set, for the record (requests count their
    # own limit when they are taken).
    time_limits: dict[RequestKind, int]
    set_on: date


class StaffPutOnDuty(DomainEvent):
    event_type: ClassVar[str] = "StaffPutOnDuty"
    cadre_id: str
    on_duty_from: date


class StaffTakenOffDuty(DomainEvent):
    event_type: ClassVar[str] = "StaffTakenOffDuty"
    cadre_id: str
    off_duty_from: date


class CentreClosed(DomainEvent):
    event_type: ClassVar[str] = "CentreClosed"
    closed_on: date
    reason: str


CENTRE_EVENTS: tuple[type[DomainEvent], ...] = (
    CentreEstablished,
    ServiceLineSet,
    StaffPutOnDuty,
    StaffTakenOffDuty,
    CentreClosed,
)
