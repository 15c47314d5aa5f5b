"""The discipline service, declared (the "rule of law" pillar, 法治, DOMAIN.md)."""

from __future__ import annotations

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.api.discipline.v1 import discipline_pb2_grpc as pb_grpc
from frontline.contracts.cadre import TOPIC as CADRE_TOPIC
from frontline.contracts.organization import TOPIC as ORGANIZATION_TOPIC
from frontline.contracts.service_center import TOPIC as SERVICE_CENTER_TOPIC
from frontline.discipline import deadlines, publish, reactions, read_model
from frontline.discipline import read_model_registers as registers
from frontline.discipline.api.rules import RULES
from frontline.discipline.api.servicer import DisciplineServicer
from frontline.discipline.domain.clue import clue_decider
from frontline.discipline.domain.dispute import dispute_decider
from frontline.discipline.domain.integrity import integrity_decider
from frontline.discipline.domain.ledger import ledger_decider
from frontline.discipline.domain.refusals_zh import REFUSALS_ZH
from frontline.discipline.domain.sweep import sweep_decider
from frontline.discipline.runtime_ports import Runtime, ports
from frontline.discipline.settings import DisciplineSettings
from frontline.kernel.ops import both
from frontline.kernel.service import Api, Service, Stream, Subscription, TimerKind
from frontline.kernel.wording import proto_terms


def _servicer(rt: Runtime) -> DisciplineServicer:
    return DisciplineServicer(ports(rt))


SERVICE = Service(
    name="discipline",
    settings=DisciplineSettings,
    migrations=["frontline.discipline.migrations"],
    domain="frontline.discipline.domain",
    # Statuses, disposals and measure types in its Chinese messages are named as the API
    # names them.
    refusals_zh=REFUSALS_ZH.with_terms(
        proto_terms(pb.CaseStatus, pb.DisputeStatus, pb.Disposal, pb.MeasureType)
    ),
    streams=[
        Stream(
            clue_decider,
            publish.CLUE,
            lambda rt: both(read_model.clue_ops, deadlines.clue_timers(rt.time)),
        ),
        Stream(
            dispute_decider,
            publish.DISPUTE,
            lambda rt: both(registers.dispute_ops, deadlines.dispute_timers(rt.time)),
        ),
        Stream(
            sweep_decider,
            publish.SWEEP,
            lambda rt: both(
                registers.sweep_ops,
                deadlines.sweep_timers(rt.time, rt.settings.rules.sweep_grace_days),
            ),
        ),
        Stream(
            ledger_decider,
            publish.LEDGER,
            lambda rt: both(registers.ledger_ops, deadlines.deal_timers(rt.time)),
        ),
        Stream(integrity_decider, publish.INTEGRITY),
    ],
    apis=[
        Api(
            pb.DESCRIPTOR.services_by_name["DisciplineService"],
            pb_grpc.add_DisciplineServiceServicer_to_server,
            _servicer,
            RULES,
        )
    ],
    subscriptions=[
        Subscription(
            ORGANIZATION_TOPIC,
            reactions.DECISIONS,
            reactions.decisions_handler,
            reactions.DECISIONS_CONTRACT,
        ),
        Subscription(
            ORGANIZATION_TOPIC,
            reactions.SWEEP_DUTIES,
            reactions.sweep_duties_handler,
            reactions.SWEEP_DUTIES_CONTRACT,
        ),
        Subscription(
            SERVICE_CENTER_TOPIC,
            reactions.COMPLAINTS,
            reactions.complaints_handler,
            reactions.COMPLAINTS_CONTRACT,
        ),
        Subscription(
            CADRE_TOPIC, reactions.OPINIONS, reactions.opinions_handler, reactions.OPINIONS_CONTRACT
        ),
    ],
    timers=[
        TimerKind(deadlines.REPLY, deadlines.fire_reply),
        TimerKind(deadlines.INVESTIGATION, deadlines.fire_investigation),
        TimerKind(deadlines.CONFIRMATION, deadlines.fire_confirmation),
        TimerKind(deadlines.SWEEP, deadlines.fire_sweep),
        TimerKind(deadlines.ASSET_CLUE, deadlines.fire_asset_clue),
    ],
)
