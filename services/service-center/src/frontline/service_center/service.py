"""The service-center service, declared (the "service" pillar, DOMAIN.md)."""

from __future__ import annotations

from frontline.api.service_center.v1 import service_center_pb2 as pb
from frontline.api.service_center.v1 import service_center_pb2_grpc as pb_grpc
from frontline.contracts.cadre import TOPIC as CADRE_TOPIC
from frontline.contracts.organization import TOPIC as ORGANIZATION_TOPIC
from frontline.kernel.ops import both
from frontline.kernel.service import Api, Service, Stream, Subscription, TimerKind
from frontline.service_center import deadlines, publish, reactions, read_model
from frontline.service_center.api.rules import RULES
from frontline.service_center.api.servicer import ServiceCenterServicer
from frontline.service_center.domain.centre import centre_decider
from frontline.service_center.domain.refusals_zh import REFUSALS_ZH
from frontline.service_center.domain.request import request_decider
from frontline.service_center.domain.requester import requester_decider
from frontline.service_center.runtime_ports import Runtime, ports
from frontline.service_center.settings import ServiceCenterSettings


def _servicer(rt: Runtime) -> ServiceCenterServicer:
    return ServiceCenterServicer(ports(rt))


SERVICE = Service(
    name="service-center",
    settings=ServiceCenterSettings,
    migrations=["frontline.service_center.migrations"],
    domain="frontline.service_center.domain",
    refusals_zh=REFUSALS_ZH,
    streams=[
        Stream(centre_decider, publish.CENTRE, lambda rt: read_model.centre_ops),
        Stream(
            request_decider,
            publish.REQUEST,
            lambda rt: both(read_model.request_ops, deadlines.request_timers(rt)),
        ),
        Stream(requester_decider, publish.REQUESTER, lambda rt: read_model.requester_ops),
    ],
    apis=[
        Api(
            pb.DESCRIPTOR.services_by_name["ServiceCenterService"],
            pb_grpc.add_ServiceCenterServiceServicer_to_server,
            _servicer,
            RULES,
        )
    ],
    subscriptions=[
        Subscription(
            ORGANIZATION_TOPIC,
            reactions.ORG_CONSUMER,
            reactions.org_directory_handler,
            reactions.ORG_CONTRACT,
        ),
        Subscription(
            CADRE_TOPIC,
            reactions.CADRE_CONSUMER,
            reactions.cadre_directory_handler,
            reactions.CADRE_CONTRACT,
        ),
    ],
    timers=[
        TimerKind(deadlines.DEADLINE, deadlines.fire_deadline),
        TimerKind(deadlines.SIGN_FOR, deadlines.fire_sign_for),
    ],
)
