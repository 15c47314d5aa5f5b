"""Every object of every overlay validates, strictly (no unknown field), against its
schema: Kubernetes' own (kubernetes-validate) or the CRD its operator publishes
(schemas/crds, fetched by schemas/fetch.py). An object with no schema fails."""

from __future__ import annotations

import copy
import functools
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml

pytestmark = pytest.mark.unit

# The oldest Kubernetes the manifests are for (the preStop sleep action is on by
# default since 1.30); objects are validated against that version's API.
KUBERNETES = "1.31"

Obj = dict[str, Any]


def strict(schema: Obj) -> Obj:
    """A CRD's OpenAPI v3 schema as JSON Schema that rejects unknown fields, the way
    the API server prunes them (kubeconform's openapi2jsonschema does the same)."""
    out: Obj = {}
    for key, value in schema.items():
        if key == "properties":
            out[key] = {name: strict(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
            out[key] = strict(value)
        elif key in ("allOf", "anyOf", "oneOf"):
            out[key] = [strict(sub) for sub in value]
        elif not key.startswith("x-kubernetes-") and key != "nullable":
            out[key] = value
    if schema.get("nullable") and "type" in out:
        out["type"] = [out["type"], "null"]
    if (
        "properties" in schema
        and "additionalProperties" not in schema
        and not schema.get("x-kubernetes-preserve-unknown-fields")
    ):
        out["additionalProperties"] = False
    return out


@functools.cache
def crd_validators(schemas: Any, loader: Any) -> dict[tuple[str, str], jsonschema.Validator]:
    validators: dict[tuple[str, str], jsonschema.Validator] = {}
    for path in sorted((schemas / "crds").glob("*.yaml")):
        crd = yaml.load(path.read_text(), Loader=loader)
        group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
        for version in crd["spec"]["versions"]:
            schema = strict(version["schema"]["openAPIV3Schema"])
            # OpenAPI 3.0 is JSON Schema draft 4 with extensions (boolean exclusiveMinimum).
            validators[(f"{group}/{version['name']}", kind)] = jsonschema.Draft4Validator(schema)
    return validators


def validate(obj: Obj, manifests: Any) -> None:
    """Raise with the object's name and the failing path when it does not validate."""
    key = (obj["apiVersion"], obj["kind"])
    name = f"{obj['kind']}/{obj['metadata']['name']}"
    custom = crd_validators(manifests.schemas, manifests.loader)
    if key in custom:
        error = jsonschema.exceptions.best_match(custom[key].iter_errors(obj))
        if error is not None:
            path = ".".join(str(p) for p in error.absolute_path)
            raise AssertionError(f"{name}: {path}: {error.message}")
        return
    try:
        kubernetes_validate.validate(obj, KUBERNETES, strict=True)
    except kubernetes_validate.SchemaNotFoundError as missing:
        raise AssertionError(f"{name}: no schema for {key} ({missing.message})") from missing
    except kubernetes_validate.ValidationError as error:
        path = ".".join(str(p) for p in error.path)
        raise AssertionError(f"{name}: {path}: {error.message}") from error


def test_every_object_validates_against_its_schema(manifests: Any) -> None:
    kinds = {o["kind"] for o in manifests.objects}
    # The operators' resources are there, so they were validated too.
    assert {"Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser", "Cluster"} <= kinds
    assert {"ScheduledBackup", "ObjectStore", "PrometheusRule", "ServiceMonitor"} <= kinds
    for obj in manifests.objects:
        validate(obj, manifests)


@pytest.mark.parametrize(
    ("kind", "name", "mistake"),
    [
        # A misspelt field of a custom resource (the API server would silently drop it).
        ("KafkaTopic", "cadre-events-v1", lambda o: o["spec"].update(partitons=3)),
        ("Cluster", "frontline-db", lambda o: o["spec"].update(instances="three")),
        ("ScheduledBackup", "frontline-db-nightly", lambda o: o["spec"].update(method="s3")),
        # And of a Kubernetes one.
        ("Deployment", "cadre", lambda o: o["spec"].update(replica=2)),
        ("PodDisruptionBudget", "cadre", lambda o: o["spec"].update(maxUnavailable=[1])),
    ],
)
def test_a_mistake_is_caught(kind: str, name: str, mistake: Any, manifests: Any) -> None:
    broken = copy.deepcopy(manifests.get(kind, name))
    mistake(broken)
    with pytest.raises(AssertionError, match=name):
        validate(broken, manifests)


def test_an_object_without_a_schema_fails(manifests: Any) -> None:
    unknown = {"apiVersion": "example.org/v1", "kind": "Gadget", "metadata": {"name": "x"}}
    with pytest.raises(AssertionError, match="no schema"):
        validate(unknown, manifests)
