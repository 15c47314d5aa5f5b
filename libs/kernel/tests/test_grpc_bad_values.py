"""A bad value that gets past a service's conversion layer is still the client's
mistake: INVALID_ARGUMENT naming the request, never INTERNAL (DESIGN.md §7); and a
refusal that echoes a huge value still reaches the client with its code.

Through a real gRPC server whose handler hands the request's values on as a careless
servicer would: to PostgreSQL, to date arithmetic, to int().
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Awaitable, Callable
from types import SimpleNamespace
from typing import Any

import grpc
import pytest
from google.protobuf import struct_pb2
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from frontline.kernel.authz import Rule
from frontline.kernel.errors import InvalidArgument, NotFound
from frontline.kernel.runtime import ServiceRuntime
from frontline.testkit.runtime import SigningKeys, make_runtime

SERVICE = "frontline.test.v1.CarelessService"
METHODS = ("Store", "Later", "Count", "Times", "Find", "Check")


Handler = Callable[[struct_pb2.Struct, Any], Awaitable[struct_pb2.Struct]]


def careless(runtime: ServiceRuntime[Any]) -> dict[str, Handler]:
    """One handler per method, each misusing the request's ``value`` its own way."""

    async def store(text: str, number: float) -> None:  # a NUL into a text column
        await runtime.pool.execute("SELECT $1::text", text)

    async def later(text: str, number: float) -> None:  # the calendar's last day, plus one
        _ = dt.date.fromisoformat(text) + dt.timedelta(days=1)

    async def count(text: str, number: float) -> None:  # a number past int4 into PostgreSQL
        await runtime.pool.execute("SELECT $1::int4", int(number))

    async def times(text: str, number: float) -> None:  # PostgreSQL's own arithmetic overflows
        await runtime.pool.execute("SELECT $1::int4 * 1000", int(number))

    async def find(text: str, number: float) -> None:  # the client's value echoed back
        raise NotFound("org unit", text)

    async def check(text: str, number: float) -> None:
        raise InvalidArgument.field("name", f"{text} is not a name")

    def handler(misuse: Callable[[str, float], Awaitable[None]]) -> Handler:
        async def handle(request: struct_pb2.Struct, context: Any) -> struct_pb2.Struct:
            value = request.fields["value"]
            await misuse(value.string_value, value.number_value)
            return struct_pb2.Struct()

        return handle

    misuses = (store, later, count, times, find, check)
    return {name: handler(misuse) for name, misuse in zip(METHODS, misuses, strict=True)}


def add_careless(handlers: dict[str, Handler], server: grpc.aio.Server) -> None:
    methods = {
        name: grpc.unary_unary_rpc_method_handler(
            handle, struct_pb2.Struct.FromString, struct_pb2.Struct.SerializeToString
        )
        for name, handle in handlers.items()
    }
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE, methods),))


CARELESS = SimpleNamespace(full_name=SERVICE, methods=[SimpleNamespace(name=m) for m in METHODS])


@pytest.fixture
async def channel(
    pg: Any, kafka_bootstrap: str, unique: str, keys: SigningKeys
) -> AsyncIterator[grpc.aio.Channel]:
    database = await pg.create_database(f"careless_{unique}")
    runtime = make_runtime("careless", database, kafka_bootstrap, f"{unique}.", keys)
    rule = Rule(frozenset({"county_admin"}))
    runtime.add_grpc(CARELESS, add_careless, careless(runtime), dict.fromkeys(METHODS, rule))
    async with runtime.started(), grpc.aio.insecure_channel(f"127.0.0.1:{runtime.grpc_port}") as ch:
        yield ch


async def refused(
    channel: grpc.aio.Channel, keys: SigningKeys, method: str, value: Any
) -> tuple[grpc.StatusCode, str, list[Any]]:
    request = struct_pb2.Struct()
    request.update({"value": value})
    stub = channel.unary_unary(
        f"/{SERVICE}/{method}", struct_pb2.Struct.SerializeToString, struct_pb2.Struct.FromString
    )
    metadata = [("authorization", f"Bearer {keys.token(['county_admin'])}")]
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub(request, metadata=metadata, timeout=30)
    status = rpc_status.from_call(caught.value)  # type: ignore[arg-type]
    return caught.value.code(), caught.value.details() or "", list(status.details if status else [])


def violations(details: list[Any]) -> dict[str, str]:
    bad = error_details_pb2.BadRequest()
    assert any(d.Unpack(bad) for d in details), "no BadRequest detail"
    return {v.field: v.description for v in bad.field_violations}


@pytest.mark.parametrize(
    ("method", "value", "described"),
    [
        ("Store", "a\x00b", "character that cannot be stored"),
        ("Later", "9999-12-31", "out of range"),
        ("Count", 2.0**40, "cannot be taken"),
        ("Times", 2.0**30, "out of range"),
    ],
    ids=["NUL into PostgreSQL", "date overflow", "int4 overflow", "numeric out of range"],
)
async def test_a_bad_value_that_escapes_is_invalid_argument(
    channel: grpc.aio.Channel, keys: SigningKeys, method: str, value: Any, described: str
) -> None:
    code, _, details = await refused(channel, keys, method, value)
    assert code == grpc.StatusCode.INVALID_ARGUMENT
    assert described in violations(details)["request"]


async def test_a_refusal_echoing_a_huge_value_keeps_its_code_and_field(
    channel: grpc.aio.Channel, keys: SigningKeys
) -> None:
    huge = "字" * 20_000  # 60 kB: trailers over 16 KiB are dropped by gRPC itself
    code, message, details = await refused(channel, keys, "Find", huge)
    assert code == grpc.StatusCode.NOT_FOUND and message.startswith("org unit 字字")
    assert len(message) < 1000
    code, _, details = await refused(channel, keys, "Check", huge)
    assert code == grpc.StatusCode.INVALID_ARGUMENT
    assert list(violations(details)) == ["name"]
