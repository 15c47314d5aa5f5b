from frontline.api.i18n.v1 import names_pb2 as _names_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ClueSource(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CLUE_SOURCE_UNSPECIFIED: _ClassVar[ClueSource]
    CLUE_SOURCE_LETTERS_VISITS: _ClassVar[ClueSource]
    CLUE_SOURCE_REPORT: _ClassVar[ClueSource]
    CLUE_SOURCE_POLICE_REFERRAL: _ClassVar[ClueSource]
    CLUE_SOURCE_THREE_CAPITALS_ANOMALY: _ClassVar[ClueSource]
    CLUE_SOURCE_SERVICE_CENTER_COMPLAINT: _ClassVar[ClueSource]

class Category(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CATEGORY_UNSPECIFIED: _ClassVar[Category]
    CATEGORY_DISCIPLINE_VIOLATION: _ClassVar[Category]
    CATEGORY_AGRICULTURE_DUTY_CRIME: _ClassVar[Category]
    CATEGORY_EVIL_FORCES_UMBRELLA: _ClassVar[Category]
    CATEGORY_THREE_CAPITALS_MISUSE: _ClassVar[Category]
    CATEGORY_OTHER: _ClassVar[Category]

class Disposal(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DISPOSAL_UNSPECIFIED: _ClassVar[Disposal]
    DISPOSAL_TALK_INQUIRY: _ClassVar[Disposal]
    DISPOSAL_PRELIMINARY_VERIFICATION: _ClassVar[Disposal]
    DISPOSAL_SHELVE: _ClassVar[Disposal]
    DISPOSAL_CLOSE: _ClassVar[Disposal]

class VerificationOutcome(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VERIFICATION_OUTCOME_UNSPECIFIED: _ClassVar[VerificationOutcome]
    VERIFICATION_OUTCOME_CASE: _ClassVar[VerificationOutcome]
    VERIFICATION_OUTCOME_CLOSE: _ClassVar[VerificationOutcome]
    VERIFICATION_OUTCOME_REMINDER_TALK: _ClassVar[VerificationOutcome]
    VERIFICATION_OUTCOME_SHELVE: _ClassVar[VerificationOutcome]

class ClueStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CLUE_STATUS_UNSPECIFIED: _ClassVar[ClueStatus]
    CLUE_STATUS_RECEIVED: _ClassVar[ClueStatus]
    CLUE_STATUS_IN_TALK_INQUIRY: _ClassVar[ClueStatus]
    CLUE_STATUS_VERIFYING: _ClassVar[ClueStatus]
    CLUE_STATUS_SHELVED: _ClassVar[ClueStatus]
    CLUE_STATUS_CLOSED: _ClassVar[ClueStatus]
    CLUE_STATUS_CASE_FILED: _ClassVar[ClueStatus]

class CaseStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CASE_STATUS_UNSPECIFIED: _ClassVar[CaseStatus]
    CASE_STATUS_INVESTIGATING: _ClassVar[CaseStatus]
    CASE_STATUS_IN_REVIEW: _ClassVar[CaseStatus]
    CASE_STATUS_DECIDED: _ClassVar[CaseStatus]
    CASE_STATUS_EXECUTED: _ClassVar[CaseStatus]
    CASE_STATUS_ARCHIVED: _ClassVar[CaseStatus]

class MeasureType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MEASURE_TYPE_UNSPECIFIED: _ClassVar[MeasureType]
    MEASURE_TYPE_PARTY_SANCTION: _ClassVar[MeasureType]
    MEASURE_TYPE_GOVERNMENT_SANCTION: _ClassVar[MeasureType]
    MEASURE_TYPE_ORGANIZATIONAL_HANDLING: _ClassVar[MeasureType]
    MEASURE_TYPE_PROSECUTION_REFERRAL: _ClassVar[MeasureType]

class MeasureKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MEASURE_KIND_UNSPECIFIED: _ClassVar[MeasureKind]
    MEASURE_KIND_PARTY_WARNING: _ClassVar[MeasureKind]
    MEASURE_KIND_PARTY_SERIOUS_WARNING: _ClassVar[MeasureKind]
    MEASURE_KIND_REMOVAL_FROM_PARTY_POST: _ClassVar[MeasureKind]
    MEASURE_KIND_PARTY_PROBATION: _ClassVar[MeasureKind]
    MEASURE_KIND_PARTY_EXPULSION: _ClassVar[MeasureKind]
    MEASURE_KIND_GOVERNMENT_WARNING: _ClassVar[MeasureKind]
    MEASURE_KIND_DEMERIT: _ClassVar[MeasureKind]
    MEASURE_KIND_MAJOR_DEMERIT: _ClassVar[MeasureKind]
    MEASURE_KIND_DEMOTION_IN_GRADE: _ClassVar[MeasureKind]
    MEASURE_KIND_DISMISSAL: _ClassVar[MeasureKind]
    MEASURE_KIND_GOVERNMENT_EXPULSION: _ClassVar[MeasureKind]
    MEASURE_KIND_ADMONISHMENT: _ClassVar[MeasureKind]
    MEASURE_KIND_SUSPENSION_FOR_INSPECTION: _ClassVar[MeasureKind]
    MEASURE_KIND_POST_ADJUSTMENT: _ClassVar[MeasureKind]
    MEASURE_KIND_ORDERED_RESIGNATION: _ClassVar[MeasureKind]
    MEASURE_KIND_REMOVAL_FROM_POST: _ClassVar[MeasureKind]
    MEASURE_KIND_DEMOTION: _ClassVar[MeasureKind]
    MEASURE_KIND_REFERRAL_TO_PROSECUTORS: _ClassVar[MeasureKind]

class AppealOutcome(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    APPEAL_OUTCOME_UNSPECIFIED: _ClassVar[AppealOutcome]
    APPEAL_OUTCOME_UPHELD: _ClassVar[AppealOutcome]
    APPEAL_OUTCOME_REVOKED: _ClassVar[AppealOutcome]

class DisputeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DISPUTE_TYPE_UNSPECIFIED: _ClassVar[DisputeType]
    DISPUTE_TYPE_LAND_COMPENSATION_ARREARS: _ClassVar[DisputeType]
    DISPUTE_TYPE_RESERVED_LAND: _ClassVar[DisputeType]
    DISPUTE_TYPE_LAND_THREE_CHAOS: _ClassVar[DisputeType]
    DISPUTE_TYPE_LANDLESS_PENSION: _ClassVar[DisputeType]
    DISPUTE_TYPE_THREE_CAPITALS: _ClassVar[DisputeType]
    DISPUTE_TYPE_HOMESTEAD: _ClassVar[DisputeType]
    DISPUTE_TYPE_LAND_CONTRACTING: _ClassVar[DisputeType]
    DISPUTE_TYPE_FAMILY: _ClassVar[DisputeType]
    DISPUTE_TYPE_LABOUR: _ClassVar[DisputeType]
    DISPUTE_TYPE_NEIGHBOUR: _ClassVar[DisputeType]
    DISPUTE_TYPE_OTHER: _ClassVar[DisputeType]

class RiskLevel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RISK_LEVEL_UNSPECIFIED: _ClassVar[RiskLevel]
    RISK_LEVEL_LOW: _ClassVar[RiskLevel]
    RISK_LEVEL_MEDIUM: _ClassVar[RiskLevel]
    RISK_LEVEL_HIGH: _ClassVar[RiskLevel]

class DivisionLevel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DIVISION_LEVEL_UNSPECIFIED: _ClassVar[DivisionLevel]
    DIVISION_LEVEL_COUNTY: _ClassVar[DivisionLevel]
    DIVISION_LEVEL_TOWNSHIP: _ClassVar[DivisionLevel]
    DIVISION_LEVEL_VILLAGE: _ClassVar[DivisionLevel]

class DisputeStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DISPUTE_STATUS_UNSPECIFIED: _ClassVar[DisputeStatus]
    DISPUTE_STATUS_MEDIATING: _ClassVar[DisputeStatus]
    DISPUTE_STATUS_RESOLVED: _ClassVar[DisputeStatus]
    DISPUTE_STATUS_FOLLOWED_UP: _ClassVar[DisputeStatus]
    DISPUTE_STATUS_CLOSED: _ClassVar[DisputeStatus]
    DISPUTE_STATUS_DIVERTED: _ClassVar[DisputeStatus]

class DiversionRoute(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DIVERSION_ROUTE_UNSPECIFIED: _ClassVar[DiversionRoute]
    DIVERSION_ROUTE_LITIGATION: _ClassVar[DiversionRoute]
    DIVERSION_ROUTE_ARBITRATION: _ClassVar[DiversionRoute]
    DIVERSION_ROUTE_ADMINISTRATIVE_REVIEW: _ClassVar[DiversionRoute]

class ReservedLandForm(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RESERVED_LAND_FORM_UNSPECIFIED: _ClassVar[ReservedLandForm]
    RESERVED_LAND_FORM_LAND: _ClassVar[ReservedLandForm]
    RESERVED_LAND_FORM_PROPERTY: _ClassVar[ReservedLandForm]
    RESERVED_LAND_FORM_CASH: _ClassVar[ReservedLandForm]

class DealKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DEAL_KIND_UNSPECIFIED: _ClassVar[DealKind]
    DEAL_KIND_LEASE: _ClassVar[DealKind]
    DEAL_KIND_SALE: _ClassVar[DealKind]
    DEAL_KIND_CONTRACTING: _ClassVar[DealKind]
    DEAL_KIND_BORROWING: _ClassVar[DealKind]
    DEAL_KIND_OTHER: _ClassVar[DealKind]
CLUE_SOURCE_UNSPECIFIED: ClueSource
CLUE_SOURCE_LETTERS_VISITS: ClueSource
CLUE_SOURCE_REPORT: ClueSource
CLUE_SOURCE_POLICE_REFERRAL: ClueSource
CLUE_SOURCE_THREE_CAPITALS_ANOMALY: ClueSource
CLUE_SOURCE_SERVICE_CENTER_COMPLAINT: ClueSource
CATEGORY_UNSPECIFIED: Category
CATEGORY_DISCIPLINE_VIOLATION: Category
CATEGORY_AGRICULTURE_DUTY_CRIME: Category
CATEGORY_EVIL_FORCES_UMBRELLA: Category
CATEGORY_THREE_CAPITALS_MISUSE: Category
CATEGORY_OTHER: Category
DISPOSAL_UNSPECIFIED: Disposal
DISPOSAL_TALK_INQUIRY: Disposal
DISPOSAL_PRELIMINARY_VERIFICATION: Disposal
DISPOSAL_SHELVE: Disposal
DISPOSAL_CLOSE: Disposal
VERIFICATION_OUTCOME_UNSPECIFIED: VerificationOutcome
VERIFICATION_OUTCOME_CASE: VerificationOutcome
VERIFICATION_OUTCOME_CLOSE: VerificationOutcome
VERIFICATION_OUTCOME_REMINDER_TALK: VerificationOutcome
VERIFICATION_OUTCOME_SHELVE: VerificationOutcome
CLUE_STATUS_UNSPECIFIED: ClueStatus
CLUE_STATUS_RECEIVED: ClueStatus
CLUE_STATUS_IN_TALK_INQUIRY: ClueStatus
CLUE_STATUS_VERIFYING: ClueStatus
CLUE_STATUS_SHELVED: ClueStatus
CLUE_STATUS_CLOSED: ClueStatus
CLUE_STATUS_CASE_FILED: ClueStatus
CASE_STATUS_UNSPECIFIED: CaseStatus
CASE_STATUS_INVESTIGATING: CaseStatus
CASE_STATUS_IN_REVIEW: CaseStatus
CASE_STATUS_DECIDED: CaseStatus
CASE_STATUS_EXECUTED: CaseStatus
CASE_STATUS_ARCHIVED: CaseStatus
MEASURE_TYPE_UNSPECIFIED: MeasureType
MEASURE_TYPE_PARTY_SANCTION: MeasureType
MEASURE_TYPE_GOVERNMENT_SANCTION: MeasureType
MEASURE_TYPE_ORGANIZATIONAL_HANDLING: MeasureType
MEASURE_TYPE_PROSECUTION_REFERRAL: MeasureType
MEASURE_KIND_UNSPECIFIED: MeasureKind
MEASURE_KIND_PARTY_WARNING: MeasureKind
MEASURE_KIND_PARTY_SERIOUS_WARNING: MeasureKind
MEASURE_KIND_REMOVAL_FROM_PARTY_POST: MeasureKind
MEASURE_KIND_PARTY_PROBATION: MeasureKind
MEASURE_KIND_PARTY_EXPULSION: MeasureKind
MEASURE_KIND_GOVERNMENT_WARNING: MeasureKind
MEASURE_KIND_DEMERIT: MeasureKind
MEASURE_KIND_MAJOR_DEMERIT: MeasureKind
MEASURE_KIND_DEMOTION_IN_GRADE: MeasureKind
MEASURE_KIND_DISMISSAL: MeasureKind
MEASURE_KIND_GOVERNMENT_EXPULSION: MeasureKind
MEASURE_KIND_ADMONISHMENT: MeasureKind
MEASURE_KIND_SUSPENSION_FOR_INSPECTION: MeasureKind
MEASURE_KIND_POST_ADJUSTMENT: MeasureKind
MEASURE_KIND_ORDERED_RESIGNATION: MeasureKind
MEASURE_KIND_REMOVAL_FROM_POST: MeasureKind
MEASURE_KIND_DEMOTION: MeasureKind
MEASURE_KIND_REFERRAL_TO_PROSECUTORS: MeasureKind
APPEAL_OUTCOME_UNSPECIFIED: AppealOutcome
APPEAL_OUTCOME_UPHELD: AppealOutcome
APPEAL_OUTCOME_REVOKED: AppealOutcome
DISPUTE_TYPE_UNSPECIFIED: DisputeType
DISPUTE_TYPE_LAND_COMPENSATION_ARREARS: DisputeType
DISPUTE_TYPE_RESERVED_LAND: DisputeType
DISPUTE_TYPE_LAND_THREE_CHAOS: DisputeType
DISPUTE_TYPE_LANDLESS_PENSION: DisputeType
DISPUTE_TYPE_THREE_CAPITALS: DisputeType
DISPUTE_TYPE_HOMESTEAD: DisputeType
DISPUTE_TYPE_LAND_CONTRACTING: DisputeType
DISPUTE_TYPE_FAMILY: DisputeType
DISPUTE_TYPE_LABOUR: DisputeType
DISPUTE_TYPE_NEIGHBOUR: DisputeType
DISPUTE_TYPE_OTHER: DisputeType
RISK_LEVEL_UNSPECIFIED: RiskLevel
RISK_LEVEL_LOW: RiskLevel
RISK_LEVEL_MEDIUM: RiskLevel
RISK_LEVEL_HIGH: RiskLevel
DIVISION_LEVEL_UNSPECIFIED: DivisionLevel
DIVISION_LEVEL_COUNTY: DivisionLevel
DIVISION_LEVEL_TOWNSHIP: DivisionLevel
DIVISION_LEVEL_VILLAGE: DivisionLevel
DISPUTE_STATUS_UNSPECIFIED: DisputeStatus
DISPUTE_STATUS_MEDIATING: DisputeStatus
DISPUTE_STATUS_RESOLVED: DisputeStatus
DISPUTE_STATUS_FOLLOWED_UP: DisputeStatus
DISPUTE_STATUS_CLOSED: DisputeStatus
DISPUTE_STATUS_DIVERTED: DisputeStatus
DIVERSION_ROUTE_UNSPECIFIED: DiversionRoute
DIVERSION_ROUTE_LITIGATION: DiversionRoute
DIVERSION_ROUTE_ARBITRATION: DiversionRoute
DIVERSION_ROUTE_ADMINISTRATIVE_REVIEW: DiversionRoute
RESERVED_LAND_FORM_UNSPECIFIED: ReservedLandForm
RESERVED_LAND_FORM_LAND: ReservedLandForm
RESERVED_LAND_FORM_PROPERTY: ReservedLandForm
RESERVED_LAND_FORM_CASH: ReservedLandForm
DEAL_KIND_UNSPECIFIED: DealKind
DEAL_KIND_LEASE: DealKind
DEAL_KIND_SALE: DealKind
DEAL_KIND_CONTRACTING: DealKind
DEAL_KIND_BORROWING: DealKind
DEAL_KIND_OTHER: DealKind

class Reporter(_message.Message):
    __slots__ = ("name", "phone", "id_number")
    NAME_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    ID_NUMBER_FIELD_NUMBER: _ClassVar[int]
    name: str
    phone: str
    id_number: str
    def __init__(self, name: _Optional[str] = ..., phone: _Optional[str] = ..., id_number: _Optional[str] = ...) -> None: ...

class Clue(_message.Message):
    __slots__ = ("clue_id", "division_code", "township_code", "source", "category", "summary", "status", "received_on", "disposal", "disposed_on", "outcome", "concluded_on", "reporter", "real_name", "reply_due_on", "reply_provisional", "replied_on", "reply_accepted", "reply_overdue", "cadre_id", "case_id", "recused_staff")
    CLUE_ID_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    TOWNSHIP_CODE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_ON_FIELD_NUMBER: _ClassVar[int]
    DISPOSAL_FIELD_NUMBER: _ClassVar[int]
    DISPOSED_ON_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    CONCLUDED_ON_FIELD_NUMBER: _ClassVar[int]
    REPORTER_FIELD_NUMBER: _ClassVar[int]
    REAL_NAME_FIELD_NUMBER: _ClassVar[int]
    REPLY_DUE_ON_FIELD_NUMBER: _ClassVar[int]
    REPLY_PROVISIONAL_FIELD_NUMBER: _ClassVar[int]
    REPLIED_ON_FIELD_NUMBER: _ClassVar[int]
    REPLY_ACCEPTED_FIELD_NUMBER: _ClassVar[int]
    REPLY_OVERDUE_FIELD_NUMBER: _ClassVar[int]
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    RECUSED_STAFF_FIELD_NUMBER: _ClassVar[int]
    clue_id: str
    division_code: str
    township_code: str
    source: ClueSource
    category: Category
    summary: str
    status: ClueStatus
    received_on: str
    disposal: Disposal
    disposed_on: str
    outcome: VerificationOutcome
    concluded_on: str
    reporter: Reporter
    real_name: bool
    reply_due_on: str
    reply_provisional: bool
    replied_on: str
    reply_accepted: bool
    reply_overdue: bool
    cadre_id: str
    case_id: str
    recused_staff: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, clue_id: _Optional[str] = ..., division_code: _Optional[str] = ..., township_code: _Optional[str] = ..., source: _Optional[_Union[ClueSource, str]] = ..., category: _Optional[_Union[Category, str]] = ..., summary: _Optional[str] = ..., status: _Optional[_Union[ClueStatus, str]] = ..., received_on: _Optional[str] = ..., disposal: _Optional[_Union[Disposal, str]] = ..., disposed_on: _Optional[str] = ..., outcome: _Optional[_Union[VerificationOutcome, str]] = ..., concluded_on: _Optional[str] = ..., reporter: _Optional[_Union[Reporter, _Mapping]] = ..., real_name: _Optional[bool] = ..., reply_due_on: _Optional[str] = ..., reply_provisional: _Optional[bool] = ..., replied_on: _Optional[str] = ..., reply_accepted: _Optional[bool] = ..., reply_overdue: _Optional[bool] = ..., cadre_id: _Optional[str] = ..., case_id: _Optional[str] = ..., recused_staff: _Optional[_Iterable[str]] = ...) -> None: ...

class Evidence(_message.Message):
    __slots__ = ("evidence_id", "description", "added_on", "retracted_on", "retraction_reason")
    EVIDENCE_ID_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    ADDED_ON_FIELD_NUMBER: _ClassVar[int]
    RETRACTED_ON_FIELD_NUMBER: _ClassVar[int]
    RETRACTION_REASON_FIELD_NUMBER: _ClassVar[int]
    evidence_id: str
    description: str
    added_on: str
    retracted_on: str
    retraction_reason: str
    def __init__(self, evidence_id: _Optional[str] = ..., description: _Optional[str] = ..., added_on: _Optional[str] = ..., retracted_on: _Optional[str] = ..., retraction_reason: _Optional[str] = ...) -> None: ...

class MeasureChoice(_message.Message):
    __slots__ = ("measure_type", "kind")
    MEASURE_TYPE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    measure_type: MeasureType
    kind: MeasureKind
    def __init__(self, measure_type: _Optional[_Union[MeasureType, str]] = ..., kind: _Optional[_Union[MeasureKind, str]] = ...) -> None: ...

class DecidedMeasure(_message.Message):
    __slots__ = ("measure_type", "kind", "removes_from_post", "influence_ends_on", "permanent")
    MEASURE_TYPE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    REMOVES_FROM_POST_FIELD_NUMBER: _ClassVar[int]
    INFLUENCE_ENDS_ON_FIELD_NUMBER: _ClassVar[int]
    PERMANENT_FIELD_NUMBER: _ClassVar[int]
    measure_type: MeasureType
    kind: MeasureKind
    removes_from_post: bool
    influence_ends_on: str
    permanent: bool
    def __init__(self, measure_type: _Optional[_Union[MeasureType, str]] = ..., kind: _Optional[_Union[MeasureKind, str]] = ..., removes_from_post: _Optional[bool] = ..., influence_ends_on: _Optional[str] = ..., permanent: _Optional[bool] = ...) -> None: ...

class Appeal(_message.Message):
    __slots__ = ("appealed_on", "grounds", "concluded_on", "outcome")
    APPEALED_ON_FIELD_NUMBER: _ClassVar[int]
    GROUNDS_FIELD_NUMBER: _ClassVar[int]
    CONCLUDED_ON_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    appealed_on: str
    grounds: str
    concluded_on: str
    outcome: AppealOutcome
    def __init__(self, appealed_on: _Optional[str] = ..., grounds: _Optional[str] = ..., concluded_on: _Optional[str] = ..., outcome: _Optional[_Union[AppealOutcome, str]] = ...) -> None: ...

class Case(_message.Message):
    __slots__ = ("case_id", "clue_id", "division_code", "township_code", "category", "cadre_id", "status", "filed_on", "investigation_due_on", "extensions", "investigation_overdue", "evidence", "submitted_on", "returns", "decided_on", "four_forms_level", "measures", "decision_summary", "executed_on", "archived_on", "appeal", "sanction_in_force", "recused_staff")
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    CLUE_ID_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    TOWNSHIP_CODE_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    FILED_ON_FIELD_NUMBER: _ClassVar[int]
    INVESTIGATION_DUE_ON_FIELD_NUMBER: _ClassVar[int]
    EXTENSIONS_FIELD_NUMBER: _ClassVar[int]
    INVESTIGATION_OVERDUE_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    SUBMITTED_ON_FIELD_NUMBER: _ClassVar[int]
    RETURNS_FIELD_NUMBER: _ClassVar[int]
    DECIDED_ON_FIELD_NUMBER: _ClassVar[int]
    FOUR_FORMS_LEVEL_FIELD_NUMBER: _ClassVar[int]
    MEASURES_FIELD_NUMBER: _ClassVar[int]
    DECISION_SUMMARY_FIELD_NUMBER: _ClassVar[int]
    EXECUTED_ON_FIELD_NUMBER: _ClassVar[int]
    ARCHIVED_ON_FIELD_NUMBER: _ClassVar[int]
    APPEAL_FIELD_NUMBER: _ClassVar[int]
    SANCTION_IN_FORCE_FIELD_NUMBER: _ClassVar[int]
    RECUSED_STAFF_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    clue_id: str
    division_code: str
    township_code: str
    category: Category
    cadre_id: str
    status: CaseStatus
    filed_on: str
    investigation_due_on: str
    extensions: int
    investigation_overdue: bool
    evidence: _containers.RepeatedCompositeFieldContainer[Evidence]
    submitted_on: str
    returns: int
    decided_on: str
    four_forms_level: int
    measures: _containers.RepeatedCompositeFieldContainer[DecidedMeasure]
    decision_summary: str
    executed_on: str
    archived_on: str
    appeal: Appeal
    sanction_in_force: bool
    recused_staff: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, case_id: _Optional[str] = ..., clue_id: _Optional[str] = ..., division_code: _Optional[str] = ..., township_code: _Optional[str] = ..., category: _Optional[_Union[Category, str]] = ..., cadre_id: _Optional[str] = ..., status: _Optional[_Union[CaseStatus, str]] = ..., filed_on: _Optional[str] = ..., investigation_due_on: _Optional[str] = ..., extensions: _Optional[int] = ..., investigation_overdue: _Optional[bool] = ..., evidence: _Optional[_Iterable[_Union[Evidence, _Mapping]]] = ..., submitted_on: _Optional[str] = ..., returns: _Optional[int] = ..., decided_on: _Optional[str] = ..., four_forms_level: _Optional[int] = ..., measures: _Optional[_Iterable[_Union[DecidedMeasure, _Mapping]]] = ..., decision_summary: _Optional[str] = ..., executed_on: _Optional[str] = ..., archived_on: _Optional[str] = ..., appeal: _Optional[_Union[Appeal, _Mapping]] = ..., sanction_in_force: _Optional[bool] = ..., recused_staff: _Optional[_Iterable[str]] = ...) -> None: ...

class Dispute(_message.Message):
    __slots__ = ("dispute_id", "division_code", "dispute_type", "risk_level", "amount_yuan", "parties", "summary", "registered_on", "registered_level", "level", "status", "resolved_on", "resolution_note", "confirmation_due_on", "confirmation_applied_on", "confirmation_lapsed", "follow_ups", "followed_up_on", "closed_on", "route", "diverted_on")
    DISPUTE_ID_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    DISPUTE_TYPE_FIELD_NUMBER: _ClassVar[int]
    RISK_LEVEL_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_YUAN_FIELD_NUMBER: _ClassVar[int]
    PARTIES_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    REGISTERED_ON_FIELD_NUMBER: _ClassVar[int]
    REGISTERED_LEVEL_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_ON_FIELD_NUMBER: _ClassVar[int]
    RESOLUTION_NOTE_FIELD_NUMBER: _ClassVar[int]
    CONFIRMATION_DUE_ON_FIELD_NUMBER: _ClassVar[int]
    CONFIRMATION_APPLIED_ON_FIELD_NUMBER: _ClassVar[int]
    CONFIRMATION_LAPSED_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_UPS_FIELD_NUMBER: _ClassVar[int]
    FOLLOWED_UP_ON_FIELD_NUMBER: _ClassVar[int]
    CLOSED_ON_FIELD_NUMBER: _ClassVar[int]
    ROUTE_FIELD_NUMBER: _ClassVar[int]
    DIVERTED_ON_FIELD_NUMBER: _ClassVar[int]
    dispute_id: str
    division_code: str
    dispute_type: DisputeType
    risk_level: RiskLevel
    amount_yuan: int
    parties: int
    summary: str
    registered_on: str
    registered_level: DivisionLevel
    level: DivisionLevel
    status: DisputeStatus
    resolved_on: str
    resolution_note: str
    confirmation_due_on: str
    confirmation_applied_on: str
    confirmation_lapsed: bool
    follow_ups: int
    followed_up_on: str
    closed_on: str
    route: DiversionRoute
    diverted_on: str
    def __init__(self, dispute_id: _Optional[str] = ..., division_code: _Optional[str] = ..., dispute_type: _Optional[_Union[DisputeType, str]] = ..., risk_level: _Optional[_Union[RiskLevel, str]] = ..., amount_yuan: _Optional[int] = ..., parties: _Optional[int] = ..., summary: _Optional[str] = ..., registered_on: _Optional[str] = ..., registered_level: _Optional[_Union[DivisionLevel, str]] = ..., level: _Optional[_Union[DivisionLevel, str]] = ..., status: _Optional[_Union[DisputeStatus, str]] = ..., resolved_on: _Optional[str] = ..., resolution_note: _Optional[str] = ..., confirmation_due_on: _Optional[str] = ..., confirmation_applied_on: _Optional[str] = ..., confirmation_lapsed: _Optional[bool] = ..., follow_ups: _Optional[int] = ..., followed_up_on: _Optional[str] = ..., closed_on: _Optional[str] = ..., route: _Optional[_Union[DiversionRoute, str]] = ..., diverted_on: _Optional[str] = ...) -> None: ...

class SweepRecord(_message.Message):
    __slots__ = ("division_code", "level", "period", "period_starts_on", "period_ends_on", "reported", "swept_on", "disputes_found", "nil_report", "on_time", "missed")
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    PERIOD_STARTS_ON_FIELD_NUMBER: _ClassVar[int]
    PERIOD_ENDS_ON_FIELD_NUMBER: _ClassVar[int]
    REPORTED_FIELD_NUMBER: _ClassVar[int]
    SWEPT_ON_FIELD_NUMBER: _ClassVar[int]
    DISPUTES_FOUND_FIELD_NUMBER: _ClassVar[int]
    NIL_REPORT_FIELD_NUMBER: _ClassVar[int]
    ON_TIME_FIELD_NUMBER: _ClassVar[int]
    MISSED_FIELD_NUMBER: _ClassVar[int]
    division_code: str
    level: DivisionLevel
    period: str
    period_starts_on: str
    period_ends_on: str
    reported: bool
    swept_on: str
    disputes_found: int
    nil_report: bool
    on_time: bool
    missed: bool
    def __init__(self, division_code: _Optional[str] = ..., level: _Optional[_Union[DivisionLevel, str]] = ..., period: _Optional[str] = ..., period_starts_on: _Optional[str] = ..., period_ends_on: _Optional[str] = ..., reported: _Optional[bool] = ..., swept_on: _Optional[str] = ..., disputes_found: _Optional[int] = ..., nil_report: _Optional[bool] = ..., on_time: _Optional[bool] = ..., missed: _Optional[bool] = ...) -> None: ...

class SweepDuty(_message.Message):
    __slots__ = ("division_code", "level", "active", "next_period", "next_period_ends_on")
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PERIOD_FIELD_NUMBER: _ClassVar[int]
    NEXT_PERIOD_ENDS_ON_FIELD_NUMBER: _ClassVar[int]
    division_code: str
    level: DivisionLevel
    active: bool
    next_period: str
    next_period_ends_on: str
    def __init__(self, division_code: _Optional[str] = ..., level: _Optional[_Union[DivisionLevel, str]] = ..., active: _Optional[bool] = ..., next_period: _Optional[str] = ..., next_period_ends_on: _Optional[str] = ...) -> None: ...

class ArrearsTotals(_message.Message):
    __slots__ = ("owed_yuan", "paid_yuan", "recovered_yuan", "outstanding_yuan")
    OWED_YUAN_FIELD_NUMBER: _ClassVar[int]
    PAID_YUAN_FIELD_NUMBER: _ClassVar[int]
    RECOVERED_YUAN_FIELD_NUMBER: _ClassVar[int]
    OUTSTANDING_YUAN_FIELD_NUMBER: _ClassVar[int]
    owed_yuan: int
    paid_yuan: int
    recovered_yuan: int
    outstanding_yuan: int
    def __init__(self, owed_yuan: _Optional[int] = ..., paid_yuan: _Optional[int] = ..., recovered_yuan: _Optional[int] = ..., outstanding_yuan: _Optional[int] = ...) -> None: ...

class ReservedLandTotals(_message.Message):
    __slots__ = ("owed_mu", "land_mu", "property_mu", "cash_mu")
    OWED_MU_FIELD_NUMBER: _ClassVar[int]
    LAND_MU_FIELD_NUMBER: _ClassVar[int]
    PROPERTY_MU_FIELD_NUMBER: _ClassVar[int]
    CASH_MU_FIELD_NUMBER: _ClassVar[int]
    owed_mu: float
    land_mu: float
    property_mu: float
    cash_mu: float
    def __init__(self, owed_mu: _Optional[float] = ..., land_mu: _Optional[float] = ..., property_mu: _Optional[float] = ..., cash_mu: _Optional[float] = ...) -> None: ...

class PensionTotals(_message.Message):
    __slots__ = ("entitled", "enrolled")
    ENTITLED_FIELD_NUMBER: _ClassVar[int]
    ENROLLED_FIELD_NUMBER: _ClassVar[int]
    entitled: int
    enrolled: int
    def __init__(self, entitled: _Optional[int] = ..., enrolled: _Optional[int] = ...) -> None: ...

class ThreeCapitalsTotals(_message.Message):
    __slots__ = ("items_inventoried", "contracts_found", "contracts_corrected", "funds_recovered_yuan")
    ITEMS_INVENTORIED_FIELD_NUMBER: _ClassVar[int]
    CONTRACTS_FOUND_FIELD_NUMBER: _ClassVar[int]
    CONTRACTS_CORRECTED_FIELD_NUMBER: _ClassVar[int]
    FUNDS_RECOVERED_YUAN_FIELD_NUMBER: _ClassVar[int]
    items_inventoried: int
    contracts_found: int
    contracts_corrected: int
    funds_recovered_yuan: int
    def __init__(self, items_inventoried: _Optional[int] = ..., contracts_found: _Optional[int] = ..., contracts_corrected: _Optional[int] = ..., funds_recovered_yuan: _Optional[int] = ...) -> None: ...

class AssetDeal(_message.Message):
    __slots__ = ("deal_id", "deal_kind", "amount_yuan", "deal_on", "decision_id", "decision_backed")
    DEAL_ID_FIELD_NUMBER: _ClassVar[int]
    DEAL_KIND_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_YUAN_FIELD_NUMBER: _ClassVar[int]
    DEAL_ON_FIELD_NUMBER: _ClassVar[int]
    DECISION_ID_FIELD_NUMBER: _ClassVar[int]
    DECISION_BACKED_FIELD_NUMBER: _ClassVar[int]
    deal_id: str
    deal_kind: DealKind
    amount_yuan: int
    deal_on: str
    decision_id: str
    decision_backed: bool
    def __init__(self, deal_id: _Optional[str] = ..., deal_kind: _Optional[_Union[DealKind, str]] = ..., amount_yuan: _Optional[int] = ..., deal_on: _Optional[str] = ..., decision_id: _Optional[str] = ..., decision_backed: _Optional[bool] = ...) -> None: ...

class Ledger(_message.Message):
    __slots__ = ("division_code", "arrears", "reserved_land", "pension", "three_capitals", "deals", "last_on")
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    ARREARS_FIELD_NUMBER: _ClassVar[int]
    RESERVED_LAND_FIELD_NUMBER: _ClassVar[int]
    PENSION_FIELD_NUMBER: _ClassVar[int]
    THREE_CAPITALS_FIELD_NUMBER: _ClassVar[int]
    DEALS_FIELD_NUMBER: _ClassVar[int]
    LAST_ON_FIELD_NUMBER: _ClassVar[int]
    division_code: str
    arrears: ArrearsTotals
    reserved_land: ReservedLandTotals
    pension: PensionTotals
    three_capitals: ThreeCapitalsTotals
    deals: _containers.RepeatedCompositeFieldContainer[AssetDeal]
    last_on: str
    def __init__(self, division_code: _Optional[str] = ..., arrears: _Optional[_Union[ArrearsTotals, _Mapping]] = ..., reserved_land: _Optional[_Union[ReservedLandTotals, _Mapping]] = ..., pension: _Optional[_Union[PensionTotals, _Mapping]] = ..., three_capitals: _Optional[_Union[ThreeCapitalsTotals, _Mapping]] = ..., deals: _Optional[_Iterable[_Union[AssetDeal, _Mapping]]] = ..., last_on: _Optional[str] = ...) -> None: ...

class ReceiveClueRequest(_message.Message):
    __slots__ = ("division_code", "source", "category", "summary", "received_on", "reporter", "cadre_id")
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_ON_FIELD_NUMBER: _ClassVar[int]
    REPORTER_FIELD_NUMBER: _ClassVar[int]
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    division_code: str
    source: ClueSource
    category: Category
    summary: str
    received_on: str
    reporter: Reporter
    cadre_id: str
    def __init__(self, division_code: _Optional[str] = ..., source: _Optional[_Union[ClueSource, str]] = ..., category: _Optional[_Union[Category, str]] = ..., summary: _Optional[str] = ..., received_on: _Optional[str] = ..., reporter: _Optional[_Union[Reporter, _Mapping]] = ..., cadre_id: _Optional[str] = ...) -> None: ...

class ReceiveClueResponse(_message.Message):
    __slots__ = ("clue",)
    CLUE_FIELD_NUMBER: _ClassVar[int]
    clue: Clue
    def __init__(self, clue: _Optional[_Union[Clue, _Mapping]] = ...) -> None: ...

class DisposeClueRequest(_message.Message):
    __slots__ = ("clue_id", "disposal", "disposed_on", "category")
    CLUE_ID_FIELD_NUMBER: _ClassVar[int]
    DISPOSAL_FIELD_NUMBER: _ClassVar[int]
    DISPOSED_ON_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    clue_id: str
    disposal: Disposal
    disposed_on: str
    category: Category
    def __init__(self, clue_id: _Optional[str] = ..., disposal: _Optional[_Union[Disposal, str]] = ..., disposed_on: _Optional[str] = ..., category: _Optional[_Union[Category, str]] = ...) -> None: ...

class DisposeClueResponse(_message.Message):
    __slots__ = ("clue",)
    CLUE_FIELD_NUMBER: _ClassVar[int]
    clue: Clue
    def __init__(self, clue: _Optional[_Union[Clue, _Mapping]] = ...) -> None: ...

class ConcludeVerificationRequest(_message.Message):
    __slots__ = ("clue_id", "outcome", "concluded_on")
    CLUE_ID_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    CONCLUDED_ON_FIELD_NUMBER: _ClassVar[int]
    clue_id: str
    outcome: VerificationOutcome
    concluded_on: str
    def __init__(self, clue_id: _Optional[str] = ..., outcome: _Optional[_Union[VerificationOutcome, str]] = ..., concluded_on: _Optional[str] = ...) -> None: ...

class ConcludeVerificationResponse(_message.Message):
    __slots__ = ("clue",)
    CLUE_FIELD_NUMBER: _ClassVar[int]
    clue: Clue
    def __init__(self, clue: _Optional[_Union[Clue, _Mapping]] = ...) -> None: ...

class ReplyToReporterRequest(_message.Message):
    __slots__ = ("clue_id", "accepted", "replied_on")
    CLUE_ID_FIELD_NUMBER: _ClassVar[int]
    ACCEPTED_FIELD_NUMBER: _ClassVar[int]
    REPLIED_ON_FIELD_NUMBER: _ClassVar[int]
    clue_id: str
    accepted: bool
    replied_on: str
    def __init__(self, clue_id: _Optional[str] = ..., accepted: _Optional[bool] = ..., replied_on: _Optional[str] = ...) -> None: ...

class ReplyToReporterResponse(_message.Message):
    __slots__ = ("clue",)
    CLUE_FIELD_NUMBER: _ClassVar[int]
    clue: Clue
    def __init__(self, clue: _Optional[_Union[Clue, _Mapping]] = ...) -> None: ...

class RecordRecusalRequest(_message.Message):
    __slots__ = ("clue_id", "staff", "reason")
    CLUE_ID_FIELD_NUMBER: _ClassVar[int]
    STAFF_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    clue_id: str
    staff: str
    reason: str
    def __init__(self, clue_id: _Optional[str] = ..., staff: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class RecordRecusalResponse(_message.Message):
    __slots__ = ("clue",)
    CLUE_FIELD_NUMBER: _ClassVar[int]
    clue: Clue
    def __init__(self, clue: _Optional[_Union[Clue, _Mapping]] = ...) -> None: ...

class GetClueRequest(_message.Message):
    __slots__ = ("clue_id",)
    CLUE_ID_FIELD_NUMBER: _ClassVar[int]
    clue_id: str
    def __init__(self, clue_id: _Optional[str] = ...) -> None: ...

class GetClueResponse(_message.Message):
    __slots__ = ("clue",)
    CLUE_FIELD_NUMBER: _ClassVar[int]
    clue: Clue
    def __init__(self, clue: _Optional[_Union[Clue, _Mapping]] = ...) -> None: ...

class ListCluesRequest(_message.Message):
    __slots__ = ("division_code_prefix", "status", "source", "page_size", "page_token")
    DIVISION_CODE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    division_code_prefix: str
    status: ClueStatus
    source: ClueSource
    page_size: int
    page_token: str
    def __init__(self, division_code_prefix: _Optional[str] = ..., status: _Optional[_Union[ClueStatus, str]] = ..., source: _Optional[_Union[ClueSource, str]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListCluesResponse(_message.Message):
    __slots__ = ("clues", "next_page_token")
    CLUES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    clues: _containers.RepeatedCompositeFieldContainer[Clue]
    next_page_token: str
    def __init__(self, clues: _Optional[_Iterable[_Union[Clue, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class FileCaseRequest(_message.Message):
    __slots__ = ("clue_id", "filed_on", "category", "cadre_id")
    CLUE_ID_FIELD_NUMBER: _ClassVar[int]
    FILED_ON_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    clue_id: str
    filed_on: str
    category: Category
    cadre_id: str
    def __init__(self, clue_id: _Optional[str] = ..., filed_on: _Optional[str] = ..., category: _Optional[_Union[Category, str]] = ..., cadre_id: _Optional[str] = ...) -> None: ...

class FileCaseResponse(_message.Message):
    __slots__ = ("case",)
    CASE_FIELD_NUMBER: _ClassVar[int]
    case: Case
    def __init__(self, case: _Optional[_Union[Case, _Mapping]] = ...) -> None: ...

class AddEvidenceRequest(_message.Message):
    __slots__ = ("case_id", "description", "added_on")
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    ADDED_ON_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    description: str
    added_on: str
    def __init__(self, case_id: _Optional[str] = ..., description: _Optional[str] = ..., added_on: _Optional[str] = ...) -> None: ...

class AddEvidenceResponse(_message.Message):
    __slots__ = ("case",)
    CASE_FIELD_NUMBER: _ClassVar[int]
    case: Case
    def __init__(self, case: _Optional[_Union[Case, _Mapping]] = ...) -> None: ...

class RetractEvidenceRequest(_message.Message):
    __slots__ = ("case_id", "evidence_id", "reason", "retracted_on")
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    RETRACTED_ON_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    evidence_id: str
    reason: str
    retracted_on: str
    def __init__(self, case_id: _Optional[str] = ..., evidence_id: _Optional[str] = ..., reason: _Optional[str] = ..., retracted_on: _Optional[str] = ...) -> None: ...

class RetractEvidenceResponse(_message.Message):
    __slots__ = ("case",)
    CASE_FIELD_NUMBER: _ClassVar[int]
    case: Case
    def __init__(self, case: _Optional[_Union[Case, _Mapping]] = ...) -> None: ...

class ExtendInvestigationRequest(_message.Message):
    __slots__ = ("case_id", "reason", "extended_on")
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    EXTENDED_ON_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    reason: str
    extended_on: str
    def __init__(self, case_id: _Optional[str] = ..., reason: _Optional[str] = ..., extended_on: _Optional[str] = ...) -> None: ...

class ExtendInvestigationResponse(_message.Message):
    __slots__ = ("case",)
    CASE_FIELD_NUMBER: _ClassVar[int]
    case: Case
    def __init__(self, case: _Optional[_Union[Case, _Mapping]] = ...) -> None: ...

class SubmitForReviewRequest(_message.Message):
    __slots__ = ("case_id", "submitted_on")
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    SUBMITTED_ON_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    submitted_on: str
    def __init__(self, case_id: _Optional[str] = ..., submitted_on: _Optional[str] = ...) -> None: ...

class SubmitForReviewResponse(_message.Message):
    __slots__ = ("case",)
    CASE_FIELD_NUMBER: _ClassVar[int]
    case: Case
    def __init__(self, case: _Optional[_Union[Case, _Mapping]] = ...) -> None: ...

class ReturnForInvestigationRequest(_message.Message):
    __slots__ = ("case_id", "reason", "returned_on")
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    RETURNED_ON_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    reason: str
    returned_on: str
    def __init__(self, case_id: _Optional[str] = ..., reason: _Optional[str] = ..., returned_on: _Optional[str] = ...) -> None: ...

class ReturnForInvestigationResponse(_message.Message):
    __slots__ = ("case",)
    CASE_FIELD_NUMBER: _ClassVar[int]
    case: Case
    def __init__(self, case: _Optional[_Union[Case, _Mapping]] = ...) -> None: ...

class DecideCaseRequest(_message.Message):
    __slots__ = ("case_id", "decided_on", "four_forms_level", "measures", "summary")
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    DECIDED_ON_FIELD_NUMBER: _ClassVar[int]
    FOUR_FORMS_LEVEL_FIELD_NUMBER: _ClassVar[int]
    MEASURES_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    decided_on: str
    four_forms_level: int
    measures: _containers.RepeatedCompositeFieldContainer[MeasureChoice]
    summary: str
    def __init__(self, case_id: _Optional[str] = ..., decided_on: _Optional[str] = ..., four_forms_level: _Optional[int] = ..., measures: _Optional[_Iterable[_Union[MeasureChoice, _Mapping]]] = ..., summary: _Optional[str] = ...) -> None: ...

class DecideCaseResponse(_message.Message):
    __slots__ = ("case",)
    CASE_FIELD_NUMBER: _ClassVar[int]
    case: Case
    def __init__(self, case: _Optional[_Union[Case, _Mapping]] = ...) -> None: ...

class RecordExecutionRequest(_message.Message):
    __slots__ = ("case_id", "executed_on")
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    EXECUTED_ON_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    executed_on: str
    def __init__(self, case_id: _Optional[str] = ..., executed_on: _Optional[str] = ...) -> None: ...

class RecordExecutionResponse(_message.Message):
    __slots__ = ("case",)
    CASE_FIELD_NUMBER: _ClassVar[int]
    case: Case
    def __init__(self, case: _Optional[_Union[Case, _Mapping]] = ...) -> None: ...

class ArchiveCaseRequest(_message.Message):
    __slots__ = ("case_id", "archived_on")
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    ARCHIVED_ON_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    archived_on: str
    def __init__(self, case_id: _Optional[str] = ..., archived_on: _Optional[str] = ...) -> None: ...

class ArchiveCaseResponse(_message.Message):
    __slots__ = ("case",)
    CASE_FIELD_NUMBER: _ClassVar[int]
    case: Case
    def __init__(self, case: _Optional[_Union[Case, _Mapping]] = ...) -> None: ...

class RecordAppealRequest(_message.Message):
    __slots__ = ("case_id", "appealed_on", "grounds")
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    APPEALED_ON_FIELD_NUMBER: _ClassVar[int]
    GROUNDS_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    appealed_on: str
    grounds: str
    def __init__(self, case_id: _Optional[str] = ..., appealed_on: _Optional[str] = ..., grounds: _Optional[str] = ...) -> None: ...

class RecordAppealResponse(_message.Message):
    __slots__ = ("case",)
    CASE_FIELD_NUMBER: _ClassVar[int]
    case: Case
    def __init__(self, case: _Optional[_Union[Case, _Mapping]] = ...) -> None: ...

class ConcludeAppealRequest(_message.Message):
    __slots__ = ("case_id", "outcome", "concluded_on")
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    CONCLUDED_ON_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    outcome: AppealOutcome
    concluded_on: str
    def __init__(self, case_id: _Optional[str] = ..., outcome: _Optional[_Union[AppealOutcome, str]] = ..., concluded_on: _Optional[str] = ...) -> None: ...

class ConcludeAppealResponse(_message.Message):
    __slots__ = ("case",)
    CASE_FIELD_NUMBER: _ClassVar[int]
    case: Case
    def __init__(self, case: _Optional[_Union[Case, _Mapping]] = ...) -> None: ...

class GetCaseRequest(_message.Message):
    __slots__ = ("case_id",)
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    def __init__(self, case_id: _Optional[str] = ...) -> None: ...

class GetCaseResponse(_message.Message):
    __slots__ = ("case",)
    CASE_FIELD_NUMBER: _ClassVar[int]
    case: Case
    def __init__(self, case: _Optional[_Union[Case, _Mapping]] = ...) -> None: ...

class ListCasesRequest(_message.Message):
    __slots__ = ("division_code_prefix", "status", "category", "page_size", "page_token")
    DIVISION_CODE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    division_code_prefix: str
    status: CaseStatus
    category: Category
    page_size: int
    page_token: str
    def __init__(self, division_code_prefix: _Optional[str] = ..., status: _Optional[_Union[CaseStatus, str]] = ..., category: _Optional[_Union[Category, str]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListCasesResponse(_message.Message):
    __slots__ = ("cases", "next_page_token")
    CASES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    cases: _containers.RepeatedCompositeFieldContainer[Case]
    next_page_token: str
    def __init__(self, cases: _Optional[_Iterable[_Union[Case, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class RegisterDisputeRequest(_message.Message):
    __slots__ = ("division_code", "dispute_type", "risk_level", "amount_yuan", "parties", "summary", "registered_on")
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    DISPUTE_TYPE_FIELD_NUMBER: _ClassVar[int]
    RISK_LEVEL_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_YUAN_FIELD_NUMBER: _ClassVar[int]
    PARTIES_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    REGISTERED_ON_FIELD_NUMBER: _ClassVar[int]
    division_code: str
    dispute_type: DisputeType
    risk_level: RiskLevel
    amount_yuan: int
    parties: int
    summary: str
    registered_on: str
    def __init__(self, division_code: _Optional[str] = ..., dispute_type: _Optional[_Union[DisputeType, str]] = ..., risk_level: _Optional[_Union[RiskLevel, str]] = ..., amount_yuan: _Optional[int] = ..., parties: _Optional[int] = ..., summary: _Optional[str] = ..., registered_on: _Optional[str] = ...) -> None: ...

class RegisterDisputeResponse(_message.Message):
    __slots__ = ("dispute",)
    DISPUTE_FIELD_NUMBER: _ClassVar[int]
    dispute: Dispute
    def __init__(self, dispute: _Optional[_Union[Dispute, _Mapping]] = ...) -> None: ...

class EscalateDisputeRequest(_message.Message):
    __slots__ = ("dispute_id", "reason", "escalated_on")
    DISPUTE_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    ESCALATED_ON_FIELD_NUMBER: _ClassVar[int]
    dispute_id: str
    reason: str
    escalated_on: str
    def __init__(self, dispute_id: _Optional[str] = ..., reason: _Optional[str] = ..., escalated_on: _Optional[str] = ...) -> None: ...

class EscalateDisputeResponse(_message.Message):
    __slots__ = ("dispute",)
    DISPUTE_FIELD_NUMBER: _ClassVar[int]
    dispute: Dispute
    def __init__(self, dispute: _Optional[_Union[Dispute, _Mapping]] = ...) -> None: ...

class ResolveDisputeRequest(_message.Message):
    __slots__ = ("dispute_id", "resolved_on", "seek_judicial_confirmation", "note")
    DISPUTE_ID_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_ON_FIELD_NUMBER: _ClassVar[int]
    SEEK_JUDICIAL_CONFIRMATION_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    dispute_id: str
    resolved_on: str
    seek_judicial_confirmation: bool
    note: str
    def __init__(self, dispute_id: _Optional[str] = ..., resolved_on: _Optional[str] = ..., seek_judicial_confirmation: _Optional[bool] = ..., note: _Optional[str] = ...) -> None: ...

class ResolveDisputeResponse(_message.Message):
    __slots__ = ("dispute",)
    DISPUTE_FIELD_NUMBER: _ClassVar[int]
    dispute: Dispute
    def __init__(self, dispute: _Optional[_Union[Dispute, _Mapping]] = ...) -> None: ...

class ApplyJudicialConfirmationRequest(_message.Message):
    __slots__ = ("dispute_id", "applied_on")
    DISPUTE_ID_FIELD_NUMBER: _ClassVar[int]
    APPLIED_ON_FIELD_NUMBER: _ClassVar[int]
    dispute_id: str
    applied_on: str
    def __init__(self, dispute_id: _Optional[str] = ..., applied_on: _Optional[str] = ...) -> None: ...

class ApplyJudicialConfirmationResponse(_message.Message):
    __slots__ = ("dispute",)
    DISPUTE_FIELD_NUMBER: _ClassVar[int]
    dispute: Dispute
    def __init__(self, dispute: _Optional[_Union[Dispute, _Mapping]] = ...) -> None: ...

class FollowUpDisputeRequest(_message.Message):
    __slots__ = ("dispute_id", "followed_up_on", "note")
    DISPUTE_ID_FIELD_NUMBER: _ClassVar[int]
    FOLLOWED_UP_ON_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    dispute_id: str
    followed_up_on: str
    note: str
    def __init__(self, dispute_id: _Optional[str] = ..., followed_up_on: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class FollowUpDisputeResponse(_message.Message):
    __slots__ = ("dispute",)
    DISPUTE_FIELD_NUMBER: _ClassVar[int]
    dispute: Dispute
    def __init__(self, dispute: _Optional[_Union[Dispute, _Mapping]] = ...) -> None: ...

class CloseDisputeRequest(_message.Message):
    __slots__ = ("dispute_id", "closed_on")
    DISPUTE_ID_FIELD_NUMBER: _ClassVar[int]
    CLOSED_ON_FIELD_NUMBER: _ClassVar[int]
    dispute_id: str
    closed_on: str
    def __init__(self, dispute_id: _Optional[str] = ..., closed_on: _Optional[str] = ...) -> None: ...

class CloseDisputeResponse(_message.Message):
    __slots__ = ("dispute",)
    DISPUTE_FIELD_NUMBER: _ClassVar[int]
    dispute: Dispute
    def __init__(self, dispute: _Optional[_Union[Dispute, _Mapping]] = ...) -> None: ...

class DivertDisputeRequest(_message.Message):
    __slots__ = ("dispute_id", "route", "diverted_on", "reason")
    DISPUTE_ID_FIELD_NUMBER: _ClassVar[int]
    ROUTE_FIELD_NUMBER: _ClassVar[int]
    DIVERTED_ON_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    dispute_id: str
    route: DiversionRoute
    diverted_on: str
    reason: str
    def __init__(self, dispute_id: _Optional[str] = ..., route: _Optional[_Union[DiversionRoute, str]] = ..., diverted_on: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class DivertDisputeResponse(_message.Message):
    __slots__ = ("dispute",)
    DISPUTE_FIELD_NUMBER: _ClassVar[int]
    dispute: Dispute
    def __init__(self, dispute: _Optional[_Union[Dispute, _Mapping]] = ...) -> None: ...

class GetDisputeRequest(_message.Message):
    __slots__ = ("dispute_id",)
    DISPUTE_ID_FIELD_NUMBER: _ClassVar[int]
    dispute_id: str
    def __init__(self, dispute_id: _Optional[str] = ...) -> None: ...

class GetDisputeResponse(_message.Message):
    __slots__ = ("dispute",)
    DISPUTE_FIELD_NUMBER: _ClassVar[int]
    dispute: Dispute
    def __init__(self, dispute: _Optional[_Union[Dispute, _Mapping]] = ...) -> None: ...

class ListDisputesRequest(_message.Message):
    __slots__ = ("division_code_prefix", "status", "dispute_type", "level", "page_size", "page_token")
    DIVISION_CODE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DISPUTE_TYPE_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    division_code_prefix: str
    status: DisputeStatus
    dispute_type: DisputeType
    level: DivisionLevel
    page_size: int
    page_token: str
    def __init__(self, division_code_prefix: _Optional[str] = ..., status: _Optional[_Union[DisputeStatus, str]] = ..., dispute_type: _Optional[_Union[DisputeType, str]] = ..., level: _Optional[_Union[DivisionLevel, str]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListDisputesResponse(_message.Message):
    __slots__ = ("disputes", "next_page_token")
    DISPUTES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    disputes: _containers.RepeatedCompositeFieldContainer[Dispute]
    next_page_token: str
    def __init__(self, disputes: _Optional[_Iterable[_Union[Dispute, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class FileSweepReportRequest(_message.Message):
    __slots__ = ("division_code", "period_day", "swept_on", "disputes_found", "note")
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    PERIOD_DAY_FIELD_NUMBER: _ClassVar[int]
    SWEPT_ON_FIELD_NUMBER: _ClassVar[int]
    DISPUTES_FOUND_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    division_code: str
    period_day: str
    swept_on: str
    disputes_found: int
    note: str
    def __init__(self, division_code: _Optional[str] = ..., period_day: _Optional[str] = ..., swept_on: _Optional[str] = ..., disputes_found: _Optional[int] = ..., note: _Optional[str] = ...) -> None: ...

class FileSweepReportResponse(_message.Message):
    __slots__ = ("sweep",)
    SWEEP_FIELD_NUMBER: _ClassVar[int]
    sweep: SweepRecord
    def __init__(self, sweep: _Optional[_Union[SweepRecord, _Mapping]] = ...) -> None: ...

class GetSweepDutyRequest(_message.Message):
    __slots__ = ("division_code",)
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    division_code: str
    def __init__(self, division_code: _Optional[str] = ...) -> None: ...

class GetSweepDutyResponse(_message.Message):
    __slots__ = ("duty",)
    DUTY_FIELD_NUMBER: _ClassVar[int]
    duty: SweepDuty
    def __init__(self, duty: _Optional[_Union[SweepDuty, _Mapping]] = ...) -> None: ...

class ListSweepsRequest(_message.Message):
    __slots__ = ("division_code_prefix", "from_day", "to_day", "page_size", "page_token")
    DIVISION_CODE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    FROM_DAY_FIELD_NUMBER: _ClassVar[int]
    TO_DAY_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    division_code_prefix: str
    from_day: str
    to_day: str
    page_size: int
    page_token: str
    def __init__(self, division_code_prefix: _Optional[str] = ..., from_day: _Optional[str] = ..., to_day: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListSweepsResponse(_message.Message):
    __slots__ = ("sweeps", "next_page_token")
    SWEEPS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    sweeps: _containers.RepeatedCompositeFieldContainer[SweepRecord]
    next_page_token: str
    def __init__(self, sweeps: _Optional[_Iterable[_Union[SweepRecord, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class RecordCompensationArrearsRequest(_message.Message):
    __slots__ = ("division_code", "owed_yuan", "paid_yuan", "recovered_yuan", "recorded_on", "note")
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    OWED_YUAN_FIELD_NUMBER: _ClassVar[int]
    PAID_YUAN_FIELD_NUMBER: _ClassVar[int]
    RECOVERED_YUAN_FIELD_NUMBER: _ClassVar[int]
    RECORDED_ON_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    division_code: str
    owed_yuan: int
    paid_yuan: int
    recovered_yuan: int
    recorded_on: str
    note: str
    def __init__(self, division_code: _Optional[str] = ..., owed_yuan: _Optional[int] = ..., paid_yuan: _Optional[int] = ..., recovered_yuan: _Optional[int] = ..., recorded_on: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class RecordCompensationArrearsResponse(_message.Message):
    __slots__ = ("ledger",)
    LEDGER_FIELD_NUMBER: _ClassVar[int]
    ledger: Ledger
    def __init__(self, ledger: _Optional[_Union[Ledger, _Mapping]] = ...) -> None: ...

class RecordReservedLandRequest(_message.Message):
    __slots__ = ("division_code", "owed_mu", "fulfilled_mu", "form", "recorded_on", "note")
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    OWED_MU_FIELD_NUMBER: _ClassVar[int]
    FULFILLED_MU_FIELD_NUMBER: _ClassVar[int]
    FORM_FIELD_NUMBER: _ClassVar[int]
    RECORDED_ON_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    division_code: str
    owed_mu: float
    fulfilled_mu: float
    form: ReservedLandForm
    recorded_on: str
    note: str
    def __init__(self, division_code: _Optional[str] = ..., owed_mu: _Optional[float] = ..., fulfilled_mu: _Optional[float] = ..., form: _Optional[_Union[ReservedLandForm, str]] = ..., recorded_on: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class RecordReservedLandResponse(_message.Message):
    __slots__ = ("ledger",)
    LEDGER_FIELD_NUMBER: _ClassVar[int]
    ledger: Ledger
    def __init__(self, ledger: _Optional[_Union[Ledger, _Mapping]] = ...) -> None: ...

class RecordPensionCohortRequest(_message.Message):
    __slots__ = ("division_code", "entitled", "enrolled", "recorded_on")
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    ENTITLED_FIELD_NUMBER: _ClassVar[int]
    ENROLLED_FIELD_NUMBER: _ClassVar[int]
    RECORDED_ON_FIELD_NUMBER: _ClassVar[int]
    division_code: str
    entitled: int
    enrolled: int
    recorded_on: str
    def __init__(self, division_code: _Optional[str] = ..., entitled: _Optional[int] = ..., enrolled: _Optional[int] = ..., recorded_on: _Optional[str] = ...) -> None: ...

class RecordPensionCohortResponse(_message.Message):
    __slots__ = ("ledger",)
    LEDGER_FIELD_NUMBER: _ClassVar[int]
    ledger: Ledger
    def __init__(self, ledger: _Optional[_Union[Ledger, _Mapping]] = ...) -> None: ...

class RecordThreeCapitalsRequest(_message.Message):
    __slots__ = ("division_code", "items_inventoried", "contracts_found", "contracts_corrected", "funds_recovered_yuan", "recorded_on", "note")
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEMS_INVENTORIED_FIELD_NUMBER: _ClassVar[int]
    CONTRACTS_FOUND_FIELD_NUMBER: _ClassVar[int]
    CONTRACTS_CORRECTED_FIELD_NUMBER: _ClassVar[int]
    FUNDS_RECOVERED_YUAN_FIELD_NUMBER: _ClassVar[int]
    RECORDED_ON_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    division_code: str
    items_inventoried: int
    contracts_found: int
    contracts_corrected: int
    funds_recovered_yuan: int
    recorded_on: str
    note: str
    def __init__(self, division_code: _Optional[str] = ..., items_inventoried: _Optional[int] = ..., contracts_found: _Optional[int] = ..., contracts_corrected: _Optional[int] = ..., funds_recovered_yuan: _Optional[int] = ..., recorded_on: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class RecordThreeCapitalsResponse(_message.Message):
    __slots__ = ("ledger",)
    LEDGER_FIELD_NUMBER: _ClassVar[int]
    ledger: Ledger
    def __init__(self, ledger: _Optional[_Union[Ledger, _Mapping]] = ...) -> None: ...

class RecordAssetDealRequest(_message.Message):
    __slots__ = ("division_code", "deal_kind", "amount_yuan", "deal_on", "decision_id", "description")
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    DEAL_KIND_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_YUAN_FIELD_NUMBER: _ClassVar[int]
    DEAL_ON_FIELD_NUMBER: _ClassVar[int]
    DECISION_ID_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    division_code: str
    deal_kind: DealKind
    amount_yuan: int
    deal_on: str
    decision_id: str
    description: str
    def __init__(self, division_code: _Optional[str] = ..., deal_kind: _Optional[_Union[DealKind, str]] = ..., amount_yuan: _Optional[int] = ..., deal_on: _Optional[str] = ..., decision_id: _Optional[str] = ..., description: _Optional[str] = ...) -> None: ...

class RecordAssetDealResponse(_message.Message):
    __slots__ = ("ledger",)
    LEDGER_FIELD_NUMBER: _ClassVar[int]
    ledger: Ledger
    def __init__(self, ledger: _Optional[_Union[Ledger, _Mapping]] = ...) -> None: ...

class GetLedgerRequest(_message.Message):
    __slots__ = ("division_code",)
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    division_code: str
    def __init__(self, division_code: _Optional[str] = ...) -> None: ...

class GetLedgerResponse(_message.Message):
    __slots__ = ("ledger",)
    LEDGER_FIELD_NUMBER: _ClassVar[int]
    ledger: Ledger
    def __init__(self, ledger: _Optional[_Union[Ledger, _Mapping]] = ...) -> None: ...

class ListLedgersRequest(_message.Message):
    __slots__ = ("division_code_prefix", "page_size", "page_token")
    DIVISION_CODE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    division_code_prefix: str
    page_size: int
    page_token: str
    def __init__(self, division_code_prefix: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListLedgersResponse(_message.Message):
    __slots__ = ("ledgers", "next_page_token")
    LEDGERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ledgers: _containers.RepeatedCompositeFieldContainer[Ledger]
    next_page_token: str
    def __init__(self, ledgers: _Optional[_Iterable[_Union[Ledger, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...
