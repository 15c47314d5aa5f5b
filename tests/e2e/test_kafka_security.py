"""The county's Kafka refuses strangers and keeps each service to its own topics.

Real SASL/SCRAM over TLS and the broker's StandardAuthorizer on the session's
broker (the Maven-jar Kafka); the ACLs are the stack's own table
(frontline.stack.kafka_principals), granted to this test's topic prefix.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import (
    GroupAuthorizationFailedError,
    KafkaConnectionError,
    KafkaError,
    TopicAuthorizationFailedError,
)
from pydantic import SecretStr

from frontline.api.cadre.v1 import cadre_pb2 as cadre_pb
from frontline.api.cadre.v1.cadre_pb2_grpc import CadreServiceStub
from frontline.api.organization.v1 import organization_pb2 as org_pb
from frontline.api.organization.v1.organization_pb2_grpc import OrganizationServiceStub
from frontline.cadre.service import SERVICE as CADRE
from frontline.kernel.kafka_client import KafkaClientSettings, kafka_options
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.topics import ensure_topics
from frontline.organization.service import SERVICE as ORGANIZATION
from frontline.stack.kafka_passwords import set_password
from frontline.stack.paths import kafka_libs_dir
from frontline.stack.testing import STRANGER, TestKafka
from frontline.testkit.county_events import hq_settings
from frontline.testkit.headquarters import running
from frontline.testkit.runtime import SigningKeys, service_settings
from frontline.testkit.settle import settled

COUNTY = "440781"
TOWNSHIP = "440781103"
VILLAGE = f"{TOWNSHIP}201"


@pytest.fixture
def secured(test_kafka: TestKafka) -> TestKafka:
    if test_kafka.secrets is None:
        pytest.skip("the session's broker is not the local secured one")
    return test_kafka


async def _send(kafka: Any, topic: str) -> None:
    producer = AIOKafkaProducer(**kafka_options(kafka), request_timeout_ms=10_000)
    await producer.start()
    try:
        await producer.send_and_wait(topic, b"{}", key=b"k")
    finally:
        await producer.stop()


async def test_a_client_without_credentials_cannot_connect(secured: TestKafka) -> None:
    anonymous = AIOKafkaAdminClient(bootstrap_servers=secured.bootstrap, request_timeout_ms=5000)
    with pytest.raises(KafkaConnectionError):
        await anonymous.start()
    await anonymous.close()


async def test_a_wrong_password_is_refused(secured: TestKafka, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.password"
    wrong.write_text("not-the-password")
    client = secured.client("organization")
    assert isinstance(client, KafkaClientSettings)
    guesser = client.model_copy(update={"kafka_password_path": wrong})
    admin = AIOKafkaAdminClient(**kafka_options(guesser), request_timeout_ms=5000)
    with pytest.raises(KafkaError):
        await admin.start()
    await admin.close()


async def test_a_service_writes_its_own_topic_and_no_other(secured: TestKafka, unique: str) -> None:
    prefix = f"{unique}."
    organization, cadre = f"{prefix}organization.events.v1", f"{prefix}cadre.events.v1"
    await ensure_topics(secured.bootstrap, [organization, cadre, f"{cadre}.dlq"], 1)
    await secured.grant_county(prefix)

    await _send(secured.client("organization"), organization)
    # Cadre's password cannot forge an organization event, nor can a principal no ACL names.
    for intruder in ("cadre", "headquarters", STRANGER):
        with pytest.raises(TopicAuthorizationFailedError):
            await _send(secured.client(intruder), organization)
    # Dead letters of what it consumes are a service's to write.
    await _send(secured.client("organization"), f"{cadre}.dlq")


async def test_a_service_reads_only_in_its_own_consumer_groups(
    secured: TestKafka, unique: str
) -> None:
    prefix = f"{unique}."
    topic = f"{prefix}organization.events.v1"
    await ensure_topics(secured.bootstrap, [topic], 1)
    await secured.grant_county(prefix)
    # Cadre consumes organization, but only in groups named after itself.
    consumer = AIOKafkaConsumer(
        topic, **kafka_options(secured.client("cadre")), group_id=f"{prefix}organization.x"
    )
    try:
        with pytest.raises(GroupAuthorizationFailedError):
            await consumer.start()
    finally:
        await consumer.stop()


@contextlib.asynccontextmanager
async def county_as_principals(
    kafka: TestKafka, pg: Any, prefix: str, folder: Path
) -> AsyncIterator[tuple[OrganizationServiceStub, CadreServiceStub, list[Any], SigningKeys]]:
    """Organization, cadre and headquarters, each signed in as its own principal."""
    keys = SigningKeys.create(folder)
    org = service_settings(
        ORGANIZATION, await pg.create_database("org"), kafka.bootstrap, prefix, keys
    )
    secret = folder / "cadre.secret"
    cadre_db = await pg.create_database("cadre")
    cadre = service_settings(
        CADRE, cadre_db, kafka.bootstrap, prefix, keys, personal_data_secret_path=secret
    )
    hq = hq_settings(await pg.create_database("hq"), kafka.bootstrap, prefix, keys.public)
    organization = ServiceRuntime.of(ORGANIZATION, kafka.as_principal(org, "organization"))
    cadre_service = ServiceRuntime.of(CADRE, kafka.as_principal(cadre, "cadre"))
    async with (
        organization.started(),
        cadre_service.started(),
        running(kafka.as_principal(hq, "headquarters")) as headquarters,
        grpc.aio.insecure_channel(f"127.0.0.1:{organization.grpc_port}") as org_channel,
        grpc.aio.insecure_channel(f"127.0.0.1:{cadre_service.grpc_port}") as cadre_channel,
    ):
        runtimes = [organization, cadre_service, headquarters.runtime]
        yield OrganizationServiceStub(org_channel), CadreServiceStub(cadre_channel), runtimes, keys  # type: ignore[no-untyped-call]


async def test_services_signed_in_as_themselves_still_work_together(
    secured: TestKafka, pg: Any, unique: str, tmp_path: Path
) -> None:
    prefix = f"{unique}."
    await secured.grant_county(prefix)
    async with county_as_principals(secured, pg, prefix, tmp_path) as (org, cadre, runtimes, keys):
        md = keys.metadata(["county_admin", "cadre_manager"], COUNTY)

        async def establish(level: org_pb.OrgLevel, code: str, parent: str = "") -> str:
            request = org_pb.EstablishOrgUnitRequest(
                level=level, division_code=code, name=f"unit {code}", parent_unit_id=parent
            )
            return str((await org.EstablishOrgUnit(request, metadata=md)).org_unit.org_unit_id)

        county = await establish(org_pb.ORG_LEVEL_COUNTY, COUNTY)
        town = await establish(org_pb.ORG_LEVEL_TOWNSHIP, TOWNSHIP, county)
        village = await establish(org_pb.ORG_LEVEL_VILLAGE, VILLAGE, town)
        # Cadre learns the village from organization's topic (read as itself).
        await settled(secured.bootstrap, runtimes, timeout=90)
        registered = await cadre.RegisterCadre(_registration(VILLAGE), metadata=md)
        await cadre.AppointFromElection(
            cadre_pb.AppointFromElectionRequest(
                cadre_id=registered.cadre_id, org_unit_id=village, post=cadre_pb.POST_SECRETARY,
                election_ref="e-1", also_village_head=True, appointed_on="2026-01-04",
            ),
            metadata=md,
        )  # fmt: skip
        # Organization fills the post from cadre's topic and headquarters reads both.
        await settled(secured.bootstrap, runtimes, timeout=90)
        unit = await org.GetOrgUnit(org_pb.GetOrgUnitRequest(org_unit_id=village), metadata=md)
        assert unit.org_unit.secretary.cadre_id == registered.cadre_id


def _registration(division_code: str) -> cadre_pb.RegisterCadreRequest:
    return cadre_pb.RegisterCadreRequest(
        name="李秀兰", gender=cadre_pb.GENDER_FEMALE, birth_date="1985-03-17",
        education_level=cadre_pb.EDUCATION_LEVEL_SENIOR_SECONDARY, party_member=True,
        phone="13900001111", id_number="440781198503170023", division_code=division_code,
        registered_on="2025-03-01",
    )  # fmt: skip


async def test_a_rotated_password_replaces_the_old_one(secured: TestKafka, unique: str) -> None:
    assert secured.secrets is not None
    libs = kafka_libs_dir()
    old = secured.secrets.password(STRANGER)
    await asyncio.to_thread(set_password, libs, secured.bootstrap, secured.secrets, STRANGER)
    assert secured.secrets.password(STRANGER) != old
    # The new password signs in (and still may do nothing); the old one no longer does.
    with pytest.raises(TopicAuthorizationFailedError):
        await _send(secured.client(STRANGER), f"{unique}.organization.events.v1")
    client = secured.client(STRANGER)
    assert isinstance(client, KafkaClientSettings)
    stale = AIOKafkaAdminClient(
        **kafka_options(client.model_copy(update={"kafka_password": SecretStr(old)})),
        request_timeout_ms=5000,
    )
    with pytest.raises(KafkaError):
        await stale.start()
    await stale.close()
