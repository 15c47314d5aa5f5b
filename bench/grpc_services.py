"""The first command of cadre and discipline through gRPC, for their rows beside RecordMeeting.

RegisterCadre: a new cadre each call, name, phone and resident ID number sealed under
a new personal key (the vault's insert), the ID number's keyed hash checked for
uniqueness. RegisterDispute: a new village dispute each call (矛盾纠纷登记). Both with a
bearer token and a request id, as any client sends them.
"""

from __future__ import annotations

import datetime as dt

import grpc

from bench.cpu import CpuMeter
from bench.grpc_commands import CountyAdmin
from bench.load import closed_loop, seconds
from frontline.api.cadre.v1 import cadre_pb2 as cadre_pb
from frontline.api.cadre.v1 import cadre_pb2_grpc as cadre_grpc
from frontline.api.discipline.v1 import discipline_pb2 as discipline_pb
from frontline.api.discipline.v1 import discipline_pb2_grpc as discipline_grpc
from frontline.testkit.runtime import SigningKeys

CLIENTS = 16
TOWNSHIP, VILLAGE = "440781101", "440781101001"
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def born(n: int) -> dt.date:
    """The n-th person's birth date: 1,000 people per day from 1970 on."""
    return dt.date(1970, 1, 1) + dt.timedelta(days=n // 1000)


def resident_id(n: int) -> str:
    """The n-th person's resident ID number, unique and well formed (GB 11643: region,
    birth date, sequence, check character)."""
    body = f"440781{born(n):%Y%m%d}{n % 1000:03d}"
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, _WEIGHTS, strict=True)) % 11]
    return body + check


async def register_cadre_rate(
    channel: grpc.aio.Channel, keys: SigningKeys, meter: CpuMeter
) -> float:
    stub = cadre_grpc.CadreServiceStub(channel)  # type: ignore[no-untyped-call]
    admin = CountyAdmin(keys)

    async def command(c: int, n: int) -> None:
        unique = c * 40_000 + n  # distinct across clients for a run well under 40,000 calls
        request = cadre_pb.RegisterCadreRequest(
            name=f"张秀英{unique}号",
            gender=cadre_pb.GENDER_FEMALE,
            birth_date=born(unique).isoformat(),
            education_level=cadre_pb.EDUCATION_LEVEL_SENIOR_SECONDARY,
            party_member=True,
            phone=f"139{unique:08d}",
            id_number=resident_id(unique),
            division_code=VILLAGE,
            registered_on="2026-01-05",
        )
        await stub.RegisterCadre(request, metadata=admin.metadata())

    return await closed_loop(CLIENTS, seconds(8), command, meter=meter)


async def register_dispute_rate(
    channel: grpc.aio.Channel, keys: SigningKeys, meter: CpuMeter
) -> float:
    stub = discipline_grpc.DisciplineServiceStub(channel)  # type: ignore[no-untyped-call]
    admin = CountyAdmin(keys)

    async def command(c: int, n: int) -> None:
        request = discipline_pb.RegisterDisputeRequest(
            division_code=VILLAGE,
            dispute_type=discipline_pb.DISPUTE_TYPE_LAND_COMPENSATION_ARREARS,
            risk_level=discipline_pb.RISK_LEVEL_LOW,
            amount_yuan=12_000,
            parties=2,
            summary=f"征地补偿款拖欠 {c}-{n}",
            registered_on="2026-01-05",
        )
        await stub.RegisterDispute(request, metadata=admin.metadata())

    return await closed_loop(CLIENTS, seconds(8), command, meter=meter)
