"""Rows 6a–6b: the operator CLI as whole processes (issue 21).

Each run is a new process, timed from spawn to exit; the median of several runs is
kept, alternating with its baseline so both meet the same load. Byte code is cached
(PYTHONPYCACHEPREFIX in the bench folder) as on an operator's machine after the
first run, which is a warm-up and not counted.

- ``frontline --help``; baseline: ``python -c pass``, the interpreter's own start.
- ``frontline org unit list --division 440781`` against the organization service
  process (three units); baseline: a Python process making the same ListOrgUnits
  call with nothing but grpcio and the generated stubs.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import statistics
import sys
import time
import uuid
from pathlib import Path

from bench.load import quick
from bench.processes import service_process
from bench.servers import Servers
from bench.suites import failed
from bench.table import Row, not_measured, ratio
from frontline.testkit.runtime import SigningKeys

HELP_TARGET, READ_TARGET = 0.3, 0.5
BARE_CLIENT = """
import sys, grpc
from frontline.api.organization.v1 import organization_pb2 as pb, organization_pb2_grpc as rpc
stub = rpc.OrganizationServiceStub(grpc.insecure_channel(sys.argv[1]))
reply = stub.ListOrgUnits(pb.ListOrgUnitsRequest(division_code_prefix="440781", page_size=500),
                          metadata=[("authorization", "Bearer " + sys.argv[2])], timeout=30)
print(len(reply.org_units))
"""


def _frontline() -> list[str]:
    """The installed console script, as an operator runs it."""
    script = Path(sys.executable).with_name("frontline")
    return [str(script)] if script.exists() else [sys.executable, "-m", "frontline.cli"]


def _environment(folder: Path, extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env | {
        "PYTHONPYCACHEPREFIX": str(folder / "pycache"),
        "FRONTLINE_STACK_ENV": str(folder / "no-stack.env"),
        "COLUMNS": "80",
        **extra,
    }


async def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one process from spawn to exit."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    child = await asyncio.create_subprocess_exec(
        *command, env=env, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE
    )
    _, err = await child.communicate()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if child.returncode != 0:
        raise RuntimeError(f"{command[-1]} exited {child.returncode}: {err.decode()[-300:]}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu


async def _medians(
    measured: list[str], baseline: list[str], env: dict[str, str]
) -> tuple[float, float, float]:
    """(measured median, baseline median, measured CPU median), alternating runs."""
    await _run(measured, env)  # warm-up: writes the byte code
    await _run(baseline, env)
    walls: tuple[list[float], list[float]] = ([], [])
    cpus: list[float] = []
    for _ in range(5 if quick() else 9):
        wall, cpu = await _run(measured, env)
        walls[0].append(wall)
        cpus.append(cpu)
        walls[1].append((await _run(baseline, env))[0])
    return statistics.median(walls[0]), statistics.median(walls[1]), statistics.median(cpus)


def _row(path: str, measured: float, baseline: str, base: float, target: float) -> Row:
    return Row(
        path,
        f"{measured:.3f} s",
        f"{baseline} {base:.3f} s",
        ratio(measured, base),
        f"≤ {target} s",
        measured <= target,
    )


async def cli_rows(servers: Servers, keys: SigningKeys) -> list[Row]:
    help_path, read_path = "frontline --help (process)", "frontline org unit list (process)"
    python = [sys.executable, "-c", "pass"]
    try:
        env = _environment(servers.folder, {})
        help_wall, python_wall, help_cpu = await _medians([*_frontline(), "--help"], python, env)
        read_wall, bare_wall, read_cpu = await _read_command(servers, keys)
    except Exception as exc:
        reason = failed("CLI processes", exc)
        return [not_measured(p, "-", reason) for p in (help_path, read_path)]
    print(
        f"bench | CPU per CLI process: --help {help_cpu * 1000:.0f} ms, "
        f"org unit list {read_cpu * 1000:.0f} ms",
        file=sys.stderr,
    )
    return [
        _row(help_path, help_wall, "python -c pass", python_wall, HELP_TARGET),
        _row(read_path, read_wall, "bare grpcio client", bare_wall, READ_TARGET),
    ]


async def _establish_tree(env: dict[str, str]) -> None:
    """County → township → village, through the CLI (the bench process holds no gRPC)."""
    parent = ""
    tree = (("county", "440781"), ("township", "440781101"), ("village", "440781101001"))
    for level, code in tree:
        establish = ["org", "unit", "establish", "--level", level, "--division", code]
        named = [*establish, "--name", f"单位{code}", "--parent", parent, "--json"]
        child = await asyncio.create_subprocess_exec(
            *_frontline(), *named, env=env, stdout=asyncio.subprocess.PIPE
        )
        out, _ = await child.communicate()
        if child.returncode != 0:
            raise RuntimeError(f"establishing {code} exited {child.returncode}")
        parent = json.loads(out)["org_unit_id"]


async def _read_command(servers: Servers, keys: SigningKeys) -> tuple[float, float, float]:
    prefix = f"c{uuid.uuid4().hex[:6]}."
    async with service_process("organization", servers, keys, prefix) as org:
        token = keys.token(["county_admin"], scope="440781", ttl=3600)
        env = _environment(
            servers.folder,
            {"FRONTLINE_ORGANIZATION_GRPC": org.grpc_target, "FRONTLINE_TOKEN": token},
        )
        await _establish_tree(env)
        listing = [*_frontline(), "org", "unit", "list", "--division", "440781"]
        bare = [sys.executable, "-c", BARE_CLIENT, org.grpc_target, token]
        return await _medians(listing, bare, env)
