"""Who may call each RPC (DESIGN.md §6: anything undeclared is denied).

Clues and cases are for the discipline roles only, each to its part: intake
receives and disposes of clues and tells reporters; investigators verify, file and
investigate; reviewers (a separate role) review, decide and hear appeals, and
cannot touch evidence. Nobody else — not the county administrator, not a dispute
mediator — sees a clue or case. The open registers (disputes, sweeps, ledgers) are
kept by dispute mediators, sweeps also by township and village operators, ledgers
also by township operators; the county administrator may do all of it. Scope by
division code is checked by the rule when the request names a code, otherwise by
the use case once the record is loaded.
"""

from __future__ import annotations

from frontline.kernel.authz import Rule, field_scope

INTAKE = frozenset({"discipline_intake"})
INVESTIGATOR = frozenset({"discipline_investigator"})
REVIEWER = frozenset({"discipline_reviewer"})
DISCIPLINE = INTAKE | INVESTIGATOR | REVIEWER
MEDIATORS = frozenset({"dispute_mediator", "county_admin"})
SWEEPERS = MEDIATORS | {"township_operator", "village_operator"}
LEDGER_KEEPERS = MEDIATORS | {"township_operator"}
REGISTER_READERS = SWEEPERS | DISCIPLINE | {"hq_viewer", "auditor"}

_IN_DIVISION = field_scope("division_code")

CLUE_RULES: dict[str, Rule] = {
    "ReceiveClue": Rule(INTAKE, _IN_DIVISION),
    "DisposeClue": Rule(INTAKE),
    "ConcludeVerification": Rule(INVESTIGATOR),
    "ReplyToReporter": Rule(INTAKE),
    "RecordRecusal": Rule(DISCIPLINE),
    "GetClue": Rule(DISCIPLINE),
    "ListClues": Rule(DISCIPLINE),
}

CASE_RULES: dict[str, Rule] = {
    "FileCase": Rule(INVESTIGATOR),
    "AddEvidence": Rule(INVESTIGATOR),
    "RetractEvidence": Rule(INVESTIGATOR),
    "ExtendInvestigation": Rule(INVESTIGATOR),
    "SubmitForReview": Rule(INVESTIGATOR),
    # Reviewers are a different role (DOMAIN.md "Case"): they never change evidence.
    "ReturnForInvestigation": Rule(REVIEWER),
    "DecideCase": Rule(REVIEWER),
    "RecordExecution": Rule(INVESTIGATOR),
    "ArchiveCase": Rule(INVESTIGATOR),
    "RecordAppeal": Rule(REVIEWER),
    "ConcludeAppeal": Rule(REVIEWER),
    "GetCase": Rule(DISCIPLINE),
    "ListCases": Rule(DISCIPLINE),
}

REGISTER_RULES: dict[str, Rule] = {
    "RegisterDispute": Rule(MEDIATORS, _IN_DIVISION),
    "EscalateDispute": Rule(MEDIATORS),
    "ResolveDispute": Rule(MEDIATORS),
    "ApplyJudicialConfirmation": Rule(MEDIATORS),
    "FollowUpDispute": Rule(MEDIATORS),
    "CloseDispute": Rule(MEDIATORS),
    "DivertDispute": Rule(MEDIATORS),
    "GetDispute": Rule(REGISTER_READERS),
    "ListDisputes": Rule(REGISTER_READERS),
    "FileSweepReport": Rule(SWEEPERS, _IN_DIVISION),
    "GetSweepDuty": Rule(REGISTER_READERS, _IN_DIVISION),
    "ListSweeps": Rule(REGISTER_READERS),
    "RecordCompensationArrears": Rule(LEDGER_KEEPERS, _IN_DIVISION),
    "RecordReservedLand": Rule(LEDGER_KEEPERS, _IN_DIVISION),
    "RecordPensionCohort": Rule(LEDGER_KEEPERS, _IN_DIVISION),
    "RecordThreeCapitals": Rule(LEDGER_KEEPERS, _IN_DIVISION),
    "RecordAssetDeal": Rule(LEDGER_KEEPERS, _IN_DIVISION),
    "GetLedger": Rule(REGISTER_READERS, _IN_DIVISION),
    "ListLedgers": Rule(REGISTER_READERS),
}

RULES: dict[str, Rule] = {**CLUE_RULES, **CASE_RULES, **REGISTER_RULES}
