"""ImportRequest: a request handled before this system, with its history."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, tzinfo
from typing import Any

from frontline.api.service_center.v1 import service_center_pb2 as pb
from frontline.kernel import convert as cv
from frontline.kernel.errors import InvalidArgument
from frontline.service_center.api import checks, messages
from frontline.service_center.domain.request_commands import HistoryStepKind
from frontline.service_center.domain.vocabulary import Channel, RequestKind, VisitOutcome
from frontline.service_center.settings import ServiceCenterRules
from frontline.service_center.use_cases import request_import, requests
from frontline.service_center.use_cases.ports import Ports
from frontline.service_center.use_cases.request_import import PastStep

Ctx = Any  # grpc.aio.ServicerContext; unused by the mappers

# A request's life rarely has more than a few dozen steps; this bounds the command.
MOST_STEPS = 100
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})")
_TIMED = {HistoryStepKind.ASSIGNED, HistoryStepKind.SIGNED_FOR, HistoryStepKind.REFUSED}


def moment(value: str, field: str) -> datetime:
    """An RFC 3339 moment with its offset; its day is the date written in it."""
    if not _MOMENT.fullmatch(value):
        raise InvalidArgument.field(
            field, "a moment like 2025-03-04T09:30:00+08:00", "NOT_A_MOMENT"
        )
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidArgument.field(
            field, "is not a calendar date and time", "NOT_A_CALENDAR_DATE"
        ) from None
    if not cv.EARLIEST <= parsed.date() <= cv.LATEST:
        raise InvalidArgument.field(
            field,
            "must be between {earliest} and {latest}",
            "DATE_OUT_OF_RANGE",
            earliest=cv.EARLIEST,
            latest=cv.LATEST,
        )
    return parsed


def past_step(step: pb.HistoryStep, n: int, rules: ServiceCenterRules, zone: tzinfo) -> PastStep:
    field = f"steps[{n}]"
    kind = cv.enum_in(pb.HistoryStepKind, step.kind, HistoryStepKind, f"{field}.kind")
    if kind in _TIMED:
        at = moment(step.at, f"{field}.at")
        on = at.date()
    else:
        on = cv.day(step.on, f"{field}.on")
        # Only the timed steps are ordered by the moment: a day's starts in the county.
        at = datetime.combine(on, time(0), tzinfo=zone)
    department = step.department or None
    return PastStep(
        kind=kind,
        on=on,
        at=at,
        cadre_id=cv.optional_identifier(step.cadre_id, f"{field}.cadre_id"),
        department=checks.department(department, rules) if department else None,
        outcome=cv.optional_enum(pb.VisitOutcome, step.outcome, VisitOutcome, f"{field}.outcome"),
        text=cv.text(step.text, f"{field}.text", cv.TEXT, lines=True),
    )


class ImportRpcs:
    ports: Ports

    async def ImportRequest(
        self, request: pb.ImportRequestRequest, context: Ctx
    ) -> pb.ImportRequestResponse:
        submission = requests.Submission(
            centre_id=cv.identifier(request.centre_id, "centre_id"),
            line=checks.line(request.line, self.ports.rules),
            kind=cv.enum_in(pb.RequestKind, request.kind, RequestKind, "kind"),
            channel=cv.enum_in(pb.Channel, request.channel, Channel, "channel"),
            requester_name=cv.text(request.requester_name, "requester_name", required=True),
            requester_phone=checks.phone(request.requester_phone),
            description=cv.text(
                request.description, "description", cv.TEXT, required=True, lines=True
            ),
            submitted_on=cv.day(request.submitted_on, "submitted_on"),
        )
        steps = cv.repeated(request.steps, "steps", MOST_STEPS)
        zone = self.ports.now().tzinfo or UTC  # the county's (ports give county time)
        past = [past_step(step, n, self.ports.rules, zone) for n, step in enumerate(steps)]
        imported = await request_import.import_request(self.ports, submission, past)
        return pb.ImportRequestResponse(request=messages.request(imported))
