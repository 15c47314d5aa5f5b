"""Who may call each RPC (DESIGN.md §6: anything undeclared is denied).

county_admin everything; township_operator inside its township's prefix;
village_operator its own village (and its branches, which share the code);
hq_viewer and auditor read only. Scope by division code is checked by the rule
when the request names a code, otherwise by the servicer once the unit is loaded.
"""

from __future__ import annotations

from frontline.kernel.authz import Rule, field_scope

OPERATORS = frozenset({"county_admin", "township_operator", "village_operator"})
READERS = OPERATORS | {"hq_viewer", "auditor"}
ABOVE_VILLAGE = frozenset({"county_admin", "township_operator"})
COUNTY = frozenset({"county_admin"})
# The units that receive lists and orders: townships, villages and communities.
BELOW_COUNTY = frozenset({"township_operator", "village_operator"})

WRITE_RULES: dict[str, Rule] = {
    "EstablishOrgUnit": Rule(OPERATORS, field_scope("division_code")),
    "RecordElection": Rule(OPERATORS),
    # Approved by the level above: a village cannot approve its own postponement.
    "PostponeElection": Rule(ABOVE_VILLAGE),
    "DissolveOrgUnit": Rule(ABOVE_VILLAGE),
    # DOMAIN.md: a county operator confirms and signs off weak-and-lax units.
    "ConfirmWeakLax": Rule(COUNTY),
    "RecordRectificationProgress": Rule(OPERATORS),
    # A village records its own form and size; the meetings it owes follow from them.
    "RecordOrgForm": Rule(OPERATORS),
    "SignOffRectification": Rule(COUNTY),
    # Secretaries report to the level above, which rates them.
    "RateSecretary": Rule(ABOVE_VILLAGE),
    "DraftDecision": Rule(OPERATORS),
    "ProposeDecision": Rule(OPERATORS),
    "DeliberateDecision": Rule(OPERATORS),
    "ReviewDecision": Rule(OPERATORS),
    "ResolveDecision": Rule(OPERATORS),
    "PublishResolution": Rule(OPERATORS),
    "StartImplementation": Rule(OPERATORS),
    "PublishResult": Rule(OPERATORS),
    "CloseDecision": Rule(OPERATORS),
    "RedraftDecision": Rule(OPERATORS),
    "RecordMeeting": Rule(OPERATORS),
    # Responsibility lists and supervision orders go one level down: the county to its
    # townships, a township to its villages and communities. Who acts for which unit is
    # checked once the list or order is loaded (use_cases/acting.py): the level above
    # sets, issues, checks, grants, accepts and returns; the unit itself reports.
    "SetResponsibilityList": Rule(ABOVE_VILLAGE),
    "AddDutyItem": Rule(ABOVE_VILLAGE),
    "CheckDutyItem": Rule(ABOVE_VILLAGE),
    "ReportDutyProgress": Rule(BELOW_COUNTY),
    "IssueSupervisionOrder": Rule(ABOVE_VILLAGE),
    "AcknowledgeSupervisionOrder": Rule(BELOW_COUNTY),
    "ReportSupervisionOrder": Rule(BELOW_COUNTY),
    "RequestOrderExtension": Rule(BELOW_COUNTY),
    "GrantOrderExtension": Rule(ABOVE_VILLAGE),
    "DeclineOrderExtension": Rule(ABOVE_VILLAGE),
    "AcceptSupervisionOrder": Rule(ABOVE_VILLAGE),
    "ReturnSupervisionOrder": Rule(ABOVE_VILLAGE),
}

READ_RULES: dict[str, Rule] = {
    "GetOrgUnit": Rule(READERS),
    "ListOrgUnits": Rule(READERS),
    "ListChildUnits": Rule(READERS),
    "GetDecision": Rule(READERS),
    "ListDecisions": Rule(READERS),
    "ListMeetings": Rule(READERS),
    "GetResponsibilityList": Rule(READERS),
    "ListResponsibilityLists": Rule(READERS),
    "GetSupervisionOrder": Rule(READERS),
    "ListSupervisionOrders": Rule(READERS),
}

RULES: dict[str, Rule] = {**WRITE_RULES, **READ_RULES}
