from frontline.api.i18n.v1 import names_pb2 as _names_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CentreKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CENTRE_KIND_UNSPECIFIED: _ClassVar[CentreKind]
    CENTRE_KIND_PARTY_MASSES_CENTRE: _ClassVar[CentreKind]
    CENTRE_KIND_ONE_STOP: _ClassVar[CentreKind]

class CentreStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CENTRE_STATUS_UNSPECIFIED: _ClassVar[CentreStatus]
    CENTRE_STATUS_ACTIVE: _ClassVar[CentreStatus]
    CENTRE_STATUS_CLOSED: _ClassVar[CentreStatus]

class RequestKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REQUEST_KIND_UNSPECIFIED: _ClassVar[RequestKind]
    REQUEST_KIND_CONSULTATION: _ClassVar[RequestKind]
    REQUEST_KIND_HELP: _ClassVar[RequestKind]
    REQUEST_KIND_SUGGESTION: _ClassVar[RequestKind]
    REQUEST_KIND_COMPLAINT: _ClassVar[RequestKind]

class Channel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CHANNEL_UNSPECIFIED: _ClassVar[Channel]
    CHANNEL_WALK_IN: _ClassVar[Channel]
    CHANNEL_PHONE: _ClassVar[Channel]
    CHANNEL_ONLINE: _ClassVar[Channel]
    CHANNEL_DOOR_TO_DOOR: _ClassVar[Channel]

class RequestStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REQUEST_STATUS_UNSPECIFIED: _ClassVar[RequestStatus]
    REQUEST_STATUS_SUBMITTED: _ClassVar[RequestStatus]
    REQUEST_STATUS_ASSIGNED: _ClassVar[RequestStatus]
    REQUEST_STATUS_IN_PROGRESS: _ClassVar[RequestStatus]
    REQUEST_STATUS_RESOLVED: _ClassVar[RequestStatus]
    REQUEST_STATUS_CLOSED: _ClassVar[RequestStatus]
    REQUEST_STATUS_TRANSFERRED: _ClassVar[RequestStatus]

