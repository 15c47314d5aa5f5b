"""Authentication, authorization and error mapping through a real gRPC server."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import asyncpg
import grpc
import jwt
import pytest
from google.protobuf import struct_pb2
from google.rpc import error_details_pb2
from grpc_status import rpc_status
from pydantic import BaseModel, Field

from frontline.kernel.auth.keys import key_id, load_private_key
from frontline.kernel.authz import Rule
from frontline.kernel.errors import NotFound, PreconditionFailed
from frontline.kernel.refusals_zh import KERNEL_ZH
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.service import DefinitionError
from frontline.kernel.wording import Wording
from frontline.testkit.runtime import SigningKeys, make_runtime

SERVICE = "frontline.test.v1.EchoService"


class EchoCommand(BaseModel):
    division_code: str = Field(pattern=r"^\d{6}(\d{3}){0,2}$")
    times: int = Field(ge=1, le=3)


async def echo(request: struct_pb2.Struct, context: Any) -> struct_pb2.Struct:
    data = dict(request.fields.items())
    fields = {k: v.string_value or v.number_value for k, v in data.items()}
    if fields.get("missing"):
        raise NotFound("org unit", str(fields["missing"]))
    if fields.get("skip"):
        raise PreconditionFailed(
            "STEP_ORDER", "decision", "{first} must precede deliberation", first="proposal"
        )
    if fields.get("crash"):
        raise RuntimeError("secret internals")
    if fields.get("deadlock"):
        raise asyncpg.DeadlockDetectedError("deadlock detected")
    if fields.get("database_away"):
        raise ConnectionRefusedError("connection refused")
    EchoCommand(
        division_code=str(fields.get("division_code", "")), times=int(fields.get("times", 0))
    )
    out = struct_pb2.Struct()
    out.update({"echo": fields.get("division_code")})
    return out


def add_echo(servicer: Any, server: grpc.aio.Server) -> None:
    handlers = {
        name: grpc.unary_unary_rpc_method_handler(
            echo, struct_pb2.Struct.FromString, struct_pb2.Struct.SerializeToString
        )
        for name in ("Echo", "Undeclared")
    }
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE, handlers),))


# What the kernel reads of a generated service descriptor (the echo service has none).
ECHO = SimpleNamespace(full_name=SERVICE, methods=[SimpleNamespace(name="Echo")])
# The echo service's own catalogue, in front of the kernel's (as Service(refusals_zh=...)).
ECHO_ZH = Wording(
    "frontline.echo",
    reasons={"STEP_ORDER": "{first}之后才能商议"},
    kinds={"org unit": "党组织"},
    terms={"proposal": "支委会提议"},
)


def division_of(request: struct_pb2.Struct) -> str | None:
    value = request.fields.get("division_code")
    return value.string_value if value else None


@pytest.fixture
async def echo_server(
    pg,
    kafka_bootstrap: str,
    unique: str,
    keys: SigningKeys,  # type: ignore[no-untyped-def]
) -> AsyncIterator[grpc.aio.Channel]:
    runtime: ServiceRuntime[Any] = make_runtime(
        "echo", await pg.create_database(f"echo_{unique}"), kafka_bootstrap, f"{unique}.", keys
    )
    runtime.wording = ECHO_ZH.over(KERNEL_ZH)
    runtime.add_grpc(
        ECHO,
        add_echo,
        None,
        {
            "Echo": Rule(frozenset({"county_admin", "township_operator"}), scope=division_of),
        },
    )
    async with runtime.started(), grpc.aio.insecure_channel(f"127.0.0.1:{runtime.grpc_port}") as ch:
        yield ch


async def test_a_method_without_a_rule_stops_the_service_at_start(
    pg,
    kafka_bootstrap: str,
    unique: str,
    keys: SigningKeys,  # type: ignore[no-untyped-def]
) -> None:
    runtime: ServiceRuntime[Any] = make_runtime(
        "echo", await pg.create_database(f"echo_{unique}"), kafka_bootstrap, f"{unique}.", keys
    )
    runtime.add_grpc(ECHO, add_echo, None, {})
    with pytest.raises(DefinitionError, match=r"methods without a rule \['Echo'\]"):
        async with runtime.started():
            pass


async def call(
    channel: grpc.aio.Channel, method: str, body: dict[str, Any], token: str | None
) -> struct_pb2.Struct:
    request = struct_pb2.Struct()
    request.update(body)
    stub = channel.unary_unary(
        f"/{SERVICE}/{method}", struct_pb2.Struct.SerializeToString, struct_pb2.Struct.FromString
    )
    metadata = [("authorization", f"Bearer {token}")] if token else []
    return await stub(request, metadata=metadata)


async def status_of(
    channel: grpc.aio.Channel, body: dict[str, Any], token: str | None, method: str = "Echo"
) -> grpc.StatusCode:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call(channel, method, body, token)
    return caught.value.code()


OK_BODY = {"division_code": "440781101", "times": 1}


async def test_a_valid_token_in_scope_is_served(
    echo_server: grpc.aio.Channel, keys: SigningKeys
) -> None:
    reply = await call(echo_server, "Echo", OK_BODY, keys.token(["township_operator"], "440781101"))
    assert reply.fields["echo"].string_value == "440781101"


async def test_bad_tokens_are_unauthenticated(
    echo_server: grpc.aio.Channel,
    keys: SigningKeys,
    tmp_path: Path,
) -> None:
    other = SigningKeys.create(tmp_path / "other")
    claims = {
        "sub": "x",
        "roles": ["county_admin"],
        "scope": "440781",
        "iss": "frontline",
        "aud": "frontline",
        "exp": int(time.time()) + 600,
    }
    unsigned = jwt.encode(claims, key=None, algorithm="none")  # type: ignore[arg-type]
    cases = {
        "missing": None,
        "expired": keys.token(["county_admin"], ttl=-10),
        "wrong audience": keys.token(["county_admin"], audience="elsewhere"),
        "wrong key": other.token(["county_admin"]),
        "alg none": unsigned,
        "garbage": "not-a-jwt",
    }
    for name, token in cases.items():
        code = await status_of(echo_server, OK_BODY, token)
        assert code == grpc.StatusCode.UNAUTHENTICATED, name


async def test_wrong_role_scope_or_undeclared_rpc_is_denied(
    echo_server: grpc.aio.Channel,
    keys: SigningKeys,
) -> None:
    assert (
        await status_of(echo_server, OK_BODY, keys.token(["hq_viewer"]))
        == grpc.StatusCode.PERMISSION_DENIED
    )
    other_township = keys.token(["township_operator"], "440781102")
    assert (
        await status_of(echo_server, OK_BODY, other_township) == grpc.StatusCode.PERMISSION_DENIED
    )
    admin = keys.token(["county_admin"])
    assert (
        await status_of(echo_server, OK_BODY, admin, "Undeclared")
        == grpc.StatusCode.PERMISSION_DENIED
    )


async def test_bad_fields_are_invalid_argument_with_field_violations(
    echo_server: grpc.aio.Channel,
    keys: SigningKeys,
) -> None:
    admin = keys.token(["county_admin"])
    for body, fields in [
        ({"division_code": "44x", "times": 1}, {"division_code"}),  # caught before the scope check
        ({"division_code": "440781", "times": 9}, {"times"}),
    ]:
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await call(echo_server, "Echo", body, admin)
        error = caught.value
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
        status = rpc_status.from_call(error)  # type: ignore[arg-type]
        assert status is not None
        bad = error_details_pb2.BadRequest()
        assert status.details[0].Unpack(bad)
        assert {v.field for v in bad.field_violations} == fields


async def test_domain_errors_map_to_their_codes_and_internal_hides_text(
    echo_server: grpc.aio.Channel,
    keys: SigningKeys,
) -> None:
    admin = keys.token(["county_admin"])
    assert (
        await status_of(echo_server, {**OK_BODY, "missing": "u-1"}, admin)
        == grpc.StatusCode.NOT_FOUND
    )
    assert (
        await status_of(echo_server, {**OK_BODY, "skip": "y"}, admin)
        == grpc.StatusCode.FAILED_PRECONDITION
    )
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call(echo_server, "Echo", {**OK_BODY, "crash": "y"}, admin)
    assert caught.value.code() == grpc.StatusCode.INTERNAL
    assert "secret" not in (caught.value.details() or "")


async def test_server_trouble_is_retryable_not_internal(
    echo_server: grpc.aio.Channel,
    keys: SigningKeys,
) -> None:
    admin = keys.token(["county_admin"])
    for body, code, delay in (
        ({**OK_BODY, "deadlock": "y"}, grpc.StatusCode.ABORTED, 0),
        ({**OK_BODY, "database_away": "y"}, grpc.StatusCode.UNAVAILABLE, 1),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await call(echo_server, "Echo", body, admin)
        assert caught.value.code() == code
        status = rpc_status.from_call(caught.value)  # type: ignore[arg-type]
        assert status is not None
        retry = error_details_pb2.RetryInfo()
        assert status.details[0].Unpack(retry)
        assert retry.retry_delay.seconds == delay


async def test_health_needs_no_token(echo_server: grpc.aio.Channel) -> None:
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    reply = await health_pb2_grpc.HealthStub(echo_server).Check(
        health_pb2.HealthCheckRequest(service=SERVICE)
    )
    assert reply.status == health_pb2.HealthCheckResponse.SERVING


def signed(keys: SigningKeys, **claims: Any) -> str:
    """A token signed with the county's key, with exactly these claims."""
    key = load_private_key(keys.private)
    return jwt.encode(claims, key, algorithm="EdDSA", headers={"kid": key_id(key.public_key())})


