"""`python -m frontline.cadre` starts, answers RPCs, and stops cleanly on SIGTERM."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import grpc

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.api.cadre.v1.cadre_pb2_grpc import CadreServiceStub
from frontline.testkit.process import free_port, service_process, stop_gracefully
from frontline.testkit.runtime import SigningKeys

from .conftest import TOWNSHIP, registration


async def test_the_service_process_serves_until_sigterm(
    pg: Any, kafka_bootstrap: str, cadre_keys: SigningKeys, unique: str, tmp_path: Path
) -> None:
    secret, grpc_port = tmp_path / "keys" / "cadre.secret", free_port()
    env = {
        "FRONTLINE_DATABASE_URL": await pg.create_database(f"cadreproc_{unique}"),
        "FRONTLINE_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "FRONTLINE_TOPIC_PREFIX": f"{unique}.",
        "FRONTLINE_JWT_PUBLIC_KEY_PATH": str(cadre_keys.public),
        "FRONTLINE_PERSONAL_DATA_SECRET_PATH": str(secret),
        "FRONTLINE_GRPC_PORT": str(grpc_port),
    }
    manager = cadre_keys.metadata(["cadre_manager"])
    async with service_process("frontline.cadre", env) as process:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{grpc_port}") as channel:
            stub = CadreServiceStub(channel)  # type: ignore[no-untyped-call]
            request = registration(f"{TOWNSHIP}201")
            registered = await stub.RegisterCadre(request, metadata=manager)
            shown = await stub.GetCadre(
                pb.GetCadreRequest(cadre_id=registered.cadre_id), metadata=manager
            )
        # Stored and read back through the sealed personal data.
        assert (shown.cadre.personal.name, shown.cadre.division_code) == (
            request.name,
            f"{TOWNSHIP}201",
        )
        # The county secret was created for the operator, readable by this user only.
        assert secret.stat().st_mode & 0o777 == 0o600
        assert await stop_gracefully(process) == 0
