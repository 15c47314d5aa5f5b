"""What the discipline service decides reaches the other services through Kafka only:
a removal sanction leaves the post (cadre), vacates it (organization) and shows as a
vacancy (headquarters), duplicates changing nothing; an appointment waits for the
integrity opinion, an objection stops it, an influence period bars a nomination.

Real gRPC servers, PostgreSQL and Kafka; the services in this process."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from frontline.api.cadre.v1 import cadre_pb2 as cpb
from frontline.api.organization.v1 import organization_pb2 as opb
from frontline.cadre.service import SERVICE as CADRE
from frontline.discipline.service import SERVICE as DISCIPLINE
from frontline.kernel.runtime import ServiceRuntime
from frontline.organization.service import SERVICE as ORGANIZATION
from frontline.testkit.county_stack import county_stack
from frontline.testkit.runtime import SigningKeys, service_settings
from frontline.testkit.waiting import eventually

from .discipline_county import VILLAGE, Calls, deliver_again, records, stubs, values

TODAY = dt.date.today()


def channel(rt: ServiceRuntime[Any]) -> grpc.aio.Channel:
    return grpc.aio.insecure_channel(f"127.0.0.1:{rt.grpc_port}")


async def refusal(call: Any) -> str:
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await call
    assert refused.value.code() is grpc.StatusCode.FAILED_PRECONDITION, refused.value.details()
    status = rpc_status.from_call(refused.value)  # type: ignore[arg-type]
    assert status is not None
    failure = error_details_pb2.PreconditionFailure()
    assert status.details[0].Unpack(failure)
    return str(failure.violations[0].type)


async def test_a_removal_sanction_vacates_the_secretary_post_everywhere_once(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path
) -> None:
    async with (
        county_stack(pg, kafka_bootstrap, unique, tmp_path) as stack,
        channel(stack.organization) as org,
        channel(stack.cadre) as cad,
        channel(stack.discipline) as law,
    ):
        calls = stubs(org, cad, law, stack.keys)
        unit_id = await calls.county()
        cadre_id = await calls.register(1)

        async def appoint() -> Any:
            request = cpb.AppointFromElectionRequest(
                cadre_id=cadre_id,
                org_unit_id=unit_id,
                post=cpb.POST_SECRETARY,
                election_ref="2024 换届",
                also_village_head=True,
                appointed_on="2024-03-01",
            )
            try:  # the cadre service learns the unit from Kafka first
                return await calls.cadre.AppointFromElection(
                    request, metadata=calls.as_("cadre_manager")
                )
            except grpc.aio.AioRpcError:
                return None

        await eventually(appoint)
        await stack.settled()
        case_id = await calls.case(cadre_id, TODAY)
        await calls.decide(case_id, TODAY, "removal_from_party_post", 3)
        await stack.settled()

        posts = await calls.cadre.ListUnitPosts(
            cpb.ListUnitPostsRequest(org_unit_id=unit_id), metadata=calls.as_("cadre_manager")
        )
        assert [p.post for p in posts.posts] == []
        unit = (
            await calls.org.GetOrgUnit(
                opb.GetOrgUnitRequest(division_code=VILLAGE), metadata=calls.as_("county_admin")
            )
        ).org_unit
        assert not unit.HasField("secretary")
        assert unit.secretary_vacant_since == TODAY.isoformat()
        before = await vacancy_seen(stack)
        assert before == {"secretary_vacant": 1.0, "cadres": 0.0}

        # The sanction and the leave delivered again (same ids), the sanction once more as
        # a new event: nothing changes anywhere.
        topic = f"{unique}discipline.events.v1"
        sanction = await records(
            kafka_bootstrap, topic, "cn.frontline.discipline.SanctionImposed.v1"
        )
        assert [v["cadre_id"] for v in values(sanction)] == [cadre_id]
        leave_type = "cn.frontline.cadre.CadreLeftPost.v1"
        left = await records(kafka_bootstrap, f"{unique}cadre.events.v1", leave_type)
        await deliver_again(kafka_bootstrap, [*sanction, *sanction, *left])
        renamed = [
            (k, v) if k != "ce_id" else (k, b"sanction-again") for k, v in sanction[0].headers
        ]
        sanction[0].headers = renamed
        await deliver_again(kafka_bootstrap, sanction[:1])
        await stack.settled()
        # On the cadre topic: the leave and its redelivered copy, one event; nothing new.
        again = await records(kafka_bootstrap, f"{unique}cadre.events.v1", leave_type)
        assert [v["reason"] for v in values(left)] == ["dismissal"]
        assert {ce_id(r) for r in again} == {ce_id(left[0])}
        vacated = await records(
            kafka_bootstrap,
            f"{unique}organization.events.v1",
            "cn.frontline.organization.SecretaryPostVacated.v1",
        )
        assert [v["cadre_id"] for v in values(vacated)] == [cadre_id]
        assert await vacancy_seen(stack) == before


def ce_id(record: Any) -> str:
    return next(str(v.decode()) for k, v in record.headers if k == "ce_id")


async def vacancy_seen(stack: Any) -> dict[str, float | None]:
    """The village's vacancies and cadres in office, as headquarters answers them."""
    overview = await stack.hq.queries.overview(VILLAGE, TODAY)
    shown = {i.key: i.value for p in overview.pillars for i in p.indicators}
    return {"secretary_vacant": shown["secretary_vacant"], "cadres": shown["cadres"]}


