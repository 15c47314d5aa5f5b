"""Composition root of the cadre service: the one place its parts are wired."""

from __future__ import annotations

from collections.abc import Sequence

import asyncpg

from frontline.api.cadre.v1 import cadre_pb2_grpc
from frontline.cadre import org_directory, read_model
from frontline.cadre.api.rules import RULES, SERVICE_NAME
from frontline.cadre.api.servicer import CadreServicer
from frontline.cadre.domain.cadre_decider import CadreDecider, build_cadre_decider
from frontline.cadre.domain.cadre_state import CadreState
from frontline.cadre.domain.remuneration_summary import remuneration_summary_decider
from frontline.cadre.personal_data import PersonalDataVault
from frontline.cadre.public_notice_timer import KIND, NoticeEnd, arm_notice_timers
from frontline.cadre.publish import publish_cadre_event, publish_summary
from frontline.cadre.registry import CadreRegistry
from frontline.cadre.settings import CadreSettings, load_county_secret
from frontline.kernel.calendar import add_working_days
from frontline.kernel.clock import Clock
from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.timers import Timer

MIGRATIONS = ["frontline.cadre.migrations"]


class CadreService:
    """The runtime plus what the servicer needs once it has started."""

    def __init__(self, settings: CadreSettings, clock: Clock | None = None) -> None:
        self.runtime = ServiceRuntime(settings, migrations=MIGRATIONS, clock=clock)
        self.decider: CadreDecider = build_cadre_decider(add_working_days)
        self.vault = PersonalDataVault(load_county_secret(settings.personal_data_secret_path))
        self.servicer = CadreServicer(self.runtime, self.decider, self.vault)
        runtime = self.runtime
        runtime.register(self.decider, publish=publish_cadre_event, project=self._project)
        runtime.register(
            remuneration_summary_decider,
            publish=publish_summary,
            project=read_model.project_summary,
        )
        runtime.subscribe(
            org_directory.TOPIC, org_directory.CONSUMER, org_directory.apply_org_event
        )
        runtime.on_timer(KIND, self._notice_end)
        runtime.add_grpc(
            cadre_pb2_grpc.add_CadreServiceServicer_to_server, self.servicer, SERVICE_NAME, RULES
        )

    async def _project(
        self, conn: asyncpg.Connection, stored: Sequence[StoredEvent], state: CadreState
    ) -> None:
        await read_model.project_cadre(conn, stored, state)
        await arm_notice_timers(self.runtime.timers, conn, stored, state)

    async def _notice_end(self, conn: asyncpg.Connection, timer: Timer) -> None:
        runtime = self.runtime
        registry = CadreRegistry(runtime.pool, runtime.commands, self.decider, self.vault)
        handler = NoticeEnd(
            runtime.commands, runtime.timers, self.decider, runtime.clock, registry.age_band_on
        )
        await handler(conn, timer)


def build_service(
    settings: CadreSettings | None = None, clock: Clock | None = None
) -> CadreService:
    return CadreService(settings or CadreSettings(), clock)
