"""`frontline` starts without what its command does not use (issue 21).

Checked on what is imported, not on time (time belongs to `make bench`): importing the
entry module and `frontline --help` load no gRPC, Kafka or database client; each
group's help and each gRPC command load no Kafka client, database driver, kernel
subscriber or service package; every group's help still lists all its commands.
"""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
from typing import Any

import pytest
import typer
from typer.core import TyperGroup

from frontline.cli.registry import GROUPS

from .conftest import UNREACHABLE, environment

pytestmark = pytest.mark.unit

# Imported by a command that needs them only; typer.rich_utils is rich's help renderer.
NEVER_FOR_GRPC = (
    "aiokafka",
    "asyncpg",
    "faststream",
    "frontline.kernel.subscriber",
    "frontline.organization",
    "frontline.cadre",
    "frontline.headquarters",
    "typer.rich_utils",
)
NEVER_FOR_ROOT_HELP = (*NEVER_FOR_GRPC, "grpc", "google.protobuf", "rich")

# Runs each argv through main() in one process; prints help text and modules after each.
PROBE = """
import contextlib, io, json, sys
argvs = json.loads(sys.argv[1])
import frontline.cli.main
results = [{"argv": None, "out": "", "code": None, "modules": sorted(sys.modules)}]
for argv in argvs:
    sys.argv = ["frontline", *argv]
    out, code = io.StringIO(), 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        try:
            frontline.cli.main.main()
        except SystemExit as exc:
            code = exc.code
    results.append({"argv": argv, "out": out.getvalue(), "code": code,
                    "modules": sorted(sys.modules)})
print(json.dumps(results))
"""


def probe(argvs: list[list[str]], env: dict[str, str] | None = None) -> list[dict[str, Any]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(argvs)],
        env=environment(env or {}),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    results: list[dict[str, Any]] = json.loads(done.stdout)
    return results


def loaded(modules: list[str], packages: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == p or m.startswith(p + ".") for p in packages)]


def nested_groups(path: list[str], group: TyperGroup) -> list[tuple[list[str], TyperGroup]]:
    found = [(path, group)]
    for name, command in group.commands.items():
        if isinstance(command, TyperGroup):
            found += nested_groups([*path, name], command)
    return found


def test_importing_the_cli_and_its_help_load_no_client_libraries() -> None:
    imported, helped = probe([["--help"]])
    assert loaded(imported["modules"], NEVER_FOR_ROOT_HELP) == []
    assert loaded(helped["modules"], NEVER_FOR_ROOT_HELP) == []
    for name, group in GROUPS.items():
        assert re.search(rf"^\s+{name}\s+{re.escape(group.help)}", helped["out"], re.M)


def test_the_help_in_chinese_loads_no_client_libraries_either() -> None:
    """In Chinese, `frontline --help` reads the shared catalogue and nothing more."""
    _, helped = probe([["--help"]], {"LANG": "zh_CN.UTF-8"})
    assert loaded(helped["modules"], NEVER_FOR_ROOT_HELP) == []
    assert [m for m in helped["modules"] if m.endswith("_zh")] == ["frontline.cli.common_zh"]
    assert "组织：党组织、四议两公开、会议、责任清单、督办单" in helped["out"]
    assert "Organization:" not in helped["out"]


@pytest.mark.parametrize("name", list(GROUPS))
def test_each_group_help_is_complete_and_loads_no_kafka_or_database_client(name: str) -> None:
    app: typer.Typer = importlib.import_module(GROUPS[name].module).app
    groups = nested_groups([name], typer.main.get_group(app))
    results = probe([[*path, "--help"] for path, _ in groups])[1:]
    for (path, group), result in zip(groups, results, strict=True):
        assert result["code"] == 0, path
        for command in group.commands:
            assert re.search(rf"^\s+{command}\b", result["out"], re.M), (path, command)
        assert loaded(result["modules"], NEVER_FOR_GRPC) == [], path


def test_grpc_commands_load_no_kafka_or_database_client() -> None:
    services = ("ORGANIZATION", "CADRE", "HEADQUARTERS")
    env = {f"FRONTLINE_{s}_GRPC": UNREACHABLE for s in services} | {"FRONTLINE_TOKEN": "t"}
    commands = [
        ["org", "unit", "list"],
        ["cadre", "list"],
        ["hq", "overview"],
        ["admin", "calendar", "list", "--service", "organization"],
    ]
    for result in probe(commands, env)[1:]:
        assert result["code"] == 1, result["argv"]  # UNAVAILABLE: the call was made
        assert loaded(result["modules"], NEVER_FOR_GRPC) == [], result["argv"]