async def test_a_token_must_name_its_scope_and_roles_and_live_no_longer_than_allowed(
    echo_server: grpc.aio.Channel, keys: SigningKeys
) -> None:
    now = int(time.time())
    base = {"sub": "ops", "roles": ["county_admin"], "scope": "440781", "iss": "frontline",
            "aud": "frontline", "iat": now, "exp": now + 600}  # fmt: skip
    cases = {
        # Without a scope the token used to act county-wide (Principal.covers("")).
        "no scope": {k: v for k, v in base.items() if k != "scope"},
        "empty scope": {**base, "scope": ""},
        "no roles": {k: v for k, v in base.items() if k != "roles"},
        "no issue time": {k: v for k, v in base.items() if k != "iat"},
        "a hundred years": {**base, "exp": now + 100 * 365 * 86400},
        "a person for 13 hours": {**base, "exp": now + 13 * 3600},
    }
    for name, claims in cases.items():
        code = await status_of(echo_server, OK_BODY, signed(keys, **claims))
        assert code == grpc.StatusCode.UNAUTHENTICATED, name
    # A working day is allowed.
    day = signed(keys, **{**base, "exp": now + 12 * 3600})
    assert (await call(echo_server, "Echo", OK_BODY, day)).fields["echo"].string_value


def details(error: grpc.aio.AioRpcError) -> dict[str, Any]:
    """The status details by type: ErrorInfo, LocalizedMessage, BadRequest …"""
    status = rpc_status.from_call(error)  # type: ignore[arg-type]
    assert status is not None
    found: dict[str, Any] = {}
    for kind in (
        error_details_pb2.ErrorInfo,
        error_details_pb2.LocalizedMessage,
        error_details_pb2.BadRequest,
        error_details_pb2.PreconditionFailure,
    ):
        for detail in status.details:
            message = kind()
            if detail.Unpack(message):
                found[kind.__name__] = message
    return found


