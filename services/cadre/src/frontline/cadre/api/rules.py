"""Who may call each RPC (DESIGN.md §6; issue "Authorization").

cadre_manager and county_admin may do everything; township_operator the same
inside its township's division-code prefix (checked against the request's code,
or the cadre's / unit's / procedure's code once loaded); hq_viewer reads
without personal fields. Erasure is a county-level data-protection decision.
"""

from __future__ import annotations

from frontline.kernel.authz import Rule, field_scope

MANAGERS = frozenset({"cadre_manager", "county_admin"})
WRITERS = MANAGERS | {"township_operator"}
READERS = WRITERS | {"hq_viewer"}
# Who sees a cadre's name, birth date and phone: use_cases/registry.py PERSONAL_READERS.

WRITE_RPCS = (
    "UpdatePersonalData",
    "NominateCadre",
    "RecordInspection",
    "StartPublicNotice",
    "ReportNoticeObjection",
    "CheckNoticeObjection",
    "WithdrawAppointment",
    "AppointFromElection",
    "LeavePost",
    "EnrolAcademicUpgrade",
    "GraduateAcademicUpgrade",
    "StartTraining",
    "CompleteTraining",
    "ConvertStudentOfficial",
    "RecordStudentOfficialDeparture",
    "EvaluateCadre",
    "RecordRemuneration",
)
READ_RPCS = (
    "GetCadre",
    "ListUnitPosts",
    "ListTrainingRecords",
)
SCOPED_READ_RPCS = {
    "ListCadres": "division_code",
    "ListAppointmentProcedures": "division_code",
    "ListStudentOfficials": "division_code",
}

RULES: dict[str, Rule] = {
    "RegisterCadre": Rule(WRITERS, field_scope("division_code")),
    "AssignStudentOfficial": Rule(WRITERS, field_scope("village_code")),
    "PublishRemunerationSummary": Rule(WRITERS, field_scope("township_code")),
    "PublishEvaluationSummary": Rule(WRITERS, field_scope("township_code")),
    "ErasePersonalData": Rule(MANAGERS),
    **{name: Rule(WRITERS) for name in WRITE_RPCS},
    **{name: Rule(READERS) for name in READ_RPCS},
    **{name: Rule(READERS, field_scope(field)) for name, field in SCOPED_READ_RPCS.items()},
}
