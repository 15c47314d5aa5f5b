"""The gRPC servicer of ``frontline.api.discipline.v1.DisciplineService``.

Thin mappers: each RPC turns its request into checked values (frontline.kernel.convert),
calls one use case, and turns the view it returns into the reply.
"""

from __future__ import annotations

from frontline.api.discipline.v1 import discipline_pb2_grpc as pb_grpc
from frontline.discipline.api.case_rpcs import CaseRpcs
from frontline.discipline.api.clue_rpcs import ClueRpcs
from frontline.discipline.api.dispute_rpcs import DisputeRpcs
from frontline.discipline.api.ledger_rpcs import LedgerRpcs
from frontline.discipline.use_cases.ports import Ports


class DisciplineServicer(
    ClueRpcs, CaseRpcs, DisputeRpcs, LedgerRpcs, pb_grpc.DisciplineServiceServicer
):
    def __init__(self, ports: Ports) -> None:
        self.ports = ports
