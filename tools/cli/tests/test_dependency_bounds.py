"""Declared dependency bounds are ones the code runs with (issue 12, CLI).

The generated stubs name the protobuf and grpcio versions they need; every package
that declares those must not allow less. And the CLI installed at the lowest versions
its packages allow (`uv pip compile --resolution lowest-direct`, from PyPI) still
starts, signs a token and reports an unreachable broker in one line.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from frontline.kernel.auth.keys import generate_keypair

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[3]
MEMBERS = {  # workspace package name -> folder
    tomllib.loads(p.read_text())["project"]["name"]: p.parent
    for p in ROOT.glob("*/*/pyproject.toml")
    if "node_modules" not in p.parts
}
STUBS = ROOT / "libs/api/src/frontline/api"
GRPC_PACKAGES = ("grpcio", "grpcio-status", "grpcio-health-checking", "grpcio-reflection")


def requirements(member: str) -> list[Requirement]:
    project = tomllib.loads((MEMBERS[member] / "pyproject.toml").read_text())["project"]
    return [Requirement(line) for line in project["dependencies"]]


def bounds(requirement: Requirement) -> tuple[Version | None, Version | None]:
    """(lowest allowed, first excluded) of a requirement's >= and < specifiers."""
    low = [Version(s.version) for s in requirement.specifier if s.operator == ">="]
    high = [Version(s.version) for s in requirement.specifier if s.operator == "<"]
    return max(low, default=None), min(high, default=None)


def generated_protobuf() -> Version:
    found = {
        m.groups()
        for stub in STUBS.rglob("*_pb2.py")
        for m in re.finditer(r"Domain\.PUBLIC,\s*(\d+),\s*(\d+),\s*(\d+),", stub.read_text())
    }
    return max(Version(".".join(v)) for v in found)


def generated_grpc() -> Version:
    found = {
        m.group(1)
        for stub in STUBS.rglob("*_pb2_grpc.py")
        for m in re.finditer(r"GRPC_GENERATED_VERSION = '([\d.]+)'", stub.read_text())
    }
    return max(Version(v) for v in found)


def test_declared_minimums_cover_what_the_generated_stubs_need() -> None:
    protobuf, grpc = generated_protobuf(), generated_grpc()
    checked = 0
    for member in MEMBERS:
        for requirement in requirements(member):
            low, high = bounds(requirement)
            if requirement.name == "protobuf":
                # The protobuf runtime must be at least the gencode and of its major.
                assert low is not None and low >= protobuf, (member, str(requirement))
                assert high is not None and high <= Version(f"{protobuf.major + 1}"), member
                checked += 1
            if requirement.name in GRPC_PACKAGES:
                assert low is not None and low >= grpc, (member, str(requirement))
                checked += 1
    assert checked >= 4


def test_every_dependency_has_a_lower_bound_and_uvloop_stays_off_windows() -> None:
    for member in MEMBERS:
        for requirement in requirements(member):
            if requirement.name in MEMBERS:
                continue
            assert bounds(requirement)[0] is not None, (member, str(requirement))
            if requirement.name == "uvloop":
                marker = requirement.marker
                assert marker is not None and not marker.evaluate({"sys_platform": "win32"})


def closure(member: str) -> list[str]:
    """Every non-workspace requirement of ``member`` and the workspace packages it uses."""
    found, seen, todo = [], {member}, [member]
    while todo:
        for requirement in requirements(todo.pop()):
            if requirement.name not in MEMBERS:
                found.append(str(requirement))
            elif requirement.name not in seen:
                seen.add(requirement.name)
                todo.append(requirement.name)
    return found


@pytest.fixture(scope="module")
def lowest_cli(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtual environment with the CLI at the lowest versions it declares."""
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not installed")
    folder = tmp_path_factory.mktemp("lowest")
    (folder / "requirements.in").write_text("\n".join(closure("frontline-cli")) + "\n")
    compile_lowest = ["pip", "compile", "-q", "--resolution", "lowest-direct"]
    resolved = subprocess.run(
        [uv, *compile_lowest, "--python", sys.executable, "requirements.in", "-o", "low.txt"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if resolved.returncode != 0 and "Failed to fetch" in resolved.stderr:
        pytest.skip(f"PyPI is not reachable: {resolved.stderr[-200:]}")
    assert resolved.returncode == 0, resolved.stderr
    venv = folder / "venv"
    python = str(venv / "bin" / "python")
    packages = [str(MEMBERS[m]) for m in ("frontline-api", "frontline-kernel", "frontline-cli")]
    for command in (
        [uv, "venv", "-q", "--python", sys.executable, str(venv)],
        [uv, "pip", "install", "-q", "--python", python, "-r", "low.txt"],
        [uv, "pip", "install", "-q", "--python", python, "--no-deps", *packages],
    ):
        done = subprocess.run(
            command, cwd=folder, capture_output=True, text=True, timeout=600, check=False
        )
        assert done.returncode == 0, done.stderr
    return venv / "bin"


def test_the_cli_works_at_its_declared_minimums(lowest_cli: Path, tmp_path: Path) -> None:
    def frontline(*args: str, code: int = 0) -> str:
        env = {"PATH": str(lowest_cli), "FRONTLINE_STACK_ENV": "/nonexistent", "COLUMNS": "80"}
        env |= {"FRONTLINE_KAFKA_BOOTSTRAP": "127.0.0.1:1", "HOME": str(tmp_path)}
        ran = subprocess.run(
            [str(lowest_cli / "frontline"), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert ran.returncode == code and "Traceback" not in ran.stderr, ran
        return ran.stdout + ran.stderr

    for group in ("org", "cadre", "hq", "admin", "events", "demo"):
        assert "Commands" in frontline(group, "--help")
    private_key, _ = generate_keypair(tmp_path / "keys")
    issue = ["token", "issue", "--sub", "li", "--role", "county_admin", "--scope", "440781"]
    token = frontline(*issue, "--key", str(private_key))
    assert token.count(".") == 2
    assert "cannot reach Kafka" in frontline("events", "tail", "t", code=1)
