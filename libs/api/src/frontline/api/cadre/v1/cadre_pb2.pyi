from frontline.api.i18n.v1 import names_pb2 as _names_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Gender(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GENDER_UNSPECIFIED: _ClassVar[Gender]
    GENDER_FEMALE: _ClassVar[Gender]
    GENDER_MALE: _ClassVar[Gender]

class EducationLevel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EDUCATION_LEVEL_UNSPECIFIED: _ClassVar[EducationLevel]
    EDUCATION_LEVEL_PRIMARY: _ClassVar[EducationLevel]
    EDUCATION_LEVEL_JUNIOR_SECONDARY: _ClassVar[EducationLevel]
    EDUCATION_LEVEL_SENIOR_SECONDARY: _ClassVar[EducationLevel]
    EDUCATION_LEVEL_VOCATIONAL: _ClassVar[EducationLevel]
    EDUCATION_LEVEL_COLLEGE: _ClassVar[EducationLevel]
    EDUCATION_LEVEL_BACHELOR: _ClassVar[EducationLevel]
    EDUCATION_LEVEL_POSTGRADUATE: _ClassVar[EducationLevel]

class Post(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    POST_UNSPECIFIED: _ClassVar[Post]
    POST_SECRETARY: _ClassVar[Post]
    POST_DEPUTY_SECRETARY: _ClassVar[Post]
    POST_COMMITTEE_MEMBER: _ClassVar[Post]
    POST_VILLAGE_COMMITTEE_HEAD: _ClassVar[Post]
    POST_VILLAGE_COMMITTEE_MEMBER: _ClassVar[Post]
    POST_OTHER: _ClassVar[Post]

class LeaveReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LEAVE_REASON_UNSPECIFIED: _ClassVar[LeaveReason]
    LEAVE_REASON_TERM_END: _ClassVar[LeaveReason]
    LEAVE_REASON_RESIGNATION: _ClassVar[LeaveReason]
    LEAVE_REASON_TRANSFER: _ClassVar[LeaveReason]
    LEAVE_REASON_DISMISSAL: _ClassVar[LeaveReason]

class IntegrityOpinion(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INTEGRITY_OPINION_UNSPECIFIED: _ClassVar[IntegrityOpinion]
    INTEGRITY_OPINION_NO_OBJECTION: _ClassVar[IntegrityOpinion]
    INTEGRITY_OPINION_OBJECTION: _ClassVar[IntegrityOpinion]

class ObjectionOutcome(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OBJECTION_OUTCOME_UNSPECIFIED: _ClassVar[ObjectionOutcome]
    OBJECTION_OUTCOME_CLEARED: _ClassVar[ObjectionOutcome]
    OBJECTION_OUTCOME_UPHELD: _ClassVar[ObjectionOutcome]

class EvaluationGrade(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EVALUATION_GRADE_UNSPECIFIED: _ClassVar[EvaluationGrade]
    EVALUATION_GRADE_EXCELLENT: _ClassVar[EvaluationGrade]
    EVALUATION_GRADE_COMPETENT: _ClassVar[EvaluationGrade]
    EVALUATION_GRADE_BASICALLY_COMPETENT: _ClassVar[EvaluationGrade]
    EVALUATION_GRADE_INCOMPETENT: _ClassVar[EvaluationGrade]

class TrainingTopic(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TRAINING_TOPIC_UNSPECIFIED: _ClassVar[TrainingTopic]
    TRAINING_TOPIC_PARTY_BUILDING: _ClassVar[TrainingTopic]
    TRAINING_TOPIC_RURAL_GOVERNANCE: _ClassVar[TrainingTopic]
    TRAINING_TOPIC_AGRICULTURE: _ClassVar[TrainingTopic]
    TRAINING_TOPIC_LAW: _ClassVar[TrainingTopic]
    TRAINING_TOPIC_DIGITAL_SKILLS: _ClassVar[TrainingTopic]
    TRAINING_TOPIC_COLLECTIVE_ECONOMY: _ClassVar[TrainingTopic]
    TRAINING_TOPIC_OTHER: _ClassVar[TrainingTopic]

class StudentDepartureReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    STUDENT_DEPARTURE_REASON_UNSPECIFIED: _ClassVar[StudentDepartureReason]
    STUDENT_DEPARTURE_REASON_TERM_END: _ClassVar[StudentDepartureReason]
    STUDENT_DEPARTURE_REASON_RESIGNATION: _ClassVar[StudentDepartureReason]
    STUDENT_DEPARTURE_REASON_OTHER: _ClassVar[StudentDepartureReason]

class ProcedureStage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROCEDURE_STAGE_UNSPECIFIED: _ClassVar[ProcedureStage]
    PROCEDURE_STAGE_NOMINATED: _ClassVar[ProcedureStage]
    PROCEDURE_STAGE_INSPECTED: _ClassVar[ProcedureStage]
    PROCEDURE_STAGE_IN_NOTICE: _ClassVar[ProcedureStage]
    PROCEDURE_STAGE_APPOINTED: _ClassVar[ProcedureStage]
    PROCEDURE_STAGE_WITHDRAWN: _ClassVar[ProcedureStage]

class StudentOfficialStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    STUDENT_OFFICIAL_STATUS_UNSPECIFIED: _ClassVar[StudentOfficialStatus]
    STUDENT_OFFICIAL_STATUS_SERVING: _ClassVar[StudentOfficialStatus]
    STUDENT_OFFICIAL_STATUS_CONVERTED: _ClassVar[StudentOfficialStatus]
    STUDENT_OFFICIAL_STATUS_DEPARTED: _ClassVar[StudentOfficialStatus]

class AppointmentVia(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    APPOINTMENT_VIA_UNSPECIFIED: _ClassVar[AppointmentVia]
    APPOINTMENT_VIA_PROCEDURE: _ClassVar[AppointmentVia]
    APPOINTMENT_VIA_ELECTION: _ClassVar[AppointmentVia]

class PersonalDataStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PERSONAL_DATA_STATUS_UNSPECIFIED: _ClassVar[PersonalDataStatus]
    PERSONAL_DATA_STATUS_SHOWN: _ClassVar[PersonalDataStatus]
    PERSONAL_DATA_STATUS_WITHHELD: _ClassVar[PersonalDataStatus]
    PERSONAL_DATA_STATUS_ERASED: _ClassVar[PersonalDataStatus]
GENDER_UNSPECIFIED: Gender
GENDER_FEMALE: Gender
GENDER_MALE: Gender
EDUCATION_LEVEL_UNSPECIFIED: EducationLevel
EDUCATION_LEVEL_PRIMARY: EducationLevel
EDUCATION_LEVEL_JUNIOR_SECONDARY: EducationLevel
EDUCATION_LEVEL_SENIOR_SECONDARY: EducationLevel
EDUCATION_LEVEL_VOCATIONAL: EducationLevel
EDUCATION_LEVEL_COLLEGE: EducationLevel
EDUCATION_LEVEL_BACHELOR: EducationLevel
EDUCATION_LEVEL_POSTGRADUATE: EducationLevel
POST_UNSPECIFIED: Post
POST_SECRETARY: Post
POST_DEPUTY_SECRETARY: Post
POST_COMMITTEE_MEMBER: Post
POST_VILLAGE_COMMITTEE_HEAD: Post
POST_VILLAGE_COMMITTEE_MEMBER: Post
POST_OTHER: Post
LEAVE_REASON_UNSPECIFIED: LeaveReason
LEAVE_REASON_TERM_END: LeaveReason
LEAVE_REASON_RESIGNATION: LeaveReason
LEAVE_REASON_TRANSFER: LeaveReason
LEAVE_REASON_DISMISSAL: LeaveReason
INTEGRITY_OPINION_UNSPECIFIED: IntegrityOpinion
INTEGRITY_OPINION_NO_OBJECTION: IntegrityOpinion
INTEGRITY_OPINION_OBJECTION: IntegrityOpinion
OBJECTION_OUTCOME_UNSPECIFIED: ObjectionOutcome
OBJECTION_OUTCOME_CLEARED: ObjectionOutcome
OBJECTION_OUTCOME_UPHELD: ObjectionOutcome
EVALUATION_GRADE_UNSPECIFIED: EvaluationGrade
EVALUATION_GRADE_EXCELLENT: EvaluationGrade
EVALUATION_GRADE_COMPETENT: EvaluationGrade
EVALUATION_GRADE_BASICALLY_COMPETENT: EvaluationGrade
EVALUATION_GRADE_INCOMPETENT: EvaluationGrade
TRAINING_TOPIC_UNSPECIFIED: TrainingTopic
TRAINING_TOPIC_PARTY_BUILDING: TrainingTopic
TRAINING_TOPIC_RURAL_GOVERNANCE: TrainingTopic
TRAINING_TOPIC_AGRICULTURE: TrainingTopic
TRAINING_TOPIC_LAW: TrainingTopic
TRAINING_TOPIC_DIGITAL_SKILLS: TrainingTopic
TRAINING_TOPIC_COLLECTIVE_ECONOMY: TrainingTopic
TRAINING_TOPIC_OTHER: TrainingTopic
STUDENT_DEPARTURE_REASON_UNSPECIFIED: StudentDepartureReason
STUDENT_DEPARTURE_REASON_TERM_END: StudentDepartureReason
STUDENT_DEPARTURE_REASON_RESIGNATION: StudentDepartureReason
STUDENT_DEPARTURE_REASON_OTHER: StudentDepartureReason
PROCEDURE_STAGE_UNSPECIFIED: ProcedureStage
PROCEDURE_STAGE_NOMINATED: ProcedureStage
PROCEDURE_STAGE_INSPECTED: ProcedureStage
PROCEDURE_STAGE_IN_NOTICE: ProcedureStage
PROCEDURE_STAGE_APPOINTED: ProcedureStage
PROCEDURE_STAGE_WITHDRAWN: ProcedureStage
STUDENT_OFFICIAL_STATUS_UNSPECIFIED: StudentOfficialStatus
STUDENT_OFFICIAL_STATUS_SERVING: StudentOfficialStatus
STUDENT_OFFICIAL_STATUS_CONVERTED: StudentOfficialStatus
STUDENT_OFFICIAL_STATUS_DEPARTED: StudentOfficialStatus
APPOINTMENT_VIA_UNSPECIFIED: AppointmentVia
APPOINTMENT_VIA_PROCEDURE: AppointmentVia
APPOINTMENT_VIA_ELECTION: AppointmentVia
PERSONAL_DATA_STATUS_UNSPECIFIED: PersonalDataStatus
PERSONAL_DATA_STATUS_SHOWN: PersonalDataStatus
PERSONAL_DATA_STATUS_WITHHELD: PersonalDataStatus
PERSONAL_DATA_STATUS_ERASED: PersonalDataStatus

class PersonalData(_message.Message):
    __slots__ = ("status", "name", "birth_date", "phone")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    BIRTH_DATE_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    status: PersonalDataStatus
    name: str
    birth_date: str
    phone: str
    def __init__(self, status: _Optional[_Union[PersonalDataStatus, str]] = ..., name: _Optional[str] = ..., birth_date: _Optional[str] = ..., phone: _Optional[str] = ...) -> None: ...

class PostHolding(_message.Message):
    __slots__ = ("cadre_id", "org_unit_id", "division_code", "post", "since", "term_end", "also_village_head", "via")
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    SINCE_FIELD_NUMBER: _ClassVar[int]
    TERM_END_FIELD_NUMBER: _ClassVar[int]
    ALSO_VILLAGE_HEAD_FIELD_NUMBER: _ClassVar[int]
    VIA_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    org_unit_id: str
    division_code: str
    post: Post
    since: str
    term_end: str
    also_village_head: bool
    via: str
    def __init__(self, cadre_id: _Optional[str] = ..., org_unit_id: _Optional[str] = ..., division_code: _Optional[str] = ..., post: _Optional[_Union[Post, str]] = ..., since: _Optional[str] = ..., term_end: _Optional[str] = ..., also_village_head: _Optional[bool] = ..., via: _Optional[str] = ...) -> None: ...

class Evaluation(_message.Message):
    __slots__ = ("year", "grade", "achievements")
    YEAR_FIELD_NUMBER: _ClassVar[int]
    GRADE_FIELD_NUMBER: _ClassVar[int]
    ACHIEVEMENTS_FIELD_NUMBER: _ClassVar[int]
    year: int
    grade: EvaluationGrade
    achievements: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, year: _Optional[int] = ..., grade: _Optional[_Union[EvaluationGrade, str]] = ..., achievements: _Optional[_Iterable[str]] = ...) -> None: ...

class StudentOfficial(_message.Message):
    __slots__ = ("cadre_id", "village_code", "term_years", "starts_on", "ends_on", "status", "finished_on", "latest_grade")
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    VILLAGE_CODE_FIELD_NUMBER: _ClassVar[int]
    TERM_YEARS_FIELD_NUMBER: _ClassVar[int]
    STARTS_ON_FIELD_NUMBER: _ClassVar[int]
    ENDS_ON_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    FINISHED_ON_FIELD_NUMBER: _ClassVar[int]
    LATEST_GRADE_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    village_code: str
    term_years: int
    starts_on: str
    ends_on: str
    status: str
    finished_on: str
    latest_grade: EvaluationGrade
    def __init__(self, cadre_id: _Optional[str] = ..., village_code: _Optional[str] = ..., term_years: _Optional[int] = ..., starts_on: _Optional[str] = ..., ends_on: _Optional[str] = ..., status: _Optional[str] = ..., finished_on: _Optional[str] = ..., latest_grade: _Optional[_Union[EvaluationGrade, str]] = ...) -> None: ...

class Cadre(_message.Message):
    __slots__ = ("cadre_id", "division_code", "gender", "age_band", "education_level", "party_member", "registered_on", "personal", "posts", "evaluations", "student_official")
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    GENDER_FIELD_NUMBER: _ClassVar[int]
    AGE_BAND_FIELD_NUMBER: _ClassVar[int]
    EDUCATION_LEVEL_FIELD_NUMBER: _ClassVar[int]
    PARTY_MEMBER_FIELD_NUMBER: _ClassVar[int]
    REGISTERED_ON_FIELD_NUMBER: _ClassVar[int]
    PERSONAL_FIELD_NUMBER: _ClassVar[int]
    POSTS_FIELD_NUMBER: _ClassVar[int]
    EVALUATIONS_FIELD_NUMBER: _ClassVar[int]
    STUDENT_OFFICIAL_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    division_code: str
    gender: Gender
    age_band: str
    education_level: EducationLevel
    party_member: bool
    registered_on: str
    personal: PersonalData
    posts: _containers.RepeatedCompositeFieldContainer[PostHolding]
    evaluations: _containers.RepeatedCompositeFieldContainer[Evaluation]
    student_official: StudentOfficial
    def __init__(self, cadre_id: _Optional[str] = ..., division_code: _Optional[str] = ..., gender: _Optional[_Union[Gender, str]] = ..., age_band: _Optional[str] = ..., education_level: _Optional[_Union[EducationLevel, str]] = ..., party_member: _Optional[bool] = ..., registered_on: _Optional[str] = ..., personal: _Optional[_Union[PersonalData, _Mapping]] = ..., posts: _Optional[_Iterable[_Union[PostHolding, _Mapping]]] = ..., evaluations: _Optional[_Iterable[_Union[Evaluation, _Mapping]]] = ..., student_official: _Optional[_Union[StudentOfficial, _Mapping]] = ...) -> None: ...

class AppointmentProcedure(_message.Message):
    __slots__ = ("procedure_id", "cadre_id", "org_unit_id", "division_code", "post", "stage", "nominated_on", "integrity_opinion", "notice_starts_on", "notice_ends_on", "notice_provisional", "term_end", "also_village_head", "finished_on", "objection", "objection_reported_on", "objection_checked_on")
    PROCEDURE_ID_FIELD_NUMBER: _ClassVar[int]
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    STAGE_FIELD_NUMBER: _ClassVar[int]
    NOMINATED_ON_FIELD_NUMBER: _ClassVar[int]
    INTEGRITY_OPINION_FIELD_NUMBER: _ClassVar[int]
    NOTICE_STARTS_ON_FIELD_NUMBER: _ClassVar[int]
    NOTICE_ENDS_ON_FIELD_NUMBER: _ClassVar[int]
    NOTICE_PROVISIONAL_FIELD_NUMBER: _ClassVar[int]
    TERM_END_FIELD_NUMBER: _ClassVar[int]
    ALSO_VILLAGE_HEAD_FIELD_NUMBER: _ClassVar[int]
    FINISHED_ON_FIELD_NUMBER: _ClassVar[int]
    OBJECTION_FIELD_NUMBER: _ClassVar[int]
    OBJECTION_REPORTED_ON_FIELD_NUMBER: _ClassVar[int]
    OBJECTION_CHECKED_ON_FIELD_NUMBER: _ClassVar[int]
    procedure_id: str
    cadre_id: str
    org_unit_id: str
    division_code: str
    post: Post
    stage: str
    nominated_on: str
    integrity_opinion: IntegrityOpinion
    notice_starts_on: str
    notice_ends_on: str
    notice_provisional: bool
    term_end: str
    also_village_head: bool
    finished_on: str
    objection: str
    objection_reported_on: str
    objection_checked_on: str
    def __init__(self, procedure_id: _Optional[str] = ..., cadre_id: _Optional[str] = ..., org_unit_id: _Optional[str] = ..., division_code: _Optional[str] = ..., post: _Optional[_Union[Post, str]] = ..., stage: _Optional[str] = ..., nominated_on: _Optional[str] = ..., integrity_opinion: _Optional[_Union[IntegrityOpinion, str]] = ..., notice_starts_on: _Optional[str] = ..., notice_ends_on: _Optional[str] = ..., notice_provisional: _Optional[bool] = ..., term_end: _Optional[str] = ..., also_village_head: _Optional[bool] = ..., finished_on: _Optional[str] = ..., objection: _Optional[str] = ..., objection_reported_on: _Optional[str] = ..., objection_checked_on: _Optional[str] = ...) -> None: ...

class AcademicUpgrade(_message.Message):
    __slots__ = ("upgrade_id", "target_level", "institution", "enrolled_on", "graduated_on")
    UPGRADE_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_LEVEL_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_FIELD_NUMBER: _ClassVar[int]
    ENROLLED_ON_FIELD_NUMBER: _ClassVar[int]
    GRADUATED_ON_FIELD_NUMBER: _ClassVar[int]
    upgrade_id: str
    target_level: EducationLevel
    institution: str
    enrolled_on: str
    graduated_on: str
    def __init__(self, upgrade_id: _Optional[str] = ..., target_level: _Optional[_Union[EducationLevel, str]] = ..., institution: _Optional[str] = ..., enrolled_on: _Optional[str] = ..., graduated_on: _Optional[str] = ...) -> None: ...

class Training(_message.Message):
    __slots__ = ("training_id", "topic", "title", "planned_hours", "hours", "started_on", "completed_on")
    TRAINING_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    PLANNED_HOURS_FIELD_NUMBER: _ClassVar[int]
    HOURS_FIELD_NUMBER: _ClassVar[int]
    STARTED_ON_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_ON_FIELD_NUMBER: _ClassVar[int]
    training_id: str
    topic: TrainingTopic
    title: str
    planned_hours: float
    hours: float
    started_on: str
    completed_on: str
    def __init__(self, training_id: _Optional[str] = ..., topic: _Optional[_Union[TrainingTopic, str]] = ..., title: _Optional[str] = ..., planned_hours: _Optional[float] = ..., hours: _Optional[float] = ..., started_on: _Optional[str] = ..., completed_on: _Optional[str] = ...) -> None: ...

class RemunerationSummary(_message.Message):
    __slots__ = ("township_code", "year", "cadre_count", "average_fen", "growth_rate", "revision", "published_on")
    TOWNSHIP_CODE_FIELD_NUMBER: _ClassVar[int]
    YEAR_FIELD_NUMBER: _ClassVar[int]
    CADRE_COUNT_FIELD_NUMBER: _ClassVar[int]
    AVERAGE_FEN_FIELD_NUMBER: _ClassVar[int]
    GROWTH_RATE_FIELD_NUMBER: _ClassVar[int]
    REVISION_FIELD_NUMBER: _ClassVar[int]
    PUBLISHED_ON_FIELD_NUMBER: _ClassVar[int]
    township_code: str
    year: int
    cadre_count: int
    average_fen: int
    growth_rate: float
    revision: int
    published_on: str
    def __init__(self, township_code: _Optional[str] = ..., year: _Optional[int] = ..., cadre_count: _Optional[int] = ..., average_fen: _Optional[int] = ..., growth_rate: _Optional[float] = ..., revision: _Optional[int] = ..., published_on: _Optional[str] = ...) -> None: ...

class EvaluationSummary(_message.Message):
    __slots__ = ("township_code", "year", "cadre_count", "excellent", "competent", "basically_competent", "incompetent", "revision", "published_on")
    TOWNSHIP_CODE_FIELD_NUMBER: _ClassVar[int]
    YEAR_FIELD_NUMBER: _ClassVar[int]
    CADRE_COUNT_FIELD_NUMBER: _ClassVar[int]
    EXCELLENT_FIELD_NUMBER: _ClassVar[int]
    COMPETENT_FIELD_NUMBER: _ClassVar[int]
    BASICALLY_COMPETENT_FIELD_NUMBER: _ClassVar[int]
    INCOMPETENT_FIELD_NUMBER: _ClassVar[int]
    REVISION_FIELD_NUMBER: _ClassVar[int]
    PUBLISHED_ON_FIELD_NUMBER: _ClassVar[int]
    township_code: str
    year: int
    cadre_count: int
    excellent: int
    competent: int
    basically_competent: int
    incompetent: int
    revision: int
    published_on: str
    def __init__(self, township_code: _Optional[str] = ..., year: _Optional[int] = ..., cadre_count: _Optional[int] = ..., excellent: _Optional[int] = ..., competent: _Optional[int] = ..., basically_competent: _Optional[int] = ..., incompetent: _Optional[int] = ..., revision: _Optional[int] = ..., published_on: _Optional[str] = ...) -> None: ...

class RegisterCadreRequest(_message.Message):
    __slots__ = ("name", "gender", "birth_date", "education_level", "party_member", "phone", "id_number", "division_code", "registered_on")
    NAME_FIELD_NUMBER: _ClassVar[int]
    GENDER_FIELD_NUMBER: _ClassVar[int]
    BIRTH_DATE_FIELD_NUMBER: _ClassVar[int]
    EDUCATION_LEVEL_FIELD_NUMBER: _ClassVar[int]
    PARTY_MEMBER_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    ID_NUMBER_FIELD_NUMBER: _ClassVar[int]
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    REGISTERED_ON_FIELD_NUMBER: _ClassVar[int]
    name: str
    gender: Gender
    birth_date: str
    education_level: EducationLevel
    party_member: bool
    phone: str
    id_number: str
    division_code: str
    registered_on: str
    def __init__(self, name: _Optional[str] = ..., gender: _Optional[_Union[Gender, str]] = ..., birth_date: _Optional[str] = ..., education_level: _Optional[_Union[EducationLevel, str]] = ..., party_member: _Optional[bool] = ..., phone: _Optional[str] = ..., id_number: _Optional[str] = ..., division_code: _Optional[str] = ..., registered_on: _Optional[str] = ...) -> None: ...

class RegisterCadreResponse(_message.Message):
    __slots__ = ("cadre_id",)
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    def __init__(self, cadre_id: _Optional[str] = ...) -> None: ...

class UpdatePersonalDataRequest(_message.Message):
    __slots__ = ("cadre_id", "name", "phone", "birth_date")
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    BIRTH_DATE_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    name: str
    phone: str
    birth_date: str
    def __init__(self, cadre_id: _Optional[str] = ..., name: _Optional[str] = ..., phone: _Optional[str] = ..., birth_date: _Optional[str] = ...) -> None: ...

class UpdatePersonalDataResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ErasePersonalDataRequest(_message.Message):
    __slots__ = ("cadre_id",)
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    def __init__(self, cadre_id: _Optional[str] = ...) -> None: ...

class ErasePersonalDataResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class NominateCadreRequest(_message.Message):
    __slots__ = ("cadre_id", "org_unit_id", "post", "term_end", "also_village_head", "nominated_on")
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    TERM_END_FIELD_NUMBER: _ClassVar[int]
    ALSO_VILLAGE_HEAD_FIELD_NUMBER: _ClassVar[int]
    NOMINATED_ON_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    org_unit_id: str
    post: Post
    term_end: str
    also_village_head: bool
    nominated_on: str
    def __init__(self, cadre_id: _Optional[str] = ..., org_unit_id: _Optional[str] = ..., post: _Optional[_Union[Post, str]] = ..., term_end: _Optional[str] = ..., also_village_head: _Optional[bool] = ..., nominated_on: _Optional[str] = ...) -> None: ...

class NominateCadreResponse(_message.Message):
    __slots__ = ("procedure_id",)
    PROCEDURE_ID_FIELD_NUMBER: _ClassVar[int]
    procedure_id: str
    def __init__(self, procedure_id: _Optional[str] = ...) -> None: ...

class RecordInspectionRequest(_message.Message):
    __slots__ = ("procedure_id", "integrity_opinion", "summary", "inspected_on")
    PROCEDURE_ID_FIELD_NUMBER: _ClassVar[int]
    INTEGRITY_OPINION_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    INSPECTED_ON_FIELD_NUMBER: _ClassVar[int]
    procedure_id: str
    integrity_opinion: IntegrityOpinion
    summary: str
    inspected_on: str
    def __init__(self, procedure_id: _Optional[str] = ..., integrity_opinion: _Optional[_Union[IntegrityOpinion, str]] = ..., summary: _Optional[str] = ..., inspected_on: _Optional[str] = ...) -> None: ...

class RecordInspectionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class StartPublicNoticeRequest(_message.Message):
    __slots__ = ("procedure_id", "starts_on")
    PROCEDURE_ID_FIELD_NUMBER: _ClassVar[int]
    STARTS_ON_FIELD_NUMBER: _ClassVar[int]
    procedure_id: str
    starts_on: str
    def __init__(self, procedure_id: _Optional[str] = ..., starts_on: _Optional[str] = ...) -> None: ...

class StartPublicNoticeResponse(_message.Message):
    __slots__ = ("ends_on", "provisional")
    ENDS_ON_FIELD_NUMBER: _ClassVar[int]
    PROVISIONAL_FIELD_NUMBER: _ClassVar[int]
    ends_on: str
    provisional: bool
    def __init__(self, ends_on: _Optional[str] = ..., provisional: _Optional[bool] = ...) -> None: ...

class ReportNoticeObjectionRequest(_message.Message):
    __slots__ = ("procedure_id", "reported_on")
    PROCEDURE_ID_FIELD_NUMBER: _ClassVar[int]
    REPORTED_ON_FIELD_NUMBER: _ClassVar[int]
    procedure_id: str
    reported_on: str
    def __init__(self, procedure_id: _Optional[str] = ..., reported_on: _Optional[str] = ...) -> None: ...

class ReportNoticeObjectionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CheckNoticeObjectionRequest(_message.Message):
    __slots__ = ("procedure_id", "outcome", "checked_on")
    PROCEDURE_ID_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    CHECKED_ON_FIELD_NUMBER: _ClassVar[int]
    procedure_id: str
    outcome: ObjectionOutcome
    checked_on: str
    def __init__(self, procedure_id: _Optional[str] = ..., outcome: _Optional[_Union[ObjectionOutcome, str]] = ..., checked_on: _Optional[str] = ...) -> None: ...

class CheckNoticeObjectionResponse(_message.Message):
    __slots__ = ("stage",)
    STAGE_FIELD_NUMBER: _ClassVar[int]
    stage: str
    def __init__(self, stage: _Optional[str] = ...) -> None: ...

class WithdrawAppointmentRequest(_message.Message):
    __slots__ = ("procedure_id", "reason", "withdrawn_on")
    PROCEDURE_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    WITHDRAWN_ON_FIELD_NUMBER: _ClassVar[int]
    procedure_id: str
    reason: str
    withdrawn_on: str
    def __init__(self, procedure_id: _Optional[str] = ..., reason: _Optional[str] = ..., withdrawn_on: _Optional[str] = ...) -> None: ...

class WithdrawAppointmentResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AppointFromElectionRequest(_message.Message):
    __slots__ = ("cadre_id", "org_unit_id", "post", "election_ref", "term_end", "also_village_head", "appointed_on")
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    ELECTION_REF_FIELD_NUMBER: _ClassVar[int]
    TERM_END_FIELD_NUMBER: _ClassVar[int]
    ALSO_VILLAGE_HEAD_FIELD_NUMBER: _ClassVar[int]
    APPOINTED_ON_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    org_unit_id: str
    post: Post
    election_ref: str
    term_end: str
    also_village_head: bool
    appointed_on: str
    def __init__(self, cadre_id: _Optional[str] = ..., org_unit_id: _Optional[str] = ..., post: _Optional[_Union[Post, str]] = ..., election_ref: _Optional[str] = ..., term_end: _Optional[str] = ..., also_village_head: _Optional[bool] = ..., appointed_on: _Optional[str] = ...) -> None: ...

class AppointFromElectionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LeavePostRequest(_message.Message):
    __slots__ = ("cadre_id", "org_unit_id", "post", "reason", "left_on")
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    LEFT_ON_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    org_unit_id: str
    post: Post
    reason: LeaveReason
    left_on: str
    def __init__(self, cadre_id: _Optional[str] = ..., org_unit_id: _Optional[str] = ..., post: _Optional[_Union[Post, str]] = ..., reason: _Optional[_Union[LeaveReason, str]] = ..., left_on: _Optional[str] = ...) -> None: ...

class LeavePostResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class EnrolAcademicUpgradeRequest(_message.Message):
    __slots__ = ("cadre_id", "target_level", "institution", "enrolled_on")
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_LEVEL_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_FIELD_NUMBER: _ClassVar[int]
    ENROLLED_ON_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    target_level: EducationLevel
    institution: str
    enrolled_on: str
    def __init__(self, cadre_id: _Optional[str] = ..., target_level: _Optional[_Union[EducationLevel, str]] = ..., institution: _Optional[str] = ..., enrolled_on: _Optional[str] = ...) -> None: ...

class EnrolAcademicUpgradeResponse(_message.Message):
    __slots__ = ("upgrade_id",)
    UPGRADE_ID_FIELD_NUMBER: _ClassVar[int]
    upgrade_id: str
    def __init__(self, upgrade_id: _Optional[str] = ...) -> None: ...

class GraduateAcademicUpgradeRequest(_message.Message):
    __slots__ = ("cadre_id", "upgrade_id", "graduated_on")
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    UPGRADE_ID_FIELD_NUMBER: _ClassVar[int]
    GRADUATED_ON_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    upgrade_id: str
    graduated_on: str
    def __init__(self, cadre_id: _Optional[str] = ..., upgrade_id: _Optional[str] = ..., graduated_on: _Optional[str] = ...) -> None: ...

class GraduateAcademicUpgradeResponse(_message.Message):
    __slots__ = ("education_level",)
    EDUCATION_LEVEL_FIELD_NUMBER: _ClassVar[int]
    education_level: EducationLevel
    def __init__(self, education_level: _Optional[_Union[EducationLevel, str]] = ...) -> None: ...

class StartTrainingRequest(_message.Message):
    __slots__ = ("cadre_id", "topic", "title", "planned_hours", "started_on")
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    PLANNED_HOURS_FIELD_NUMBER: _ClassVar[int]
    STARTED_ON_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    topic: TrainingTopic
    title: str
    planned_hours: float
    started_on: str
    def __init__(self, cadre_id: _Optional[str] = ..., topic: _Optional[_Union[TrainingTopic, str]] = ..., title: _Optional[str] = ..., planned_hours: _Optional[float] = ..., started_on: _Optional[str] = ...) -> None: ...

class StartTrainingResponse(_message.Message):
    __slots__ = ("training_id",)
    TRAINING_ID_FIELD_NUMBER: _ClassVar[int]
    training_id: str
    def __init__(self, training_id: _Optional[str] = ...) -> None: ...

class CompleteTrainingRequest(_message.Message):
    __slots__ = ("cadre_id", "training_id", "hours", "completed_on")
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    TRAINING_ID_FIELD_NUMBER: _ClassVar[int]
    HOURS_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_ON_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    training_id: str
    hours: float
    completed_on: str
    def __init__(self, cadre_id: _Optional[str] = ..., training_id: _Optional[str] = ..., hours: _Optional[float] = ..., completed_on: _Optional[str] = ...) -> None: ...

class CompleteTrainingResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AssignStudentOfficialRequest(_message.Message):
    __slots__ = ("cadre_id", "village_code", "term_years", "starts_on")
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    VILLAGE_CODE_FIELD_NUMBER: _ClassVar[int]
    TERM_YEARS_FIELD_NUMBER: _ClassVar[int]
    STARTS_ON_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    village_code: str
    term_years: int
    starts_on: str
    def __init__(self, cadre_id: _Optional[str] = ..., village_code: _Optional[str] = ..., term_years: _Optional[int] = ..., starts_on: _Optional[str] = ...) -> None: ...

class AssignStudentOfficialResponse(_message.Message):
    __slots__ = ("ends_on",)
    ENDS_ON_FIELD_NUMBER: _ClassVar[int]
    ends_on: str
    def __init__(self, ends_on: _Optional[str] = ...) -> None: ...

class ConvertStudentOfficialRequest(_message.Message):
    __slots__ = ("cadre_id", "converted_on")
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    CONVERTED_ON_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    converted_on: str
    def __init__(self, cadre_id: _Optional[str] = ..., converted_on: _Optional[str] = ...) -> None: ...

class ConvertStudentOfficialResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RecordStudentOfficialDepartureRequest(_message.Message):
    __slots__ = ("cadre_id", "reason", "departed_on")
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    DEPARTED_ON_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    reason: StudentDepartureReason
    departed_on: str
    def __init__(self, cadre_id: _Optional[str] = ..., reason: _Optional[_Union[StudentDepartureReason, str]] = ..., departed_on: _Optional[str] = ...) -> None: ...

class RecordStudentOfficialDepartureResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class EvaluateCadreRequest(_message.Message):
    __slots__ = ("cadre_id", "year", "grade", "achievements", "evaluated_on")
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    YEAR_FIELD_NUMBER: _ClassVar[int]
    GRADE_FIELD_NUMBER: _ClassVar[int]
    ACHIEVEMENTS_FIELD_NUMBER: _ClassVar[int]
    EVALUATED_ON_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    year: int
    grade: EvaluationGrade
    achievements: _containers.RepeatedScalarFieldContainer[str]
    evaluated_on: str
    def __init__(self, cadre_id: _Optional[str] = ..., year: _Optional[int] = ..., grade: _Optional[_Union[EvaluationGrade, str]] = ..., achievements: _Optional[_Iterable[str]] = ..., evaluated_on: _Optional[str] = ...) -> None: ...

class EvaluateCadreResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RecordRemunerationRequest(_message.Message):
    __slots__ = ("cadre_id", "year", "amount_fen")
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    YEAR_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FEN_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    year: int
    amount_fen: int
    def __init__(self, cadre_id: _Optional[str] = ..., year: _Optional[int] = ..., amount_fen: _Optional[int] = ...) -> None: ...

class RecordRemunerationResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PublishRemunerationSummaryRequest(_message.Message):
    __slots__ = ("township_code", "year")
    TOWNSHIP_CODE_FIELD_NUMBER: _ClassVar[int]
    YEAR_FIELD_NUMBER: _ClassVar[int]
    township_code: str
    year: int
    def __init__(self, township_code: _Optional[str] = ..., year: _Optional[int] = ...) -> None: ...

class PublishRemunerationSummaryResponse(_message.Message):
    __slots__ = ("summary",)
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    summary: RemunerationSummary
    def __init__(self, summary: _Optional[_Union[RemunerationSummary, _Mapping]] = ...) -> None: ...

class PublishEvaluationSummaryRequest(_message.Message):
    __slots__ = ("township_code", "year")
    TOWNSHIP_CODE_FIELD_NUMBER: _ClassVar[int]
    YEAR_FIELD_NUMBER: _ClassVar[int]
    township_code: str
    year: int
    def __init__(self, township_code: _Optional[str] = ..., year: _Optional[int] = ...) -> None: ...

class PublishEvaluationSummaryResponse(_message.Message):
    __slots__ = ("summary",)
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    summary: EvaluationSummary
    def __init__(self, summary: _Optional[_Union[EvaluationSummary, _Mapping]] = ...) -> None: ...

class GetCadreRequest(_message.Message):
    __slots__ = ("cadre_id",)
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    def __init__(self, cadre_id: _Optional[str] = ...) -> None: ...

class GetCadreResponse(_message.Message):
    __slots__ = ("cadre",)
    CADRE_FIELD_NUMBER: _ClassVar[int]
    cadre: Cadre
    def __init__(self, cadre: _Optional[_Union[Cadre, _Mapping]] = ...) -> None: ...

class ListCadresRequest(_message.Message):
    __slots__ = ("division_code", "page_size", "page_token")
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    division_code: str
    page_size: int
    page_token: str
    def __init__(self, division_code: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListCadresResponse(_message.Message):
    __slots__ = ("cadres", "next_page_token")
    CADRES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    cadres: _containers.RepeatedCompositeFieldContainer[Cadre]
    next_page_token: str
    def __init__(self, cadres: _Optional[_Iterable[_Union[Cadre, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListUnitPostsRequest(_message.Message):
    __slots__ = ("org_unit_id",)
    ORG_UNIT_ID_FIELD_NUMBER: _ClassVar[int]
    org_unit_id: str
    def __init__(self, org_unit_id: _Optional[str] = ...) -> None: ...

class ListUnitPostsResponse(_message.Message):
    __slots__ = ("posts",)
    POSTS_FIELD_NUMBER: _ClassVar[int]
    posts: _containers.RepeatedCompositeFieldContainer[PostHolding]
    def __init__(self, posts: _Optional[_Iterable[_Union[PostHolding, _Mapping]]] = ...) -> None: ...

class ListAppointmentProceduresRequest(_message.Message):
    __slots__ = ("division_code", "include_finished")
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_FINISHED_FIELD_NUMBER: _ClassVar[int]
    division_code: str
    include_finished: bool
    def __init__(self, division_code: _Optional[str] = ..., include_finished: _Optional[bool] = ...) -> None: ...

class ListAppointmentProceduresResponse(_message.Message):
    __slots__ = ("procedures",)
    PROCEDURES_FIELD_NUMBER: _ClassVar[int]
    procedures: _containers.RepeatedCompositeFieldContainer[AppointmentProcedure]
    def __init__(self, procedures: _Optional[_Iterable[_Union[AppointmentProcedure, _Mapping]]] = ...) -> None: ...

class ListTrainingRecordsRequest(_message.Message):
    __slots__ = ("cadre_id",)
    CADRE_ID_FIELD_NUMBER: _ClassVar[int]
    cadre_id: str
    def __init__(self, cadre_id: _Optional[str] = ...) -> None: ...

class ListTrainingRecordsResponse(_message.Message):
    __slots__ = ("academic_upgrades", "trainings")
    ACADEMIC_UPGRADES_FIELD_NUMBER: _ClassVar[int]
    TRAININGS_FIELD_NUMBER: _ClassVar[int]
    academic_upgrades: _containers.RepeatedCompositeFieldContainer[AcademicUpgrade]
    trainings: _containers.RepeatedCompositeFieldContainer[Training]
    def __init__(self, academic_upgrades: _Optional[_Iterable[_Union[AcademicUpgrade, _Mapping]]] = ..., trainings: _Optional[_Iterable[_Union[Training, _Mapping]]] = ...) -> None: ...

class ListStudentOfficialsRequest(_message.Message):
    __slots__ = ("division_code",)
    DIVISION_CODE_FIELD_NUMBER: _ClassVar[int]
    division_code: str
    def __init__(self, division_code: _Optional[str] = ...) -> None: ...

class ListStudentOfficialsResponse(_message.Message):
    __slots__ = ("officials",)
    OFFICIALS_FIELD_NUMBER: _ClassVar[int]
    officials: _containers.RepeatedCompositeFieldContainer[StudentOfficial]
    def __init__(self, officials: _Optional[_Iterable[_Union[StudentOfficial, _Mapping]]] = ...) -> None: ...
