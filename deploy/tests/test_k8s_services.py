"""Each service's Deployment is what the issue asks of production: the right process
and ports, read-only root, resources, probes on the side port, a disruption budget,
an autoscaler only where a second replica is safe, its own database and secrets."""

from __future__ import annotations

import re
from typing import Any

import pytest

pytestmark = pytest.mark.unit

# A second replica is safe for the command services (runbook, "Scale a service").
AUTOSCALED = {"organization", "cadre", "service-center", "discipline"}
# Services that keep personal data, each under its own master key.
PERSONAL_DATA = {"cadre", "service-center", "discipline"}


def matches(selector: dict[str, Any], labels: dict[str, str]) -> bool:
    wanted = selector.get("matchLabels", {})
    if any(labels.get(k) != v for k, v in wanted.items()):
        return False
    for expr in selector.get("matchExpressions", []):
        value, op = labels.get(expr["key"]), expr["operator"]
        if (op == "In" and value not in expr["values"]) or (
            op == "NotIn" and value in expr["values"]
        ):
            return False
        if (op == "Exists" and value is None) or (op == "DoesNotExist" and value is not None):
            return False
    return True


def pod_labels(manifests: Any, service: str) -> dict[str, str]:
    labels: dict[str, str] = manifests.get("Deployment", service)["spec"]["template"]["metadata"][
        "labels"
    ]
    return labels


def projected(manifests: Any, service: str) -> dict[str, tuple[str, str]]:
    """path in the pod -> (Secret, key) of the service's projected secrets volume."""
    pod = manifests.get("Deployment", service)["spec"]["template"]["spec"]
    files: dict[str, tuple[str, str]] = {}
    for volume in pod["volumes"]:
        for source in volume.get("projected", {}).get("sources", []):
            for item in source["secret"].get("items", []):
                files[item["path"]] = (source["secret"]["name"], item["key"])
    return files


@pytest.mark.parametrize("service", sorted(AUTOSCALED | {"headquarters"}))
def test_the_deployment_runs_the_service_on_its_ports(manifests: Any, service: str) -> None:
    facts = manifests.services[service]
    container = manifests.service_container(service)
    assert container["command"] == ["python", "-m", f"frontline.{facts['package']}"]
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert (ports["grpc"], ports["http"]) == (facts["grpc"], facts["http"])
    env = manifests.env(container)
    assert env["FRONTLINE_SERVICE_NAME"] == service
    assert (env["FRONTLINE_GRPC_PORT"], env["FRONTLINE_HTTP_PORT"]) == (
        str(facts["grpc"]),
        str(facts["http"]),
    )
    service_ports = {p["name"]: p for p in manifests.get("Service", service)["spec"]["ports"]}
    assert service_ports["grpc"]["port"] == facts["grpc"]
    assert service_ports["grpc"]["appProtocol"] == "grpc"
    selector = {"matchLabels": manifests.get("Service", service)["spec"]["selector"]}
    assert matches(selector, pod_labels(manifests, service))


@pytest.mark.parametrize("service", sorted(AUTOSCALED | {"headquarters"}))
def test_the_container_is_hardened_and_probed(manifests: Any, service: str) -> None:
    container = manifests.service_container(service)
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    resources = container["resources"]
    assert {"cpu", "memory"} <= set(resources["requests"])
    assert "memory" in resources["limits"]
    probes = {
        kind: container[f"{kind}Probe"]["httpGet"] for kind in ("startup", "liveness", "readiness")
    }
    assert {p["port"] for p in probes.values()} == {"http"}
    # Readiness is the honest one (database, Kafka, gRPC); liveness stays cheap.
    assert probes["readiness"]["path"] == "/health/ready"
    assert probes["liveness"]["path"] == "/health/live"


@pytest.mark.parametrize("service", sorted(AUTOSCALED | {"headquarters"}))
def test_a_disruption_budget_covers_the_pods(manifests: Any, service: str) -> None:
    budgets = [
        b
        for b in manifests.of_kind("PodDisruptionBudget")
        if matches(b["spec"]["selector"], pod_labels(manifests, service))
    ]
    assert len(budgets) == 1
    # Never zero: a budget that allows no eviction blocks every node drain.
    assert budgets[0]["spec"].get("maxUnavailable", 1) >= 1


def test_only_the_command_services_autoscale(manifests: Any) -> None:
    targets = {
        h["spec"]["scaleTargetRef"]["name"]: h for h in manifests.of_kind("HorizontalPodAutoscaler")
    }
    assert set(targets) == AUTOSCALED
    for name, hpa in targets.items():
        # The autoscaler owns the replica count: a Deployment's own would fight it on apply.
        assert "replicas" not in manifests.get("Deployment", name)["spec"]
        assert hpa["spec"]["minReplicas"] >= (2 if manifests.overlay == "city" else 1)
    if manifests.overlay == "city":
        assert manifests.get("Deployment", "headquarters")["spec"]["replicas"] >= 2