@contextlib.asynccontextmanager
async def without_discipline(
    pg: Any, bootstrap: str, prefix: str, folder: Path
) -> AsyncIterator[tuple[ServiceRuntime[Any], ServiceRuntime[Any], Any, SigningKeys]]:
    """Organization and cadre running; discipline's settings, to start it later."""
    keys = SigningKeys.create(folder)
    org = service_settings(ORGANIZATION, await pg.create_database("org"), bootstrap, prefix, keys)
    cadre = service_settings(
        CADRE,
        await pg.create_database("cadre"),
        bootstrap,
        prefix,
        keys,
        personal_data_secret_path=folder / "cadre.secret",
    )
    law = service_settings(
        DISCIPLINE,
        await pg.create_database("discipline"),
        bootstrap,
        prefix,
        keys,
        personal_data_secret_path=folder / "discipline.secret",
    )
    organization, cadres = ServiceRuntime.of(ORGANIZATION, org), ServiceRuntime.of(CADRE, cadre)
    async with organization.started(), cadres.started():
        yield organization, cadres, law, keys


async def test_an_appointment_waits_for_the_opinion_and_a_sanction_bars_a_nomination(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path
) -> None:
    async with (
        without_discipline(pg, kafka_bootstrap, unique, tmp_path) as (
            org_rt,
            cadre_rt,
            law_settings,
            keys,
        ),
        channel(org_rt) as org,
        channel(cadre_rt) as cad,
    ):
        calls = stubs(org, cad, None, keys)
        unit_id = await calls.county()
        first = await calls.register(2)
        procedure = await nominate_and_inspect(calls, unit_id, first, cpb.POST_DEPUTY_SECRETARY)
        asked = await eventually(
            lambda: records(
                kafka_bootstrap,
                f"{unique}cadre.events.v1",
                "cn.frontline.cadre.IntegrityOpinionRequested.v1",
            )
        )
        assert [v["procedure_id"] for v in values(asked)] == [procedure]
        # Nobody answers while the discipline service is down: the notice waits.
        assert await refusal(notice(calls, procedure)) == "INTEGRITY_OPINION_PENDING"

        law_rt = ServiceRuntime.of(DISCIPLINE, law_settings)
        async with law_rt.started(), channel(law_rt) as law:
            calls = stubs(org, cad, law, keys)
            await opinion_arrives(calls, procedure, cpb.INTEGRITY_OPINION_NO_OBJECTION)
            started = await notice(calls, procedure)
            assert started.ends_on

            # An open case about the cadre: the discipline service objects.
            second = await calls.register(3)
            case_id = await calls.case(second, TODAY)
            objected = await nominate_and_inspect(calls, unit_id, second, cpb.POST_COMMITTEE_MEMBER)
            await opinion_arrives(calls, objected, cpb.INTEGRITY_OPINION_OBJECTION)
            assert await refusal(notice(calls, objected)) == "INTEGRITY_OBJECTION"

            # A warning's influence period (6 months): no nomination meanwhile.
            await calls.decide(case_id, TODAY, "party_warning", 2)
            imposed = await eventually(
                lambda: records(
                    kafka_bootstrap,
                    f"{unique}discipline.events.v1",
                    "cn.frontline.discipline.SanctionImposed.v1",
                )
            )
            event_id = next(v.decode() for k, v in imposed[0].headers if k == "ce_id")
            await eventually(
                lambda: cadre_rt.pool.fetchval("SELECT 1 FROM inbox WHERE event_id = $1", event_id)
            )
            nomination = cpb.NominateCadreRequest(
                cadre_id=second,
                org_unit_id=unit_id,
                post=cpb.POST_VILLAGE_COMMITTEE_MEMBER,
                nominated_on=TODAY.isoformat(),
            )
            barred = calls.cadre.NominateCadre(nomination, metadata=calls.as_("cadre_manager"))
            assert await refusal(barred) == "SANCTION_INFLUENCE"


async def nominate_and_inspect(calls: Calls, unit_id: str, cadre_id: str, post: Any) -> str:
    request = cpb.NominateCadreRequest(
        cadre_id=cadre_id, org_unit_id=unit_id, post=post, nominated_on=TODAY.isoformat()
    )

    async def nominated() -> str | None:
        try:  # the cadre service learns the unit from Kafka first
            reply = await calls.cadre.NominateCadre(request, metadata=calls.as_("cadre_manager"))
        except grpc.aio.AioRpcError:
            return None
        return str(reply.procedure_id)

    procedure = str(await eventually(nominated))
    inspect = cpb.RecordInspectionRequest(procedure_id=procedure, inspected_on=TODAY.isoformat())
    await calls.cadre.RecordInspection(inspect, metadata=calls.as_("cadre_manager"))
    return procedure


def notice(calls: Calls, procedure: str) -> Any:
    request = cpb.StartPublicNoticeRequest(procedure_id=procedure, starts_on=TODAY.isoformat())
    return calls.cadre.StartPublicNotice(request, metadata=calls.as_("cadre_manager"))


async def opinion_arrives(calls: Calls, procedure: str, opinion: int) -> None:
    async def current() -> int:
        listed = await calls.cadre.ListAppointmentProcedures(
            cpb.ListAppointmentProceduresRequest(division_code=VILLAGE),
            metadata=calls.as_("cadre_manager"),
        )
        return int(
            next(p.integrity_opinion for p in listed.procedures if p.procedure_id == procedure)
        )

    await eventually(current, lambda found: found == opinion, timeout=30.0)
