"""Confidentiality through the real service: the reporter's identity for intake only and
nowhere in the store's plain text, recused staff kept out, every look audited."""

from __future__ import annotations

import json
import logging

import grpc
import pytest

from frontline.api.discipline.v1 import discipline_pb2 as pb

from .conftest import INTAKE, INVESTIGATOR, MEDIATOR, REVIEWER, Discipline

REPORTER = pb.Reporter(name="王秀英", phone="138 0013 8000", id_number="44078119850312002X")
SECRETS = ("王秀英", "138 0013 8000", "13800138000", "44078119850312002X")


async def test_only_intake_sees_the_reporter(discipline: Discipline) -> None:
    d = discipline
    clue = await d.clue(reporter=REPORTER)
    assert clue.reporter.name == "王秀英" and clue.real_name
    get = pb.GetClueRequest(clue_id=clue.clue_id)
    assert (await d.call("GetClue", get, INTAKE)).clue.reporter.id_number == "44078119850312002X"
    for who in (INVESTIGATOR, REVIEWER):
        shown = (await d.call("GetClue", get, who)).clue
        assert shown.real_name and not shown.HasField("reporter")
    listed = await d.call("ListClues", pb.ListCluesRequest(), INTAKE)
    assert not any(c.HasField("reporter") for c in listed.clues)


async def test_the_store_holds_the_reporter_only_sealed(discipline: Discipline) -> None:
    d = discipline
    request_id = "r-sealed-1"
    request = pb.ReceiveClueRequest(
        division_code="440781100201",
        source=pb.CLUE_SOURCE_REPORT,
        category=pb.CATEGORY_DISCIPLINE_VIOLATION,
        summary="Bribes for homestead permits.",
        reporter=REPORTER,
    )
    first = (await d.call("ReceiveClue", request, INTAKE, request_id=request_id)).clue
    again = (await d.call("ReceiveClue", request, INTAKE, request_id=request_id)).clue
    assert again.clue_id == first.clue_id and again.reporter.name == "王秀英"
    async with d.runtime.pool.acquire() as conn:
        tables = {
            "events": await conn.fetch("SELECT data::text AS t FROM events"),
            "idempotency": await conn.fetch("SELECT response::text AS t FROM idempotency"),
            "outbox": await conn.fetch("SELECT convert_from(value, 'UTF8') AS t FROM outbox"),
            "clues": await conn.fetch("SELECT row_to_json(c)::text AS t FROM clues c"),
            "subject_keys": await conn.fetch("SELECT subject_id AS t FROM subject_keys"),
        }
    assert len(tables["subject_keys"]) == 1  # one person, one key, the retry sealed nothing
    for table, rows in tables.items():
        text = " ".join(r["t"] for r in rows)
        assert not [s for s in SECRETS if s in text], f"{table} holds the reporter in plain text"


async def test_a_recused_staff_member_cannot_read_the_clue_or_its_case(
    discipline: Discipline,
) -> None:
    d = discipline
    case = await d.case()
    recuse = pb.RecordRecusalRequest(
        clue_id=case.clue_id, staff="reviewer-zhao", reason="His brother-in-law."
    )
    await d.call("RecordRecusal", recuse, INVESTIGATOR)
    for method, request in (
        ("GetClue", pb.GetClueRequest(clue_id=case.clue_id)),
        ("GetCase", pb.GetCaseRequest(case_id=case.case_id)),
        (
            "ReturnForInvestigation",
            pb.ReturnForInvestigationRequest(case_id=case.case_id, reason="x"),
        ),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as denied:
            await d.call(method, request, REVIEWER)
        assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED, method
    assert (await d.call("ListCases", pb.ListCasesRequest(), REVIEWER)).cases == []
    other_reviewer = (["discipline_reviewer"], "reviewer-sun")
    shown = (await d.call("GetCase", pb.GetCaseRequest(case_id=case.case_id), other_reviewer)).case
    assert list(shown.recused_staff) == ["reviewer-zhao"]


async def test_mediators_see_no_clue_and_no_case(discipline: Discipline) -> None:
    d = discipline
    case = await d.case()
    for method, request in (
        ("GetClue", pb.GetClueRequest(clue_id=case.clue_id)),
        ("ListClues", pb.ListCluesRequest()),
        ("GetCase", pb.GetCaseRequest(case_id=case.case_id)),
        ("ListCases", pb.ListCasesRequest()),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as denied:
            await d.call(method, request, MEDIATOR)
        assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_every_look_is_an_audit_line_naming_the_reader_and_not_the_content(
    discipline: Discipline, caplog: pytest.LogCaptureFixture
) -> None:
    d = discipline
    case = await d.case()
    with caplog.at_level(logging.INFO, logger="frontline.audit"):
        caplog.clear()  # only the looks below, whatever the audit logger kept before
        await d.call("GetCase", pb.GetCaseRequest(case_id=case.case_id), REVIEWER)
        await d.call("GetClue", pb.GetClueRequest(clue_id=case.clue_id), INVESTIGATOR)
        await d.call("ListCases", pb.ListCasesRequest(), INVESTIGATOR)
    reads = [r for r in caplog.records if r.getMessage() == "clue read"]
    assert [(r.reader, r.clue_id, r.case_id, r.outcome) for r in reads] == [  # type: ignore[attr-defined]
        ("reviewer-zhao", case.clue_id, case.case_id, "read"),
        ("investigator-li", case.clue_id, case.case_id, "read"),
        ("investigator-li", case.clue_id, case.case_id, "listed"),
    ]
    everything = json.dumps([vars(r) for r in caplog.records], default=str)
    assert "fish pond" not in everything and "440781100201" not in everything
