"""A requester's name and phone: never stored readable, never public, never logged; once
erased, unreadable everywhere (event store, read model, recorded answers)."""

from __future__ import annotations

import logging

import pytest

from frontline.api.service_center.v1 import service_center_pb2 as pb
from frontline.kernel.logs import JsonFormatter
from frontline.service_center.personal import RequesterContact, RequesterWords
from frontline.service_center.runtime_ports import personal_data
from frontline.testkit.kafka import read_topic
from frontline.testkit.waiting import eventually

from .conftest import Desk

NAME, PHONE, WORDS = "司马相如", "13698765432", "村口路灯坏了三个月"


async def _everything_stored(desk: Desk) -> str:
    """Every row of the service's own tables (the event store, outbox, recorded answers,
    read model) as text."""
    tables = ["events", "outbox", "idempotency", "requests", "centres", "timers"]
    parts = [
        await desk.runtime.pool.fetchval(
            f"SELECT coalesce(string_agg(t::text, ' '), '') FROM {t} t"
        )
        for t in tables
    ]
    return " ".join(parts)


async def _sealed_copies(desk: Desk, rid: str) -> list[tuple[str, str]]:
    """(requester id, sealed blob) of every copy: stored events, read model, answers."""
    pool = desk.runtime.pool
    event = await pool.fetchrow(
        "SELECT data->>'requester_id' AS who, data->>'contact_sealed' AS sealed FROM events"
        " WHERE stream_id = $1 AND event_type = 'RequestSubmitted'",
        rid,
    )
    row = await pool.fetchrow(
        "SELECT requester_id AS who, contact_sealed AS sealed FROM requests WHERE request_id = $1",
        rid,
    )
    answers = await pool.fetch(
        "SELECT e->'data'->>'contact_sealed' AS sealed FROM idempotency,"
        " jsonb_array_elements(response::jsonb->'events') e"
        " WHERE e->>'event_type' = 'RequestSubmitted' AND e->'data'->>'request_id' = $1",
        rid,
    )
    who = str(row["who"])
    copies = [(str(event["who"]), str(event["sealed"])), (who, str(row["sealed"]))]
    return copies + [(who, str(a["sealed"])) for a in answers]


async def test_erasure_makes_name_and_phone_unreadable_everywhere(
    desk: Desk, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        centre = await desk.centre()
        first = await desk.in_progress(
            centre.centre_id, requester_name=NAME, requester_phone=PHONE, description=WORDS
        )
        second = await desk.submit(
            centre.centre_id, requester_name=NAME, requester_phone=f"{PHONE[:3]} {PHONE[3:]}"
        )
        assert first.requester_id == second.requester_id  # one person, one key
        shown = await desk.call("GetRequest", pb.GetRequestRequest(request_id=first.request_id))
        assert (shown.request.requester.name, shown.request.requester.phone) == (NAME, PHONE)
        assert shown.request.description == WORDS

        copies = await _sealed_copies(desk, first.request_id)
        assert len(copies) >= 3, "the event, the read-model row and the recorded answer"
        for value in (NAME, PHONE, WORDS):
            assert value not in await _everything_stored(desk)

        erased = await desk.call(
            "EraseRequester", pb.EraseRequesterRequest(requester_id=first.requester_id)
        )
        assert erased.requests == 2
        for rid in (first.request_id, second.request_id):
            after = await desk.call("GetRequest", pb.GetRequestRequest(request_id=rid))
            assert after.request.requester.status == pb.PERSONAL_DATA_STATUS_ERASED
            assert (after.request.requester.name, after.request.requester.phone) == ("", "")
            assert after.request.description == ""
        vault = desk.runtime.provide(personal_data)
        for who, sealed in copies:
            assert await vault.open(who, sealed, RequesterContact) is None
            assert await vault.open(who, sealed, RequesterWords) is None
        # The request itself lives on: it is resolved, visited and closed without them.
        rid = first.request_id
        await desk.call("ResolveRequest", pb.ResolveRequestRequest(request_id=rid, summary="修好"))
        await desk.call(
            "RecordReturnVisit",
            pb.RecordReturnVisitRequest(request_id=rid, outcome=pb.VISIT_OUTCOME_NO_ANSWER),
            roles=["service_desk"],
        )
        await desk.call(
            "CloseRequest", pb.CloseRequestRequest(request_id=rid), roles=["service_desk"]
        )

    await eventually(lambda: desk.runtime.pool.fetchval("SELECT count(*) = 0 FROM outbox"))
    records = await read_topic(desk.kafka, desk.topic, at_least=8)
    wire = b" ".join(
        b" ".join([r.key or b"", r.value or b"", *(v for _, v in r.headers)]) for r in records
    )
    # Every log line as the service writes it: JSON with its extra fields (audit lines too).
    formatter = JsonFormatter("service-center")
    logged = "\n".join(formatter.format(r) for r in caplog.records)
    leaks = [v for v in (NAME, PHONE, WORDS) if v.encode() in wire or v in logged]
    assert "EraseRequester" in logged  # the audit lines were captured and scanned
    assert leaks == []
    assert first.requester_id.encode() not in wire  # not even the pseudonym is public
