"""`make up`: Kafka, PostgreSQL and every service, supervised in the foreground."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import time
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from frontline.stack import service_table as table
from frontline.stack.banner import grpc_target, print_banner, sign_in_url
from frontline.stack.children import ChildProcess, say, stop_all
from frontline.stack.credentials import (
    REFRESH_SECONDS,
    Credentials,
    prepare_credentials,
    refresh_tokens,
)
from frontline.stack.demo_seed import run_demo_seed
from frontline.stack.instances import PORT_STEP, Instance, replica_name, restart_crashed
from frontline.stack.kafka import KafkaBroker, ensure_kafka_libs, kafka_answers
from frontline.stack.kafka_principals import ADMIN, OPERATOR, PRINCIPALS, county_acls, create_acls
from frontline.stack.kafka_secrets import KafkaSecrets, prepare_kafka_secrets
from frontline.stack.paths import kafka_libs_dir
from frontline.stack.ports import LOOPBACK, free_port, port_in_use
from frontline.stack.postgres import PostgresLauncher, create_database, server_answers
from frontline.stack.service_processes import (
    ServicePorts,
    service_environment,
    wait_service_ready,
)
from frontline.stack.service_table import ServiceSpec
from frontline.stack.stack_env import write_stack_env
from frontline.stack.waiting import wait_until

T = TypeVar("T")
# Without these nothing works: their end is the stack's end.
INFRASTRUCTURE = frozenset({"kafka", "postgres"})


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
    ready_seconds: float = 120.0
    # Instances per service beyond one (`--replicas organization=2`).
    replicas: dict[str, int] = field(default_factory=dict)


async def run_together(*steps: Awaitable[T]) -> list[T]:
    """Like gather, but a failure (or our cancellation) cancels the other steps,
    so nothing starts after the stack decided to stop."""
    tasks = [asyncio.ensure_future(step) for step in steps]
    try:
        return await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


@dataclass
class Stack:
    options: StackOptions
    children: list[ChildProcess] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    ports: dict[str, int] = field(default_factory=dict)
    broker: KafkaBroker | None = None
    # Our own broker's TLS material and passwords; None with an external Kafka.
    kafka_secrets: KafkaSecrets | None = None
    credentials: Credentials | None = None
    instances: list[Instance] = field(default_factory=list)

    def replicas(self, spec: ServiceSpec) -> range:
        return range(1, self.options.replicas.get(spec.name, 1) + 1)

    def plan_ports(self, specs: Sequence[ServiceSpec]) -> None:
        """Choose every port before starting anything: a busy one fails the start cleanly."""
        wanted: dict[str, int] = {}
        if not os.environ.get("FRONTLINE_KAFKA_BOOTSTRAP"):
            wanted |= {"kafka": table.KAFKA_PORT, "kafka-controller": table.KAFKA_CONTROLLER_PORT}
        if not os.environ.get("FRONTLINE_DATABASE_URL"):
            wanted["postgres"] = table.POSTGRES_PORT
        for spec in specs:
            for replica in self.replicas(spec):
                name, step = replica_name(spec, replica), PORT_STEP * (replica - 1)
                wanted[f"{name}-grpc"] = spec.grpc_port + step
                wanted[f"{name}-http"] = spec.http_port + step
                if spec.dashboard_port is not None:
                    wanted[f"{name}-dashboard"] = spec.dashboard_port + step
        self.ports = {what: self.port(default, what) for what, default in wanted.items()}

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
            what = f"the Kafka at FRONTLINE_KAFKA_BOOTSTRAP={external}"
            await wait_until(lambda: kafka_answers(external), within=30, what=what)
            say(f"using the external Kafka at {external}")
            return external
        # Passwords live with the county's keys: a kept broker still knows them.
        self.kafka_secrets = prepare_kafka_secrets(self.options.home / "keys" / "kafka", PRINCIPALS)
        broker = KafkaBroker(
            self.data / "kafka",
            await asyncio.to_thread(ensure_kafka_libs, kafka_libs_dir()),
            self.ports["kafka"],
            self.ports["kafka-controller"],
            secrets=self.kafka_secrets,
        )
        started = time.monotonic()
        self.broker = broker
        self.children.append(broker.start(console=True))
        await broker.wait_ready(self.options.ready_seconds)
        await create_acls(broker.client(ADMIN), county_acls())
        say(f"Kafka ready on {broker.bootstrap} (SASL_SSL) in {time.monotonic() - started:.1f}s")
        return broker.bootstrap

    def kafka_env(self, principal: str) -> dict[str, str]:
        """How ``principal`` signs in to our broker (nothing to add for an external one)."""
        return {} if self.kafka_secrets is None else self.kafka_secrets.client_env(principal)

    async def start_postgres(self) -> str:
        external = os.environ.get("FRONTLINE_DATABASE_URL")
        if external:
            what = "the PostgreSQL at FRONTLINE_DATABASE_URL"
            await wait_until(lambda: server_answers(external), within=30, what=what)
            say("using the external PostgreSQL from FRONTLINE_DATABASE_URL")
            return external
        server = PostgresLauncher(self.data / "postgres", self.ports["postgres"])
        started = time.monotonic()
        self.children.append(server.start(console=True))
        await server.wait_ready(self.options.ready_seconds)
        say(f"PostgreSQL ready on port {server.port} in {time.monotonic() - started:.1f}s")
        return server.admin_dsn

    def service_ports(self, spec: ServiceSpec, replica: int = 1) -> ServicePorts:
        name = replica_name(spec, replica)
        return ServicePorts(
            grpc=self.ports[f"{name}-grpc"],
            http=self.ports[f"{name}-http"],
            dashboard=self.ports.get(f"{name}-dashboard"),
        )

    def grpc_target_of(self, name: str) -> str | None:
        """The address that reaches every instance of service ``name``; None when the
        stack does not run it."""
        spec = next((s for s in table.SERVICES if s.name == name), None)
        if spec is None or f"{name}-grpc" not in self.ports:
            return None
        return grpc_target([self.service_ports(spec, r).grpc for r in self.replicas(spec)])

    async def start_service(
        self, spec: ServiceSpec, kafka: str, server_dsn: str, credentials: Credentials
    ) -> None:
        """Every instance of the service, one after the other (the first migrates)."""
        database_url = await create_database(server_dsn, spec.database)
        for replica in self.replicas(spec):
            ports = self.service_ports(spec, replica)
            env = service_environment(
                spec,
                ports,
                kafka_bootstrap=kafka,
                database_url=database_url,
                credentials=credentials,
                county_code=self.options.county_code,
            )
            env.update(self.kafka_env(spec.name))
            organization = self.grpc_target_of("organization")
            if organization is not None:
                # The dashboard forwards an operator's supervision-order actions there,
                # with the operator's own token (headquarters' dashboard_orders.py).
                env["FRONTLINE_ORGANIZATION_GRPC"] = organization
            instance = Instance(spec, replica, ports, env, self.options.home / "logs")
            self.instances.append(instance)
            child = instance.spawn()
            seconds = await wait_service_ready(
                instance.name, child, ports, self.options.ready_seconds
            )
            say(f"{instance.name} ready in {seconds:.1f}s (gRPC {LOOPBACK}:{ports.grpc})")
        self.env[f"{spec.env_prefix}_DATABASE_URL"] = database_url
        self.env[f"{spec.env_prefix}_GRPC"] = grpc_target(
            [self.service_ports(spec, r).grpc for r in self.replicas(spec)]
        )
        dashboard = self.service_ports(spec).dashboard
        if dashboard is not None:
            self.env["FRONTLINE_DASHBOARD_URL"] = f"http://{LOOPBACK}:{dashboard}/"
            link = await asyncio.to_thread(sign_in_url, self.env, credentials)
            self.env["FRONTLINE_DASHBOARD_SIGN_IN_URL"] = link

    async def start(self) -> None:
        specs = self.selected_services()
        self.plan_ports(specs)
        # Logs of this run only; they stay after it stops, for a post-mortem.
        shutil.rmtree(self.options.home / "logs", ignore_errors=True)
        if not self.options.keep_data:
            shutil.rmtree(self.data, ignore_errors=True)
        self.data.mkdir(parents=True, exist_ok=True)
        kafka, server_dsn = await run_together(self.start_kafka(), self.start_postgres())
        credentials = prepare_credentials(self.options.home, self.options.county_code)
        self.credentials = credentials
        self.env.update(
            FRONTLINE_KAFKA_BOOTSTRAP=kafka,
            FRONTLINE_DATABASE_URL=server_dsn,
            FRONTLINE_COUNTY_CODE=self.options.county_code,
            FRONTLINE_TOKEN_PATH=str(credentials.admin_token.resolve()),
            FRONTLINE_JWT_PUBLIC_KEY_PATH=str(credentials.public_key.resolve()),
            FRONTLINE_JWT_PRIVATE_KEY_PATH=str(credentials.private_key.resolve()),
            # The CLI (`events tail`, `admin dlq`) signs in to Kafka as the operator.
            **self.kafka_env(OPERATOR),
        )
        await run_together(*(self.start_service(s, kafka, server_dsn, credentials) for s in specs))

    async def refresh_credentials(self, env_path: Path) -> None:
        """Fresh admin token and sign-in link (both short-lived), in stack.env too."""
        if self.credentials is None:
            return
        self.credentials = refresh_tokens(self.credentials)
        if "FRONTLINE_DASHBOARD_SIGN_IN_URL" in self.env:
            try:
                link = await asyncio.to_thread(sign_in_url, self.env, self.credentials)
            except OSError as exc:  # headquarters busy or restarting: the next round tries
                say(f"could not make a fresh sign-in link: {exc}")
            else:
                self.env["FRONTLINE_DASHBOARD_SIGN_IN_URL"] = link
        write_stack_env(env_path, self.env)

    def stop(self) -> None:
        # Services first, so they drain while Kafka and PostgreSQL are still up.
        stop_all([i.child for i in self.instances if i.child is not None])
        stop_all([c for c in self.children if c.name not in INFRASTRUCTURE])
        stop_all([c for c in self.children if c.name in INFRASTRUCTURE])
        if self.broker is not None:
            self.broker.after_exit()

    def infrastructure_down(self) -> ChildProcess | None:
        """Kafka or PostgreSQL, if one of them exited: without them nothing works."""
        return next((c for c in self.children if c.name in INFRASTRUCTURE and not c.alive()), None)

    def restart_crashed(self) -> None:
        restart_crashed(self.instances)


async def supervise(stack: Stack) -> int:
    """Start, announce, seed, then watch until a signal (0) or a child's death (1)."""
    env_path = stack.options.home / "stack.env"
    try:
        await stack.start()
        write_stack_env(env_path, stack.env)
        print_banner(stack.env, env_path, stack.options.home)
        if stack.options.seed:
            seed_env = {**os.environ, **stack.env, "FRONTLINE_STACK_ENV": str(env_path)}
            await run_demo_seed(seed_env, stack.children)
        refresh_at = time.monotonic() + REFRESH_SECONDS
        while (down := stack.infrastructure_down()) is None:
            await asyncio.sleep(0.5)
            stack.restart_crashed()
            if time.monotonic() >= refresh_at:
                await stack.refresh_credentials(env_path)
                refresh_at += REFRESH_SECONDS
        say(f"{down.name} exited with code {down.popen.returncode}: stopping the stack")
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
