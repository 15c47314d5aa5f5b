"""A command with every text field at its limit still publishes (DESIGN.md §7): a
centre named as long as allowed, in 4-byte characters, and a request whose sealed
requester data and description are as long as allowed."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from frontline.api.service_center.v1 import service_center_pb2 as pb
from frontline.testkit.kafka import header, read_topic
from frontline.testkit.limits import WIDE, at_their_limits
from frontline.testkit.waiting import eventually

from .conftest import LINES, VILLAGE, Desk

KAFKA_DEFAULT_MAX_MESSAGE = 1_048_588  # the broker's message.max.bytes unless set


async def test_a_maximal_command_of_each_kind_publishes(desk: Desk) -> None:
    def calling(method: str) -> Callable[[Any], Awaitable[Any]]:
        return lambda request: desk.call(method, request)

    unit_id = await desk.known_unit(VILLAGE)
    established, limits = await at_their_limits(
        calling("EstablishCentre"),
        pb.EstablishCentreRequest(org_unit_id=unit_id, lines=LINES),
        ["name"],
    )
    centre_id = established.centre.centre_id
    await at_their_limits(
        calling("SubmitRequest"),
        pb.SubmitRequestRequest(
            centre_id=centre_id,
            line=LINES[0],
            kind=pb.REQUEST_KIND_COMPLAINT,
            channel=pb.CHANNEL_PHONE,
            requester_phone="13712345678",
        ),
        ["requester_name", "description"],
    )
    records = await read_topic(desk.kafka, desk.topic, at_least=2, timeout=60)
    kinds = {str(header(r, "ce_type")).split(".")[-2] for r in records}
    assert {"CentreEstablished", "RequestSubmitted"} <= kinds
    assert WIDE * limits["name"] in [json.loads(r.value).get("name") for r in records]
    assert max(len(r.value) for r in records) < KAFKA_DEFAULT_MAX_MESSAGE
    outbox = await eventually(
        lambda: desk.runtime.pool.fetchval("SELECT count(*) FROM outbox"), lambda n: n == 0
    )
    assert outbox == 0
