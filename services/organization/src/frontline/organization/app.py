"""The organization service's composition root: one ServiceRuntime, wired once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import asyncpg

from frontline.api.organization.v1 import organization_pb2_grpc as pb_grpc
from frontline.kernel.clock import Clock
from frontline.kernel.commands import Project
from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.settings import ServiceSettings
from frontline.organization import publish, read_model
from frontline.organization.api.rules import RULES
from frontline.organization.api.servicer import SERVICE_NAME, OrganizationServicer
from frontline.organization.deadlines import Deadlines
from frontline.organization.domain.decision import decision_decider
from frontline.organization.domain.meeting import meeting_decider
from frontline.organization.domain.org_unit import org_unit_decider
from frontline.organization.reactions import SecretaryPosts
from frontline.organization.settings import OrganizationSettings

SERVICE = "organization"
MIGRATIONS = ["frontline.organization.migrations"]


def _both(first: Project, second: Project) -> Project:
    async def project(conn: asyncpg.Connection, stored: Sequence[StoredEvent], state: Any) -> None:
        await first(conn, stored, state)
        await second(conn, stored, state)

    return project


def wire(runtime: ServiceRuntime, settings: OrganizationSettings | None = None) -> ServiceRuntime:
    """Register deciders, projections, timers, the cadre reaction and the gRPC service."""
    org_settings = settings or OrganizationSettings()
    deadlines = Deadlines(runtime, org_settings)
    deadlines.register()
    runtime.register(
        org_unit_decider,
        publish=publish.publish_org_unit,
        project=_both(read_model.save_org_unit, deadlines.for_unit),
    )
    runtime.register(
        decision_decider,
        publish=publish.publish_decision,
        project=_both(read_model.save_decision, deadlines.for_decision),
    )
    runtime.register(
        meeting_decider, publish=publish.publish_meeting, project=read_model.save_meeting
    )
    SecretaryPosts(runtime).register()
    runtime.add_grpc(
        pb_grpc.add_OrganizationServiceServicer_to_server,
        OrganizationServicer(runtime, org_settings),
        SERVICE_NAME,
        RULES,
    )
    return runtime


def build(settings: ServiceSettings | None = None, clock: Clock | None = None) -> ServiceRuntime:
    service_settings = settings or ServiceSettings()
    if not service_settings.service_name:
        service_settings = service_settings.model_copy(update={"service_name": SERVICE})
    return wire(ServiceRuntime(service_settings, migrations=MIGRATIONS, clock=clock))
