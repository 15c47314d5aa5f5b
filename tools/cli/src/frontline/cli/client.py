"""How the CLI calls a service: channel, token and request id, errors as readable lines."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import grpc

from frontline.cli.language import chinese, say
from frontline.cli.stack_env import address_of, stack_env, token
from frontline.kernel.ids import new_id

R = TypeVar("R")


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
    """The status and its field details, as the service said them: its Chinese
    (``LocalizedMessage``) when the operator reads Chinese, else its English."""
    # Imported here: only a failed call needs the status details' messages.
    from grpc_status import rpc_status

    code = exc.code().name if hasattr(exc, "code") else "UNKNOWN"
    status = rpc_status.from_call(exc) if isinstance(exc, grpc.Call) else None
    details: list[Any] = list(status.details) if status else []
    message = exc.details() if hasattr(exc, "details") else str(exc)
    lines = _chinese_lines(code, details) if chinese() else None
    if lines is None:
        lines = [f"error: {code}: {message}", *_english_details(details)]
    if code == "UNAVAILABLE":
        where = say(
            "is the service running? Its address comes from .frontline/stack.env (make up) or "
            "FRONTLINE_<SERVICE>_GRPC"
        )
        lines.insert(1, f"  {where}")
    return "\n".join(lines)


def _english_details(details: list[Any]) -> list[str]:
    from google.rpc import error_details_pb2

    lines = []
    for detail in details:
        bad = error_details_pb2.BadRequest()
        if detail.Unpack(bad):
            lines += [f"  {v.field}: {v.description}" for v in bad.field_violations]
        pre = error_details_pb2.PreconditionFailure()
        if detail.Unpack(pre):
            lines += [f"  {v.subject}: {v.description}" for v in pre.violations]
    return lines


def _chinese_lines(code: str, details: list[Any]) -> list[str] | None:
    """None when the service sent no Chinese (an older service, or a proxy's error)."""
    from google.rpc import error_details_pb2

    localized, info = error_details_pb2.LocalizedMessage(), error_details_pb2.ErrorInfo()
    said = next((localized for d in details if d.Unpack(localized)), None)
    if said is None or not said.locale.startswith("zh"):
        return None
    lines = [say("error: {code}: {message}", code=code, message=said.message)]
    for detail in details:
        bad = error_details_pb2.BadRequest()
        if detail.Unpack(bad) and len(bad.field_violations) > 1:
            lines += [
                f"  {v.field}：{v.localized_message.message or v.description}"
                for v in bad.field_violations
            ]
        if detail.Unpack(info) and info.reason:
            lines.append(say("  reason code: {reason}", reason=info.reason))
    return lines
