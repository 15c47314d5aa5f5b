"""gRPC over TLS and mutual TLS when certificates are configured (DESIGN.md §6)."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from frontline.api.admin.v1 import admin_pb2, admin_pb2_grpc
from frontline.kernel.runtime import ServiceRuntime
from frontline.testkit.certs import TestAuthority
from frontline.testkit.runtime import SigningKeys, make_runtime


@pytest.fixture
async def mtls_runtime(
    pg,
    kafka_bootstrap: str,
    unique: str,
    keys: SigningKeys,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> AsyncIterator[tuple[ServiceRuntime, TestAuthority]]:
    authority = TestAuthority(tmp_path)
    server = authority.issue("server", server=True)
    runtime = make_runtime(
        "tls", await pg.create_database(f"tls_{unique}"), kafka_bootstrap, f"{unique}.", keys
    )
    runtime.settings = runtime.settings.model_copy(
        update={
            "tls_cert_path": server.cert,
            "tls_key_path": server.key,
            "tls_client_ca_path": authority.ca.cert,
        }
    )
    async with runtime.started():
        yield runtime, authority


def credentials(authority: TestAuthority, with_client_cert: bool) -> grpc.ChannelCredentials:
    root = authority.ca.cert.read_bytes()
    if not with_client_cert:
        return grpc.ssl_channel_credentials(root_certificates=root)
    client = authority.issue("operator", server=False)
    return grpc.ssl_channel_credentials(root, client.key.read_bytes(), client.cert.read_bytes())


async def test_a_client_with_a_certificate_from_the_county_ca_is_served(
    mtls_runtime: tuple[ServiceRuntime, TestAuthority],
    keys: SigningKeys,
) -> None:
    runtime, authority = mtls_runtime
    target = f"localhost:{runtime.grpc_port}"
    async with grpc.aio.secure_channel(target, credentials(authority, True)) as channel:
        health = await health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest())
        assert health.status == health_pb2.HealthCheckResponse.SERVING
        years = await admin_pb2_grpc.AdminServiceStub(channel).ListCalendarYears(
            admin_pb2.ListCalendarYearsRequest(), metadata=keys.metadata(["county_admin"])
        )
        assert list(years.years) == []


async def test_without_a_client_certificate_or_in_plaintext_the_call_fails(
    mtls_runtime: tuple[ServiceRuntime, TestAuthority],
) -> None:
    runtime, authority = mtls_runtime
    target = f"localhost:{runtime.grpc_port}"
    for channel in (
        grpc.aio.secure_channel(target, credentials(authority, False)),
        grpc.aio.insecure_channel(target),
    ):
        async with channel:
            with pytest.raises(grpc.aio.AioRpcError) as failed:
                await health_pb2_grpc.HealthStub(channel).Check(
                    health_pb2.HealthCheckRequest(), timeout=5
                )
            assert failed.value.code() == grpc.StatusCode.UNAVAILABLE


async def test_the_cli_speaks_mutual_tls_when_configured(
    mtls_runtime: tuple[ServiceRuntime, TestAuthority],
    keys: SigningKeys,
) -> None:
    runtime, authority = mtls_runtime
    client = authority.issue("cli-operator", server=False)
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
    env.update(
        FRONTLINE_STACK_ENV="/nonexistent",
        FRONTLINE_CADRE_GRPC=f"localhost:{runtime.grpc_port}",
        FRONTLINE_TOKEN=keys.token(["county_admin"]),
        FRONTLINE_TLS_CA_PATH=str(authority.ca.cert),
        FRONTLINE_TLS_CLIENT_CERT_PATH=str(client.cert),
        FRONTLINE_TLS_CLIENT_KEY_PATH=str(client.key),
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "frontline.cli",
        "admin",
        "calendar",
        "list",
        "--service",
        "cadre",
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0, err.decode()
    assert "calendar years (cadre)" in out.decode()
