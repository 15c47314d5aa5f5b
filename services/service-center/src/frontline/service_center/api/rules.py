"""Who may call each RPC (DESIGN.md §6: anything undeclared is denied).

- county_admin: everything, county-wide;
- township_operator: its township: centres, dispatch to departments, extensions;
- service_operator: centre staff, on their own centre only (use_cases/access.py):
  take, assign, sign for, refuse, work and resolve requests, the duty roster;
- service_desk: the county's 12345 desk: takes requests by phone and online, assigns,
  reminds (催办), and makes the return visits (回访) — apart from the centres whose
  work is judged by them — then closes or reopens; transfers complaints about cadres;
- village_operator, hq_viewer, auditor: centres, the catalogue and the statistics;
  requests hold personal data and narratives, so they see no request.
Erasing a requester, and importing the records of the county's earlier platform, are
the county's decisions (county_admin).
Scope is checked by the use cases once the centre or request is loaded.
"""

from __future__ import annotations

from frontline.kernel.authz import Rule

COUNTY = frozenset({"county_admin"})
TOWNSHIP = COUNTY | {"township_operator"}
STAFF = TOWNSHIP | {"service_operator"}
INTAKE = STAFF | {"service_desk"}
DESK = COUNTY | {"service_desk"}
SUPERVISORS = TOWNSHIP | {"service_desk"}
CENTRE_READERS = INTAKE | {"village_operator", "hq_viewer", "auditor"}

RULES: dict[str, Rule] = {
    "EstablishCentre": Rule(TOWNSHIP),
    "SetServiceLine": Rule(TOWNSHIP),
    "PutStaffOnDuty": Rule(STAFF),
    "TakeStaffOffDuty": Rule(STAFF),
    "CloseCentre": Rule(TOWNSHIP),
    "GetCentre": Rule(CENTRE_READERS),
    "ListCentres": Rule(CENTRE_READERS),
    "ListServiceLines": Rule(CENTRE_READERS),
    "SubmitRequest": Rule(INTAKE),
    "AssignRequest": Rule(INTAKE),
    "SignForRequest": Rule(STAFF),
    "RefuseRequest": Rule(STAFF),
    "ApplyForExtension": Rule(STAFF),
    # The level above the handlers decides on an extension.
    "GrantExtension": Rule(TOWNSHIP),
    "DeclineExtension": Rule(TOWNSHIP),
    "RemindRequest": Rule(SUPERVISORS),
    "ResolveRequest": Rule(STAFF),
    # The return visit judges the handlers' work: the desk makes it, not the handlers.
    "RecordReturnVisit": Rule(DESK),
    "CloseRequest": Rule(DESK),
    "ReopenRequest": Rule(DESK),
    "TransferComplaint": Rule(SUPERVISORS),
    "GetRequest": Rule(INTAKE),
    "ListRequests": Rule(INTAKE),
    "GetServiceStatistics": Rule(CENTRE_READERS),
    "EraseRequester": Rule(COUNTY),
    "ImportRequest": Rule(COUNTY),
}
