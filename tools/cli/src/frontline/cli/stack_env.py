"""Where the CLI finds the stack: addresses and the token, from stack.env or FRONTLINE_*."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from frontline.cli.failures import Failure
from frontline.cli.language import say

if TYPE_CHECKING:
    from frontline.kernel.kafka_client import KafkaClientSettings

DEFAULT_PORTS = {
    "organization": 50051,
    "cadre": 50052,
    "service-center": 50053,
    "discipline": 50054,
    "headquarters": 50055,
}


def stack_env(path: Path | None = None) -> dict[str, str]:
    """Values written by `make up` in .frontline/stack.env, overridden by the environment."""
    found = path or Path(os.environ.get("FRONTLINE_STACK_ENV", ".frontline/stack.env"))
    values: dict[str, str] = {}
    if found.exists():
        for line in found.read_text().splitlines():
            if "=" in line and not line.lstrip().startswith("#"):
                key, _, value = line.partition("=")
                values[key.strip()] = value.strip().strip('"')
    values.update({k: v for k, v in os.environ.items() if k.startswith("FRONTLINE_")})
    return values


def address_of(service: str) -> str:
    key = "FRONTLINE_" + service.upper().replace("-", "_") + "_GRPC"
    return stack_env().get(key, f"127.0.0.1:{DEFAULT_PORTS[service]}")


def kafka_client() -> KafkaClientSettings:
    """The broker's address and the operator's credentials (FRONTLINE_KAFKA_*)."""
    from frontline.kernel.kafka_client import client_settings_from  # only for Kafka commands

    return client_settings_from(stack_env())


def token() -> str:
    env = stack_env()
    if env.get("FRONTLINE_TOKEN"):
        return env["FRONTLINE_TOKEN"]
    path = Path(env.get("FRONTLINE_TOKEN_PATH", ".frontline/admin.token"))
    if not path.exists():
        raise Failure(
            say("no token: set FRONTLINE_TOKEN or FRONTLINE_TOKEN_PATH ({path} missing)", path=path)
        )
    return path.read_text().strip()
