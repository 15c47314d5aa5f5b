"""Rotating the county's signing key while a service runs: no restart, no lock-out.

Each test drives a real runtime's gRPC server (AdminService, county_admin) and rewrites
the public key file it reads, as an operator would during a rotation (docs/runbook.md).
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import grpc
import jwt
import pytest

from frontline.api.admin.v1 import admin_pb2, admin_pb2_grpc
from frontline.kernel.runtime import ServiceRuntime
from frontline.testkit.runtime import SigningKeys, make_settings


@dataclass
class Rotation:
    """Two key pairs and the public key file the running service reads."""

    old: SigningKeys
    new: SigningKeys
    trusted: Path
    admin: admin_pb2_grpc.AdminServiceStub
    last_error: str = ""

    def trust(self, *keys: SigningKeys) -> None:
        self.trusted.write_bytes(b"".join(k.public.read_bytes() for k in keys))

    async def answer(self, token: str) -> grpc.StatusCode:
        """OK or the status code the service answers a county admin's call with."""
        try:
            await self.admin.ListCalendarYears(
                admin_pb2.ListCalendarYearsRequest(),
                metadata=[("authorization", f"Bearer {token}")],
            )
        except grpc.aio.AioRpcError as error:
            self.last_error = error.details() or ""
            return error.code()
        return grpc.StatusCode.OK


@pytest.fixture
async def rotation(
    pg,  # type: ignore[no-untyped-def]
    kafka_bootstrap: str,
    unique: str,
    tmp_path: Path,
) -> AsyncIterator[Rotation]:
    old = SigningKeys.create(tmp_path / "old")
    new = SigningKeys.create(tmp_path / "new")
    trusted = tmp_path / "trusted.pub.pem"
    trusted.write_bytes(old.public.read_bytes())
    database = await pg.create_database(f"rotation_{unique}")
    settings = make_settings(
        "rotation", database, kafka_bootstrap, f"{unique}.", SigningKeys(old.private, trusted)
    ).model_copy(update={"jwt_key_check_seconds": 0})
    runtime = ServiceRuntime(settings)
    async with (
        runtime.started(),
        grpc.aio.insecure_channel(f"127.0.0.1:{runtime.grpc_port}") as channel,
    ):
        yield Rotation(old, new, trusted, admin_pb2_grpc.AdminServiceStub(channel))


def admin_token(keys: SigningKeys, sub: str = "ops") -> str:
    return keys.token(["county_admin"], sub=sub)


def token_without_kid(keys: SigningKeys, sub: str = "ops") -> str:
    """A token as issued before kids existed."""
    claims = {
        "sub": sub,
        "roles": ["county_admin"],
        "scope": "440781",
        "iss": "frontline",
        "aud": "frontline",
        "iat": int(time.time()),  # issue_token always wrote it; it is required now
        "exp": int(time.time()) + 600,
    }
    return jwt.encode(claims, keys.private.read_bytes(), algorithm="EdDSA")


OK, UNAUTHENTICATED = grpc.StatusCode.OK, grpc.StatusCode.UNAUTHENTICATED


async def test_a_new_key_is_trusted_once_added_and_the_old_one_dies_when_removed(
    rotation: Rotation,
) -> None:
    old_token = admin_token(rotation.old)
    old_legacy = token_without_kid(rotation.old)
    assert await rotation.answer(old_token) == OK  # verified, now cached
    assert await rotation.answer(old_legacy) == OK
    assert await rotation.answer(admin_token(rotation.new)) == UNAUTHENTICATED

    rotation.trust(rotation.new, rotation.old)  # no restart
    assert await rotation.answer(admin_token(rotation.new)) == OK
    assert await rotation.answer(old_token) == OK
    assert await rotation.answer(token_without_kid(rotation.old, sub="legacy-2")) == OK

    rotation.trust(rotation.new)
    assert await rotation.answer(old_token) == UNAUTHENTICATED  # cached before, refused now
    assert "does not trust" in rotation.last_error
    assert await rotation.answer(old_legacy) == UNAUTHENTICATED
    assert await rotation.answer(admin_token(rotation.new, sub="after")) == OK


async def test_a_half_written_file_keeps_the_last_good_keys(
    rotation: Rotation, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="frontline.kernel.auth.keyring")
    half_of_new = rotation.new.public.read_bytes()[:40]
    rotation.trusted.write_bytes(rotation.old.public.read_bytes() + half_of_new)
    assert await rotation.answer(admin_token(rotation.old, sub="fresh")) == OK
    assert await rotation.answer(admin_token(rotation.new)) == UNAUTHENTICATED
    assert any("not reloaded" in r.getMessage() for r in caplog.records)

    rotation.trusted.write_bytes(b"garbage")
    assert await rotation.answer(admin_token(rotation.old, sub="fresher")) == OK

    rotation.trust(rotation.old, rotation.new)  # the operator finishes the edit
    assert await rotation.answer(admin_token(rotation.new)) == OK


async def test_a_token_naming_an_unknown_key_is_refused_with_the_reason(
    rotation: Rotation,
) -> None:
    claims = jwt.decode(admin_token(rotation.old), options={"verify_signature": False})
    forged = jwt.encode(
        claims,
        rotation.old.private.read_bytes(),
        algorithm="EdDSA",
        headers={"kid": "0123456789abcdef"},
    )
    assert await rotation.answer(forged) == UNAUTHENTICATED
    assert "does not trust" in rotation.last_error
    assert "0123456789abcdef" in rotation.last_error