@pytest.mark.parametrize("service", sorted(AUTOSCALED | {"headquarters"}))
def test_the_service_has_its_own_database_and_role(manifests: Any, service: str) -> None:
    env = manifests.env(manifests.service_container(service))
    url = re.fullmatch(
        r"postgresql://(\w+)@frontline-db-rw:5432/(\w+)", env["FRONTLINE_DATABASE_URL"]
    )
    assert url, f"{service}: no password in the URL, host the cluster's primary"
    role, database = url.groups()
    assert database == f"frontline_{manifests.services[service]['package']}"
    password = env["PGPASSWORD"]["secretKeyRef"]
    cluster = manifests.get("Cluster", "frontline-db")["spec"]
    initdb = cluster["bootstrap"]["initdb"]
    if database == initdb["database"]:
        assert (initdb["owner"], initdb["secret"]["name"]) == (role, password["name"])
    else:
        owned = [d["spec"] for d in manifests.of_kind("Database") if d["spec"]["name"] == database]
        assert [d["owner"] for d in owned] == [role]
        roles = {r["name"]: r for r in cluster["managed"]["roles"]}
        assert roles[role]["passwordSecret"]["name"] == password["name"]
        assert roles[role]["login"] is True
    assert projected(manifests, service)["postgres/ca.crt"] == ("frontline-db-ca", "ca.crt")
    assert env["PGSSLMODE"] == "verify-full"


@pytest.mark.parametrize("service", sorted(AUTOSCALED | {"headquarters"}))
def test_personal_data_keys_are_apart(manifests: Any, service: str) -> None:
    files = projected(manifests, service)
    env = manifests.env(manifests.service_container(service))
    if service in PERSONAL_DATA:
        path = env["FRONTLINE_PERSONAL_DATA_SECRET_PATH"]
        assert path == "/var/run/secrets/frontline/personal-data/master.key"
        assert files["personal-data/master.key"] == ("frontline-personal-data", service)
    else:
        assert "personal-data/master.key" not in files


def test_secrets_are_referenced_never_inlined(manifests: Any) -> None:
    assert manifests.of_kind("Secret") == []
    credentials = re.compile(r"://[^/@\s]+:[^/@\s]+@|password|passwd|secret_key", re.IGNORECASE)
    for name, pod in manifests.pod_templates():
        for container in pod["containers"]:
            for key, value in manifests.env(container).items():
                if isinstance(value, str):
                    assert not credentials.search(value) or value.startswith("/"), (name, key)


def test_the_dashboard_is_served_over_tls(manifests: Any) -> None:
    ingress = manifests.get("Ingress", "dashboard")["spec"]
    host = ingress["rules"][0]["host"]
    assert ingress["tls"] == [{"hosts": [host], "secretName": "frontline-dashboard-tls"}]
    backend = ingress["rules"][0]["http"]["paths"][0]["backend"]["service"]
    assert backend == {"name": "headquarters", "port": {"name": "dashboard"}}
    env = manifests.env(manifests.service_container("headquarters"))
    assert env["FRONTLINE_DASHBOARD_SECURE_COOKIE"] == "true"


def test_network_policies_confine_the_services(manifests: Any) -> None:
    """Default deny in; out only to DNS, Kafka and PostgreSQL; never service to service
    but the dashboard's gateway for operators' own calls."""
    policies = [p["spec"] for p in manifests.of_kind("NetworkPolicy")]
    deny_all_in = {"podSelector": {}, "policyTypes": ["Ingress"]}
    assert deny_all_in in policies
    for deployment in manifests.of_kind("Deployment"):
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        name = deployment["metadata"]["name"]
        egress = [
            p
            for p in policies
            if "Egress" in p["policyTypes"] and matches(p["podSelector"], labels)
        ]
        assert egress, f"{name}: no egress policy selects it"
        ports = {port["port"] for p in egress for rule in p["egress"] for port in rule["ports"]}
        # DNS, Kafka, PostgreSQL; the CLI also the services' gRPC (admin commands); the
        # dashboard the organization service's, for operators' order actions under their
        # own token (headquarters' dashboard_orders.py).
        tools = {"grpc"} if labels["app.kubernetes.io/component"] == "tools" else set()
        gateway = {50051} if labels["app.kubernetes.io/name"] == "headquarters" else set()
        assert ports == {53, 9093, 5432} | tools | gateway, name
    services = [pod_labels(manifests, s) for s in manifests.services]
    for policy in policies:
        if not any(matches(policy["podSelector"], labels) for labels in services):
            continue
        for rule in policy.get("ingress", []):
            for peer in rule.get("from", []):
                if "podSelector" in peer and "namespaceSelector" not in peer:
                    assert not any(matches(peer["podSelector"], labels) for labels in services)
