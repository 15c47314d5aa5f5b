"""The service request decider: one stream per request (stream type ``service_request``).

Rules that count working days (the due date, extensions, the return visit, the
deadlines) are bound to the runtime's statutory calendar: the decider is made by
``request_decider(calendar)``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.decider import Decider, DomainEvent
from frontline.service_center.domain import request_aftercare as aftercare
from frontline.service_center.domain import request_commands as cmd
from frontline.service_center.domain import request_handling as handling
from frontline.service_center.domain import request_intake as intake
from frontline.service_center.domain.request_deadlines import check_deadlines
from frontline.service_center.domain.request_events import REQUEST_EVENTS
from frontline.service_center.domain.request_import import import_request
from frontline.service_center.domain.request_state import RequestState, evolve

Rule = Callable[[Any, RequestState], list[DomainEvent]]

STREAM_TYPE = "service_request"


def request_decider(cal: WorkingCalendar) -> Decider[cmd.RequestCommand, RequestState]:
    rules: dict[type[Any], Rule] = {
        cmd.SubmitRequest: partial(intake.submit, cal),
        cmd.AssignRequest: intake.assign,
        cmd.SignForRequest: intake.sign_for,
        cmd.FlagSignForOverdue: intake.flag_sign_for_overdue,
        cmd.RefuseRequest: intake.refuse,
        cmd.ApplyForExtension: partial(handling.apply_for_extension, cal),
        cmd.GrantExtension: handling.grant_extension,
        cmd.DeclineExtension: handling.decline_extension,
        cmd.RemindRequest: handling.remind,
        cmd.CheckDeadlines: partial(check_deadlines, cal),
        cmd.ResolveRequest: partial(handling.resolve, cal),
        cmd.RecordReturnVisit: aftercare.record_visit,
        cmd.CloseRequest: aftercare.close,
        cmd.ReopenRequest: partial(aftercare.reopen, cal),
        cmd.TransferComplaint: aftercare.transfer,
        cmd.ImportRequest: partial(import_request, cal),
    }
    return Decider(
        stream_type=STREAM_TYPE,
        initial_state=RequestState,
        evolve=evolve,
        rules=rules,
        events=REQUEST_EVENTS,
    )
