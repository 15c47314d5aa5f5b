"""The KafkaUsers let each service do exactly what the kernel does with Kafka, and
nothing more; the topics are there, durable, and agree with the services' settings.

ACLs are evaluated the way Kafka's StandardAuthorizer does: allow rules only, a
literal name or a prefix, All covers every operation, Read/Write/Delete/Alter imply
Describe; anything not allowed is denied."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.unit

# Who consumes whom (DESIGN.md §2: reactions between services, headquarters reads all).
READS = {
    "organization": ["cadre", "discipline"],
    "cadre": ["organization", "discipline"],
    "service-center": ["organization", "cadre"],
    "discipline": ["organization", "cadre", "service-center"],
    "headquarters": ["organization", "cadre", "service-center", "discipline"],
}
PUBLISHERS = ["organization", "cadre", "service-center", "discipline"]
IMPLY_DESCRIBE = {"Read", "Write", "Delete", "Alter"}


def topic(service: str) -> str:
    return f"{service}.events.v1"


def allowed(user: dict[str, Any], kind: str, name: str, operation: str) -> bool:
    for acl in user["spec"]["authorization"]["acls"]:
        resource = acl["resource"]
        if acl.get("type", "allow") != "allow" or resource["type"] != kind:
            continue
        if resource.get("patternType", "literal") == "prefix":
            hit = name.startswith(resource["name"])
        else:
            hit = resource["name"] in (name, "*")
        ops = set(acl["operations"])
        if hit and (
            operation in ops or "All" in ops or (operation == "Describe" and ops & IMPLY_DESCRIBE)
        ):
            return True
    return False


def what_the_service_does(service: str) -> list[tuple[str, str, str]]:
    """(resource type, name, operation) of everything the runtime asks of Kafka."""
    consumed = [topic(t) for t in READS[service]]
    owned = [topic(service), f"{topic(service)}.dlq"] if service in PUBLISHERS else []
    steps = [("topic", t, "Describe") for t in owned]  # ensure_topics finds them
    steps += [("topic", t, op) for t in consumed for op in ("Describe", "Read")]
    steps += [("topic", f"{t}.dlq", op) for t in consumed for op in ("Describe", "Write")]
    steps += [("group", f"{service}.reactions", "Read")]  # group "<service>.<purpose>"
    if service in PUBLISHERS:
        steps.append(("topic", topic(service), "Write"))  # the outbox relay
    return steps


@pytest.mark.parametrize("service", sorted(READS))
def test_a_service_may_do_what_it_does(manifests: Any, service: str) -> None:
    user = manifests.get("KafkaUser", service)
    refused = [s for s in what_the_service_does(service) if not allowed(user, *s)]
    assert refused == []


@pytest.mark.parametrize("service", sorted(READS))
def test_a_service_may_do_nothing_else(manifests: Any, service: str) -> None:
    user = manifests.get("KafkaUser", service)
    others = [p for p in PUBLISHERS if p != service]
    for other in others:
        assert not allowed(user, "topic", topic(other), "Write"), f"writes {other}'s topic"
        assert not allowed(user, "group", f"{other}.reactions", "Read")
        if other not in READS[service]:
            assert not allowed(user, "topic", topic(other), "Read"), f"reads {other}"
    for name in [topic(p) for p in PUBLISHERS] + ["anything.else"]:
        # The topics are KafkaTopics: no service creates or deletes one.
        for operation in ("Create", "Delete", "Alter", "AlterConfigs"):
            assert not allowed(user, "topic", name, operation)
    assert not allowed(user, "cluster", "kafka-cluster", "Alter")
    if service == "headquarters":
        assert not any(allowed(user, "topic", topic(p), "Write") for p in PUBLISHERS)


def test_the_operator_replays_dead_letters_only(manifests: Any) -> None:
    user = manifests.get("KafkaUser", "operator")
    for publisher in PUBLISHERS:
        dlq = f"{topic(publisher)}.dlq"
        assert allowed(user, "topic", dlq, "Read")
        assert allowed(user, "group", f"{dlq}-replay", "Read")
        assert allowed(user, "topic", topic(publisher), "Write")
        assert not allowed(user, "topic", dlq, "Write")
        assert not allowed(user, "group", f"{publisher}.reactions", "Read")


def test_a_deny_or_another_name_is_not_an_allow() -> None:
    acls = [
        {"type": "deny", "resource": {"type": "topic", "name": "a"}, "operations": ["Write"]},
        {"resource": {"type": "topic", "name": "b."}, "operations": ["Read"]},
        {
            "resource": {"type": "group", "name": "b.", "patternType": "prefix"},
            "operations": ["Read"],
        },
    ]
    user = {"spec": {"authorization": {"acls": acls}}}
    assert not allowed(user, "topic", "a", "Write")
    assert not allowed(user, "topic", "b.x", "Read")  # literal, not a prefix
    assert allowed(user, "topic", "b.", "Describe")  # implied by Read
    assert allowed(user, "group", "b.x", "Read")
    assert not allowed(user, "group", "b.x", "Delete")


def test_every_topic_is_a_durable_kafka_topic(manifests: Any) -> None:
    config = manifests.get("ConfigMap", "frontline-config")["data"]
    topics = {t["spec"]["topicName"]: t["spec"] for t in manifests.of_kind("KafkaTopic")}
    expected = {topic(p) for p in PUBLISHERS} | {f"{topic(p)}.dlq" for p in PUBLISHERS}
    assert set(topics) == expected
    for name, spec in topics.items():
        # Kafka is the county's event backbone: nothing expires (DESIGN.md §5).
        assert spec["config"]["retention.ms"] == -1, name
        assert spec["config"]["retention.bytes"] == -1, name
        assert spec["replicas"] == 3 and spec["config"]["min.insync.replicas"] == 2, name
        # A service that finds a topic missing creates it like this; they must agree.
        assert str(spec["partitions"]) == config["FRONTLINE_TOPIC_PARTITIONS"], name
        assert str(spec["replicas"]) == config["FRONTLINE_TOPIC_REPLICATION"], name
    brokers = sum(
        pool["spec"]["replicas"]
        for pool in manifests.of_kind("KafkaNodePool")
        if "broker" in pool["spec"]["roles"]
    )
    assert brokers >= 3


@pytest.mark.parametrize("service", sorted(READS))
def test_the_service_speaks_scram_over_tls_as_itself(manifests: Any, service: str) -> None:
    env = manifests.env(manifests.service_container(service))
    kafka = manifests.get("Kafka", "frontline")
    listener = next(x for x in kafka["spec"]["kafka"]["listeners"] if x.get("tls"))
    assert listener["authentication"]["type"] == "scram-sha-512"
    assert kafka["spec"]["kafka"]["authorization"]["type"] == "simple"
    assert env["FRONTLINE_KAFKA_BOOTSTRAP"] == f"frontline-kafka-bootstrap:{listener['port']}"
    assert env["FRONTLINE_KAFKA_SECURITY_PROTOCOL"] == "SASL_SSL"
    assert env["FRONTLINE_KAFKA_SASL_MECHANISM"] == "SCRAM-SHA-512"
    assert env["FRONTLINE_KAFKA_USERNAME"] == service
    assert manifests.get("KafkaUser", service)["spec"]["authentication"]["type"] == "scram-sha-512"
    pod = manifests.get("Deployment", service)["spec"]["template"]["spec"]
    mounted = {
        f"/var/run/secrets/frontline/{item['path']}": (source["secret"]["name"], item["key"])
        for volume in pod["volumes"]
        for source in volume.get("projected", {}).get("sources", [])
        for item in source["secret"]["items"]
    }
    # Strimzi writes the user's password into a Secret named after the KafkaUser.
    assert mounted[env["FRONTLINE_KAFKA_PASSWORD_PATH"]] == (service, "password")
    assert mounted[env["FRONTLINE_KAFKA_CA_PATH"]] == ("frontline-cluster-ca-cert", "ca.crt")
