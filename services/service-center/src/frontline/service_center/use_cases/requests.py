"""Request intake use cases: submit (受理), assign (派单), sign for (签收), refuse; look-ups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from frontline.kernel.convert import Page
from frontline.kernel.errors import NotFound
from frontline.service_center.domain import request_commands as cmd
from frontline.service_center.domain.facts import township_of
from frontline.service_center.domain.request_state import RequestState
from frontline.service_center.domain.vocabulary import AssigneeKind, Channel, RequestKind
from frontline.service_center.personal import RequesterContact, RequesterWords
from frontline.service_center.use_cases.access import in_reach, listing
from frontline.service_center.use_cases.centres import centre_in_reach
from frontline.service_center.use_cases.ports import Ports, RequestFilter
from frontline.service_center.views import CentreView, RequestDetail, RequestView


async def request_in_reach(p: Ports, request_id: str) -> RequestView:
    return in_reach(await p.read.request(request_id), "service request", request_id)


async def answer(p: Ports, state: object, request_id: str) -> RequestView:
    """The request as the read model now holds it: from the command's state, read back
    only for a replayed request."""
    if isinstance(state, RequestState) and state.exists:
        return RequestView.of_state(state)
    view = await p.read.request(request_id)
    if view is None:
        raise NotFound("service request", request_id)
    return view


async def act_on_request(p: Ports, request_id: str, command: cmd.RequestCommand) -> RequestView:
    await request_in_reach(p, request_id)
    result = await p.commands.execute(p.requests, request_id, command)
    return await answer(p, result.state, request_id)


async def on_duty(p: Ports, centre: CentreView, cadre_id: str) -> bool:
    """On the centre's roster, and still serving in its township (the cadre directory)."""
    if cadre_id not in centre.staff:
        return False
    return await p.directory.serves_in(cadre_id, township_of(centre.division_code))


@dataclass(frozen=True)
class Submission:
    centre_id: str
    line: str
    kind: RequestKind
    channel: Channel
    requester_name: str
    requester_phone: str
    description: str
    submitted_on: date


async def submission_command(p: Ports, s: Submission) -> cmd.SubmitRequest:
    """The command taking ``s`` in: the requester found by phone, their words sealed."""
    centre = await centre_in_reach(p, s.centre_id)
    # One requester per phone number, so that erasing a person reaches all their requests.
    requester_id = await p.personal.requester_for(
        p.personal.keyed_hash(s.requester_phone), p.new_id()
    )
    contact = RequesterContact(name=s.requester_name, phone=s.requester_phone)
    return cmd.SubmitRequest(
        request_id=p.new_id(),
        centre=centre.facts,
        line=s.line,
        kind=s.kind,
        channel=s.channel,
        requester_id=requester_id,
        contact_sealed=await p.personal.seal(requester_id, contact),
        description_sealed=await p.personal.seal(
            requester_id, RequesterWords(description=s.description)
        ),
        submitted_on=s.submitted_on,
        today=p.today(),
        time_limit_days=p.rules.time_limits_of(s.line)[s.kind.value],
    )


async def submit_request(p: Ports, s: Submission) -> RequestView:
    command = await submission_command(p, s)
    result = await p.commands.execute(p.requests, command.request_id, command)
    # A retried request id answers with the request the first call took.
    return await answer(p, result.state, result.stream_id)


async def assign_request(
    p: Ports, request_id: str, cadre_id: str | None, department: str | None
) -> RequestView:
    request = await request_in_reach(p, request_id)
    staff = False
    if cadre_id:
        centre = await p.read.centre(request.centre_id)
        staff = centre is not None and await on_duty(p, centre, cadre_id)
    command = cmd.AssignRequest(
        assignee_kind=AssigneeKind.STAFF if cadre_id else AssigneeKind.DEPARTMENT,
        cadre_id=cadre_id,
        department=department,
        on_duty=staff,
        assigned_at=p.now(),
        sign_for_hours=p.rules.sign_for_hours,
    )
    result = await p.commands.execute(p.requests, request_id, command)
    return await answer(p, result.state, request_id)


async def sign_for_request(p: Ports, request_id: str, cadre_id: str | None) -> RequestView:
    request = await request_in_reach(p, request_id)
    staff = False
    if cadre_id:
        centre = await p.read.centre(request.centre_id)
        staff = centre is not None and await on_duty(p, centre, cadre_id)
    command = cmd.SignForRequest(cadre_id=cadre_id, on_duty=staff, signed_at=p.now())
    result = await p.commands.execute(p.requests, request_id, command)
    return await answer(p, result.state, request_id)


async def refuse_request(p: Ports, request_id: str, reason: str) -> RequestView:
    command = cmd.RefuseRequest(reason=reason, refused_at=p.now())
    return await act_on_request(p, request_id, command)


async def get_request(p: Ports, request_id: str) -> RequestDetail:
    request = await request_in_reach(p, request_id)
    contact = await p.personal.open(request.requester_id, request.contact_sealed, RequesterContact)
    words = await p.personal.open(request.requester_id, request.description_sealed, RequesterWords)
    return RequestDetail(request, contact, words.description if words else None)


async def list_requests(p: Ports, which: RequestFilter, page: Page) -> list[RequestView]:
    if which.centre_id:
        centre = await centre_in_reach(p, which.centre_id)
        which = RequestFilter(
            prefix=centre.division_code,
            exact=True,
            centre_id=centre.centre_id,
            status=which.status,
            line=which.line,
            overdue_only=which.overdue_only,
        )
    else:
        prefix, exact = listing(which.prefix)
        which = RequestFilter(prefix, exact, None, which.status, which.line, which.overdue_only)
    return await p.read.requests(which, page)
