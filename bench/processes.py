"""Service processes for the bench: `python -m frontline.<service>` as the stack runs
them (frontline.stack.service_processes), on free ports, logs in the bench folder."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from bench.servers import Servers
from frontline.stack.children import ChildProcess, stop_all
from frontline.stack.credentials import Credentials
from frontline.stack.ports import free_port
from frontline.stack.service_processes import (
    ServicePorts,
    service_environment,
    wait_service_ready,
)
from frontline.stack.service_table import SERVICES, ServiceSpec
from frontline.testkit.runtime import SigningKeys


@dataclass(frozen=True)
class Service:
    spec: ServiceSpec
    child: ChildProcess
    ports: ServicePorts
    database_url: str

    @property
    def grpc_target(self) -> str:
        return f"127.0.0.1:{self.ports.grpc}"

    def rss_mb(self) -> float:
        """Resident set size now, from /proc (VmRSS is in kB)."""
        for line in Path(f"/proc/{self.child.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError(f"{self.spec.name} has no VmRSS (exited?)")


def spec(package: str) -> ServiceSpec:
    return next(s for s in SERVICES if s.package == package)


async def _environment(
    s: ServiceSpec, ports: ServicePorts, servers: Servers, keys: SigningKeys, prefix: str
) -> dict[str, str]:
    credentials = Credentials(keys.private, keys.public, servers.folder / "admin.token", "440781")
    env = service_environment(
        s,
        ports,
        kafka_bootstrap=servers.kafka_bootstrap,
        database_url=await servers.database(f"bench_{s.package}"),
        credentials=credentials,
        county_code="440781",
    )
    env.update(
        FRONTLINE_TOPIC_PREFIX=prefix,
        FRONTLINE_LOG_LEVEL="WARNING",
        FRONTLINE_AUDIT_LOG_PATH=str(servers.folder / f"{s.name}.audit.jsonl"),
        FRONTLINE_PERSONAL_DATA_SECRET_PATH=str(servers.folder / "cadre.secret"),
    )
    return env


def _command(s: ServiceSpec) -> list[str]:
    """`python -m <module>`; under cProfile when BENCH_PROFILE_DIR names a folder
    (the profile is written when the service stops gracefully)."""
    folder = os.environ.get("BENCH_PROFILE_DIR")
    if not folder:
        return [sys.executable, "-m", s.module]
    profile = Path(folder).resolve() / f"{s.name}.prof"
    return [sys.executable, "-m", "cProfile", "-o", str(profile), "-m", s.module]


@contextlib.asynccontextmanager
async def service_process(
    package: str, servers: Servers, keys: SigningKeys, prefix: str
) -> AsyncIterator[Service]:
    """Start one service process, wait for /health/ready, stop it on exit."""
    s = spec(package)
    ports = ServicePorts(free_port(), free_port(), free_port() if s.dashboard_port else None)
    env = await _environment(s, ports, servers, keys, prefix)
    child = ChildProcess.spawn(
        s.name, _command(s), env=env, log_path=servers.folder / f"{s.name}.log"
    )
    try:
        await wait_service_ready(s.name, child, ports, within=90)
        yield Service(s, child, ports, env["FRONTLINE_DATABASE_URL"])
    finally:
        stop_all([child])
