"""Running one Frontline service as its own process and waiting until it is ready."""

from __future__ import annotations

import asyncio
import os
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from frontline.kernel.logs import console_line
from frontline.stack.children import ChildProcess
from frontline.stack.credentials import Credentials
from frontline.stack.ports import LOOPBACK
from frontline.stack.service_table import ServiceSpec
from frontline.stack.waiting import wait_until

# Services that seal personal data, each under its own county secret.
PERSONAL_DATA_SERVICES = frozenset({"cadre", "service-center", "discipline"})


@dataclass(frozen=True)
class ServicePorts:
    grpc: int
    http: int
    dashboard: int | None = None


def service_environment(
    spec: ServiceSpec,
    ports: ServicePorts,
    *,
    kafka_bootstrap: str,
    database_url: str,
    credentials: Credentials,
    county_code: str,
) -> dict[str, str]:
    """The FRONTLINE_* settings one service process reads (frontline.kernel.settings)."""
    env = dict(os.environ)
    env.update(
        FRONTLINE_SERVICE_NAME=spec.name,
        FRONTLINE_KAFKA_BOOTSTRAP=kafka_bootstrap,
        FRONTLINE_DATABASE_URL=database_url,
        FRONTLINE_GRPC_HOST=LOOPBACK,
        FRONTLINE_GRPC_PORT=str(ports.grpc),
        FRONTLINE_HTTP_PORT=str(ports.http),
        FRONTLINE_JWT_PUBLIC_KEY_PATH=str(credentials.public_key),
        FRONTLINE_COUNTY_CODE=county_code,
        PYTHONUNBUFFERED="1",
    )
    if ports.dashboard is not None:
        env["FRONTLINE_DASHBOARD_PORT"] = str(ports.dashboard)
    if spec.name in PERSONAL_DATA_SERVICES:
        # The county secret that protects personal data lives with the other keys (back it up).
        secret = credentials.public_key.parent / f"{spec.name}-personal-data.secret"
        env["FRONTLINE_PERSONAL_DATA_SECRET_PATH"] = str(secret)
    return env


def spawn_service(
    spec: ServiceSpec, env: dict[str, str], logs: Path, name: str | None = None
) -> ChildProcess:
    """Start the service (an instance ``name`` of it); its JSON log is kept in
    `<logs>/<name>.log` and shown on the console as short lines, without the INFO
    lines of single calls (console_line)."""
    name = name or spec.name
    logs.mkdir(parents=True, exist_ok=True)
    env = {**env, "FRONTLINE_AUDIT_LOG_PATH": str(logs / f"{name}.audit.jsonl")}
    return ChildProcess.spawn(
        name,
        [sys.executable, "-m", spec.module],
        env=env,
        copy_path=logs / f"{name}.log",
        render=console_line,
    )


def _get_status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


async def http_ok(url: str) -> bool:
    return await asyncio.to_thread(_get_status, url) == 200


async def wait_service_ready(
    name: str, child: ChildProcess, ports: ServicePorts, within: float
) -> float:
    """Wait for HTTP 200 on the instance's /health/ready; fail early if it exits."""
    return await wait_until(
        lambda: http_ok(f"http://{LOOPBACK}:{ports.http}/health/ready"),
        within=within,
        what=f"service {name}",
        interval=0.3,
        alive=child.alive,
        explain=lambda: f" (its output is above, and in {name}.log)",
    )
