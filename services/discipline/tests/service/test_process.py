"""`python -m frontline.discipline` as the stack runs it: it serves, stops cleanly on
SIGTERM, and after a walk through clues and cases with real-name reporters, nothing it
published, logged or audited names a reporter, and no undecided clue or case names its
village."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import grpc
import pytest

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.api.discipline.v1 import discipline_pb2_grpc as pb_grpc
from frontline.kernel.ids import new_id
from frontline.testkit.kafka import header, read_topic
from frontline.testkit.process import free_port, service_process, stop_gracefully
from frontline.testkit.runtime import SigningKeys

from .conftest import VILLAGE

REPORTERS = [
    pb.Reporter(name="陈美玲", phone="13512345678", id_number="440781198707070427"),
    pb.Reporter(name="黄志强", phone="020-8888 1234", id_number="44078119790101003X"),
]
SECRETS = [v for r in REPORTERS for v in (r.name, r.phone, r.id_number, r.phone.replace(" ", ""))]


def environment(
    pg_dsn: str, kafka: str, keys: SigningKeys, unique: str, home: Path
) -> dict[str, str]:
    return {
        "FRONTLINE_SERVICE_NAME": "discipline",
        "FRONTLINE_DATABASE_URL": pg_dsn,
        "FRONTLINE_KAFKA_BOOTSTRAP": kafka,
        "FRONTLINE_TOPIC_PREFIX": f"{unique}.",
        "FRONTLINE_JWT_PUBLIC_KEY_PATH": str(keys.public),
        "FRONTLINE_PERSONAL_DATA_SECRET_PATH": str(home / "discipline.secret"),
        "FRONTLINE_AUDIT_LOG_PATH": str(home / "discipline.audit.jsonl"),
        "FRONTLINE_GRPC_PORT": str(free_port()),
    }


async def test_the_service_process_serves_until_sigterm(
    pg: Any, kafka_bootstrap: str, discipline_keys: SigningKeys, unique: str, tmp_path: Path
) -> None:
    dsn = await pg.create_database(f"discproc_{unique}")
    env = environment(dsn, kafka_bootstrap, discipline_keys, unique, tmp_path)
    async with service_process("frontline.discipline", env) as process:
        assert await stop_gracefully(process) == 0


class Caller:
    def __init__(self, stub: pb_grpc.DisciplineServiceStub, keys: SigningKeys) -> None:
        self.stub, self.keys = stub, keys

    async def __call__(self, method: str, request: Any, role: str, sub: str) -> Any:
        token = self.keys.token([role], "440781", sub=sub)
        metadata = [("authorization", f"Bearer {token}"), ("x-request-id", new_id())]
        return await getattr(self.stub, method)(request, metadata=metadata)


async def walk(call: Caller) -> None:
    """Two real-name clues: one all the way to an archived sanction, one left under
    verification; reads by every discipline role, and a refused bad reporter."""
    intake, inv, rev = "discipline_intake", "discipline_investigator", "discipline_reviewer"
    clues = []
    for reporter in REPORTERS:
        request = pb.ReceiveClueRequest(
            division_code=VILLAGE,
            source=pb.CLUE_SOURCE_LETTERS_VISITS,
            category=pb.CATEGORY_EVIL_FORCES_UMBRELLA,
            reporter=reporter,
            summary="The village head shields a gravel gang.",
            cadre_id="cadre-head-1",
        )
        clue = (await call("ReceiveClue", request, intake, "intake-wang")).clue
        await call(
            "DisposeClue",
            pb.DisposeClueRequest(
                clue_id=clue.clue_id, disposal=pb.DISPOSAL_PRELIMINARY_VERIFICATION
            ),
            intake,
            "w",
        )
        await call(
            "ReplyToReporter",
            pb.ReplyToReporterRequest(clue_id=clue.clue_id, accepted=True),
            intake,
            "intake-wang",
        )
        clues.append(clue)
    for who in ((intake, "intake-wang"), (inv, "investigator-li"), (rev, "reviewer-zhao")):
        await call("GetClue", pb.GetClueRequest(clue_id=clues[0].clue_id), *who)
        await call("ListClues", pb.ListCluesRequest(), *who)
    case = (await call("FileCase", pb.FileCaseRequest(clue_id=clues[0].clue_id), inv, "li")).case
    await call(
        "AddEvidence",
        pb.AddEvidenceRequest(case_id=case.case_id, description="Testimony of 陈美玲's neighbour."),
        inv,
        "li",
    )
    await call("SubmitForReview", pb.SubmitForReviewRequest(case_id=case.case_id), inv, "li")
    await call("GetCase", pb.GetCaseRequest(case_id=case.case_id), rev, "reviewer-zhao")
    await call(
        "DecideCase",
        pb.DecideCaseRequest(
            case_id=case.case_id,
            four_forms_level=4,
            measures=[
                pb.MeasureChoice(
                    measure_type=pb.MEASURE_TYPE_PARTY_SANCTION,
                    kind=pb.MEASURE_KIND_PARTY_EXPULSION,
                )
            ],
        ),
        rev,
        "zhao",
    )
    await call("RecordExecution", pb.RecordExecutionRequest(case_id=case.case_id), inv, "li")
    await call("ArchiveCase", pb.ArchiveCaseRequest(case_id=case.case_id), inv, "li")
    bad = pb.ReceiveClueRequest(
        division_code=VILLAGE,
        source=pb.CLUE_SOURCE_REPORT,
        category=pb.CATEGORY_OTHER,
        summary="x",
        reporter=pb.Reporter(name=REPORTERS[0].name, id_number="4407811987"),
    )
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await call("ReceiveClue", bad, intake, "intake-wang")
    assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT


def undecided_names_a_village(records: list[Any]) -> list[str]:
    """Public messages of a clue before its case was decided that carry a village code."""
    decided: set[str] = set()
    found = []
    for record in records:
        value = json.loads(record.value)
        clue = value.get("clue_id", "")
        if header(record, "ce_type") == "cn.frontline.discipline.CaseDecided.v1":
            decided.add(clue)
        if clue and clue not in decided and VILLAGE in record.value.decode():
            found.append(f"{header(record, 'ce_type')} of {clue}")
    return found


async def test_nothing_published_logged_or_audited_names_a_reporter(
    pg: Any, kafka_bootstrap: str, discipline_keys: SigningKeys, unique: str, tmp_path: Path
) -> None:
    dsn = await pg.create_database(f"discscan_{unique}")
    env = environment(dsn, kafka_bootstrap, discipline_keys, unique, tmp_path)
    log = tmp_path / "discipline.log"
    async with service_process("frontline.discipline", env, output=log) as process:
        address = f"127.0.0.1:{env['FRONTLINE_GRPC_PORT']}"
        async with grpc.aio.insecure_channel(address) as channel:
            await walk(Caller(pb_grpc.DisciplineServiceStub(channel), discipline_keys))
        topic = f"{unique}.discipline.events.v1"
        records = await read_topic(kafka_bootstrap, topic, at_least=12, timeout=60)
        assert await stop_gracefully(process) == 0

    assert "service ready" in log.read_text("utf-8")
    audit = (tmp_path / "discipline.audit.jsonl").read_text(encoding="utf-8")
    reads = [json.loads(line) for line in audit.splitlines() if '"clue read"' in line]
    assert {(r["reader"], r["outcome"]) for r in reads} >= {
        ("investigator-li", "read"),
        ("reviewer-zhao", "read"),
        ("reviewer-zhao", "listed"),
    }
    published = [
        record.value.decode() + json.dumps([(k, v.decode()) for k, v in record.headers])
        for record in records
    ]
    for where, text in (
        ("Kafka", "\n".join(published)),
        ("log", log.read_text("utf-8")),
        ("audit", audit),
    ):
        assert [s for s in SECRETS if s in text] == [], f"a reporter in the {where}"
    assert undecided_names_a_village(records) == []
    sanction = [
        json.loads(r.value)
        for r in records
        if header(r, "ce_type") == "cn.frontline.discipline.SanctionImposed.v1"
    ]
    assert [(s["cadre_id"], s["permanent"]) for s in sanction] == [("cadre-head-1", True)]