class VisitOutcome(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VISIT_OUTCOME_UNSPECIFIED: _ClassVar[VisitOutcome]
    VISIT_OUTCOME_SATISFIED: _ClassVar[VisitOutcome]
    VISIT_OUTCOME_BASICALLY_SATISFIED: _ClassVar[VisitOutcome]
    VISIT_OUTCOME_UNSATISFIED: _ClassVar[VisitOutcome]
    VISIT_OUTCOME_NO_ANSWER: _ClassVar[VisitOutcome]

class Escalation(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ESCALATION_UNSPECIFIED: _ClassVar[Escalation]
    ESCALATION_NONE: _ClassVar[Escalation]
    ESCALATION_OVERDUE: _ClassVar[Escalation]
    ESCALATION_REMINDED: _ClassVar[Escalation]
    ESCALATION_YELLOW_CARD: _ClassVar[Escalation]
    ESCALATION_RED_CARD: _ClassVar[Escalation]

class PersonalDataStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PERSONAL_DATA_STATUS_UNSPECIFIED: _ClassVar[PersonalDataStatus]
    PERSONAL_DATA_STATUS_PRESENT: _ClassVar[PersonalDataStatus]
    PERSONAL_DATA_STATUS_ERASED: _ClassVar[PersonalDataStatus]
CENTRE_KIND_UNSPECIFIED: CentreKind
CENTRE_KIND_PARTY_MASSES_CENTRE: CentreKind
CENTRE_KIND_ONE_STOP: CentreKind
CENTRE_STATUS_UNSPECIFIED: CentreStatus
CENTRE_STATUS_ACTIVE: CentreStatus
CENTRE_STATUS_CLOSED: CentreStatus
REQUEST_KIND_UNSPECIFIED: RequestKind
REQUEST_KIND_CONSULTATION: RequestKind
REQUEST_KIND_HELP: RequestKind
REQUEST_KIND_SUGGESTION: RequestKind
REQUEST_KIND_COMPLAINT: RequestKind
CHANNEL_UNSPECIFIED: Channel
CHANNEL_WALK_IN: Channel
CHANNEL_PHONE: Channel
CHANNEL_ONLINE: Channel
CHANNEL_DOOR_TO_DOOR: Channel
REQUEST_STATUS_UNSPECIFIED: RequestStatus
REQUEST_STATUS_SUBMITTED: RequestStatus
REQUEST_STATUS_ASSIGNED: RequestStatus
REQUEST_STATUS_IN_PROGRESS: RequestStatus
REQUEST_STATUS_RESOLVED: RequestStatus
REQUEST_STATUS_CLOSED: RequestStatus
REQUEST_STATUS_TRANSFERRED: RequestStatus
VISIT_OUTCOME_UNSPECIFIED: VisitOutcome
VISIT_OUTCOME_SATISFIED: VisitOutcome
VISIT_OUTCOME_BASICALLY_SATISFIED: VisitOutcome
VISIT_OUTCOME_UNSATISFIED: VisitOutcome
VISIT_OUTCOME_NO_ANSWER: VisitOutcome
ESCALATION_UNSPECIFIED: Escalation
ESCALATION_NONE: Escalation
ESCALATION_OVERDUE: Escalation
ESCALATION_REMINDED: Escalation
ESCALATION_YELLOW_CARD: Escalation
ESCALATION_RED_CARD: Escalation
PERSONAL_DATA_STATUS_UNSPECIFIED: PersonalDataStatus
PERSONAL_DATA_STATUS_PRESENT: PersonalDataStatus
PERSONAL_DATA_STATUS_ERASED: PersonalDataStatus

class ServiceLine(_message.Message):
    __slots__ = ("line", "offered", "set_on")
    LINE_FIELD_NUMBER: _ClassVar[int]
    OFFERED_FIELD_NUMBER: _ClassVar[int]
    SET_ON_FIELD_NUMBER: _ClassVar[int]
    line: str
    offered: bool
    set_on: str
    def __init__(self, line: _Optional[str] = ..., offered: _Optional[bool] = ..., set_on: _Optional[str] = ...) -> None: ...

class Centre(_message.Message):
    __slots__ = ("centre_id", "org_unit_id", "division_code", "kind", "name", "status", "established_on", "closed_on", "lines", "staff_on_duty")
    CENTRE_ID_FIELD_NUMBER: _ClassVar[int]
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ESTABLISHED_ON_FIELD_NUMBER: _ClassVar[int]
    CLOSED_ON_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    STAFF_ON_DUTY_FIELD_NUMBER: _ClassVar[int]
    centre_id: str
    org_unit_id: str
    division_code: str
    kind: CentreKind
    name: str
    status: CentreStatus
    established_on: str
    closed_on: str
    lines: _containers.RepeatedCompositeFieldContainer[ServiceLine]
    staff_on_duty: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, centre_id: _Optional[str] = ..., org_unit_id: _Optional[str] = ..., division_code: _Optional[str] = ..., kind: _Optional[_Union[CentreKind, str]] = ..., name: _Optional[str] = ..., status: _Optional[_Union[CentreStatus, str]] = ..., established_on: _Optional[str] = ..., closed_on: _Optional[str] = ..., lines: _Optional[_Iterable[_Union[ServiceLine, _Mapping]]] = ..., staff_on_duty: _Optional[_Iterable[str]] = ...) -> None: ...

class EstablishCentreRequest(_message.Message):
    __slots__ = ("org_unit_id", "name", "established_on", "lines")
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    ESTABLISHED_ON_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    org_unit_id: str
    name: str
    established_on: str
    lines: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, org_unit_id: _Optional[str] = ..., name: _Optional[str] = ..., established_on: _Optional[str] = ..., lines: _Optional[_Iterable[str]] = ...) -> None: ...

class EstablishCentreResponse(_message.Message):
    __slots__ = ("centre",)
    CENTRE_FIELD_NUMBER: _ClassVar[int]
    centre: Centre
    def __init__(self, centre: _Optional[_Union[Centre, _Mapping]] = ...) -> None: ...

