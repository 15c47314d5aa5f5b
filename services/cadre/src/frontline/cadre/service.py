"""The cadre service, declared (the quality of cadres, DOMAIN.md "Cadre service")."""

from __future__ import annotations

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.api.cadre.v1 import cadre_pb2_grpc as pb_grpc
from frontline.cadre import deadlines, publish, reactions, read_model, upcasters
from frontline.cadre.api.rules import RULES
from frontline.cadre.api.servicer import CadreServicer
from frontline.cadre.domain.cadre_decider import build_cadre_decider_from_calendar
from frontline.cadre.domain.evaluation_summary import evaluation_summary_decider
from frontline.cadre.domain.refusals_zh import REFUSALS_ZH
from frontline.cadre.domain.remuneration_summary import remuneration_summary_decider
from frontline.cadre.runtime_ports import ports
from frontline.cadre.settings import CadreSettings
from frontline.kernel.ops import both
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.service import Api, Service, Stream, Subscription, TimerKind
from frontline.kernel.wording import proto_terms

Runtime = ServiceRuntime[CadreSettings]


def _servicer(rt: Runtime) -> CadreServicer:
    return CadreServicer(ports(rt))


SERVICE = Service(
    name="cadre",
    settings=CadreSettings,
    migrations=["frontline.cadre.migrations"],
    domain="frontline.cadre.domain",
    # Posts, education levels, procedure stages in its Chinese messages are named as the
    # API names them.
    refusals_zh=REFUSALS_ZH.with_terms(
        proto_terms(pb.Post, pb.EducationLevel, pb.ProcedureStage, pb.StudentOfficialStatus)
    ),
    streams=[
        # Public notices count working days on the runtime's statutory calendar.
        Stream(
            build_cadre_decider_from_calendar,
            publish.CADRE,
            lambda rt: both(read_model.cadre_ops, deadlines.notice_timers(rt.time)),
        ),
        # Pay and grades are published only as these township-year summaries.
        Stream(
            remuneration_summary_decider, publish.PAY_SUMMARY, lambda rt: read_model.summary_ops
        ),
        Stream(evaluation_summary_decider, publish.GRADE_SUMMARY),
    ],
    upcasters=upcasters.UPCASTERS,
    apis=[
        Api(
            pb.DESCRIPTOR.services_by_name["CadreService"],
            pb_grpc.add_CadreServiceServicer_to_server,
            _servicer,
            RULES,
        )
    ],
    subscriptions=[
        Subscription(
            reactions.TOPIC, reactions.CONSUMER, reactions.org_directory_handler, reactions.CONTRACT
        )
    ],
    timers=[TimerKind(deadlines.NOTICE_END, deadlines.fire_notice_end)],
)
