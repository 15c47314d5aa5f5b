from frontline.api.i18n.v1 import names_pb2 as _names_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class OrgLevel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ORG_LEVEL_UNSPECIFIED: _ClassVar[OrgLevel]
    ORG_LEVEL_COUNTY: _ClassVar[OrgLevel]
    ORG_LEVEL_TOWNSHIP: _ClassVar[OrgLevel]
    ORG_LEVEL_VILLAGE: _ClassVar[OrgLevel]
    ORG_LEVEL_COMMUNITY: _ClassVar[OrgLevel]
    ORG_LEVEL_BRANCH: _ClassVar[OrgLevel]

class OrgForm(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ORG_FORM_UNSPECIFIED: _ClassVar[OrgForm]
    ORG_FORM_COMMITTEE: _ClassVar[OrgForm]
    ORG_FORM_GENERAL_BRANCH: _ClassVar[OrgForm]
    ORG_FORM_BRANCH: _ClassVar[OrgForm]

class OrgUnitStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ORG_UNIT_STATUS_UNSPECIFIED: _ClassVar[OrgUnitStatus]
    ORG_UNIT_STATUS_ACTIVE: _ClassVar[OrgUnitStatus]
    ORG_UNIT_STATUS_DISSOLVED: _ClassVar[OrgUnitStatus]

class WeakLaxCriterion(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WEAK_LAX_CRITERION_UNSPECIFIED: _ClassVar[WeakLaxCriterion]
    WEAK_LAX_CRITERION_SECRETARY_VACANT: _ClassVar[WeakLaxCriterion]
    WEAK_LAX_CRITERION_ELECTION_OVERDUE: _ClassVar[WeakLaxCriterion]
    WEAK_LAX_CRITERION_MEETINGS_NOT_HELD: _ClassVar[WeakLaxCriterion]
    WEAK_LAX_CRITERION_DECISIONS_NOT_PUBLIC: _ClassVar[WeakLaxCriterion]
    WEAK_LAX_CRITERION_LOW_SATISFACTION: _ClassVar[WeakLaxCriterion]
    WEAK_LAX_CRITERION_DISPUTES_CONCENTRATED: _ClassVar[WeakLaxCriterion]
    WEAK_LAX_CRITERION_LAST_IN_ASSESSMENT: _ClassVar[WeakLaxCriterion]
    WEAK_LAX_CRITERION_OTHER: _ClassVar[WeakLaxCriterion]

class SecretaryRating(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SECRETARY_RATING_UNSPECIFIED: _ClassVar[SecretaryRating]
    SECRETARY_RATING_GOOD: _ClassVar[SecretaryRating]
    SECRETARY_RATING_FAIRLY_GOOD: _ClassVar[SecretaryRating]
    SECRETARY_RATING_AVERAGE: _ClassVar[SecretaryRating]
    SECRETARY_RATING_POOR: _ClassVar[SecretaryRating]

class DecisionMatter(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DECISION_MATTER_UNSPECIFIED: _ClassVar[DecisionMatter]
    DECISION_MATTER_VILLAGE_RULES_AND_PLANS: _ClassVar[DecisionMatter]
    DECISION_MATTER_LAND_CONTRACTING: _ClassVar[DecisionMatter]
    DECISION_MATTER_COLLECTIVE_ASSETS: _ClassVar[DecisionMatter]
    DECISION_MATTER_PROJECT: _ClassVar[DecisionMatter]
    DECISION_MATTER_PUBLIC_WORKS_FUNDRAISING: _ClassVar[DecisionMatter]
    DECISION_MATTER_OTHER: _ClassVar[DecisionMatter]
    DECISION_MATTER_LAND_CONTRACTING_TO_OUTSIDERS: _ClassVar[DecisionMatter]
    DECISION_MATTER_LAND_CONTRACT_ADJUSTMENT: _ClassVar[DecisionMatter]
    DECISION_MATTER_LAND_COMPENSATION_DISTRIBUTION: _ClassVar[DecisionMatter]
    DECISION_MATTER_RESERVED_LAND_USE: _ClassVar[DecisionMatter]

class DecisionSource(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DECISION_SOURCE_UNSPECIFIED: _ClassVar[DecisionSource]
    DECISION_SOURCE_MEMBERS_SUGGESTION: _ClassVar[DecisionSource]
    DECISION_SOURCE_VILLAGERS_SUGGESTION: _ClassVar[DecisionSource]
    DECISION_SOURCE_CADRE_PROPOSAL: _ClassVar[DecisionSource]
    DECISION_SOURCE_HIGHER_LEVEL: _ClassVar[DecisionSource]

class DecisionState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DECISION_STATE_UNSPECIFIED: _ClassVar[DecisionState]
    DECISION_STATE_DRAFT: _ClassVar[DecisionState]
    DECISION_STATE_PROPOSED: _ClassVar[DecisionState]
    DECISION_STATE_DELIBERATED: _ClassVar[DecisionState]
    DECISION_STATE_REVIEWED: _ClassVar[DecisionState]
    DECISION_STATE_RESOLVED: _ClassVar[DecisionState]
    DECISION_STATE_RESOLUTION_PUBLIC: _ClassVar[DecisionState]
    DECISION_STATE_IMPLEMENTING: _ClassVar[DecisionState]
    DECISION_STATE_RESULT_PUBLIC: _ClassVar[DecisionState]
    DECISION_STATE_CLOSED: _ClassVar[DecisionState]
    DECISION_STATE_REJECTED: _ClassVar[DecisionState]

class DecisionStep(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DECISION_STEP_UNSPECIFIED: _ClassVar[DecisionStep]
    DECISION_STEP_PROPOSAL: _ClassVar[DecisionStep]
    DECISION_STEP_DELIBERATION: _ClassVar[DecisionStep]
    DECISION_STEP_REVIEW: _ClassVar[DecisionStep]
    DECISION_STEP_RESOLUTION: _ClassVar[DecisionStep]

class ResolvingBody(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RESOLVING_BODY_UNSPECIFIED: _ClassVar[ResolvingBody]
    RESOLVING_BODY_VILLAGERS_MEETING: _ClassVar[ResolvingBody]
    RESOLVING_BODY_REPRESENTATIVES_MEETING: _ClassVar[ResolvingBody]

class MeetingType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MEETING_TYPE_UNSPECIFIED: _ClassVar[MeetingType]
    MEETING_TYPE_BRANCH_MEMBER_MEETING: _ClassVar[MeetingType]
    MEETING_TYPE_BRANCH_COMMITTEE_MEETING: _ClassVar[MeetingType]
    MEETING_TYPE_PARTY_GROUP_MEETING: _ClassVar[MeetingType]
    MEETING_TYPE_PARTY_LESSON: _ClassVar[MeetingType]
    MEETING_TYPE_THEME_PARTY_DAY: _ClassVar[MeetingType]
    MEETING_TYPE_LEADING_BODIES_JOINT_MEETING: _ClassVar[MeetingType]
    MEETING_TYPE_PARTY_MASSES_JOINT_MEETING: _ClassVar[MeetingType]

class DutyCategory(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DUTY_CATEGORY_UNSPECIFIED: _ClassVar[DutyCategory]
    DUTY_CATEGORY_ORGANIZATION_BUILDING: _ClassVar[DutyCategory]
    DUTY_CATEGORY_SERVICE: _ClassVar[DutyCategory]
    DUTY_CATEGORY_RULE_OF_LAW: _ClassVar[DutyCategory]

class SupervisionOrderState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SUPERVISION_ORDER_STATE_UNSPECIFIED: _ClassVar[SupervisionOrderState]
    SUPERVISION_ORDER_STATE_ISSUED: _ClassVar[SupervisionOrderState]
    SUPERVISION_ORDER_STATE_ACKNOWLEDGED: _ClassVar[SupervisionOrderState]
    SUPERVISION_ORDER_STATE_REPORTED: _ClassVar[SupervisionOrderState]
    SUPERVISION_ORDER_STATE_RETURNED: _ClassVar[SupervisionOrderState]
    SUPERVISION_ORDER_STATE_ACCEPTED: _ClassVar[SupervisionOrderState]
ORG_LEVEL_UNSPECIFIED: OrgLevel
ORG_LEVEL_COUNTY: OrgLevel
ORG_LEVEL_TOWNSHIP: OrgLevel
ORG_LEVEL_VILLAGE: OrgLevel
ORG_LEVEL_COMMUNITY: OrgLevel
ORG_LEVEL_BRANCH: OrgLevel
ORG_FORM_UNSPECIFIED: OrgForm
ORG_FORM_COMMITTEE: OrgForm
ORG_FORM_GENERAL_BRANCH: OrgForm
ORG_FORM_BRANCH: OrgForm
ORG_UNIT_STATUS_UNSPECIFIED: OrgUnitStatus
ORG_UNIT_STATUS_ACTIVE: OrgUnitStatus
ORG_UNIT_STATUS_DISSOLVED: OrgUnitStatus
WEAK_LAX_CRITERION_UNSPECIFIED: WeakLaxCriterion
WEAK_LAX_CRITERION_SECRETARY_VACANT: WeakLaxCriterion
WEAK_LAX_CRITERION_ELECTION_OVERDUE: WeakLaxCriterion
WEAK_LAX_CRITERION_MEETINGS_NOT_HELD: WeakLaxCriterion
WEAK_LAX_CRITERION_DECISIONS_NOT_PUBLIC: WeakLaxCriterion
WEAK_LAX_CRITERION_LOW_SATISFACTION: WeakLaxCriterion
WEAK_LAX_CRITERION_DISPUTES_CONCENTRATED: WeakLaxCriterion
WEAK_LAX_CRITERION_LAST_IN_ASSESSMENT: WeakLaxCriterion
WEAK_LAX_CRITERION_OTHER: WeakLaxCriterion
SECRETARY_RATING_UNSPECIFIED: SecretaryRating
SECRETARY_RATING_GOOD: SecretaryRating
SECRETARY_RATING_FAIRLY_GOOD: SecretaryRating
SECRETARY_RATING_AVERAGE: SecretaryRating
SECRETARY_RATING_POOR: SecretaryRating
DECISION_MATTER_UNSPECIFIED: DecisionMatter
DECISION_MATTER_VILLAGE_RULES_AND_PLANS: DecisionMatter
DECISION_MATTER_LAND_CONTRACTING: DecisionMatter
DECISION_MATTER_COLLECTIVE_ASSETS: DecisionMatter
DECISION_MATTER_PROJECT: DecisionMatter
DECISION_MATTER_PUBLIC_WORKS_FUNDRAISING: DecisionMatter
DECISION_MATTER_OTHER: DecisionMatter
DECISION_MATTER_LAND_CONTRACTING_TO_OUTSIDERS: DecisionMatter
DECISION_MATTER_LAND_CONTRACT_ADJUSTMENT: DecisionMatter
DECISION_MATTER_LAND_COMPENSATION_DISTRIBUTION: DecisionMatter
DECISION_MATTER_RESERVED_LAND_USE: DecisionMatter
DECISION_SOURCE_UNSPECIFIED: DecisionSource
DECISION_SOURCE_MEMBERS_SUGGESTION: DecisionSource
DECISION_SOURCE_VILLAGERS_SUGGESTION: DecisionSource
DECISION_SOURCE_CADRE_PROPOSAL: DecisionSource
DECISION_SOURCE_HIGHER_LEVEL: DecisionSource
DECISION_STATE_UNSPECIFIED: DecisionState
DECISION_STATE_DRAFT: DecisionState
DECISION_STATE_PROPOSED: DecisionState
DECISION_STATE_DELIBERATED: DecisionState
DECISION_STATE_REVIEWED: DecisionState
DECISION_STATE_RESOLVED: DecisionState
DECISION_STATE_RESOLUTION_PUBLIC: DecisionState
DECISION_STATE_IMPLEMENTING: DecisionState
DECISION_STATE_RESULT_PUBLIC: DecisionState
DECISION_STATE_CLOSED: DecisionState
DECISION_STATE_REJECTED: DecisionState
DECISION_STEP_UNSPECIFIED: DecisionStep
DECISION_STEP_PROPOSAL: DecisionStep
DECISION_STEP_DELIBERATION: DecisionStep
DECISION_STEP_REVIEW: DecisionStep
DECISION_STEP_RESOLUTION: DecisionStep
RESOLVING_BODY_UNSPECIFIED: ResolvingBody
RESOLVING_BODY_VILLAGERS_MEETING: ResolvingBody
RESOLVING_BODY_REPRESENTATIVES_MEETING: ResolvingBody
MEETING_TYPE_UNSPECIFIED: MeetingType
MEETING_TYPE_BRANCH_MEMBER_MEETING: MeetingType
MEETING_TYPE_BRANCH_COMMITTEE_MEETING: MeetingType
MEETING_TYPE_PARTY_GROUP_MEETING: MeetingType
MEETING_TYPE_PARTY_LESSON: MeetingType
MEETING_TYPE_THEME_PARTY_DAY: MeetingType
MEETING_TYPE_LEADING_BODIES_JOINT_MEETING: MeetingType
MEETING_TYPE_PARTY_MASSES_JOINT_MEETING: MeetingType
DUTY_CATEGORY_UNSPECIFIED: DutyCategory
DUTY_CATEGORY_ORGANIZATION_BUILDING: DutyCategory
DUTY_CATEGORY_SERVICE: DutyCategory
DUTY_CATEGORY_RULE_OF_LAW: DutyCategory
SUPERVISION_ORDER_STATE_UNSPECIFIED: SupervisionOrderState
SUPERVISION_ORDER_STATE_ISSUED: SupervisionOrderState
SUPERVISION_ORDER_STATE_ACKNOWLEDGED: SupervisionOrderState
SUPERVISION_ORDER_STATE_REPORTED: SupervisionOrderState
SUPERVISION_ORDER_STATE_RETURNED: SupervisionOrderState
SUPERVISION_ORDER_STATE_ACCEPTED: SupervisionOrderState

class TeamSeat(_message.Message):
    __slots__ = ("cadre_id", "post", "since")
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    SINCE_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    post: str
    since: str
    def __init__(self, cadre_id: _Optional[str] = ..., post: _Optional[str] = ..., since: _Optional[str] = ...) -> None: ...

class Rectification(_message.Message):
    __slots__ = ("confirmed_on", "criteria", "rectification_plan", "target_on", "percent_complete", "last_progress_on", "signed_off_on")
    CONFIRMED_ON_FIELD_NUMBER: _ClassVar[int]
    CRITERIA_FIELD_NUMBER: _ClassVar[int]
    RECTIFICATION_PLAN_FIELD_NUMBER: _ClassVar[int]
    TARGET_ON_FIELD_NUMBER: _ClassVar[int]
    PERCENT_COMPLETE_FIELD_NUMBER: _ClassVar[int]
    LAST_PROGRESS_ON_FIELD_NUMBER: _ClassVar[int]
    SIGNED_OFF_ON_FIELD_NUMBER: _ClassVar[int]
    confirmed_on: str
    criteria: _containers.RepeatedScalarFieldContainer[WeakLaxCriterion]
    rectification_plan: str
    target_on: str
    percent_complete: int
    last_progress_on: str
    signed_off_on: str
    def __init__(self, confirmed_on: _Optional[str] = ..., criteria: _Optional[_Iterable[_Union[WeakLaxCriterion, str]]] = ..., rectification_plan: _Optional[str] = ..., target_on: _Optional[str] = ..., percent_complete: _Optional[int] = ..., last_progress_on: _Optional[str] = ..., signed_off_on: _Optional[str] = ...) -> None: ...

class SecretaryRatingRecord(_message.Message):
    __slots__ = ("year", "cadre_id", "rating")
    YEAR_FIELD_NUMBER: _ClassVar[int]
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    RATING_FIELD_NUMBER: _ClassVar[int]
    year: int
    cadre_id: str
    rating: SecretaryRating
    def __init__(self, year: _Optional[int] = ..., cadre_id: _Optional[str] = ..., rating: _Optional[_Union[SecretaryRating, str]] = ...) -> None: ...

class MeetingDuty(_message.Message):
    __slots__ = ("meeting_type", "every_months")
    MEETING_TYPE_FIELD_NUMBER: _ClassVar[int]
    EVERY_MONTHS_FIELD_NUMBER: _ClassVar[int]
    meeting_type: MeetingType
    every_months: int
    def __init__(self, meeting_type: _Optional[_Union[MeetingType, str]] = ..., every_months: _Optional[int] = ...) -> None: ...

class OrgUnit(_message.Message):
    __slots__ = ("org_unit_id", "level", "division_code", "name", "parent_unit_id", "status", "established_on", "term_years", "term_started_on", "election_due_on", "election_reminded", "election_overdue", "secretary", "secretary_vacant_since", "one_shoulder", "team", "rectification", "ratings", "dissolved_on", "merged_into_unit_id", "active_children", "form", "member_count", "has_party_groups", "form_recorded_on", "meetings_due")
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PARENT_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ESTABLISHED_ON_FIELD_NUMBER: _ClassVar[int]
    TERM_YEARS_FIELD_NUMBER: _ClassVar[int]
    TERM_STARTED_ON_FIELD_NUMBER: _ClassVar[int]
    ELECTION_DUE_ON_FIELD_NUMBER: _ClassVar[int]
    ELECTION_REMINDED_FIELD_NUMBER: _ClassVar[int]
    ELECTION_OVERDUE_FIELD_NUMBER: _ClassVar[int]
    SECRETARY_FIELD_NUMBER: _ClassVar[int]
    SECRETARY_VACANT_SINCE_FIELD_NUMBER: _ClassVar[int]
    ONE_SHOULDER_FIELD_NUMBER: _ClassVar[int]
    TEAM_FIELD_NUMBER: _ClassVar[int]
    RECTIFICATION_FIELD_NUMBER: _ClassVar[int]
    RATINGS_FIELD_NUMBER: _ClassVar[int]
    DISSOLVED_ON_FIELD_NUMBER: _ClassVar[int]
    MERGED_INTO_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_CHILDREN_FIELD_NUMBER: _ClassVar[int]
    FORM_FIELD_NUMBER: _ClassVar[int]
    MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    HAS_PARTY_GROUPS_FIELD_NUMBER: _ClassVar[int]
    FORM_RECORDED_ON_FIELD_NUMBER: _ClassVar[int]
    MEETINGS_DUE_FIELD_NUMBER: _ClassVar[int]
    org_unit_id: str
    level: OrgLevel
    division_code: str
    name: str
    parent_unit_id: str
    status: OrgUnitStatus
    established_on: str
    term_years: int
    term_started_on: str
    election_due_on: str
    election_reminded: bool
    election_overdue: bool
    secretary: TeamSeat
    secretary_vacant_since: str
    one_shoulder: bool
    team: _containers.RepeatedCompositeFieldContainer[TeamSeat]
    rectification: Rectification
    ratings: _containers.RepeatedCompositeFieldContainer[SecretaryRatingRecord]
    dissolved_on: str
    merged_into_unit_id: str
    active_children: int
    form: OrgForm
    member_count: int
    has_party_groups: bool
    form_recorded_on: str
    meetings_due: _containers.RepeatedCompositeFieldContainer[MeetingDuty]
    def __init__(self, org_unit_id: _Optional[str] = ..., level: _Optional[_Union[OrgLevel, str]] = ..., division_code: _Optional[str] = ..., name: _Optional[str] = ..., parent_unit_id: _Optional[str] = ..., status: _Optional[_Union[OrgUnitStatus, str]] = ..., established_on: _Optional[str] = ..., term_years: _Optional[int] = ..., term_started_on: _Optional[str] = ..., election_due_on: _Optional[str] = ..., election_reminded: _Optional[bool] = ..., election_overdue: _Optional[bool] = ..., secretary: _Optional[_Union[TeamSeat, _Mapping]] = ..., secretary_vacant_since: _Optional[str] = ..., one_shoulder: _Optional[bool] = ..., team: _Optional[_Iterable[_Union[TeamSeat, _Mapping]]] = ..., rectification: _Optional[_Union[Rectification, _Mapping]] = ..., ratings: _Optional[_Iterable[_Union[SecretaryRatingRecord, _Mapping]]] = ..., dissolved_on: _Optional[str] = ..., merged_into_unit_id: _Optional[str] = ..., active_children: _Optional[int] = ..., form: _Optional[_Union[OrgForm, str]] = ..., member_count: _Optional[int] = ..., has_party_groups: _Optional[bool] = ..., form_recorded_on: _Optional[str] = ..., meetings_due: _Optional[_Iterable[_Union[MeetingDuty, _Mapping]]] = ...) -> None: ...

class EstablishOrgUnitRequest(_message.Message):
    __slots__ = ("level", "division_code", "name", "parent_unit_id", "established_on", "term_started_on", "term_years")
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PARENT_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    ESTABLISHED_ON_FIELD_NUMBER: _ClassVar[int]
    TERM_STARTED_ON_FIELD_NUMBER: _ClassVar[int]
    TERM_YEARS_FIELD_NUMBER: _ClassVar[int]
    level: OrgLevel
    division_code: str
    name: str
    parent_unit_id: str
    established_on: str
    term_started_on: str
    term_years: int
    def __init__(self, level: _Optional[_Union[OrgLevel, str]] = ..., division_code: _Optional[str] = ..., name: _Optional[str] = ..., parent_unit_id: _Optional[str] = ..., established_on: _Optional[str] = ..., term_started_on: _Optional[str] = ..., term_years: _Optional[int] = ...) -> None: ...

class EstablishOrgUnitResponse(_message.Message):
    __slots__ = ("org_unit",)
    ORG_UNIT_FIELD_NUMBER: _ClassVar[int]
    org_unit: OrgUnit
    def __init__(self, org_unit: _Optional[_Union[OrgUnit, _Mapping]] = ...) -> None: ...

class RecordElectionRequest(_message.Message):
    __slots__ = ("org_unit_id", "held_on", "term_years")
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    HELD_ON_FIELD_NUMBER: _ClassVar[int]
    TERM_YEARS_FIELD_NUMBER: _ClassVar[int]
    org_unit_id: str
    held_on: str
    term_years: int
    def __init__(self, org_unit_id: _Optional[str] = ..., held_on: _Optional[str] = ..., term_years: _Optional[int] = ...) -> None: ...

class RecordElectionResponse(_message.Message):
    __slots__ = ("org_unit",)
    ORG_UNIT_FIELD_NUMBER: _ClassVar[int]
    org_unit: OrgUnit
    def __init__(self, org_unit: _Optional[_Union[OrgUnit, _Mapping]] = ...) -> None: ...

class PostponeElectionRequest(_message.Message):
    __slots__ = ("org_unit_id", "new_due_on", "approving_unit_id", "approved_on", "reason")
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    NEW_DUE_ON_FIELD_NUMBER: _ClassVar[int]
    APPROVING_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    APPROVED_ON_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    org_unit_id: str
    new_due_on: str
    approving_unit_id: str
    approved_on: str
    reason: str
    def __init__(self, org_unit_id: _Optional[str] = ..., new_due_on: _Optional[str] = ..., approving_unit_id: _Optional[str] = ..., approved_on: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class PostponeElectionResponse(_message.Message):
    __slots__ = ("org_unit",)
    ORG_UNIT_FIELD_NUMBER: _ClassVar[int]
    org_unit: OrgUnit
    def __init__(self, org_unit: _Optional[_Union[OrgUnit, _Mapping]] = ...) -> None: ...

class DissolveOrgUnitRequest(_message.Message):
    __slots__ = ("org_unit_id", "dissolved_on", "reason", "merged_into_unit_id")
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    DISSOLVED_ON_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    MERGED_INTO_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    org_unit_id: str
    dissolved_on: str
    reason: str
    merged_into_unit_id: str
    def __init__(self, org_unit_id: _Optional[str] = ..., dissolved_on: _Optional[str] = ..., reason: _Optional[str] = ..., merged_into_unit_id: _Optional[str] = ...) -> None: ...

class DissolveOrgUnitResponse(_message.Message):
    __slots__ = ("org_unit",)
    ORG_UNIT_FIELD_NUMBER: _ClassVar[int]
    org_unit: OrgUnit
    def __init__(self, org_unit: _Optional[_Union[OrgUnit, _Mapping]] = ...) -> None: ...

class ConfirmWeakLaxRequest(_message.Message):
    __slots__ = ("org_unit_id", "criteria", "rectification_plan", "confirmed_on", "target_on")
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    CRITERIA_FIELD_NUMBER: _ClassVar[int]
    RECTIFICATION_PLAN_FIELD_NUMBER: _ClassVar[int]
    CONFIRMED_ON_FIELD_NUMBER: _ClassVar[int]
    TARGET_ON_FIELD_NUMBER: _ClassVar[int]
    org_unit_id: str
    criteria: _containers.RepeatedScalarFieldContainer[WeakLaxCriterion]
    rectification_plan: str
    confirmed_on: str
    target_on: str
    def __init__(self, org_unit_id: _Optional[str] = ..., criteria: _Optional[_Iterable[_Union[WeakLaxCriterion, str]]] = ..., rectification_plan: _Optional[str] = ..., confirmed_on: _Optional[str] = ..., target_on: _Optional[str] = ...) -> None: ...

class ConfirmWeakLaxResponse(_message.Message):
    __slots__ = ("org_unit",)
    ORG_UNIT_FIELD_NUMBER: _ClassVar[int]
    org_unit: OrgUnit
    def __init__(self, org_unit: _Optional[_Union[OrgUnit, _Mapping]] = ...) -> None: ...

class RecordRectificationProgressRequest(_message.Message):
    __slots__ = ("org_unit_id", "percent_complete", "note", "recorded_on")
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    PERCENT_COMPLETE_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    RECORDED_ON_FIELD_NUMBER: _ClassVar[int]
    org_unit_id: str
    percent_complete: int
    note: str
    recorded_on: str
    def __init__(self, org_unit_id: _Optional[str] = ..., percent_complete: _Optional[int] = ..., note: _Optional[str] = ..., recorded_on: _Optional[str] = ...) -> None: ...

class RecordRectificationProgressResponse(_message.Message):
    __slots__ = ("org_unit",)
    ORG_UNIT_FIELD_NUMBER: _ClassVar[int]
    org_unit: OrgUnit
    def __init__(self, org_unit: _Optional[_Union[OrgUnit, _Mapping]] = ...) -> None: ...

class SignOffRectificationRequest(_message.Message):
    __slots__ = ("org_unit_id", "summary", "signed_off_on")
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    SIGNED_OFF_ON_FIELD_NUMBER: _ClassVar[int]
    org_unit_id: str
    summary: str
    signed_off_on: str
    def __init__(self, org_unit_id: _Optional[str] = ..., summary: _Optional[str] = ..., signed_off_on: _Optional[str] = ...) -> None: ...

class SignOffRectificationResponse(_message.Message):
    __slots__ = ("org_unit",)
    ORG_UNIT_FIELD_NUMBER: _ClassVar[int]
    org_unit: OrgUnit
    def __init__(self, org_unit: _Optional[_Union[OrgUnit, _Mapping]] = ...) -> None: ...

class RecordOrgFormRequest(_message.Message):
    __slots__ = ("org_unit_id", "form", "member_count", "has_party_groups", "recorded_on")
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    FORM_FIELD_NUMBER: _ClassVar[int]
    MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    HAS_PARTY_GROUPS_FIELD_NUMBER: _ClassVar[int]
    RECORDED_ON_FIELD_NUMBER: _ClassVar[int]
    org_unit_id: str
    form: OrgForm
    member_count: int
    has_party_groups: bool
    recorded_on: str
    def __init__(self, org_unit_id: _Optional[str] = ..., form: _Optional[_Union[OrgForm, str]] = ..., member_count: _Optional[int] = ..., has_party_groups: _Optional[bool] = ..., recorded_on: _Optional[str] = ...) -> None: ...

class RecordOrgFormResponse(_message.Message):
    __slots__ = ("org_unit",)
    ORG_UNIT_FIELD_NUMBER: _ClassVar[int]
    org_unit: OrgUnit
    def __init__(self, org_unit: _Optional[_Union[OrgUnit, _Mapping]] = ...) -> None: ...

class RateSecretaryRequest(_message.Message):
    __slots__ = ("org_unit_id", "year", "rating", "cadre_id", "rated_on")
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    YEAR_FIELD_NUMBER: _ClassVar[int]
    RATING_FIELD_NUMBER: _ClassVar[int]
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    RATED_ON_FIELD_NUMBER: _ClassVar[int]
    org_unit_id: str
    year: int
    rating: SecretaryRating
    cadre_id: str
    rated_on: str
    def __init__(self, org_unit_id: _Optional[str] = ..., year: _Optional[int] = ..., rating: _Optional[_Union[SecretaryRating, str]] = ..., cadre_id: _Optional[str] = ..., rated_on: _Optional[str] = ...) -> None: ...

class RateSecretaryResponse(_message.Message):
    __slots__ = ("org_unit",)
    ORG_UNIT_FIELD_NUMBER: _ClassVar[int]
    org_unit: OrgUnit
    def __init__(self, org_unit: _Optional[_Union[OrgUnit, _Mapping]] = ...) -> None: ...

class GetOrgUnitRequest(_message.Message):
    __slots__ = ("org_unit_id", "division_code")
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    org_unit_id: str
    division_code: str
    def __init__(self, org_unit_id: _Optional[str] = ..., division_code: _Optional[str] = ...) -> None: ...

class GetOrgUnitResponse(_message.Message):
    __slots__ = ("org_unit",)
    ORG_UNIT_FIELD_NUMBER: _ClassVar[int]
    org_unit: OrgUnit
    def __init__(self, org_unit: _Optional[_Union[OrgUnit, _Mapping]] = ...) -> None: ...

class ListOrgUnitsRequest(_message.Message):
    __slots__ = ("division_code_prefix", "level", "include_dissolved", "page_size", "page_token")
    DIVISION_CODE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DISSOLVED_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    division_code_prefix: str
    level: OrgLevel
    include_dissolved: bool
    page_size: int
    page_token: str
    def __init__(self, division_code_prefix: _Optional[str] = ..., level: _Optional[_Union[OrgLevel, str]] = ..., include_dissolved: _Optional[bool] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListOrgUnitsResponse(_message.Message):
    __slots__ = ("org_units", "next_page_token")
    ORG_UNITS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    org_units: _containers.RepeatedCompositeFieldContainer[OrgUnit]
    next_page_token: str
    def __init__(self, org_units: _Optional[_Iterable[_Union[OrgUnit, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListChildUnitsRequest(_message.Message):
    __slots__ = ("org_unit_id", "include_dissolved")
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DISSOLVED_FIELD_NUMBER: _ClassVar[int]
    org_unit_id: str
    include_dissolved: bool
    def __init__(self, org_unit_id: _Optional[str] = ..., include_dissolved: _Optional[bool] = ...) -> None: ...

class ListChildUnitsResponse(_message.Message):
    __slots__ = ("org_units",)
    ORG_UNITS_FIELD_NUMBER: _ClassVar[int]
    org_units: _containers.RepeatedCompositeFieldContainer[OrgUnit]
    def __init__(self, org_units: _Optional[_Iterable[_Union[OrgUnit, _Mapping]]] = ...) -> None: ...

class StepRecord(_message.Message):
    __slots__ = ("held_on", "members_due", "members_present", "votes_for", "votes_against", "votes_abstain", "township_attendee", "supervision_opinion", "households_due", "households_present")
    HELD_ON_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_DUE_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_PRESENT_FIELD_NUMBER: _ClassVar[int]
    VOTES_FOR_FIELD_NUMBER: _ClassVar[int]
    VOTES_AGAINST_FIELD_NUMBER: _ClassVar[int]
    VOTES_ABSTAIN_FIELD_NUMBER: _ClassVar[int]
    TOWNSHIP_ATTENDEE_FIELD_NUMBER: _ClassVar[int]
    SUPERVISION_OPINION_FIELD_NUMBER: _ClassVar[int]
    HOUSEHOLDS_DUE_FIELD_NUMBER: _ClassVar[int]
    HOUSEHOLDS_PRESENT_FIELD_NUMBER: _ClassVar[int]
    held_on: str
    members_due: int
    members_present: int
    votes_for: int
    votes_against: int
    votes_abstain: int
    township_attendee: str
    supervision_opinion: str
    households_due: int
    households_present: int
    def __init__(self, held_on: _Optional[str] = ..., members_due: _Optional[int] = ..., members_present: _Optional[int] = ..., votes_for: _Optional[int] = ..., votes_against: _Optional[int] = ..., votes_abstain: _Optional[int] = ..., township_attendee: _Optional[str] = ..., supervision_opinion: _Optional[str] = ..., households_due: _Optional[int] = ..., households_present: _Optional[int] = ...) -> None: ...

class DecisionStepRecord(_message.Message):
    __slots__ = ("step", "passed", "record", "body", "merged_with_proposal", "counts_copied_from_proposal")
    STEP_FIELD_NUMBER: _ClassVar[int]
    PASSED_FIELD_NUMBER: _ClassVar[int]
    RECORD_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    MERGED_WITH_PROPOSAL_FIELD_NUMBER: _ClassVar[int]
    COUNTS_COPIED_FROM_PROPOSAL_FIELD_NUMBER: _ClassVar[int]
    step: DecisionStep
    passed: bool
    record: StepRecord
    body: ResolvingBody
    merged_with_proposal: bool
    counts_copied_from_proposal: bool
    def __init__(self, step: _Optional[_Union[DecisionStep, str]] = ..., passed: _Optional[bool] = ..., record: _Optional[_Union[StepRecord, _Mapping]] = ..., body: _Optional[_Union[ResolvingBody, str]] = ..., merged_with_proposal: _Optional[bool] = ..., counts_copied_from_proposal: _Optional[bool] = ...) -> None: ...

class Decision(_message.Message):
    __slots__ = ("decision_id", "org_unit_id", "division_code", "title", "matter", "source", "state", "round", "drafted_on", "steps", "notice_days", "notice_ends_on", "notice_completed", "result_summary", "last_step_on", "notice_starts_on", "notice_backfilled")
    DECISION_ID_FIELD_NUMBER: _ClassVar[int]
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    MATTER_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    ROUND_FIELD_NUMBER: _ClassVar[int]
    DRAFTED_ON_FIELD_NUMBER: _ClassVar[int]
    STEPS_FIELD_NUMBER: _ClassVar[int]
    NOTICE_DAYS_FIELD_NUMBER: _ClassVar[int]
    NOTICE_ENDS_ON_FIELD_NUMBER: _ClassVar[int]
    NOTICE_COMPLETED_FIELD_NUMBER: _ClassVar[int]
    RESULT_SUMMARY_FIELD_NUMBER: _ClassVar[int]
    LAST_STEP_ON_FIELD_NUMBER: _ClassVar[int]
    NOTICE_STARTS_ON_FIELD_NUMBER: _ClassVar[int]
    NOTICE_BACKFILLED_FIELD_NUMBER: _ClassVar[int]
    decision_id: str
    org_unit_id: str
    division_code: str
    title: str
    matter: DecisionMatter
    source: DecisionSource
    state: DecisionState
    round: int
    drafted_on: str
    steps: _containers.RepeatedCompositeFieldContainer[DecisionStepRecord]
    notice_days: int
    notice_ends_on: str
    notice_completed: bool
    result_summary: str
    last_step_on: str
    notice_starts_on: str
    notice_backfilled: bool
    def __init__(self, decision_id: _Optional[str] = ..., org_unit_id: _Optional[str] = ..., division_code: _Optional[str] = ..., title: _Optional[str] = ..., matter: _Optional[_Union[DecisionMatter, str]] = ..., source: _Optional[_Union[DecisionSource, str]] = ..., state: _Optional[_Union[DecisionState, str]] = ..., round: _Optional[int] = ..., drafted_on: _Optional[str] = ..., steps: _Optional[_Iterable[_Union[DecisionStepRecord, _Mapping]]] = ..., notice_days: _Optional[int] = ..., notice_ends_on: _Optional[str] = ..., notice_completed: _Optional[bool] = ..., result_summary: _Optional[str] = ..., last_step_on: _Optional[str] = ..., notice_starts_on: _Optional[str] = ..., notice_backfilled: _Optional[bool] = ...) -> None: ...

class DraftDecisionRequest(_message.Message):
    __slots__ = ("org_unit_id", "title", "matter", "source", "drafted_on")
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    MATTER_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    DRAFTED_ON_FIELD_NUMBER: _ClassVar[int]
    org_unit_id: str
    title: str
    matter: DecisionMatter
    source: DecisionSource
    drafted_on: str
    def __init__(self, org_unit_id: _Optional[str] = ..., title: _Optional[str] = ..., matter: _Optional[_Union[DecisionMatter, str]] = ..., source: _Optional[_Union[DecisionSource, str]] = ..., drafted_on: _Optional[str] = ...) -> None: ...

class DraftDecisionResponse(_message.Message):
    __slots__ = ("decision",)
    DECISION_FIELD_NUMBER: _ClassVar[int]
    decision: Decision
    def __init__(self, decision: _Optional[_Union[Decision, _Mapping]] = ...) -> None: ...

class ProposeDecisionRequest(_message.Message):
    __slots__ = ("decision_id", "record", "merge_deliberation", "deliberation_record")
    DECISION_ID_FIELD_NUMBER: _ClassVar[int]
    RECORD_FIELD_NUMBER: _ClassVar[int]
    MERGE_DELIBERATION_FIELD_NUMBER: _ClassVar[int]
    DELIBERATION_RECORD_FIELD_NUMBER: _ClassVar[int]
    decision_id: str
    record: StepRecord
    merge_deliberation: bool
    deliberation_record: StepRecord
    def __init__(self, decision_id: _Optional[str] = ..., record: _Optional[_Union[StepRecord, _Mapping]] = ..., merge_deliberation: _Optional[bool] = ..., deliberation_record: _Optional[_Union[StepRecord, _Mapping]] = ...) -> None: ...

class ProposeDecisionResponse(_message.Message):
    __slots__ = ("decision",)
    DECISION_FIELD_NUMBER: _ClassVar[int]
    decision: Decision
    def __init__(self, decision: _Optional[_Union[Decision, _Mapping]] = ...) -> None: ...

class DeliberateDecisionRequest(_message.Message):
    __slots__ = ("decision_id", "record")
    DECISION_ID_FIELD_NUMBER: _ClassVar[int]
    RECORD_FIELD_NUMBER: _ClassVar[int]
    decision_id: str
    record: StepRecord
    def __init__(self, decision_id: _Optional[str] = ..., record: _Optional[_Union[StepRecord, _Mapping]] = ...) -> None: ...

class DeliberateDecisionResponse(_message.Message):
    __slots__ = ("decision",)
    DECISION_FIELD_NUMBER: _ClassVar[int]
    decision: Decision
    def __init__(self, decision: _Optional[_Union[Decision, _Mapping]] = ...) -> None: ...

class ReviewDecisionRequest(_message.Message):
    __slots__ = ("decision_id", "record")
    DECISION_ID_FIELD_NUMBER: _ClassVar[int]
    RECORD_FIELD_NUMBER: _ClassVar[int]
    decision_id: str
    record: StepRecord
    def __init__(self, decision_id: _Optional[str] = ..., record: _Optional[_Union[StepRecord, _Mapping]] = ...) -> None: ...

class ReviewDecisionResponse(_message.Message):
    __slots__ = ("decision",)
    DECISION_FIELD_NUMBER: _ClassVar[int]
    decision: Decision
    def __init__(self, decision: _Optional[_Union[Decision, _Mapping]] = ...) -> None: ...

class ResolveDecisionRequest(_message.Message):
    __slots__ = ("decision_id", "record", "body")
    DECISION_ID_FIELD_NUMBER: _ClassVar[int]
    RECORD_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    decision_id: str
    record: StepRecord
    body: ResolvingBody
    def __init__(self, decision_id: _Optional[str] = ..., record: _Optional[_Union[StepRecord, _Mapping]] = ..., body: _Optional[_Union[ResolvingBody, str]] = ...) -> None: ...

class ResolveDecisionResponse(_message.Message):
    __slots__ = ("decision",)
    DECISION_FIELD_NUMBER: _ClassVar[int]
    decision: Decision
    def __init__(self, decision: _Optional[_Union[Decision, _Mapping]] = ...) -> None: ...

class PublishResolutionRequest(_message.Message):
    __slots__ = ("decision_id", "published_on", "notice_days", "backfill")
    DECISION_ID_FIELD_NUMBER: _ClassVar[int]
    PUBLISHED_ON_FIELD_NUMBER: _ClassVar[int]
    NOTICE_DAYS_FIELD_NUMBER: _ClassVar[int]
    BACKFILL_FIELD_NUMBER: _ClassVar[int]
    decision_id: str
    published_on: str
    notice_days: int
    backfill: bool
    def __init__(self, decision_id: _Optional[str] = ..., published_on: _Optional[str] = ..., notice_days: _Optional[int] = ..., backfill: _Optional[bool] = ...) -> None: ...

class PublishResolutionResponse(_message.Message):
    __slots__ = ("decision",)
    DECISION_FIELD_NUMBER: _ClassVar[int]
    decision: Decision
    def __init__(self, decision: _Optional[_Union[Decision, _Mapping]] = ...) -> None: ...

class StartImplementationRequest(_message.Message):
    __slots__ = ("decision_id", "started_on")
    DECISION_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_ON_FIELD_NUMBER: _ClassVar[int]
    decision_id: str
    started_on: str
    def __init__(self, decision_id: _Optional[str] = ..., started_on: _Optional[str] = ...) -> None: ...

class StartImplementationResponse(_message.Message):
    __slots__ = ("decision",)
    DECISION_FIELD_NUMBER: _ClassVar[int]
    decision: Decision
    def __init__(self, decision: _Optional[_Union[Decision, _Mapping]] = ...) -> None: ...

class PublishResultRequest(_message.Message):
    __slots__ = ("decision_id", "published_on", "summary")
    DECISION_ID_FIELD_NUMBER: _ClassVar[int]
    PUBLISHED_ON_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    decision_id: str
    published_on: str
    summary: str
    def __init__(self, decision_id: _Optional[str] = ..., published_on: _Optional[str] = ..., summary: _Optional[str] = ...) -> None: ...

class PublishResultResponse(_message.Message):
    __slots__ = ("decision",)
    DECISION_FIELD_NUMBER: _ClassVar[int]
    decision: Decision
    def __init__(self, decision: _Optional[_Union[Decision, _Mapping]] = ...) -> None: ...

class CloseDecisionRequest(_message.Message):
    __slots__ = ("decision_id", "closed_on")
    DECISION_ID_FIELD_NUMBER: _ClassVar[int]
    CLOSED_ON_FIELD_NUMBER: _ClassVar[int]
    decision_id: str
    closed_on: str
    def __init__(self, decision_id: _Optional[str] = ..., closed_on: _Optional[str] = ...) -> None: ...

class CloseDecisionResponse(_message.Message):
    __slots__ = ("decision",)
    DECISION_FIELD_NUMBER: _ClassVar[int]
    decision: Decision
    def __init__(self, decision: _Optional[_Union[Decision, _Mapping]] = ...) -> None: ...

class RedraftDecisionRequest(_message.Message):
    __slots__ = ("decision_id", "drafted_on", "title")
    DECISION_ID_FIELD_NUMBER: _ClassVar[int]
    DRAFTED_ON_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    decision_id: str
    drafted_on: str
    title: str
    def __init__(self, decision_id: _Optional[str] = ..., drafted_on: _Optional[str] = ..., title: _Optional[str] = ...) -> None: ...

class RedraftDecisionResponse(_message.Message):
    __slots__ = ("decision",)
    DECISION_FIELD_NUMBER: _ClassVar[int]
    decision: Decision
    def __init__(self, decision: _Optional[_Union[Decision, _Mapping]] = ...) -> None: ...

class GetDecisionRequest(_message.Message):
    __slots__ = ("decision_id",)
    DECISION_ID_FIELD_NUMBER: _ClassVar[int]
    decision_id: str
    def __init__(self, decision_id: _Optional[str] = ...) -> None: ...

class GetDecisionResponse(_message.Message):
    __slots__ = ("decision",)
    DECISION_FIELD_NUMBER: _ClassVar[int]
    decision: Decision
    def __init__(self, decision: _Optional[_Union[Decision, _Mapping]] = ...) -> None: ...

class ListDecisionsRequest(_message.Message):
    __slots__ = ("org_unit_id", "division_code_prefix", "state", "page_size", "page_token")
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    org_unit_id: str
    division_code_prefix: str
    state: DecisionState
    page_size: int
    page_token: str
    def __init__(self, org_unit_id: _Optional[str] = ..., division_code_prefix: _Optional[str] = ..., state: _Optional[_Union[DecisionState, str]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListDecisionsResponse(_message.Message):
    __slots__ = ("decisions", "next_page_token")
    DECISIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    decisions: _containers.RepeatedCompositeFieldContainer[Decision]
    next_page_token: str
    def __init__(self, decisions: _Optional[_Iterable[_Union[Decision, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class Meeting(_message.Message):
    __slots__ = ("meeting_id", "org_unit_id", "division_code", "meeting_type", "held_on", "members_due", "members_present", "topic")
    MEETING_ID_FIELD_NUMBER: _ClassVar[int]
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    MEETING_TYPE_FIELD_NUMBER: _ClassVar[int]
    HELD_ON_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_DUE_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_PRESENT_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    meeting_id: str
    org_unit_id: str
    division_code: str
    meeting_type: MeetingType
    held_on: str
    members_due: int
    members_present: int
    topic: str
    def __init__(self, meeting_id: _Optional[str] = ..., org_unit_id: _Optional[str] = ..., division_code: _Optional[str] = ..., meeting_type: _Optional[_Union[MeetingType, str]] = ..., held_on: _Optional[str] = ..., members_due: _Optional[int] = ..., members_present: _Optional[int] = ..., topic: _Optional[str] = ...) -> None: ...

class RecordMeetingRequest(_message.Message):
    __slots__ = ("org_unit_id", "meeting_type", "held_on", "members_due", "members_present", "topic")
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    MEETING_TYPE_FIELD_NUMBER: _ClassVar[int]
    HELD_ON_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_DUE_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_PRESENT_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    org_unit_id: str
    meeting_type: MeetingType
    held_on: str
    members_due: int
    members_present: int
    topic: str
    def __init__(self, org_unit_id: _Optional[str] = ..., meeting_type: _Optional[_Union[MeetingType, str]] = ..., held_on: _Optional[str] = ..., members_due: _Optional[int] = ..., members_present: _Optional[int] = ..., topic: _Optional[str] = ...) -> None: ...

class RecordMeetingResponse(_message.Message):
    __slots__ = ("meeting",)
    MEETING_FIELD_NUMBER: _ClassVar[int]
    meeting: Meeting
    def __init__(self, meeting: _Optional[_Union[Meeting, _Mapping]] = ...) -> None: ...

class ListMeetingsRequest(_message.Message):
    __slots__ = ("org_unit_id", "division_code_prefix", "held_from", "held_to", "meeting_type", "page_size", "page_token")
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    HELD_FROM_FIELD_NUMBER: _ClassVar[int]
    HELD_TO_FIELD_NUMBER: _ClassVar[int]
    MEETING_TYPE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    org_unit_id: str
    division_code_prefix: str
    held_from: str
    held_to: str
    meeting_type: MeetingType
    page_size: int
    page_token: str
    def __init__(self, org_unit_id: _Optional[str] = ..., division_code_prefix: _Optional[str] = ..., held_from: _Optional[str] = ..., held_to: _Optional[str] = ..., meeting_type: _Optional[_Union[MeetingType, str]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListMeetingsResponse(_message.Message):
    __slots__ = ("meetings", "next_page_token")
    MEETINGS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    meetings: _containers.RepeatedCompositeFieldContainer[Meeting]
    next_page_token: str
    def __init__(self, meetings: _Optional[_Iterable[_Union[Meeting, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class DutyItemInput(_message.Message):
    __slots__ = ("category", "target", "due_on")
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    DUE_ON_FIELD_NUMBER: _ClassVar[int]
    category: DutyCategory
    target: str
    due_on: str
    def __init__(self, category: _Optional[_Union[DutyCategory, str]] = ..., target: _Optional[str] = ..., due_on: _Optional[str] = ...) -> None: ...

class DutyItem(_message.Message):
    __slots__ = ("item_id", "category", "target", "due_on", "percent_complete", "last_report_on", "last_note", "finished_on", "completed_on", "on_time")
    ITEM_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    DUE_ON_FIELD_NUMBER: _ClassVar[int]
    PERCENT_COMPLETE_FIELD_NUMBER: _ClassVar[int]
    LAST_REPORT_ON_FIELD_NUMBER: _ClassVar[int]
    LAST_NOTE_FIELD_NUMBER: _ClassVar[int]
    FINISHED_ON_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_ON_FIELD_NUMBER: _ClassVar[int]
    ON_TIME_FIELD_NUMBER: _ClassVar[int]
    item_id: str
    category: DutyCategory
    target: str
    due_on: str
    percent_complete: int
    last_report_on: str
    last_note: str
    finished_on: str
    completed_on: str
    on_time: bool
    def __init__(self, item_id: _Optional[str] = ..., category: _Optional[_Union[DutyCategory, str]] = ..., target: _Optional[str] = ..., due_on: _Optional[str] = ..., percent_complete: _Optional[int] = ..., last_report_on: _Optional[str] = ..., last_note: _Optional[str] = ..., finished_on: _Optional[str] = ..., completed_on: _Optional[str] = ..., on_time: _Optional[bool] = ...) -> None: ...

class ResponsibilityList(_message.Message):
    __slots__ = ("list_id", "org_unit_id", "division_code", "year", "set_by_unit_id", "set_by_division_code", "responsible_cadre_id", "set_on", "items")
    LIST_ID_FIELD_NUMBER: _ClassVar[int]
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    YEAR_FIELD_NUMBER: _ClassVar[int]
    SET_BY_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    SET_BY_DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    RESPONSIBLE_CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    SET_ON_FIELD_NUMBER: _ClassVar[int]
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    list_id: str
    org_unit_id: str
    division_code: str
    year: int
    set_by_unit_id: str
    set_by_division_code: str
    responsible_cadre_id: str
    set_on: str
    items: _containers.RepeatedCompositeFieldContainer[DutyItem]
    def __init__(self, list_id: _Optional[str] = ..., org_unit_id: _Optional[str] = ..., division_code: _Optional[str] = ..., year: _Optional[int] = ..., set_by_unit_id: _Optional[str] = ..., set_by_division_code: _Optional[str] = ..., responsible_cadre_id: _Optional[str] = ..., set_on: _Optional[str] = ..., items: _Optional[_Iterable[_Union[DutyItem, _Mapping]]] = ...) -> None: ...

class SetResponsibilityListRequest(_message.Message):
    __slots__ = ("org_unit_id", "year", "items", "set_on")
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    YEAR_FIELD_NUMBER: _ClassVar[int]
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    SET_ON_FIELD_NUMBER: _ClassVar[int]
    org_unit_id: str
    year: int
    items: _containers.RepeatedCompositeFieldContainer[DutyItemInput]
    set_on: str
    def __init__(self, org_unit_id: _Optional[str] = ..., year: _Optional[int] = ..., items: _Optional[_Iterable[_Union[DutyItemInput, _Mapping]]] = ..., set_on: _Optional[str] = ...) -> None: ...

class SetResponsibilityListResponse(_message.Message):
    __slots__ = ("responsibility_list",)
    RESPONSIBILITY_LIST_FIELD_NUMBER: _ClassVar[int]
    responsibility_list: ResponsibilityList
    def __init__(self, responsibility_list: _Optional[_Union[ResponsibilityList, _Mapping]] = ...) -> None: ...

class AddDutyItemRequest(_message.Message):
    __slots__ = ("list_id", "item", "added_on")
    LIST_ID_FIELD_NUMBER: _ClassVar[int]
    ITEM_FIELD_NUMBER: _ClassVar[int]
    ADDED_ON_FIELD_NUMBER: _ClassVar[int]
    list_id: str
    item: DutyItemInput
    added_on: str
    def __init__(self, list_id: _Optional[str] = ..., item: _Optional[_Union[DutyItemInput, _Mapping]] = ..., added_on: _Optional[str] = ...) -> None: ...

class AddDutyItemResponse(_message.Message):
    __slots__ = ("responsibility_list",)
    RESPONSIBILITY_LIST_FIELD_NUMBER: _ClassVar[int]
    responsibility_list: ResponsibilityList
    def __init__(self, responsibility_list: _Optional[_Union[ResponsibilityList, _Mapping]] = ...) -> None: ...

class ReportDutyProgressRequest(_message.Message):
    __slots__ = ("list_id", "item_id", "percent_complete", "note", "reported_on")
    LIST_ID_FIELD_NUMBER: _ClassVar[int]
    ITEM_ID_FIELD_NUMBER: _ClassVar[int]
    PERCENT_COMPLETE_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    REPORTED_ON_FIELD_NUMBER: _ClassVar[int]
    list_id: str
    item_id: str
    percent_complete: int
    note: str
    reported_on: str
    def __init__(self, list_id: _Optional[str] = ..., item_id: _Optional[str] = ..., percent_complete: _Optional[int] = ..., note: _Optional[str] = ..., reported_on: _Optional[str] = ...) -> None: ...

class ReportDutyProgressResponse(_message.Message):
    __slots__ = ("responsibility_list",)
    RESPONSIBILITY_LIST_FIELD_NUMBER: _ClassVar[int]
    responsibility_list: ResponsibilityList
    def __init__(self, responsibility_list: _Optional[_Union[ResponsibilityList, _Mapping]] = ...) -> None: ...

class CheckDutyItemRequest(_message.Message):
    __slots__ = ("list_id", "item_id", "completed", "note", "checked_on")
    LIST_ID_FIELD_NUMBER: _ClassVar[int]
    ITEM_ID_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    CHECKED_ON_FIELD_NUMBER: _ClassVar[int]
    list_id: str
    item_id: str
    completed: bool
    note: str
    checked_on: str
    def __init__(self, list_id: _Optional[str] = ..., item_id: _Optional[str] = ..., completed: _Optional[bool] = ..., note: _Optional[str] = ..., checked_on: _Optional[str] = ...) -> None: ...

class CheckDutyItemResponse(_message.Message):
    __slots__ = ("responsibility_list",)
    RESPONSIBILITY_LIST_FIELD_NUMBER: _ClassVar[int]
    responsibility_list: ResponsibilityList
    def __init__(self, responsibility_list: _Optional[_Union[ResponsibilityList, _Mapping]] = ...) -> None: ...

class GetResponsibilityListRequest(_message.Message):
    __slots__ = ("list_id", "org_unit_id", "year")
    LIST_ID_FIELD_NUMBER: _ClassVar[int]
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    YEAR_FIELD_NUMBER: _ClassVar[int]
    list_id: str
    org_unit_id: str
    year: int
    def __init__(self, list_id: _Optional[str] = ..., org_unit_id: _Optional[str] = ..., year: _Optional[int] = ...) -> None: ...

class GetResponsibilityListResponse(_message.Message):
    __slots__ = ("responsibility_list",)
    RESPONSIBILITY_LIST_FIELD_NUMBER: _ClassVar[int]
    responsibility_list: ResponsibilityList
    def __init__(self, responsibility_list: _Optional[_Union[ResponsibilityList, _Mapping]] = ...) -> None: ...

class ListResponsibilityListsRequest(_message.Message):
    __slots__ = ("division_code_prefix", "year", "page_size", "page_token")
    DIVISION_CODE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    YEAR_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    division_code_prefix: str
    year: int
    page_size: int
    page_token: str
    def __init__(self, division_code_prefix: _Optional[str] = ..., year: _Optional[int] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListResponsibilityListsResponse(_message.Message):
    __slots__ = ("responsibility_lists", "next_page_token")
    RESPONSIBILITY_LISTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    responsibility_lists: _containers.RepeatedCompositeFieldContainer[ResponsibilityList]
    next_page_token: str
    def __init__(self, responsibility_lists: _Optional[_Iterable[_Union[ResponsibilityList, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class SupervisionOrder(_message.Message):
    __slots__ = ("order_id", "issuer_unit_id", "issuer_division_code", "org_unit_id", "division_code", "title", "content", "alert_kind", "concerning_division_code", "issued_on", "working_days", "due_on", "due_provisional", "state", "acknowledged_on", "reported_on", "report_summary", "on_time", "report_round", "extension_working_days", "extension_reason", "overdue", "returned_reason", "accepted_on", "note")
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUER_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUER_DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    ALERT_KIND_FIELD_NUMBER: _ClassVar[int]
    CONCERNING_DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    ISSUED_ON_FIELD_NUMBER: _ClassVar[int]
    WORKING_DAYS_FIELD_NUMBER: _ClassVar[int]
    DUE_ON_FIELD_NUMBER: _ClassVar[int]
    DUE_PROVISIONAL_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    ACKNOWLEDGED_ON_FIELD_NUMBER: _ClassVar[int]
    REPORTED_ON_FIELD_NUMBER: _ClassVar[int]
    REPORT_SUMMARY_FIELD_NUMBER: _ClassVar[int]
    ON_TIME_FIELD_NUMBER: _ClassVar[int]
    REPORT_ROUND_FIELD_NUMBER: _ClassVar[int]
    EXTENSION_WORKING_DAYS_FIELD_NUMBER: _ClassVar[int]
    EXTENSION_REASON_FIELD_NUMBER: _ClassVar[int]
    OVERDUE_FIELD_NUMBER: _ClassVar[int]
    RETURNED_REASON_FIELD_NUMBER: _ClassVar[int]
    ACCEPTED_ON_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    issuer_unit_id: str
    issuer_division_code: str
    org_unit_id: str
    division_code: str
    title: str
    content: str
    alert_kind: str
    concerning_division_code: str
    issued_on: str
    working_days: int
    due_on: str
    due_provisional: bool
    state: SupervisionOrderState
    acknowledged_on: str
    reported_on: str
    report_summary: str
    on_time: bool
    report_round: int
    extension_working_days: int
    extension_reason: str
    overdue: bool
    returned_reason: str
    accepted_on: str
    note: str
    def __init__(self, order_id: _Optional[str] = ..., issuer_unit_id: _Optional[str] = ..., issuer_division_code: _Optional[str] = ..., org_unit_id: _Optional[str] = ..., division_code: _Optional[str] = ..., title: _Optional[str] = ..., content: _Optional[str] = ..., alert_kind: _Optional[str] = ..., concerning_division_code: _Optional[str] = ..., issued_on: _Optional[str] = ..., working_days: _Optional[int] = ..., due_on: _Optional[str] = ..., due_provisional: _Optional[bool] = ..., state: _Optional[_Union[SupervisionOrderState, str]] = ..., acknowledged_on: _Optional[str] = ..., reported_on: _Optional[str] = ..., report_summary: _Optional[str] = ..., on_time: _Optional[bool] = ..., report_round: _Optional[int] = ..., extension_working_days: _Optional[int] = ..., extension_reason: _Optional[str] = ..., overdue: _Optional[bool] = ..., returned_reason: _Optional[str] = ..., accepted_on: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class IssueSupervisionOrderRequest(_message.Message):
    __slots__ = ("org_unit_id", "title", "content", "working_days", "alert_kind", "concerning_division_code", "issued_on")
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    WORKING_DAYS_FIELD_NUMBER: _ClassVar[int]
    ALERT_KIND_FIELD_NUMBER: _ClassVar[int]
    CONCERNING_DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    ISSUED_ON_FIELD_NUMBER: _ClassVar[int]
    org_unit_id: str
    title: str
    content: str
    working_days: int
    alert_kind: str
    concerning_division_code: str
    issued_on: str
    def __init__(self, org_unit_id: _Optional[str] = ..., title: _Optional[str] = ..., content: _Optional[str] = ..., working_days: _Optional[int] = ..., alert_kind: _Optional[str] = ..., concerning_division_code: _Optional[str] = ..., issued_on: _Optional[str] = ...) -> None: ...

class IssueSupervisionOrderResponse(_message.Message):
    __slots__ = ("order",)
    ORDER_FIELD_NUMBER: _ClassVar[int]
    order: SupervisionOrder
    def __init__(self, order: _Optional[_Union[SupervisionOrder, _Mapping]] = ...) -> None: ...

class AcknowledgeSupervisionOrderRequest(_message.Message):
    __slots__ = ("order_id", "acknowledged_on")
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    ACKNOWLEDGED_ON_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    acknowledged_on: str
    def __init__(self, order_id: _Optional[str] = ..., acknowledged_on: _Optional[str] = ...) -> None: ...

class AcknowledgeSupervisionOrderResponse(_message.Message):
    __slots__ = ("order",)
    ORDER_FIELD_NUMBER: _ClassVar[int]
    order: SupervisionOrder
    def __init__(self, order: _Optional[_Union[SupervisionOrder, _Mapping]] = ...) -> None: ...

class ReportSupervisionOrderRequest(_message.Message):
    __slots__ = ("order_id", "summary", "reported_on")
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    REPORTED_ON_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    summary: str
    reported_on: str
    def __init__(self, order_id: _Optional[str] = ..., summary: _Optional[str] = ..., reported_on: _Optional[str] = ...) -> None: ...

class ReportSupervisionOrderResponse(_message.Message):
    __slots__ = ("order",)
    ORDER_FIELD_NUMBER: _ClassVar[int]
    order: SupervisionOrder
    def __init__(self, order: _Optional[_Union[SupervisionOrder, _Mapping]] = ...) -> None: ...

class RequestOrderExtensionRequest(_message.Message):
    __slots__ = ("order_id", "working_days", "reason", "requested_on")
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    WORKING_DAYS_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    REQUESTED_ON_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    working_days: int
    reason: str
    requested_on: str
    def __init__(self, order_id: _Optional[str] = ..., working_days: _Optional[int] = ..., reason: _Optional[str] = ..., requested_on: _Optional[str] = ...) -> None: ...

class RequestOrderExtensionResponse(_message.Message):
    __slots__ = ("order",)
    ORDER_FIELD_NUMBER: _ClassVar[int]
    order: SupervisionOrder
    def __init__(self, order: _Optional[_Union[SupervisionOrder, _Mapping]] = ...) -> None: ...

class GrantOrderExtensionRequest(_message.Message):
    __slots__ = ("order_id", "granted_on")
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    GRANTED_ON_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    granted_on: str
    def __init__(self, order_id: _Optional[str] = ..., granted_on: _Optional[str] = ...) -> None: ...

class GrantOrderExtensionResponse(_message.Message):
    __slots__ = ("order",)
    ORDER_FIELD_NUMBER: _ClassVar[int]
    order: SupervisionOrder
    def __init__(self, order: _Optional[_Union[SupervisionOrder, _Mapping]] = ...) -> None: ...

class DeclineOrderExtensionRequest(_message.Message):
    __slots__ = ("order_id", "reason", "declined_on")
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    DECLINED_ON_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    reason: str
    declined_on: str
    def __init__(self, order_id: _Optional[str] = ..., reason: _Optional[str] = ..., declined_on: _Optional[str] = ...) -> None: ...

class DeclineOrderExtensionResponse(_message.Message):
    __slots__ = ("order",)
    ORDER_FIELD_NUMBER: _ClassVar[int]
    order: SupervisionOrder
    def __init__(self, order: _Optional[_Union[SupervisionOrder, _Mapping]] = ...) -> None: ...

class AcceptSupervisionOrderRequest(_message.Message):
    __slots__ = ("order_id", "note", "accepted_on")
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    ACCEPTED_ON_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    note: str
    accepted_on: str
    def __init__(self, order_id: _Optional[str] = ..., note: _Optional[str] = ..., accepted_on: _Optional[str] = ...) -> None: ...

class AcceptSupervisionOrderResponse(_message.Message):
    __slots__ = ("order",)
    ORDER_FIELD_NUMBER: _ClassVar[int]
    order: SupervisionOrder
    def __init__(self, order: _Optional[_Union[SupervisionOrder, _Mapping]] = ...) -> None: ...

class ReturnSupervisionOrderRequest(_message.Message):
    __slots__ = ("order_id", "reason", "returned_on")
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    RETURNED_ON_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    reason: str
    returned_on: str
    def __init__(self, order_id: _Optional[str] = ..., reason: _Optional[str] = ..., returned_on: _Optional[str] = ...) -> None: ...

class ReturnSupervisionOrderResponse(_message.Message):
    __slots__ = ("order",)
    ORDER_FIELD_NUMBER: _ClassVar[int]
    order: SupervisionOrder
    def __init__(self, order: _Optional[_Union[SupervisionOrder, _Mapping]] = ...) -> None: ...

class GetSupervisionOrderRequest(_message.Message):
    __slots__ = ("order_id",)
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    def __init__(self, order_id: _Optional[str] = ...) -> None: ...

class GetSupervisionOrderResponse(_message.Message):
    __slots__ = ("order",)
    ORDER_FIELD_NUMBER: _ClassVar[int]
    order: SupervisionOrder
    def __init__(self, order: _Optional[_Union[SupervisionOrder, _Mapping]] = ...) -> None: ...

class ListSupervisionOrdersRequest(_message.Message):
    __slots__ = ("division_code_prefix", "org_unit_id", "issuer_unit_id", "state", "open_only", "overdue_only", "page_size", "page_token")
    DIVISION_CODE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUER_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    OPEN_ONLY_FIELD_NUMBER: _ClassVar[int]
    OVERDUE_ONLY_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    division_code_prefix: str
    org_unit_id: str
    issuer_unit_id: str
    state: SupervisionOrderState
    open_only: bool
    overdue_only: bool
    page_size: int
    page_token: str
    def __init__(self, division_code_prefix: _Optional[str] = ..., org_unit_id: _Optional[str] = ..., issuer_unit_id: _Optional[str] = ..., state: _Optional[_Union[SupervisionOrderState, str]] = ..., open_only: _Optional[bool] = ..., overdue_only: _Optional[bool] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListSupervisionOrdersResponse(_message.Message):
    __slots__ = ("orders", "next_page_token")
    ORDERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    orders: _containers.RepeatedCompositeFieldContainer[SupervisionOrder]
    next_page_token: str
    def __init__(self, orders: _Optional[_Iterable[_Union[SupervisionOrder, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...
