"""The services `make up` runs, with their default ports (DESIGN.md §9)."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass


@dataclass(frozen=True)
class ServiceSpec:
    name: str  # FRONTLINE_SERVICE_NAME and the Kafka topic prefix
    package: str  # run as `python -m frontline.<package>`
    grpc_port: int
    http_port: int  # side port: /health/live, /health/ready, /metrics
    dashboard_port: int | None = None

    @property
    def module(self) -> str:
        return f"frontline.{self.package}"

    @property
    def env_prefix(self) -> str:
        """Prefix of this service's lines in stack.env, e.g. FRONTLINE_SERVICE_CENTER."""
        return "FRONTLINE_" + self.package.upper()

    @property
    def database(self) -> str:
        return f"frontline_{self.package}"

    def runnable(self) -> bool:
        """Services land one by one; the stack runs those that exist so far."""
        try:
            return importlib.util.find_spec(f"{self.module}.__main__") is not None
        except ModuleNotFoundError:
            return False


SERVICES: tuple[ServiceSpec, ...] = (
    ServiceSpec("organization", "organization", 50051, 9101),
    ServiceSpec("cadre", "cadre", 50052, 9102),
    ServiceSpec("service-center", "service_center", 50053, 9103),
    ServiceSpec("discipline", "discipline", 50054, 9104),
    ServiceSpec("headquarters", "headquarters", 50055, 9105, dashboard_port=8080),
)
KAFKA_PORT = 9092
KAFKA_CONTROLLER_PORT = 9093
POSTGRES_PORT = 5432
