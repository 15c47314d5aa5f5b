"""The use cases' ports on a running service: the kernel's commands, the PostgreSQL read
model and directories, the kernel's vault, the county's clock, new ids and rules."""

from __future__ import annotations

from frontline.kernel.commands import CommandPort
from frontline.kernel.ids import new_id
from frontline.kernel.personal_data import PersonalDataVault, load_county_secret
from frontline.kernel.runtime import ServiceRuntime
from frontline.service_center.directory import PgDirectory
from frontline.service_center.domain.request import STREAM_TYPE
from frontline.service_center.personal import VaultPersonalData
from frontline.service_center.queries import PgReadModel
from frontline.service_center.settings import ServiceCenterSettings
from frontline.service_center.use_cases.ports import Ports

Runtime = ServiceRuntime[ServiceCenterSettings]


def ports(rt: Runtime, commands: CommandPort | None = None) -> Ports:
    """``commands`` bound to a caller's transaction (timers), else the runtime's."""
    return Ports(
        commands=commands or rt.commands,
        read=rt.provide(_read_model),
        directory=rt.provide(_directory),
        personal=rt.provide(personal_data),
        requests=rt.decider(STREAM_TYPE),
        today=rt.time.today,
        now=rt.time.now,
        new_id=new_id,
        rules=rt.settings.rules,
    )


def _read_model(rt: Runtime) -> PgReadModel:
    return PgReadModel(rt.pool)


def _directory(rt: Runtime) -> PgDirectory:
    return PgDirectory(rt.pool)


def personal_data(rt: Runtime) -> VaultPersonalData:
    secret = load_county_secret(rt.settings.personal_data_secret_path)
    return VaultPersonalData(rt.pool, PersonalDataVault(secret, "service-center"))