class SetServiceLineRequest(_message.Message):
    __slots__ = ("centre_id", "line", "offered", "set_on")
    CENTRE_ID_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    OFFERED_FIELD_NUMBER: _ClassVar[int]
    SET_ON_FIELD_NUMBER: _ClassVar[int]
    centre_id: str
    line: str
    offered: bool
    set_on: str
    def __init__(self, centre_id: _Optional[str] = ..., line: _Optional[str] = ..., offered: _Optional[bool] = ..., set_on: _Optional[str] = ...) -> None: ...

class SetServiceLineResponse(_message.Message):
    __slots__ = ("centre",)
    CENTRE_FIELD_NUMBER: _ClassVar[int]
    centre: Centre
    def __init__(self, centre: _Optional[_Union[Centre, _Mapping]] = ...) -> None: ...

class PutStaffOnDutyRequest(_message.Message):
    __slots__ = ("centre_id", "cadre_id", "on_duty_from")
    CENTRE_ID_FIELD_NUMBER: _ClassVar[int]
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    ON_DUTY_FROM_FIELD_NUMBER: _ClassVar[int]
    centre_id: str
    cadre_id: str
    on_duty_from: str
    def __init__(self, centre_id: _Optional[str] = ..., cadre_id: _Optional[str] = ..., on_duty_from: _Optional[str] = ...) -> None: ...

class PutStaffOnDutyResponse(_message.Message):
    __slots__ = ("centre",)
    CENTRE_FIELD_NUMBER: _ClassVar[int]
    centre: Centre
    def __init__(self, centre: _Optional[_Union[Centre, _Mapping]] = ...) -> None: ...

class TakeStaffOffDutyRequest(_message.Message):
    __slots__ = ("centre_id", "cadre_id", "off_duty_from")
    CENTRE_ID_FIELD_NUMBER: _ClassVar[int]
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    OFF_DUTY_FROM_FIELD_NUMBER: _ClassVar[int]
    centre_id: str
    cadre_id: str
    off_duty_from: str
    def __init__(self, centre_id: _Optional[str] = ..., cadre_id: _Optional[str] = ..., off_duty_from: _Optional[str] = ...) -> None: ...

class TakeStaffOffDutyResponse(_message.Message):
    __slots__ = ("centre",)
    CENTRE_FIELD_NUMBER: _ClassVar[int]
    centre: Centre
    def __init__(self, centre: _Optional[_Union[Centre, _Mapping]] = ...) -> None: ...

