"""How the CLI calls a service: channel, token and request id, errors as readable lines."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import grpc

from frontline.cli.stack_env import address_of, stack_env, token
from frontline.kernel.ids import new_id

R = TypeVar("R")
UNREACHABLE = (
    "is the service running? Its address comes from .frontline/stack.env (make up) or "
    "FRONTLINE_<SERVICE>_GRPC"
)


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
    # Imported here: only a failed call needs the status details' messages.
    from google.rpc import error_details_pb2
    from grpc_status import rpc_status

    code = exc.code().name if hasattr(exc, "code") else "UNKNOWN"
    lines = [f"error: {code}: {exc.details() if hasattr(exc, 'details') else exc}"]
    if code == "UNAVAILABLE":
        lines.append(f"  {UNREACHABLE}")
    status = rpc_status.from_call(exc) if isinstance(exc, grpc.Call) else None
    details: list[Any] = list(status.details) if status else []
    for detail in details:
        bad = error_details_pb2.BadRequest()
        if detail.Unpack(bad):
            lines += [f"  {v.field}: {v.description}" for v in bad.field_violations]
        pre = error_details_pb2.PreconditionFailure()
        if detail.Unpack(pre):
            lines += [f"  {v.subject}: {v.description}" for v in pre.violations]
    return "\n".join(lines)
