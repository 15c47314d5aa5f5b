"""How the CLI reaches a service: address from stack.env, token, request ids, errors."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import grpc
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from frontline.kernel.ids import new_id

DEFAULT_PORTS = {
    "organization": 50051,
    "cadre": 50052,
    "service-center": 50053,
    "discipline": 50054,
    "headquarters": 50055,
}

R = TypeVar("R")


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


def channel_for(service: str) -> grpc.Channel:
    """Plaintext on the loopback stack; TLS (mutual with a client cert) when configured."""
    env = stack_env()
    ca = env.get("FRONTLINE_TLS_CA_PATH")
    if not ca:
        return grpc.insecure_channel(address_of(service))
    cert, key = env.get("FRONTLINE_TLS_CLIENT_CERT_PATH"), env.get("FRONTLINE_TLS_CLIENT_KEY_PATH")
    credentials = grpc.ssl_channel_credentials(
        Path(ca).read_bytes(),
        Path(key).read_bytes() if key else None,
        Path(cert).read_bytes() if cert else None,
    )
    return grpc.secure_channel(address_of(service), credentials)


def token() -> str:
    env = stack_env()
    if env.get("FRONTLINE_TOKEN"):
        return env["FRONTLINE_TOKEN"]
    path = Path(env.get("FRONTLINE_TOKEN_PATH", ".frontline/admin.token"))
    if not path.exists():
        raise SystemExit(f"no token: set FRONTLINE_TOKEN or FRONTLINE_TOKEN_PATH ({path} missing)")
    return path.read_text().strip()


def metadata(request_id: str | None = None) -> list[tuple[str, str]]:
    return [("authorization", f"Bearer {token()}"), ("x-request-id", request_id or new_id())]


def call(method: Callable[..., R], request: Any, request_id: str | None = None) -> R:
    """Call a unary RPC; on error print the status and its field details, exit 1."""
    try:
        return method(request, metadata=metadata(request_id), timeout=30)
    except grpc.RpcError as exc:
        sys.stderr.write(describe_error(exc) + "\n")
        raise SystemExit(1) from exc


def describe_error(exc: grpc.RpcError) -> str:
    code = exc.code().name if hasattr(exc, "code") else "UNKNOWN"
    lines = [f"error: {code}: {exc.details() if hasattr(exc, 'details') else exc}"]
    status = rpc_status.from_call(exc) if hasattr(exc, "trailing_metadata") else None
    for detail in status.details if status else []:
        bad = error_details_pb2.BadRequest()
        if detail.Unpack(bad):
            lines += [f"  {v.field}: {v.description}" for v in bad.field_violations]
        pre = error_details_pb2.PreconditionFailure()
        if detail.Unpack(pre):
            lines += [f"  {v.subject}: {v.description}" for v in pre.violations]
    return "\n".join(lines)
