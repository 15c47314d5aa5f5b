"""`python -m frontline.organization` starts, answers RPCs, audits each one (denied ones
included) and stops cleanly on SIGTERM."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import grpc
import pytest

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.api.organization.v1 import organization_pb2_grpc as pb_grpc
from frontline.testkit.process import free_port, service_process, stop_gracefully
from frontline.testkit.runtime import SigningKeys

SERVICE = "/frontline.api.organization.v1.OrganizationService/"
NAME, REFUSED_NAME = "开平县委员会", "未获准设立的党委"


def bearer(token: str) -> list[tuple[str, str]]:
    return [("authorization", f"Bearer {token}")]


async def calls(stub: pb_grpc.OrganizationServiceStub, admin: str, viewer: str) -> None:
    """A county admin establishes the county and reads it back; a viewer is refused."""
    establish = pb.EstablishOrgUnitRequest(
        level=pb.ORG_LEVEL_COUNTY, division_code="440781", name=NAME
    )
    made = await stub.EstablishOrgUnit(establish, metadata=bearer(admin))
    shown = await stub.GetOrgUnit(
        pb.GetOrgUnitRequest(org_unit_id=made.org_unit.org_unit_id), metadata=bearer(admin)
    )
    assert (shown.org_unit.name, shown.org_unit.division_code) == (NAME, "440781")
    refused = pb.EstablishOrgUnitRequest(
        level=pb.ORG_LEVEL_COUNTY, division_code="440782", name=REFUSED_NAME
    )
    with pytest.raises(grpc.aio.AioRpcError) as denied:
        await stub.EstablishOrgUnit(refused, metadata=bearer(viewer))
    assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED
    with pytest.raises(grpc.aio.AioRpcError) as anonymous:
        await stub.GetOrgUnit(pb.GetOrgUnitRequest(org_unit_id=made.org_unit.org_unit_id))
    assert anonymous.value.code() == grpc.StatusCode.UNAUTHENTICATED


async def test_the_service_process_serves_audits_every_rpc_and_stops_on_sigterm(
    pg: Any, kafka_bootstrap: str, org_keys: SigningKeys, unique: str, tmp_path: Path
) -> None:
    grpc_port, audit = free_port(), tmp_path / "logs" / "organization.audit.jsonl"
    env = {
        "FRONTLINE_SERVICE_NAME": "organization",
        "FRONTLINE_DATABASE_URL": await pg.create_database(f"orgproc_{unique}"),
        "FRONTLINE_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "FRONTLINE_TOPIC_PREFIX": f"{unique}.",
        "FRONTLINE_JWT_PUBLIC_KEY_PATH": str(org_keys.public),
        "FRONTLINE_GRPC_PORT": str(grpc_port),
        "FRONTLINE_AUDIT_LOG_PATH": str(audit),
    }
    admin = org_keys.token(["county_admin"], sub="li.admin")
    viewer = org_keys.token(["hq_viewer"], sub="zhao.viewer")
    async with service_process("frontline.organization", env) as process:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{grpc_port}") as channel:
            await calls(pb_grpc.OrganizationServiceStub(channel), admin, viewer)  # type: ignore[no-untyped-call]
        assert await stop_gracefully(process) == 0

    # One line per RPC, denied ones included: who asked, what, and how it ended.
    lines = [json.loads(line) for line in audit.read_text().splitlines()]
    assert [(e["principal"], e["method"], e["outcome"]) for e in lines] == [
        ("li.admin", f"{SERVICE}EstablishOrgUnit", "OK"),
        ("li.admin", f"{SERVICE}GetOrgUnit", "OK"),
        ("zhao.viewer", f"{SERVICE}EstablishOrgUnit", "PERMISSION_DENIED"),
        ("-", f"{SERVICE}GetOrgUnit", "UNAUTHENTICATED"),
    ]
    assert {e["service"] for e in lines} == {"organization"}
    # Neither a request's content nor a caller's token is written down.
    written = audit.read_text()
    for kept_out in (NAME, REFUSED_NAME, admin, viewer, admin.split(".")[2]):
        assert kept_out not in written
