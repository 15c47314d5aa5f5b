"""`make up`: Kafka, PostgreSQL and every service, supervised in the foreground."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from frontline.stack import service_table as table
from frontline.stack.children import ChildProcess, stop_all
from frontline.stack.credentials import Credentials, prepare_credentials
from frontline.stack.demo_seed import run_demo_seed
from frontline.stack.kafka import KafkaBroker, ensure_kafka_libs, kafka_answers
from frontline.stack.paths import kafka_libs_dir
from frontline.stack.ports import LOOPBACK, free_port, port_in_use
from frontline.stack.postgres import PostgresLauncher, create_database, server_answers
from frontline.stack.service_processes import (
    ServicePorts,
    service_environment,
    spawn_service,
    wait_service_ready,
)
from frontline.stack.service_table import ServiceSpec
from frontline.stack.stack_env import write_stack_env
from frontline.stack.waiting import wait_until


class PortBusy(RuntimeError):
    pass


@dataclass(frozen=True)
class StackOptions:
    home: Path
    services: tuple[str, ...] | None = None  # None: every service that exists
    free_ports: bool = False  # pick free ports instead of the defaults (tests, a 2nd stack)
    keep_data: bool = False
    seed: bool = True
    county_code: str = "440781"
    ready_timeout: float = 120.0


def say(message: str) -> None:
    print(f"{'stack':>15} | {message}", flush=True)


@dataclass
class Stack:
    options: StackOptions
    children: list[ChildProcess] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)

    def port(self, default: int, what: str) -> int:
        if self.options.free_ports:
            return free_port()
        if port_in_use(default):
            raise PortBusy(
                f"port {default} ({what}) is already in use by another program: "
                "stop it, or run `python -m frontline.stack up --free-ports`"
            )
        return default

    @property
    def data(self) -> Path:
        return self.options.home / "data"

    def selected_services(self) -> list[ServiceSpec]:
        wanted = self.options.services
        chosen = [s for s in table.SERVICES if wanted is None or s.name in wanted]
        for spec in chosen:
            if not spec.runnable():
                say(f"skipping {spec.name}: {spec.module}.__main__ does not exist yet")
        return [spec for spec in chosen if spec.runnable()]

    async def start_kafka(self) -> str:
        external = os.environ.get("FRONTLINE_KAFKA_BOOTSTRAP")
        if external:
            await wait_until(lambda: kafka_answers(external), timeout=60, what=external)
            say(f"using the external Kafka at {external}")
            return external
        broker = KafkaBroker(
            self.data / "kafka",
            await asyncio.to_thread(ensure_kafka_libs, kafka_libs_dir()),
            self.port(table.KAFKA_PORT, "Kafka"),
            self.port(table.KAFKA_CONTROLLER_PORT, "Kafka controller"),
        )
        started = time.monotonic()
        self.children.append(broker.start(console=True))
        await broker.wait_ready(self.options.ready_timeout)
        say(f"Kafka ready on {broker.bootstrap} in {time.monotonic() - started:.1f}s")
        return broker.bootstrap

    async def start_postgres(self) -> str:
        external = os.environ.get("FRONTLINE_DATABASE_URL")
        if external:
            await wait_until(lambda: server_answers(external), timeout=60, what="PostgreSQL")
            say("using the external PostgreSQL from FRONTLINE_DATABASE_URL")
            return external
        server = PostgresLauncher(self.data / "postgres", self.port(table.POSTGRES_PORT, "PG"))
        started = time.monotonic()
        self.children.append(server.start(console=True))
        await server.wait_ready(self.options.ready_timeout)
        say(f"PostgreSQL ready on port {server.port} in {time.monotonic() - started:.1f}s")
        return server.admin_dsn

    def service_ports(self, spec: ServiceSpec) -> ServicePorts:
        dashboard = spec.dashboard_port
        return ServicePorts(
            grpc=self.port(spec.grpc_port, f"{spec.name} gRPC"),
            http=self.port(spec.http_port, f"{spec.name} health"),
            dashboard=None if dashboard is None else self.port(dashboard, "dashboard"),
        )

    async def start_service(
        self, spec: ServiceSpec, kafka: str, server_dsn: str, credentials: Credentials
    ) -> None:
        database_url = await create_database(server_dsn, spec.database)
        ports = self.service_ports(spec)
        env = service_environment(
            spec,
            ports,
            kafka_bootstrap=kafka,
            database_url=database_url,
            credentials=credentials,
            county_code=self.options.county_code,
        )
        child = spawn_service(spec, env)
        self.children.append(child)
        seconds = await wait_service_ready(spec, child, ports, self.options.ready_timeout)
        say(f"{spec.name} ready in {seconds:.1f}s (gRPC {LOOPBACK}:{ports.grpc})")
        self.env[f"{spec.env_prefix}_DATABASE_URL"] = database_url
        self.env[f"{spec.env_prefix}_GRPC"] = f"{LOOPBACK}:{ports.grpc}"
        if ports.dashboard is not None:
            self.env["FRONTLINE_DASHBOARD_URL"] = f"http://{LOOPBACK}:{ports.dashboard}/"

    async def start(self) -> None:
        if not self.options.keep_data:
            shutil.rmtree(self.data, ignore_errors=True)
        self.data.mkdir(parents=True, exist_ok=True)
        kafka, server_dsn = await asyncio.gather(self.start_kafka(), self.start_postgres())
        credentials = prepare_credentials(self.options.home, self.options.county_code)
        self.env.update(
            FRONTLINE_KAFKA_BOOTSTRAP=kafka,
            FRONTLINE_DATABASE_URL=server_dsn,
            FRONTLINE_COUNTY_CODE=self.options.county_code,
            FRONTLINE_TOKEN_PATH=str(credentials.admin_token.resolve()),
            FRONTLINE_JWT_PUBLIC_KEY_PATH=str(credentials.public_key.resolve()),
            FRONTLINE_JWT_PRIVATE_KEY_PATH=str(credentials.private_key.resolve()),
        )
        specs = self.selected_services()
        await asyncio.gather(
            *(self.start_service(s, kafka, server_dsn, credentials) for s in specs)
        )

    def stop(self) -> None:
        # Services first, so they drain while Kafka and PostgreSQL are still up.
        infrastructure = {"kafka", "postgres"}
        stop_all([c for c in self.children if c.name not in infrastructure])
        stop_all([c for c in self.children if c.name in infrastructure])

    def first_exited(self) -> ChildProcess | None:
        return next((c for c in self.children if c.name != "seed" and not c.alive()), None)


def print_banner(env: dict[str, str], env_path: Path, home: Path) -> None:
    dashboard = env.get("FRONTLINE_DASHBOARD_URL", "not running (no headquarters service yet)")
    lines = [
        "Frontline is up. Ctrl-C stops everything.",
        f"  dashboard : {dashboard}",
        f"  Kafka     : {env['FRONTLINE_KAFKA_BOOTSTRAP']}",
        f"  admin JWT : {env['FRONTLINE_TOKEN_PATH']}",
        f"  endpoints : {env_path}",
        f"  logs      : {home / 'data' / 'kafka' / 'server.log'} (Kafka), prefixed lines below",
    ]
    for line in lines:
        say(line)


async def supervise(stack: Stack) -> int:
    """Start, announce, seed, then watch until a signal (0) or a child's death (1)."""
    env_path = stack.options.home / "stack.env"
    try:
        await stack.start()
        write_stack_env(env_path, stack.env)
        print_banner(stack.env, env_path, stack.options.home)
        if stack.options.seed:
            await run_demo_seed({**os.environ, **stack.env}, stack.children)
        while (exited := stack.first_exited()) is None:
            await asyncio.sleep(0.5)
        say(f"{exited.name} exited with code {exited.popen.returncode}: stopping the stack")
        return 1
    except asyncio.CancelledError:
        say("stopping (signal received)")
        return 0
    finally:
        env_path.unlink(missing_ok=True)
        stack.stop()
        say("stopped")


async def run_stack(options: StackOptions) -> int:
    """Run until Ctrl-C / SIGTERM; the exit status for the process."""
    task = asyncio.current_task()
    assert task is not None
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, task.cancel)
    try:
        return await supervise(Stack(options))
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)


def service_names() -> Sequence[str]:
    return [spec.name for spec in table.SERVICES]
