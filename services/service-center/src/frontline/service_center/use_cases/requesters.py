"""Erasing a requester (DOMAIN.md: the requester's personal data is erasable).

The erasure is recorded in the requester's stream (who and when, for the audit;
the projection drops the phone index), then the kernel's vault destroys the key:
name, phone and words become unreadable in every stored event, read-model row and
recorded answer at once. A retried request replays the record and destroys the
key again (a no-op), so a crash between the two steps is repaired by the retry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from frontline.kernel.errors import NotFound
from frontline.service_center.domain.requester import EraseRequester, requester_decider
from frontline.service_center.use_cases.access import in_reach
from frontline.service_center.use_cases.ports import Ports


@dataclass(frozen=True)
class Erasure:
    requester_id: str
    requests: int
    erased_on: date


async def erase_requester(p: Ports, requester_id: str) -> Erasure:
    made = await p.read.requests_of(requester_id)
    if not made:
        raise NotFound("requester", requester_id)
    for request in made:
        in_reach(request, "service request", request.request_id)
    command = EraseRequester(requester_id=requester_id, erased_on=p.today(), requests=len(made))
    result = await p.commands.execute(requester_decider, requester_id, command)
    await p.personal.erase(requester_id)
    recorded = next((e.event for e in result.events), None)
    erased_on = getattr(recorded, "erased_on", command.erased_on)
    return Erasure(requester_id, len(made), erased_on)
