"""deploy/compose.yaml is a valid Compose file (the Compose specification's JSON
Schema, schemas/compose-spec.json) and secures Kafka as the Kubernetes manifests do:
the same principals, the same ACLs, TLS and SCRAM for every client."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

pytestmark = pytest.mark.unit

DEPLOY = Path(__file__).resolve().parents[1]
SCHEMA = yaml.safe_load((Path(__file__).parent / "schemas" / "compose-spec.json").read_text())
COMPOSE = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
KAFKA_ENV = {
    "FRONTLINE_KAFKA_BOOTSTRAP": "kafka:19092",
    "FRONTLINE_KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
    "FRONTLINE_KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
    "FRONTLINE_KAFKA_PASSWORD_PATH": "/var/run/secrets/frontline/kafka/password",
    "FRONTLINE_KAFKA_CA_PATH": "/var/run/secrets/frontline/kafka/ca.crt",
}


def config(name: str) -> str:
    content: str = COMPOSE["configs"][name]["content"]
    return content.replace("$$", "$")  # Compose's escape of a literal $


def test_the_file_follows_the_compose_specification() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    errors = sorted(jsonschema.Draft202012Validator(SCHEMA).iter_errors(COMPOSE), key=str)
    assert [f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in errors] == []


def test_a_misspelt_key_is_caught() -> None:
    broken = {"services": {"cadre": {"image": "x", "enviroment": {"A": "1"}}}}
    assert not jsonschema.Draft202012Validator(SCHEMA).is_valid(broken)


@pytest.mark.parametrize(
    "service", ["organization", "cadre", "service-center", "discipline", "headquarters"]
)
def test_every_service_runs_as_its_own_kafka_principal(manifests: Any, service: str) -> None:
    spec = COMPOSE["services"][service]
    facts = manifests.services[service]
    assert spec["command"] == ["python", "-m", f"frontline.{facts['package']}"]
    env = spec["environment"]
    assert {k: env[k] for k in KAFKA_ENV} == KAFKA_ENV
    assert env["FRONTLINE_KAFKA_USERNAME"] == service
    assert (env["FRONTLINE_GRPC_PORT"], env["FRONTLINE_HTTP_PORT"]) == (
        facts["grpc"],
        facts["http"],
    )
    mounts = [
        v for v in spec["volumes"] if isinstance(v, dict) and v["source"] == "kafka-credentials"
    ]
    # Only its own folder of the credentials: its password and the CA.
    assert mounts == [
        {
            "type": "volume",
            "source": "kafka-credentials",
            "target": "/var/run/secrets/frontline/kafka",
            "read_only": True,
            "volume": {"subpath": service},
        }
    ]


def test_the_acls_are_those_of_the_kafka_users(manifests: Any) -> None:
    """`grant SERVICE READS...` in kafka-start.sh against the KafkaUsers' Read ACLs."""
    granted = {
        line.split()[1]: sorted(line.split()[2:])
        for line in config("kafka-start").splitlines()
        if re.match(r"\s*grant [a-z-]+( [a-z-]+)+$", line)
    }
    reads = {
        user["metadata"]["name"]: sorted(
            acl["resource"]["name"].removesuffix(".events.v1")
            for acl in user["spec"]["authorization"]["acls"]
            if acl["resource"]["type"] == "topic" and "Read" in acl["operations"]
        )
        for user in manifests.of_kind("KafkaUser")
        if user["metadata"]["name"] != "operator"
    }
    assert granted == reads


def test_every_client_listener_needs_tls_and_a_password() -> None:
    properties = dict(
        line.split("=", 1)
        for line in config("kafka-server-properties").splitlines()
        if line and not line.startswith("#")
    )
    protocols = dict(p.split(":") for p in properties["listener.security.protocol.map"].split(","))
    for listener in properties["listeners"].split(","):
        name, address = listener.split("://")
        # Plaintext only on loopback, inside the broker's container.
        assert protocols[name] == "SASL_SSL" or address.startswith("127.0.0.1:"), listener
    assert properties["sasl.enabled.mechanisms"] == "SCRAM-SHA-512"
    assert properties["authorizer.class.name"].endswith("StandardAuthorizer")
    assert properties["allow.everyone.if.no.acl.found"] == "false"
    assert properties["auto.create.topics.enable"] == "false"
