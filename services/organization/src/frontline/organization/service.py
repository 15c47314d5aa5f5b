"""The organization service, declared (the "fortress" pillar, DOMAIN.md)."""

from __future__ import annotations

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.api.organization.v1 import organization_pb2_grpc as pb_grpc
from frontline.contracts.cadre import TOPIC as CADRE_TOPIC
from frontline.kernel.ops import both
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.service import Api, Service, Stream, Subscription, TimerKind
from frontline.kernel.wording import proto_terms
from frontline.organization import (
    command_read_model,
    deadlines,
    order_timers,
    publish,
    publish_command,
    reactions,
    read_model,
    upcasters,
)
from frontline.organization.api.rules import RULES
from frontline.organization.api.servicer import OrganizationServicer
from frontline.organization.domain.decision import decision_decider
from frontline.organization.domain.duty_list import duty_list_decider
from frontline.organization.domain.meeting import meeting_decider
from frontline.organization.domain.order import order_decider
from frontline.organization.domain.org_unit import org_unit_decider
from frontline.organization.domain.refusals_zh import REFUSALS_ZH
from frontline.organization.runtime_ports import ports
from frontline.organization.settings import OrganizationSettings

Runtime = ServiceRuntime[OrganizationSettings]


def _servicer(rt: Runtime) -> OrganizationServicer:
    return OrganizationServicer(ports(rt))


SERVICE = Service(
    name="organization",
    settings=OrganizationSettings,
    migrations=["frontline.organization.migrations"],
    domain="frontline.organization.domain",
    upcasters=upcasters.UPCASTERS,
    # The words its Chinese messages use for levels, forms and steps are the API's own.
    refusals_zh=REFUSALS_ZH.with_terms(
        proto_terms(
            pb.OrgLevel, pb.OrgForm, pb.DecisionState, pb.DecisionStep, pb.SupervisionOrderState
        )
    ),
    streams=[
        Stream(
            org_unit_decider,
            publish.ORG_UNIT,
            lambda rt: both(
                read_model.org_unit_ops, deadlines.unit_timers(rt.settings.rules, rt.time)
            ),
        ),
        Stream(
            decision_decider,
            publish.DECISION,
            lambda rt: both(read_model.decision_ops, deadlines.decision_timers(rt.time)),
        ),
        Stream(meeting_decider, publish.MEETING, lambda rt: read_model.meeting_ops),
        # Responsibility lists and supervision orders (DOMAIN.md, 责任清单, 督办单).
        Stream(
            duty_list_decider,
            publish_command.DUTY_LIST,
            lambda rt: command_read_model.duty_list_ops,
        ),
        Stream(
            order_decider,
            publish_command.SUPERVISION_ORDER,
            lambda rt: both(command_read_model.order_ops, order_timers.order_timers(rt)),
        ),
    ],
    apis=[
        Api(
            pb.DESCRIPTOR.services_by_name["OrganizationService"],
            pb_grpc.add_OrganizationServiceServicer_to_server,
            _servicer,
            RULES,
        )
    ],
    subscriptions=[
        Subscription(
            CADRE_TOPIC, reactions.CONSUMER, reactions.team_posts_handler, reactions.CONTRACT
        )
    ],
    timers=[
        TimerKind(deadlines.REMINDER, deadlines.fire_reminder),
        TimerKind(deadlines.OVERDUE, deadlines.fire_overdue),
        TimerKind(deadlines.NOTICE, deadlines.fire_notice),
        TimerKind(order_timers.ORDER_DEADLINE, order_timers.fire_order_deadline),
    ],
)
