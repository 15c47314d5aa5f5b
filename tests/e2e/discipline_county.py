"""Calls the discipline consequence tests make through the services' gRPC APIs, each as
the role that makes it: units, a cadre, clues and cases."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaProducer

from frontline.api.cadre.v1 import cadre_pb2 as cpb
from frontline.api.cadre.v1 import cadre_pb2_grpc
from frontline.api.discipline.v1 import discipline_pb2 as dpb
from frontline.api.discipline.v1 import discipline_pb2_grpc
from frontline.api.organization.v1 import organization_pb2 as opb
from frontline.api.organization.v1 import organization_pb2_grpc
from frontline.cadre.domain.resident_ids import check_character
from frontline.kernel.kafka_client import kafka_options
from frontline.testkit.kafka import header, read_topic
from frontline.testkit.runtime import SigningKeys

COUNTY, TOWNSHIP, VILLAGE = "440781", "440781101", "440781101203"
START = dt.date(2021, 1, 1)


def _id_number(first_seventeen: str) -> str:
    """A resident ID number the cadre service accepts: its check character computed."""
    return first_seventeen + check_character(first_seventeen)


@dataclass
class Calls:
    org: Any  # the services' stubs
    cadre: Any
    law: Any
    keys: SigningKeys

    def as_(self, role: str) -> list[tuple[str, str]]:
        return self.keys.metadata([role])

    async def unit(self, level: str, code: str, parent: str = "") -> str:
        reply = await self.org.EstablishOrgUnit(
            opb.EstablishOrgUnitRequest(
                level=f"ORG_LEVEL_{level.upper()}",
                division_code=code,
                name=f"{code}党组织",
                parent_unit_id=parent,
                established_on=START.isoformat(),
                term_started_on=START.isoformat(),
                term_years=5,
            ),
            metadata=self.as_("county_admin"),
        )
        return str(reply.org_unit.org_unit_id)

    async def county(self) -> str:
        """County, township, village; the village's unit id."""
        county = await self.unit("county", COUNTY)
        township = await self.unit("township", TOWNSHIP, county)
        return await self.unit("village", VILLAGE, township)

    async def register(self, n: int) -> str:
        reply = await self.cadre.RegisterCadre(
            cpb.RegisterCadreRequest(
                name=f"李建国{n}",
                gender=cpb.GENDER_MALE,
                birth_date="1978-05-04",
                education_level=cpb.EDUCATION_LEVEL_COLLEGE,
                party_member=True,
                phone=f"1380000{n:04d}",
                id_number=_id_number(f"44078119780504{n:03d}"),
                division_code=VILLAGE,
                registered_on="2024-01-10",
            ),
            metadata=self.as_("cadre_manager"),
        )
        return str(reply.cadre_id)

    async def case(self, cadre_id: str, on: dt.date) -> str:
        """A clue about the cadre, verified and filed as a case: the case id."""
        day = on.isoformat()
        clue = await self.law.ReceiveClue(
            dpb.ReceiveClueRequest(
                division_code=VILLAGE,
                source=dpb.CLUE_SOURCE_LETTERS_VISITS,
                category=dpb.CATEGORY_THREE_CAPITALS_MISUSE,
                summary="反映书记虚报集体工程款",
                received_on=day,
                cadre_id=cadre_id,
            ),
            metadata=self.as_("discipline_intake"),
        )
        clue_id = clue.clue.clue_id
        await self.law.DisposeClue(
            dpb.DisposeClueRequest(
                clue_id=clue_id, disposal=dpb.DISPOSAL_PRELIMINARY_VERIFICATION, disposed_on=day
            ),
            metadata=self.as_("discipline_intake"),
        )
        filed = await self.law.FileCase(
            dpb.FileCaseRequest(clue_id=clue_id, filed_on=day),
            metadata=self.as_("discipline_investigator"),
        )
        return str(filed.case.case_id)

    async def decide(self, case_id: str, on: dt.date, kind: str, level: int) -> None:
        day, investigator = on.isoformat(), self.as_("discipline_investigator")
        await self.law.AddEvidence(
            dpb.AddEvidenceRequest(case_id=case_id, description="账目", added_on=day),
            metadata=investigator,
        )
        await self.law.SubmitForReview(
            dpb.SubmitForReviewRequest(case_id=case_id, submitted_on=day), metadata=investigator
        )
        measure = dpb.MeasureChoice(
            measure_type=dpb.MEASURE_TYPE_PARTY_SANCTION, kind=f"MEASURE_KIND_{kind.upper()}"
        )
        await self.law.DecideCase(
            dpb.DecideCaseRequest(
                case_id=case_id, decided_on=day, four_forms_level=level, measures=[measure]
            ),
            metadata=self.as_("discipline_reviewer"),
        )


def stubs(org: Any, cadre: Any, law: Any | None, keys: SigningKeys) -> Calls:
    """The services' stubs on their channels (``law`` None: discipline is not running)."""
    return Calls(
        organization_pb2_grpc.OrganizationServiceStub(org),  # type: ignore[no-untyped-call]
        cadre_pb2_grpc.CadreServiceStub(cadre),  # type: ignore[no-untyped-call]
        discipline_pb2_grpc.DisciplineServiceStub(law) if law else None,  # type: ignore[no-untyped-call]
        keys,
    )


async def records(kafka: str, topic: str, ce_type: str) -> list[Any]:
    found = await read_topic(kafka, topic, timeout=3.0)
    return [r for r in found if header(r, "ce_type") == ce_type]


def values(found: list[Any]) -> list[dict[str, Any]]:
    return [json.loads(r.value or b"{}") for r in found]


async def deliver_again(kafka: str, found: list[Any]) -> None:
    """The records again, as a relay republishing after a crash sends them."""
    producer = AIOKafkaProducer(**kafka_options(kafka), acks="all")
    await producer.start()
    try:
        for r in found:
            await producer.send_and_wait(r.topic, r.value, key=r.key, headers=list(r.headers))
    finally:
        await producer.stop()