class CloseCentreRequest(_message.Message):
    __slots__ = ("centre_id", "closed_on", "reason")
    CENTRE_ID_FIELD_NUMBER: _ClassVar[int]
    CLOSED_ON_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    centre_id: str
    closed_on: str
    reason: str
    def __init__(self, centre_id: _Optional[str] = ..., closed_on: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class CloseCentreResponse(_message.Message):
    __slots__ = ("centre",)
    CENTRE_FIELD_NUMBER: _ClassVar[int]
    centre: Centre
    def __init__(self, centre: _Optional[_Union[Centre, _Mapping]] = ...) -> None: ...

class GetCentreRequest(_message.Message):
    __slots__ = ("centre_id",)
    CENTRE_ID_FIELD_NUMBER: _ClassVar[int]
    centre_id: str
    def __init__(self, centre_id: _Optional[str] = ...) -> None: ...

class GetCentreResponse(_message.Message):
    __slots__ = ("centre",)
    CENTRE_FIELD_NUMBER: _ClassVar[int]
    centre: Centre
    def __init__(self, centre: _Optional[_Union[Centre, _Mapping]] = ...) -> None: ...

class ListCentresRequest(_message.Message):
    __slots__ = ("division_code_prefix", "include_closed", "page_size", "page_token")
    DIVISION_CODE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_CLOSED_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    division_code_prefix: str
    include_closed: bool
    page_size: int
    page_token: str
    def __init__(self, division_code_prefix: _Optional[str] = ..., include_closed: _Optional[bool] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListCentresResponse(_message.Message):
    __slots__ = ("centres", "next_page_token")
    CENTRES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    centres: _containers.RepeatedCompositeFieldContainer[Centre]
    next_page_token: str
    def __init__(self, centres: _Optional[_Iterable[_Union[Centre, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class TimeLimit(_message.Message):
    __slots__ = ("kind", "working_days")
    KIND_FIELD_NUMBER: _ClassVar[int]
    WORKING_DAYS_FIELD_NUMBER: _ClassVar[int]
    kind: RequestKind
    working_days: int
    def __init__(self, kind: _Optional[_Union[RequestKind, str]] = ..., working_days: _Optional[int] = ...) -> None: ...

class CatalogueLine(_message.Message):
    __slots__ = ("line", "title", "time_limits")
    LINE_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    TIME_LIMITS_FIELD_NUMBER: _ClassVar[int]
    line: str
    title: str
    time_limits: _containers.RepeatedCompositeFieldContainer[TimeLimit]
    def __init__(self, line: _Optional[str] = ..., title: _Optional[str] = ..., time_limits: _Optional[_Iterable[_Union[TimeLimit, _Mapping]]] = ...) -> None: ...

class Department(_message.Message):
    __slots__ = ("department", "title")
    DEPARTMENT_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    department: str
    title: str
    def __init__(self, department: _Optional[str] = ..., title: _Optional[str] = ...) -> None: ...

class ListServiceLinesRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListServiceLinesResponse(_message.Message):
    __slots__ = ("lines", "departments", "sign_for_hours", "return_visit_working_days")
    LINES_FIELD_NUMBER: _ClassVar[int]
    DEPARTMENTS_FIELD_NUMBER: _ClassVar[int]
    SIGN_FOR_HOURS_FIELD_NUMBER: _ClassVar[int]
    RETURN_VISIT_WORKING_DAYS_FIELD_NUMBER: _ClassVar[int]
    lines: _containers.RepeatedCompositeFieldContainer[CatalogueLine]
    departments: _containers.RepeatedCompositeFieldContainer[Department]
    sign_for_hours: int
    return_visit_working_days: int
    def __init__(self, lines: _Optional[_Iterable[_Union[CatalogueLine, _Mapping]]] = ..., departments: _Optional[_Iterable[_Union[Department, _Mapping]]] = ..., sign_for_hours: _Optional[int] = ..., return_visit_working_days: _Optional[int] = ...) -> None: ...

class RequesterContact(_message.Message):
    __slots__ = ("status", "name", "phone")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    status: PersonalDataStatus
    name: str
    phone: str
    def __init__(self, status: _Optional[_Union[PersonalDataStatus, str]] = ..., name: _Optional[str] = ..., phone: _Optional[str] = ...) -> None: ...

class ReturnVisit(_message.Message):
    __slots__ = ("outcome", "visited_on")
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    VISITED_ON_FIELD_NUMBER: _ClassVar[int]
    outcome: VisitOutcome
    visited_on: str
    def __init__(self, outcome: _Optional[_Union[VisitOutcome, str]] = ..., visited_on: _Optional[str] = ...) -> None: ...

class ServiceRequest(_message.Message):
    __slots__ = ("request_id", "centre_id", "division_code", "line", "kind", "channel", "status", "submitted_on", "time_limit_working_days", "due_on", "due_provisional", "assignee_cadre_id", "assignee_department", "assignments", "assigned_at", "sign_for_due_at", "signed_for_at", "sign_for_overdue", "refusals", "extension_requested_due_on", "extensions", "reminders", "escalation", "resolved_on", "resolved_on_time", "return_visit_due_on", "return_visit_overdue", "visits", "closed_on", "reopened", "transferred_on", "requester_id", "requester", "description", "resolution_summary")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CENTRE_ID_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUBMITTED_ON_FIELD_NUMBER: _ClassVar[int]
    TIME_LIMIT_WORKING_DAYS_FIELD_NUMBER: _ClassVar[int]
    DUE_ON_FIELD_NUMBER: _ClassVar[int]
    DUE_PROVISIONAL_FIELD_NUMBER: _ClassVar[int]
    ASSIGNEE_CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    ASSIGNEE_DEPARTMENT_FIELD_NUMBER: _ClassVar[int]
    ASSIGNMENTS_FIELD_NUMBER: _ClassVar[int]
    ASSIGNED_AT_FIELD_NUMBER: _ClassVar[int]
    SIGN_FOR_DUE_AT_FIELD_NUMBER: _ClassVar[int]
    SIGNED_FOR_AT_FIELD_NUMBER: _ClassVar[int]
    SIGN_FOR_OVERDUE_FIELD_NUMBER: _ClassVar[int]
    REFUSALS_FIELD_NUMBER: _ClassVar[int]
    EXTENSION_REQUESTED_DUE_ON_FIELD_NUMBER: _ClassVar[int]
    EXTENSIONS_FIELD_NUMBER: _ClassVar[int]
    REMINDERS_FIELD_NUMBER: _ClassVar[int]
    ESCALATION_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_ON_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_ON_TIME_FIELD_NUMBER: _ClassVar[int]
    RETURN_VISIT_DUE_ON_FIELD_NUMBER: _ClassVar[int]
    RETURN_VISIT_OVERDUE_FIELD_NUMBER: _ClassVar[int]
    VISITS_FIELD_NUMBER: _ClassVar[int]
    CLOSED_ON_FIELD_NUMBER: _ClassVar[int]
    REOPENED_FIELD_NUMBER: _ClassVar[int]
    TRANSFERRED_ON_FIELD_NUMBER: _ClassVar[int]
    REQUESTER_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTER_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    RESOLUTION_SUMMARY_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    centre_id: str
    division_code: str
    line: str
    kind: RequestKind
    channel: Channel
    status: RequestStatus
    submitted_on: str
    time_limit_working_days: int
    due_on: str
    due_provisional: bool
    assignee_cadre_id: str
    assignee_department: str
    assignments: int
    assigned_at: str
    sign_for_due_at: str
    signed_for_at: str
    sign_for_overdue: bool
    refusals: int
    extension_requested_due_on: str
    extensions: int
    reminders: int
    escalation: Escalation
    resolved_on: str
    resolved_on_time: bool
    return_visit_due_on: str
    return_visit_overdue: bool
    visits: _containers.RepeatedCompositeFieldContainer[ReturnVisit]
    closed_on: str
    reopened: int
    transferred_on: str
    requester_id: str
    requester: RequesterContact
    description: str
    resolution_summary: str
    def __init__(self, request_id: _Optional[str] = ..., centre_id: _Optional[str] = ..., division_code: _Optional[str] = ..., line: _Optional[str] = ..., kind: _Optional[_Union[RequestKind, str]] = ..., channel: _Optional[_Union[Channel, str]] = ..., status: _Optional[_Union[RequestStatus, str]] = ..., submitted_on: _Optional[str] = ..., time_limit_working_days: _Optional[int] = ..., due_on: _Optional[str] = ..., due_provisional: _Optional[bool] = ..., assignee_cadre_id: _Optional[str] = ..., assignee_department: _Optional[str] = ..., assignments: _Optional[int] = ..., assigned_at: _Optional[str] = ..., sign_for_due_at: _Optional[str] = ..., signed_for_at: _Optional[str] = ..., sign_for_overdue: _Optional[bool] = ..., refusals: _Optional[int] = ..., extension_requested_due_on: _Optional[str] = ..., extensions: _Optional[int] = ..., reminders: _Optional[int] = ..., escalation: _Optional[_Union[Escalation, str]] = ..., resolved_on: _Optional[str] = ..., resolved_on_time: _Optional[bool] = ..., return_visit_due_on: _Optional[str] = ..., return_visit_overdue: _Optional[bool] = ..., visits: _Optional[_Iterable[_Union[ReturnVisit, _Mapping]]] = ..., closed_on: _Optional[str] = ..., reopened: _Optional[int] = ..., transferred_on: _Optional[str] = ..., requester_id: _Optional[str] = ..., requester: _Optional[_Union[RequesterContact, _Mapping]] = ..., description: _Optional[str] = ..., resolution_summary: _Optional[str] = ...) -> None: ...

class SubmitRequestRequest(_message.Message):
    __slots__ = ("centre_id", "line", "kind", "channel", "requester_name", "requester_phone", "description", "submitted_on")
    CENTRE_ID_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    REQUESTER_NAME_FIELD_NUMBER: _ClassVar[int]
    REQUESTER_PHONE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SUBMITTED_ON_FIELD_NUMBER: _ClassVar[int]
    centre_id: str
    line: str
    kind: RequestKind
    channel: Channel
    requester_name: str
    requester_phone: str
    description: str
    submitted_on: str
    def __init__(self, centre_id: _Optional[str] = ..., line: _Optional[str] = ..., kind: _Optional[_Union[RequestKind, str]] = ..., channel: _Optional[_Union[Channel, str]] = ..., requester_name: _Optional[str] = ..., requester_phone: _Optional[str] = ..., description: _Optional[str] = ..., submitted_on: _Optional[str] = ...) -> None: ...

class SubmitRequestResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: ServiceRequest
    def __init__(self, request: _Optional[_Union[ServiceRequest, _Mapping]] = ...) -> None: ...

class AssignRequestRequest(_message.Message):
    __slots__ = ("request_id", "cadre_id", "department")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    DEPARTMENT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    cadre_id: str
    department: str
    def __init__(self, request_id: _Optional[str] = ..., cadre_id: _Optional[str] = ..., department: _Optional[str] = ...) -> None: ...

class AssignRequestResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: ServiceRequest
    def __init__(self, request: _Optional[_Union[ServiceRequest, _Mapping]] = ...) -> None: ...

class SignForRequestRequest(_message.Message):
    __slots__ = ("request_id", "cadre_id")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    cadre_id: str
    def __init__(self, request_id: _Optional[str] = ..., cadre_id: _Optional[str] = ...) -> None: ...

class SignForRequestResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: ServiceRequest
    def __init__(self, request: _Optional[_Union[ServiceRequest, _Mapping]] = ...) -> None: ...

class RefuseRequestRequest(_message.Message):
    __slots__ = ("request_id", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class RefuseRequestResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: ServiceRequest
    def __init__(self, request: _Optional[_Union[ServiceRequest, _Mapping]] = ...) -> None: ...

class ApplyForExtensionRequest(_message.Message):
    __slots__ = ("request_id", "requested_due_on", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTED_DUE_ON_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requested_due_on: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., requested_due_on: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class ApplyForExtensionResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: ServiceRequest
    def __init__(self, request: _Optional[_Union[ServiceRequest, _Mapping]] = ...) -> None: ...

class GrantExtensionRequest(_message.Message):
    __slots__ = ("request_id", "due_on")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    DUE_ON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    due_on: str
    def __init__(self, request_id: _Optional[str] = ..., due_on: _Optional[str] = ...) -> None: ...

class GrantExtensionResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: ServiceRequest
    def __init__(self, request: _Optional[_Union[ServiceRequest, _Mapping]] = ...) -> None: ...

class DeclineExtensionRequest(_message.Message):
    __slots__ = ("request_id", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class DeclineExtensionResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: ServiceRequest
    def __init__(self, request: _Optional[_Union[ServiceRequest, _Mapping]] = ...) -> None: ...

class RemindRequestRequest(_message.Message):
    __slots__ = ("request_id", "note")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    note: str
    def __init__(self, request_id: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class RemindRequestResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: ServiceRequest
    def __init__(self, request: _Optional[_Union[ServiceRequest, _Mapping]] = ...) -> None: ...

class ResolveRequestRequest(_message.Message):
    __slots__ = ("request_id", "summary", "resolved_on")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_ON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    summary: str
    resolved_on: str
    def __init__(self, request_id: _Optional[str] = ..., summary: _Optional[str] = ..., resolved_on: _Optional[str] = ...) -> None: ...

class ResolveRequestResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: ServiceRequest
    def __init__(self, request: _Optional[_Union[ServiceRequest, _Mapping]] = ...) -> None: ...

class RecordReturnVisitRequest(_message.Message):
    __slots__ = ("request_id", "outcome", "visited_on", "note")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    VISITED_ON_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    outcome: VisitOutcome
    visited_on: str
    note: str
    def __init__(self, request_id: _Optional[str] = ..., outcome: _Optional[_Union[VisitOutcome, str]] = ..., visited_on: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class RecordReturnVisitResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: ServiceRequest
    def __init__(self, request: _Optional[_Union[ServiceRequest, _Mapping]] = ...) -> None: ...

class CloseRequestRequest(_message.Message):
    __slots__ = ("request_id", "closed_on")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CLOSED_ON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    closed_on: str
    def __init__(self, request_id: _Optional[str] = ..., closed_on: _Optional[str] = ...) -> None: ...

class CloseRequestResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: ServiceRequest
    def __init__(self, request: _Optional[_Union[ServiceRequest, _Mapping]] = ...) -> None: ...

class ReopenRequestRequest(_message.Message):
    __slots__ = ("request_id", "reason", "reopened_on")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    REOPENED_ON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    reason: str
    reopened_on: str
    def __init__(self, request_id: _Optional[str] = ..., reason: _Optional[str] = ..., reopened_on: _Optional[str] = ...) -> None: ...

class ReopenRequestResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: ServiceRequest
    def __init__(self, request: _Optional[_Union[ServiceRequest, _Mapping]] = ...) -> None: ...

class TransferComplaintRequest(_message.Message):
    __slots__ = ("request_id", "requester_consented", "consent_recorded_on", "note")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTER_CONSENTED_FIELD_NUMBER: _ClassVar[int]
    CONSENT_RECORDED_ON_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    requester_consented: bool
    consent_recorded_on: str
    note: str
    def __init__(self, request_id: _Optional[str] = ..., requester_consented: _Optional[bool] = ..., consent_recorded_on: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class TransferComplaintResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: ServiceRequest
    def __init__(self, request: _Optional[_Union[ServiceRequest, _Mapping]] = ...) -> None: ...

class GetRequestRequest(_message.Message):
    __slots__ = ("request_id",)
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    def __init__(self, request_id: _Optional[str] = ...) -> None: ...

class GetRequestResponse(_message.Message):
    __slots__ = ("request",)
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    request: ServiceRequest
    def __init__(self, request: _Optional[_Union[ServiceRequest, _Mapping]] = ...) -> None: ...

class ListRequestsRequest(_message.Message):
    __slots__ = ("division_code_prefix", "centre_id", "status", "line", "overdue_only", "page_size", "page_token")
    DIVISION_CODE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    CENTRE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    OVERDUE_ONLY_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    division_code_prefix: str
    centre_id: str
    status: RequestStatus
    line: str
    overdue_only: bool
    page_size: int
    page_token: str
    def __init__(self, division_code_prefix: _Optional[str] = ..., centre_id: _Optional[str] = ..., status: _Optional[_Union[RequestStatus, str]] = ..., line: _Optional[str] = ..., overdue_only: _Optional[bool] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListRequestsResponse(_message.Message):
    __slots__ = ("requests", "next_page_token")
    REQUESTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    requests: _containers.RepeatedCompositeFieldContainer[ServiceRequest]
    next_page_token: str
    def __init__(self, requests: _Optional[_Iterable[_Union[ServiceRequest, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class LineStatistics(_message.Message):
    __slots__ = ("line", "submitted", "open", "overdue_open", "yellow_cards", "red_cards", "responded", "responded_on_time", "resolved", "resolved_counted", "resolutions", "resolutions_on_time", "visits_satisfied", "visits_basically_satisfied", "visits_unsatisfied", "visits_no_answer", "reopened", "response_rate", "resolution_rate", "satisfaction_rate", "on_time_rate")
    LINE_FIELD_NUMBER: _ClassVar[int]
    SUBMITTED_FIELD_NUMBER: _ClassVar[int]
    OPEN_FIELD_NUMBER: _ClassVar[int]
    OVERDUE_OPEN_FIELD_NUMBER: _ClassVar[int]
    YELLOW_CARDS_FIELD_NUMBER: _ClassVar[int]
    RED_CARDS_FIELD_NUMBER: _ClassVar[int]
    RESPONDED_FIELD_NUMBER: _ClassVar[int]
    RESPONDED_ON_TIME_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_COUNTED_FIELD_NUMBER: _ClassVar[int]
    RESOLUTIONS_FIELD_NUMBER: _ClassVar[int]
    RESOLUTIONS_ON_TIME_FIELD_NUMBER: _ClassVar[int]
    VISITS_SATISFIED_FIELD_NUMBER: _ClassVar[int]
    VISITS_BASICALLY_SATISFIED_FIELD_NUMBER: _ClassVar[int]
    VISITS_UNSATISFIED_FIELD_NUMBER: _ClassVar[int]
    VISITS_NO_ANSWER_FIELD_NUMBER: _ClassVar[int]
    REOPENED_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_RATE_FIELD_NUMBER: _ClassVar[int]
    RESOLUTION_RATE_FIELD_NUMBER: _ClassVar[int]
    SATISFACTION_RATE_FIELD_NUMBER: _ClassVar[int]
    ON_TIME_RATE_FIELD_NUMBER: _ClassVar[int]
    line: str
    submitted: int
    open: int
    overdue_open: int
    yellow_cards: int
    red_cards: int
    responded: int
    responded_on_time: int
    resolved: int
    resolved_counted: int
    resolutions: int
    resolutions_on_time: int
    visits_satisfied: int
    visits_basically_satisfied: int
    visits_unsatisfied: int
    visits_no_answer: int
    reopened: int
    response_rate: float
    resolution_rate: float
    satisfaction_rate: float
    on_time_rate: float
    def __init__(self, line: _Optional[str] = ..., submitted: _Optional[int] = ..., open: _Optional[int] = ..., overdue_open: _Optional[int] = ..., yellow_cards: _Optional[int] = ..., red_cards: _Optional[int] = ..., responded: _Optional[int] = ..., responded_on_time: _Optional[int] = ..., resolved: _Optional[int] = ..., resolved_counted: _Optional[int] = ..., resolutions: _Optional[int] = ..., resolutions_on_time: _Optional[int] = ..., visits_satisfied: _Optional[int] = ..., visits_basically_satisfied: _Optional[int] = ..., visits_unsatisfied: _Optional[int] = ..., visits_no_answer: _Optional[int] = ..., reopened: _Optional[int] = ..., response_rate: _Optional[float] = ..., resolution_rate: _Optional[float] = ..., satisfaction_rate: _Optional[float] = ..., on_time_rate: _Optional[float] = ...) -> None: ...

class GetServiceStatisticsRequest(_message.Message):
    __slots__ = ("division_code_prefix", "submitted_from", "submitted_to")
    DIVISION_CODE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    SUBMITTED_FROM_FIELD_NUMBER: _ClassVar[int]
    SUBMITTED_TO_FIELD_NUMBER: _ClassVar[int]
    division_code_prefix: str
    submitted_from: str
    submitted_to: str
    def __init__(self, division_code_prefix: _Optional[str] = ..., submitted_from: _Optional[str] = ..., submitted_to: _Optional[str] = ...) -> None: ...

class GetServiceStatisticsResponse(_message.Message):
    __slots__ = ("division_code_prefix", "totals", "lines", "min_return_visits")
    DIVISION_CODE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    TOTALS_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    MIN_RETURN_VISITS_FIELD_NUMBER: _ClassVar[int]
    division_code_prefix: str
    totals: LineStatistics
    lines: _containers.RepeatedCompositeFieldContainer[LineStatistics]
    min_return_visits: int
    def __init__(self, division_code_prefix: _Optional[str] = ..., totals: _Optional[_Union[LineStatistics, _Mapping]] = ..., lines: _Optional[_Iterable[_Union[LineStatistics, _Mapping]]] = ..., min_return_visits: _Optional[int] = ...) -> None: ...

class EraseRequesterRequest(_message.Message):
    __slots__ = ("requester_id",)
    REQUESTER_ID_FIELD_NUMBER: _ClassVar[int]
    requester_id: str
    def __init__(self, requester_id: _Optional[str] = ...) -> None: ...

class EraseRequesterResponse(_message.Message):
    __slots__ = ("requester_id", "requests", "erased_on")
    REQUESTER_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTS_FIELD_NUMBER: _ClassVar[int]
    ERASED_ON_FIELD_NUMBER: _ClassVar[int]
    requester_id: str
    requests: int
    erased_on: str
    def __init__(self, requester_id: _Optional[str] = ..., requests: _Optional[int] = ..., erased_on: _Optional[str] = ...) -> None: ...
