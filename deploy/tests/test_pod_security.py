"""Every pod template passes the Pod Security Standard "restricted" (latest), the
profile the namespace enforces: the API server would refuse any pod that fails.

The checks follow the standard's table (kubernetes.io, "Pod Security Standards"),
baseline controls included."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytestmark = pytest.mark.unit

Obj = dict[str, Any]

RESTRICTED_VOLUMES = {
    "configMap",
    "csi",
    "downwardAPI",
    "emptyDir",
    "ephemeral",
    "image",
    "persistentVolumeClaim",
    "projected",
    "secret",
}
SAFE_SYSCTLS = {"kernel.shm_rmid_forced"} | {
    f"net.ipv4.{name}"
    for name in [
        "ip_local_port_range",
        "ip_unprivileged_port_start",
        "tcp_syncookies",
        "ping_group_range",
        "ip_local_reserved_ports",
        "tcp_keepalive_time",
        "tcp_fin_timeout",
        "tcp_keepalive_intvl",
        "tcp_keepalive_probes",
    ]
}
SELINUX_TYPES = {"", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"}


def containers(pod: Obj) -> Iterator[Obj]:
    for field in ("initContainers", "containers", "ephemeralContainers"):
        yield from pod.get(field, [])


def violations(pod: Obj) -> list[str]:
    """What keeps this pod spec out of a namespace enforcing "restricted"."""
    found: list[str] = []
    pod_sc: Obj = pod.get("securityContext", {})
    for flag in ("hostNetwork", "hostPID", "hostIPC"):
        if pod.get(flag):
            found.append(f"{flag} is set")
    for volume in pod.get("volumes", []):
        kind = next(k for k in volume if k != "name")
        if kind not in RESTRICTED_VOLUMES:
            found.append(f"volume {volume['name']} is of type {kind}")
    for sysctl in pod_sc.get("sysctls", []):
        if sysctl["name"] not in SAFE_SYSCTLS:
            found.append(f"sysctl {sysctl['name']} is not a safe one")
    found += _context_violations("pod", pod_sc)
    for c in containers(pod):
        sc: Obj = c.get("securityContext", {})
        name = f"container {c['name']}"
        found += _context_violations(name, sc)
        if sc.get("privileged"):
            found.append(f"{name} is privileged")
        if sc.get("allowPrivilegeEscalation") is not False:
            found.append(f"{name} does not set allowPrivilegeEscalation: false")
        caps = sc.get("capabilities", {})
        if "ALL" not in caps.get("drop", []):
            found.append(f"{name} does not drop ALL capabilities")
        if set(caps.get("add", [])) - {"NET_BIND_SERVICE"}:
            found.append(f"{name} adds capabilities {caps['add']}")
        if sc.get("procMount", "Default") != "Default":
            found.append(f"{name} has procMount {sc['procMount']}")
        if any(p.get("hostPort") for p in c.get("ports", [])):
            found.append(f"{name} uses a host port")
        if sc.get("runAsNonRoot", pod_sc.get("runAsNonRoot")) is not True:
            found.append(f"{name} may run as root (runAsNonRoot is not true)")
        seccomp: Obj = sc.get("seccompProfile") or pod_sc.get("seccompProfile") or {}
        if seccomp.get("type") not in ("RuntimeDefault", "Localhost"):
            found.append(f"{name} has no RuntimeDefault or Localhost seccomp profile")
    return found


def _context_violations(name: str, sc: Obj) -> list[str]:
    found: list[str] = []
    if sc.get("runAsUser") == 0:
        found.append(f"{name} runs as user 0")
    if sc.get("windowsOptions", {}).get("hostProcess"):
        found.append(f"{name} is a Windows host process")
    if sc.get("appArmorProfile", {}).get("type") == "Unconfined":
        found.append(f"{name} is AppArmor unconfined")
    selinux = sc.get("seLinuxOptions", {})
    if selinux.get("type", "") not in SELINUX_TYPES or "user" in selinux or "role" in selinux:
        found.append(f"{name} sets SELinux options beyond the allowed ones")
    return found


def test_every_pod_template_is_restricted(manifests: Any) -> None:
    templates = dict(manifests.pod_templates())
    # All six workloads are there (five services and the CLI), so all were checked.
    assert len(templates) == 6, sorted(templates)
    problems = {name: violations(pod) for name, pod in templates.items()}
    assert {name: found for name, found in problems.items() if found} == {}


def test_the_namespace_enforces_restricted(manifests: Any) -> None:
    labels = manifests.get("Namespace", "frontline")["metadata"]["labels"]
    assert labels["pod-security.kubernetes.io/enforce"] == "restricted"


def test_the_manifests_of_before_fail() -> None:
    """The pod of the first manifests (non-root user, nothing else) is refused."""
    before = {
        "securityContext": {"runAsNonRoot": True, "runAsUser": 10001, "fsGroup": 10001},
        "containers": [{"name": "cadre", "image": "frontline"}],
        "volumes": [{"name": "jwt", "secret": {"secretName": "frontline-jwt"}}],
    }
    assert violations(before) == [
        "container cadre does not set allowPrivilegeEscalation: false",
        "container cadre does not drop ALL capabilities",
        "container cadre has no RuntimeDefault or Localhost seccomp profile",
    ]


def test_host_access_is_refused() -> None:
    pod = {
        "hostNetwork": True,
        "securityContext": {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}},
        "containers": [
            {
                "name": "c",
                "ports": [{"containerPort": 80, "hostPort": 80}],
                "securityContext": {
                    "allowPrivilegeEscalation": False,
                    "capabilities": {"drop": ["ALL"], "add": ["SYS_ADMIN"]},
                    "runAsUser": 0,
                },
            }
        ],
        "volumes": [{"name": "root", "hostPath": {"path": "/"}}],
    }
    assert violations(pod) == [
        "hostNetwork is set",
        "volume root is of type hostPath",
        "container c runs as user 0",
        "container c adds capabilities ['SYS_ADMIN']",
        "container c uses a host port",
    ]
