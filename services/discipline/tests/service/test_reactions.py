"""Other services' events on Kafka: a transferred complaint becomes a clue once; an
appointment's request gets the integrity opinion on discipline's topic."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.contracts import cadre
from frontline.contracts.service_center import ComplaintTransferred
from frontline.testkit.cloudevents import message, send
from frontline.testkit.kafka import header, read_topic
from frontline.testkit.waiting import eventually

from .conftest import INTAKE, INVESTIGATOR, REVIEWER, VILLAGE, Discipline


async def test_a_transferred_complaint_is_received_as_one_clue(discipline: Discipline) -> None:
    d = discipline
    complaint = ComplaintTransferred(
        request_id="req-42", centre_id="centre-7", division_code=VILLAGE,
        township_code=VILLAGE[:9], line="social_security",
        transferred_on=date(2026, 1, 4), consent_recorded_on=date(2026, 1, 4),
    )  # fmt: skip
    sent = message(complaint, "req-42")
    topic = f"{d.prefix}service-center.events.v1"
    await send(d.kafka, topic, [sent, sent])  # redelivered: the inbox skips it
    await send(d.kafka, topic, [message(complaint, "req-42")])  # republished with a new id

    async def listed() -> list[pb.Clue]:
        request = pb.ListCluesRequest(source=pb.CLUE_SOURCE_SERVICE_CENTER_COMPLAINT)
        return list((await d.call("ListClues", request, INTAKE)).clues)

    consumer = next(s for s in d.runtime.subscribers if s.consumer.endswith("complaints"))
    await eventually(lambda: _processed(consumer), lambda n: n >= 3, timeout=60)
    clues = await listed()
    assert len(clues) == 1 and clues[0].division_code == VILLAGE and not clues[0].real_name
    assert "req-42" in clues[0].summary
    received = await d.published("ClueReceived")
    assert len(received) == 1


async def _processed(consumer: Any) -> int:
    return int(consumer.processed)


def asked(procedure: str, cadre_id: str) -> cadre.IntegrityOpinionRequested:
    return cadre.IntegrityOpinionRequested(
        procedure_id=procedure,
        cadre_id=cadre_id,
        org_unit_id="u-village",
        division_code=VILLAGE,
        post="secretary",
        requested_on=date(2026, 1, 5),
    )


async def opinions(d: Discipline, count: int) -> dict[str, str]:
    async def issued() -> dict[str, str]:
        records = await read_topic(d.kafka, d.topic, at_least=1)
        wanted = "cn.frontline.discipline.IntegrityOpinionIssued.v1"
        values = [json.loads(r.value) for r in records if header(r, "ce_type") == wanted]
        return {v["procedure_id"]: v["opinion"] for v in values}

    return await eventually(issued, lambda found: len(found) >= count, timeout=60)


async def test_the_integrity_opinion_answers_from_the_records(discipline: Discipline) -> None:
    d = discipline
    case = await d.case(cadre_id="cadre-under-investigation")
    topic = f"{d.prefix}cadre.events.v1"
    await send(
        d.kafka,
        topic,
        [
            message(asked("p-clean", "cadre-clean"), "cadre-clean"),
            message(asked("p-open", "cadre-under-investigation"), "cadre-under-investigation"),
        ],
    )
    assert await opinions(d, 2) == {"p-clean": "no_objection", "p-open": "objection"}

    # Decided with a warning: its influence period still objects; the answer has no detail.
    await d.call(
        "AddEvidence", pb.AddEvidenceRequest(case_id=case.case_id, description="x"), INVESTIGATOR
    )
    await d.call("SubmitForReview", pb.SubmitForReviewRequest(case_id=case.case_id), INVESTIGATOR)
    warning = pb.MeasureChoice(
        measure_type=pb.MEASURE_TYPE_PARTY_SANCTION, kind=pb.MEASURE_KIND_PARTY_WARNING
    )
    await d.call(
        "DecideCase",
        pb.DecideCaseRequest(case_id=case.case_id, four_forms_level=2, measures=[warning]),
        REVIEWER,
    )
    await send(d.kafka, topic, [message(asked("p-again", "cadre-under-investigation"), "c")])
    assert (await opinions(d, 3))["p-again"] == "objection"
    records = await read_topic(d.kafka, d.topic, at_least=1)
    answers = [
        json.loads(r.value)
        for r in records
        if header(r, "ce_type") == "cn.frontline.discipline.IntegrityOpinionIssued.v1"
    ]
    assert all(set(a) == {"procedure_id", "opinion", "issued_on"} for a in answers)