async def refused(
    channel: grpc.aio.Channel, body: dict[str, Any], token: str | None
) -> grpc.aio.AioRpcError:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call(channel, "Echo", body, token)
    return caught.value


async def test_every_refusal_carries_its_reason_code_and_a_chinese_message(
    echo_server: grpc.aio.Channel, keys: SigningKeys
) -> None:
    """Issue 19: beside the English status, ErrorInfo names the rule's code (with the
    values it speaks of) and LocalizedMessage says it in Chinese, from the service's
    catalogue in front of the kernel's."""
    admin = keys.token(["county_admin"])
    cases = {
        # the service's own rule, worded by its catalogue with its terms
        "rule": (
            {**OK_BODY, "skip": "y"},
            admin,
            "STEP_ORDER",
            "frontline.echo",
            "支委会提议之后才能商议",
        ),
        # the kernel's refusals, with the service's name for what was not found
        "not found": (
            {**OK_BODY, "missing": "u-1"},
            admin,
            "NOT_FOUND",
            "frontline",
            "未找到党组织：u-1",
        ),
        "scope": (
            OK_BODY,
            keys.token(["township_operator"], "440781102"),
            "OUT_OF_SCOPE",
            "frontline",
            "行政区划 440781101 不在您的权限范围（440781102）内",
        ),
        "role": (
            OK_BODY,
            keys.token(["hq_viewer"]),
            "ROLE_NOT_ALLOWED",
            "frontline",
            "当前角色（hq_viewer）无权执行此操作，需要以下角色之一：county_admin, "
            "township_operator",
        ),
        "expired": (
            OK_BODY,
            keys.token(["county_admin"], ttl=-10),
            "TOKEN_EXPIRED",
            "frontline",
            "令牌已过期，请向县里重新申请。",
        ),
        "no token": (
            OK_BODY,
            None,
            "TOKEN_MISSING",
            "frontline",
            "缺少访问令牌（Authorization: Bearer …）",
        ),
        "crash": ({**OK_BODY, "crash": "y"}, admin, "INTERNAL", "frontline", "服务内部错误"),
        "server away": (
            {**OK_BODY, "database_away": "y"},
            admin,
            "SERVER_UNAVAILABLE",
            "frontline",
            "本服务依赖的服务器暂时不可用，请稍后再试",
        ),
    }
    for name, (body, token, reason, domain, chinese) in cases.items():
        found = details(await refused(echo_server, body, token))
        assert found["ErrorInfo"].reason == reason, name
        assert found["ErrorInfo"].domain == domain, name
        assert found["LocalizedMessage"].locale == "zh-CN", name
        assert found["LocalizedMessage"].message == chinese, name
    scope = details(await refused(echo_server, OK_BODY, cases["scope"][1]))["ErrorInfo"]
    assert dict(scope.metadata) == {"division_code": "440781101", "scope": "440781102"}
    rule = details(await refused(echo_server, {**OK_BODY, "skip": "y"}, admin))
    assert rule["PreconditionFailure"].violations[0].description == (
        "proposal must precede deliberation"
    )


async def test_each_field_violation_names_its_reason_and_says_it_in_chinese(
    echo_server: grpc.aio.Channel, keys: SigningKeys
) -> None:
    admin = keys.token(["county_admin"])
    error = await refused(echo_server, {"division_code": "440781", "times": 9}, admin)
    found = details(error)
    violation = found["BadRequest"].field_violations[0]
    assert (violation.field, violation.reason) == ("times", "LESS_THAN_EQUAL")
    assert violation.localized_message.locale == "zh-CN"
    assert violation.localized_message.message == "须小于或等于 3"
    assert found["ErrorInfo"].reason == "LESS_THAN_EQUAL"
    assert found["ErrorInfo"].metadata["le"] == "3"
    assert found["LocalizedMessage"].message == "times：须小于或等于 3"
    # The English stays what it was, for clients that read it.
    assert "less than or equal to 3" in (error.details() or "")
