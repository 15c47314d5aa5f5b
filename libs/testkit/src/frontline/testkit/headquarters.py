"""A headquarters process in the test's own process, and names for its running parts."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

from frontline.headquarters import service
from frontline.headquarters.dashboard import Dashboard
from frontline.headquarters.live import UpdateHub
from frontline.headquarters.query.overview import Queries
from frontline.headquarters.rebuild import Rebuilder
from frontline.headquarters.settings import HeadquartersSettings
from frontline.kernel.clock import Clock
from frontline.kernel.runtime import ServiceRuntime


@dataclass(frozen=True)
class Headquarters:
    runtime: ServiceRuntime[HeadquartersSettings]

    @property
    def queries(self) -> Queries:
        return self.runtime.provide(service.queries)

    @property
    def hub(self) -> UpdateHub:
        return self.runtime.provide(service.hub)

    @property
    def rebuilder(self) -> Rebuilder:
        return self.runtime.provide(service.rebuilder)

    @property
    def dashboard(self) -> Dashboard:
        return self.runtime.provide(service.dashboard)


@contextlib.asynccontextmanager
async def running(
    settings: HeadquartersSettings, clock: Clock | None = None
) -> AsyncIterator[Headquarters]:
    runtime = ServiceRuntime.of(service.SERVICE, settings, clock)
    async with runtime.started():
        yield Headquarters(runtime)
