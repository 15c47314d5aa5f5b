"""A grpc.aio server with health, reflection, the guard interceptor and optional TLS."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from frontline.kernel.auth.tokens import TokenVerifier
from frontline.kernel.authz import Rule
from frontline.kernel.grpc.guard import GuardInterceptor
from frontline.kernel.refusals_zh import KERNEL_ZH
from frontline.kernel.wording import Wording


class GrpcServer:
    def __init__(
        self,
        verifier: TokenVerifier,
        county_code: str = "",
        wording: Wording = KERNEL_ZH,
        deadline: float = 5.0,
    ) -> None:
        self.county_code = county_code
        self.wording = wording
        self.deadline = deadline
        self.rules: dict[str, Rule] = {}
        self.health = health.aio.HealthServicer()  # type: ignore[attr-defined]
        self._services: list[tuple[Callable[[Any, Any], None], object, str]] = []
        self._verifier = verifier
        self.server: grpc.aio.Server | None = None
        self.port = 0

    def add(
        self,
        descriptor: Any,
        add_fn: Callable[[Any, Any], None],
        servicer: object,
        rules: Mapping[str, Rule],
    ) -> None:
        """Serve ``servicer``; refuses (at start, not at the first call) a service whose
        methods and authorization rules do not match one to one (DESIGN.md §6)."""
        from frontline.kernel.service import Api

        api = Api(descriptor, add_fn, lambda _: servicer, rules)
        api.check_rules()
        self._services.append((add_fn, servicer, api.name))
        for method, rule in rules.items():
            self.rules[f"/{api.name}/{method}"] = rule

    async def start(
        self,
        host: str,
        port: int,
        tls: tuple[Path, Path, Path | None] | None = None,
    ) -> int:
        server = grpc.aio.server(
            interceptors=[
                GuardInterceptor(
                    self._verifier, self.rules, self.county_code, self.wording, self.deadline
                )
            ]
        )
        health_pb2_grpc.add_HealthServicer_to_server(self.health, server)
        names = [reflection.SERVICE_NAME, health.SERVICE_NAME]
        for add_fn, servicer, name in self._services:
            add_fn(servicer, server)
            names.append(name)
        reflection.enable_server_reflection(names, server)
        address = f"{host}:{port}"
        if tls is None:
            self.port = server.add_insecure_port(address)
        else:
            cert, key, client_ca = tls
            credentials = grpc.ssl_server_credentials(
                [(key.read_bytes(), cert.read_bytes())],
                root_certificates=client_ca.read_bytes() if client_ca else None,
                require_client_auth=client_ca is not None,
            )
            self.port = server.add_secure_port(address, credentials)
        await server.start()
        self.server = server
        for _, _, name in self._services:
            await self.health.set(name, health_pb2.HealthCheckResponse.SERVING)
        await self.health.set("", health_pb2.HealthCheckResponse.SERVING)
        return self.port

    async def stop(self, grace: float = 5.0) -> None:
        """Say NOT_SERVING first so balancers drain, then let calls finish."""
        if self.server is None:
            return
        await self.health.enter_graceful_shutdown()
        await self.server.stop(grace)
        self.server = None
